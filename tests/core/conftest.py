"""Fixtures for core tests: the shared sample briefs and a valid brief to break."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("FLAMBEAU_SHARED", REPO.parent / "shared"))
SHARED_BRIEFS = sorted((SHARED / "data" / "briefs").glob("*.yaml"))
EXAMPLE_BRIEF = REPO / "src" / "flambeau" / "examples" / "paindor-ateliers.fr.yaml"


@pytest.fixture(scope="session")
def shared_briefs() -> list[Path]:
    assert SHARED_BRIEFS, f"no shared briefs under {SHARED}; set FLAMBEAU_SHARED"
    return SHARED_BRIEFS


_EXAMPLE_DATA = yaml.safe_load(EXAMPLE_BRIEF.read_text(encoding="utf-8"))


def example_data() -> dict[str, Any]:
    """The bundled example brief as plain data, a fresh copy each call."""
    return copy.deepcopy(_EXAMPLE_DATA)


@pytest.fixture
def brief_data() -> dict[str, Any]:
    """A valid brief as plain data, a fresh copy per test."""
    return example_data()
