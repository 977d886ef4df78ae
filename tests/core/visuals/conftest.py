"""Fixtures for visuals tests: posts for every slot of a brief, signing off unless asked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from flambeau.core.brief import Brief, load_brief
from flambeau.core.planning import plan_campaign
from flambeau.core.post import Draft, Post, Provenance
from flambeau.core.visuals import registry
from tests.core.conftest import SHARED_BRIEFS


@pytest.fixture(autouse=True)
def _no_signing_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FLAMBEAU_C2PA", "off")
    monkeypatch.setenv("FLAMBEAU_BLOCK_PLUGINS", "1")
    yield
    registry.reset()


def posts_for(brief: Brief, *, machine: bool = False, **extra: Any) -> list[Post]:
    """One post per planned slot, its text the slot's message (as a template writer would)."""
    provenance = Provenance(model="SmolLM2" if machine else None)
    return [
        Post.assemble(
            slot,
            Draft(
                slot_id=slot.id,
                text=f"{slot.message}\n\nMore below.",
                extra=dict(extra),
                provenance=provenance,
            ),
            None,
        )
        for slot in plan_campaign(brief)
    ]


@pytest.fixture
def make_post() -> Callable[..., Post]:
    """A post of a shared brief on one channel, with any angle, text or extra."""

    def make(
        brief: Brief,
        channel: str,
        *,
        angle: str = "question",
        text: str | None = None,
        machine: bool = False,
        **extra: Any,
    ) -> Post:
        post = posts_for(brief, machine=machine)[0]
        return post.model_copy(
            update={
                "channel": channel,
                "angle": angle,
                "text": text or post.text,
                "extra": extra,
            }
        )

    return make


@pytest.fixture(scope="session")
def briefs() -> dict[str, Brief]:
    return {path.name.split(".")[0]: load_brief(path) for path in SHARED_BRIEFS}


def independent_contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG 2.2 contrast, written here again so the test does not trust the code under test."""

    def lum(rgb: tuple[int, int, int]) -> float:
        out = []
        for c in rgb:
            s = c / 255
            out.append(s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def shared_paths() -> list[Path]:
    return SHARED_BRIEFS
