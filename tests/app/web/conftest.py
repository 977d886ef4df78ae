"""A stored campaign with one post per verdict, for the studio's pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def campaign(import_campaign: Callable[..., Any]) -> Any:
    """Pain d'Or with p01 pass, p02 warn, p03 block (each finding spans the text's first word)."""
    return import_campaign(["pass", "warn", "block"])


@pytest.fixture
def posts(campaign: Any) -> dict[str, Any]:
    return {p.key: p for p in campaign.posts.all()}
