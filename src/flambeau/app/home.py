"""Where Flambeau keeps its data: FLAMBEAU_HOME, default ~/.local/share/flambeau."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path


def flambeau_home() -> Path:
    """The data folder, created when missing; a test run never falls back to the user's own."""
    raw = os.environ.get("FLAMBEAU_HOME")
    if not raw and os.environ.get("PYTEST_VERSION"):
        raw = os.environ["FLAMBEAU_HOME"] = tempfile.mkdtemp(prefix="flambeau-test-home-")
    raw = raw or "~/.local/share/flambeau"
    home = Path(raw).expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def secret_key(home: Path) -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the home folder."""
    from_env = os.environ.get("SECRET_KEY") or os.environ.get("FLAMBEAU_SECRET_KEY")
    if from_env:
        return from_env
    path = home / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key
