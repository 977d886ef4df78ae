"""Settings: data under FLAMBEAU_HOME, SQLite in WAL mode, DATABASE_URL, the secret key, checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command

PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.db import connection
db = settings.DATABASES["default"]
out = {"engine": db["ENGINE"], "name": str(db["NAME"]), "media": str(settings.MEDIA_ROOT),
       "debug": settings.DEBUG, "key": settings.SECRET_KEY, "tasks": settings.TASKS["default"]["BACKEND"]}
if db["ENGINE"].endswith("sqlite3"):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        out["journal"] = cursor.fetchone()[0]
print(json.dumps(out))
"""


def _probe(tmp_path, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    environment.update(DJANGO_SETTINGS_MODULE="flambeau.app.settings", **env)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_sqlite_in_wal_mode_under_flambeau_home(tmp_path):
    home = tmp_path / "home"
    found = _probe(tmp_path, FLAMBEAU_HOME=str(home))
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["name"] == str(home / "flambeau.sqlite3")
    assert found["media"] == str(home / "media")
    assert found["journal"] == "wal"
    assert found["debug"] is False
    assert found["tasks"] == "django_tasks_db.DatabaseBackend"


def test_secret_key_is_generated_once_and_kept(tmp_path):
    home = tmp_path / "home"
    first = _probe(tmp_path, FLAMBEAU_HOME=str(home))["key"]
    assert len(first) >= 50
    assert (home / "secret_key").stat().st_mode & 0o077 == 0
    assert _probe(tmp_path, FLAMBEAU_HOME=str(home))["key"] == first
    assert _probe(tmp_path, FLAMBEAU_HOME=str(home), SECRET_KEY="from-env")["key"] == "from-env"


def test_database_url_switches_to_postgresql(tmp_path):
    found = _probe(
        tmp_path, FLAMBEAU_HOME=str(tmp_path), DATABASE_URL="postgres://u@127.0.0.1:1/flambeau"
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["name"] == "flambeau"


@pytest.mark.django_db
def test_system_checks_and_migrations_are_clean():
    call_command("check", fail_level="WARNING")
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_default_home_is_under_the_users_data_folder(tmp_path):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "SECRET_KEY", "FLAMBEAU_HOME", "PYTEST_VERSION")
    }
    environment.update(DJANGO_SETTINGS_MODULE="flambeau.app.settings", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=environment, capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout)
    assert found["name"] == str(tmp_path / ".local/share/flambeau/flambeau.sqlite3")


def test_a_test_run_without_flambeau_home_gets_a_temporary_one(tmp_path):
    environment = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "FLAMBEAU_HOME")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="flambeau.app.settings", HOME=str(tmp_path), PYTEST_VERSION="9"
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=environment, capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout)
    assert "flambeau-test-home-" in found["name"]
    assert not (tmp_path / ".local").exists()
