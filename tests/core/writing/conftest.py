"""Fixtures for the content engine: every brief (shared and ours), its plan, a fake model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flambeau.core.brief import Brief, load_brief
from flambeau.core.planning import plan_campaign
from flambeau.core.post import Draft, Slot
from flambeau.core.writing import register_writer, unregister_writer, write_plan
from flambeau.core.writing.llm_writer import LlmWriter

from ..conftest import SHARED_BRIEFS

OWN_BRIEFS = sorted((Path(__file__).resolve().parents[2] / "data" / "briefs").glob("*.yaml"))
ALL_BRIEFS = SHARED_BRIEFS + OWN_BRIEFS


def brief_named(prefix: str) -> Brief:
    return load_brief(next(p for p in ALL_BRIEFS if p.name.startswith(prefix)))


_PLANS: dict[Path, tuple[Brief, list[Slot], list[Draft]]] = {}


def template_plan(path: Path) -> tuple[Brief, list[Slot], list[Draft]]:
    """A brief, its planned slots and its template drafts, computed once per session."""
    if path not in _PLANS:
        brief = load_brief(path)
        slots = plan_campaign(brief)
        _PLANS[path] = (brief, slots, write_plan(brief, slots, writer="template"))
    return _PLANS[path]


class ScriptedModel:
    """A stand-in text model that answers from a script, and records what it was asked."""

    local = True
    steerable = False

    def __init__(self, answers: list[str], model_id: str = "scripted") -> None:
        self.model_id = model_id
        self.answers = answers
        self.prompts: list[str] = []

    def generate(self, *, system: str, prompt: str, prefix: str = "", **_: object) -> str:
        self.prompts.append(f"{system}\n{prompt}")
        return self.answers[(len(self.prompts) - 1) % len(self.answers)]

    def choose(self, *, system: str, prompt: str, options: list[str], seed: int = 0) -> int:
        return 0


@pytest.fixture
def scripted() -> Iterator[ScriptedModel]:
    """Registers writer "scripted": an LlmWriter over a ScriptedModel (answers set per test)."""
    model = ScriptedModel(["A simple sentence."])
    register_writer("scripted", lambda _model: LlmWriter("scripted", model=model))
    try:
        yield model
    finally:
        unregister_writer("scripted")
