"""The REST API (django-ninja, OpenAPI at /api/docs): thin calls into services and selectors."""

from ninja import NinjaAPI

api = NinjaAPI(title="Flambeau", version="1")
