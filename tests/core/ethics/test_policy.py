"""Policies: bundled ones load, overrides apply, bad ones name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.core.errors import PolicyError
from flambeau.core.ethics import Severity, check_text, load_policy
from flambeau.core.ethics.policy import Policy


def _write(tmp_path: Path, text: str, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_default_has_the_documented_thresholds() -> None:
    policy = load_policy("default")
    assert (policy.name, policy.k, policy.ai_label) == ("default", 100, True)
    assert policy.min_exposure_share == 0.05
    assert policy.frequency_caps.audience.day == 3
    assert policy.enabled("manipulation.urgency")
    assert policy.severity_for("manipulation.urgency") is Severity.WARN
    assert policy.severity_for("manipulation.sneaking") is Severity.BLOCK


def test_strict_turns_every_warn_into_block_and_keeps_info() -> None:
    strict = load_policy("strict")
    assert strict.name == "strict"
    assert strict.severity_for("manipulation.scarcity") is Severity.BLOCK
    assert strict.severity_for("accessibility.all_caps") is Severity.INFO
    assert check_text("Hurry! Only 2 left!", lang="en", policy=strict).verdict == "block"
    assert check_text("Hurry! Only 2 left!", lang="en").verdict == "warn"


def test_rule_and_family_overrides(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "rules:\n  manipulation: block\n  manipulation.scarcity: info\n"
        "  privacy.personal_data: off\n",
    )
    policy = load_policy(str(path))
    assert policy.name == "policy"
    assert policy.severity_for("manipulation.urgency") is Severity.BLOCK
    assert policy.severity_for("manipulation.scarcity") is Severity.INFO
    assert not policy.enabled("privacy.personal_data")
    report = check_text("Only 2 left! Write to jo@example.org", lang="en", policy=policy)
    assert {f.rule for f in report.findings} == {"manipulation.scarcity"}


def test_extends_a_bundled_policy_relative_to_base_dir(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "extends: strict\nk: 500\nrules:\n  diversity.near_duplicate:\n    threshold: 0.8\n",
        "team.yaml",
    )
    policy = load_policy("team.yaml", base_dir=tmp_path)
    assert (policy.k, policy.escalate_warnings) == (500, True)
    assert policy.options_for("diversity.near_duplicate").threshold == 0.8  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("k: -3\n", "k: "),
        ("kk: 100\n", "kk: unknown key"),
        ("rules:\n  manipulation.scarcty: off\n", "did you mean 'manipulation.scarcity'"),
        ("rules:\n  manipulation.scarcity: loud\n", "rules.manipulation.scarcity"),
        (
            "rules:\n  diversity.near_duplicate:\n    threshold: 3\n",
            "rules.diversity.near_duplicate.threshold",
        ),
        (
            "rules:\n  diversity.near_duplicate:\n    treshold: 0.5\n",
            "rules.diversity.near_duplicate.treshold: unknown key",
        ),
        ("frequency_caps:\n  audience: {day: 0}\n", "frequency_caps.audience.day"),
        (
            "frequency_caps:\n  channels: {twitter: {day: 2}}\n",
            "frequency_caps.channels: unknown channel 'twitter'",
        ),
        ("quiet_hours: tonight\n", "quiet_hours"),
        ("packs:\n  sectors: [tobacco]\n", "packs.sectors"),
        ("jurisdiction: France\n", "jurisdiction"),
        ("- a list\n", "mapping"),
        ("k: [unclosed\n", "not valid YAML"),
        ("extends: policy.yaml\n", "extends"),
    ],
)
def test_a_bad_policy_names_the_key(tmp_path: Path, yaml_text: str, expected: str) -> None:
    path = _write(tmp_path, yaml_text)
    with pytest.raises(PolicyError) as caught:
        load_policy(str(path))
    assert expected in caught.value.render()


def test_an_unknown_policy_name_lists_the_bundled_ones() -> None:
    with pytest.raises(PolicyError, match="bundled: default, strict"):
        load_policy("lenient")


def test_active_rules_follow_jurisdiction_and_sector_packs() -> None:
    from flambeau.core.ethics.examples import scenario_brief

    policy = Policy()
    french_alcohol = scenario_brief("fr", {"brand": {"sector": "alcohol", "jurisdiction": "FR"}})
    ids = {rule.id for rule, _ in policy.active("post", french_alcohol)}
    assert "sector.alcohol_health_message" in ids
    assert "sector.alcohol_health_message" not in {
        rule.id for rule, _ in policy.active("post", scenario_brief("fr"))
    }
    no_french_pack = Policy(packs={"jurisdictions": []})
    assert "sector.alcohol_health_message" not in {
        rule.id for rule, _ in no_french_pack.active("post", french_alcohol)
    }
