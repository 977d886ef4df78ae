from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def flambeau(*args: str, home: Path, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    """Run the real `flambeau` command in a fresh process against `home`."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(FLAMBEAU_HOME=str(home), FLAMBEAU_BLOCK_PLUGINS="1")
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
