"""Django settings: everything under FLAMBEAU_HOME; DATABASE_URL switches to PostgreSQL."""

from __future__ import annotations

import os

import dj_database_url

from flambeau.app.home import flambeau_home, secret_key


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


HOME = flambeau_home()
SECRET_KEY = secret_key(HOME)
DEBUG = _flag("FLAMBEAU_DEBUG")
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("FLAMBEAU_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "flambeau.app.jobs",
    "flambeau.app.studio",
    "flambeau.app.publishing",
    "flambeau.app.insights",
    "flambeau.app.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "flambeau.app.urls"
WSGI_APPLICATION = "flambeau.app.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_SQLITE_INIT = (
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
    "PRAGMA busy_timeout=5000;"
)

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.config(conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(HOME / "flambeau.sqlite3"),
            "OPTIONS": {
                "init_command": _SQLITE_INIT,
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            "TEST": {"NAME": os.environ.get("FLAMBEAU_TEST_DB") or None},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("FLAMBEAU_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise expects it, even when it serves from the apps
# Static files straight from the installed apps, no collectstatic step (WhiteNoise).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = "media/"
MEDIA_ROOT = HOME / "media"

# Where the built-in connectors write, and where generated campaigns are kept.
FLAMBEAU_OUTBOX_DIR = HOME / "outbox"
FLAMBEAU_FEED_DIR = HOME / "feed"
FLAMBEAU_CAMPAIGNS_DIR = HOME / "campaigns"
FLAMBEAU_API_TOKEN = os.environ.get("FLAMBEAU_API_TOKEN") or None
# Publishing retries: attempts before a delivery is marked failed, and the first backoff.
FLAMBEAU_DELIVERY_MAX_ATTEMPTS = int(os.environ.get("FLAMBEAU_DELIVERY_MAX_ATTEMPTS", "5"))
FLAMBEAU_DELIVERY_BACKOFF_SECONDS = int(os.environ.get("FLAMBEAU_DELIVERY_BACKOFF_SECONDS", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "flambeau": {
            "handlers": ["console"],
            "level": os.environ.get("FLAMBEAU_LOG_LEVEL", "WARNING"),
        },
    },
}
