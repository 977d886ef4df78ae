from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest


def flambeau(
    *args: str, home: Path, timeout: float = 600, database_url: str | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """Run the real `flambeau` command in a fresh process against `home` (and a database)."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(FLAMBEAU_HOME=str(home), FLAMBEAU_BLOCK_PLUGINS="1")
    if database_url:
        env["DATABASE_URL"] = database_url
    env.update(kwargs.pop("env", {}))
    return subprocess.run(
        [sys.executable, "-m", "flambeau", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


@pytest.fixture
def run_flambeau():
    return flambeau


@pytest.fixture(scope="module")
def e2e_database_url() -> Iterator[str | None]:
    """None on SQLite; with a PostgreSQL DATABASE_URL, a fresh database dropped afterwards."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        yield None
        return
    import psycopg

    name = f"flambeau_e2e_{secrets.token_hex(4)}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(base)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
