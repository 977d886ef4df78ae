"""WSGI entry point for `flambeau serve` and any production server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flambeau.app.settings")
application = get_wsgi_application()
