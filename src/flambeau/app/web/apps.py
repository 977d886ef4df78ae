from django.apps import AppConfig


class WebConfig(AppConfig):
    """The web studio: server-rendered pages over the studio's selectors and services."""

    name = "flambeau.app.web"
    label = "web"
