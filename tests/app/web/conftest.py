"""A stored campaign with one post per verdict, for the studio's pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from flambeau.app.clock import SimulatedClock, use_clock


@pytest.fixture(autouse=True)
def before_the_campaign():
    """Pages read the app's clock (the calendar opens on this week): pin it before December."""
    with use_clock(SimulatedClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))) as clock:
        yield clock


@pytest.fixture
def campaign(import_campaign: Callable[..., Any]) -> Any:
    """Pain d'Or with p01 pass, p02 warn, p03 block (each finding spans the text's first word)."""
    return import_campaign(["pass", "warn", "block"])


@pytest.fixture
def posts(campaign: Any) -> dict[str, Any]:
    return {p.key: p for p in campaign.posts.all()}
