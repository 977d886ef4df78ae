"""The REST API (django-ninja, OpenAPI at /api/docs): thin calls into services and selectors."""

from ninja import NinjaAPI

from flambeau import __version__
from flambeau.app.api.auth import API_AUTH
from flambeau.app.publishing.api import router as publishing_router
from flambeau.app.studio.api import router as studio_router

api = NinjaAPI(title="Flambeau", version=__version__, auth=API_AUTH, urls_namespace="api")
api.add_router("/", studio_router)
api.add_router("/", publishing_router)
