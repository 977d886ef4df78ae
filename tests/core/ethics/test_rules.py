"""The rule registry: built-ins and third-party rules register the same way."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

import pytest

from flambeau.core.ethics import Rule, check_text, load_policy, registry
from flambeau.core.ethics.families import FAMILIES, builtin_rules
from flambeau.core.ethics.rules import ENTRY_POINT_GROUP, RuleRegistry


def test_builtins_come_through_the_entry_point_group() -> None:
    points = {p.name: p.value for p in entry_points(group=ENTRY_POINT_GROUP)}
    assert points.get("flambeau") == "flambeau.core.ethics.families:register"
    fresh = RuleRegistry()
    fresh.load()
    assert fresh.ids() == sorted(rule.id for rule in builtin_rules())


def test_every_family_of_ethics_md_has_rules() -> None:
    assert set(registry.families()) >= set(FAMILIES)


def test_third_party_plugins_are_blocked_in_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakePoint:
        name = "someone-else"

        def load(self) -> Any:
            raise AssertionError("a blocked plugin was loaded")

    monkeypatch.setenv("FLAMBEAU_BLOCK_PLUGINS", "1")
    real = list(entry_points(group=ENTRY_POINT_GROUP))
    monkeypatch.setattr(
        "flambeau.core.ethics.rules.entry_points", lambda group: [*real, FakePoint()]
    )
    fresh = RuleRegistry()
    fresh.load()
    assert "manipulation.urgency" in fresh


def test_a_plugin_registered_rule_runs_and_is_removed(fake_rule: type[Rule]) -> None:
    report = check_text("Please SHOUT less", lang="en")
    assert [(f.rule, f.start, f.end) for f in report.findings] == [("testing.shout", 7, 12)]
    assert load_policy("default").severity_for("testing.shout").value == "warn"


def test_the_fake_rule_is_gone_after_its_test() -> None:
    assert "testing.shout" not in registry
    assert not check_text("Please SHOUT less", lang="en").findings


def test_a_malformed_rule_is_refused() -> None:
    class Nameless(Rule):
        id = "nofamily"
        basis = "b"
        title = "t"
        description = "d"

    with pytest.raises(TypeError, match=r"family\.name"):
        RuleRegistry().register(Nameless)

    class Undocumented(Rule):
        id = "x.y"

    with pytest.raises(TypeError, match="basis"):
        RuleRegistry().register(Undocumented)


def test_two_rules_cannot_share_an_id() -> None:
    first, second = builtin_rules()[:2]
    clash = type("Clash", (second,), {"id": first.id})
    fresh = RuleRegistry()
    fresh.register(first)
    with pytest.raises(ValueError, match="already registered"):
        fresh.register(clash)


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.id)
def test_every_rule_is_fully_described(rule: type[Rule]) -> None:
    assert rule.id.split(".")[0] in FAMILIES
    assert rule.title and rule.description and rule.basis
    assert rule.subjects and set(rule.subjects) <= {
        "text",
        "image",
        "audience",
        "post",
        "plan",
        "allocation",
    }
    assert rule.examples, "every rule has at least one bad/good example"
    for lang in rule.languages:
        assert any(e.lang == lang for e in rule.examples), f"no {lang} example"


def test_an_allowed_third_party_entry_point_registers_its_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core.ethics.conftest import ShoutingRule

    class ThirdParty:
        name = "acme-rules"

        def load(self) -> Any:
            return lambda register: register(ShoutingRule)

    monkeypatch.delenv("FLAMBEAU_BLOCK_PLUGINS", raising=False)
    real = list(entry_points(group=ENTRY_POINT_GROUP))
    monkeypatch.setattr(
        "flambeau.core.ethics.rules.entry_points", lambda group: [*real, ThirdParty()]
    )
    fresh = RuleRegistry()
    fresh.load()
    assert "testing.shout" in fresh and "manipulation.urgency" in fresh
