"""The Django project: persistence, review and approval, background work, the API and studio."""

import os


def setup() -> None:
    """Configure Django for a command-line process (idempotent)."""
    import django
    from django.apps import apps

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flambeau.app.settings")
    if not apps.ready:
        django.setup()
