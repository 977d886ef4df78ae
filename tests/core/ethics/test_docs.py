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


def test_the_plugin_example_in_the_docs_works() -> None:
    from flambeau.core.ethics import check_text, register_rule

    text = DOC.read_text(encoding="utf-8")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "docs/ethics.md", "exec"), namespace)
    namespace["register"](register_rule)  # type: ignore[operator]
    try:
        found = check_text("Better than Globex!", lang="en").findings
        assert [(f.rule, f.start, f.end) for f in found if f.family == "acme"] == [
            ("acme.competitors", 12, 18)
        ]
    finally:
        registry.unregister("acme.competitors")
