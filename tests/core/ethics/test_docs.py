"""docs/ethics.md is generated from the registry: no rule undocumented, never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.core.ethics import registry
from flambeau.core.ethics.docs import render

DOC = Path(__file__).resolve().parents[3] / "docs" / "ethics.md"


def test_docs_are_fresh() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/ethics.md is stale: run `python -m flambeau.core.ethics.docs > docs/ethics.md`"
    )


@pytest.mark.parametrize("rule_id", registry.ids())
def test_every_registered_rule_is_documented(rule_id: str) -> None:
    assert f"### `{rule_id}`" in DOC.read_text(encoding="utf-8")


def test_a_new_rule_shows_up_in_the_docs(fake_rule: type) -> None:
    text = render([*registry])
    assert "### `testing.shout` — Shouting" in text
    assert "- Bad (en): “SHOUT”" in text
