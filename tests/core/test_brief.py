"""The brief loader: every shared brief loads; every malformed one names its field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flambeau.core.brief import Cadence, QuietHours, load_brief, parse_brief
from flambeau.core.brief.loader import read_brief_data
from flambeau.core.errors import BriefError
from tests.core.conftest import SHARED_BRIEFS


@pytest.mark.parametrize("path", SHARED_BRIEFS, ids=lambda p: p.name)
def test_every_shared_brief_loads_unchanged(path: Path) -> None:
    brief = load_brief(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert brief.brand.name == raw["brand"]["name"]
    assert brief.facts == raw["facts"]
    assert set(brief.campaign.channels) == set(raw["campaign"]["channels"])
    assert brief.campaign.start <= brief.campaign.end


def problems_of(data: Any) -> list[str]:
    with pytest.raises(BriefError) as caught:
        parse_brief(data)
    return caught.value.problems


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value
    return data


_DELETE = object()

MALFORMED = [
    ("campaign.channels.twiter", "3/week", "campaign.channels.twiter: unknown channel; known: x,"),
    ("campaign.channels.mastodon", "often", "campaign.channels.mastodon: 'often' is not a cadence"),
    ("campaign.channels.mastodon", "0/week", "campaign.channels.mastodon: '0/week': the count"),
    ("campaign.end", "2026-12-01", "campaign.end: must not be before campaign.start"),
    ("campaign.start", "7 December", "campaign.start: '7 December' is not an ISO date"),
    ("campaign.timezone", "Paris", "campaign.timezone: 'Paris' is not an IANA time zone"),
    ("campaign.quiet_hours", "9pm to 8am", "campaign.quiet_hours: must look like '21:00-08:00'"),
    ("campaign.quiet_hours", "25:00-08:00", "campaign.quiet_hours: '25:00-08:00' is not a valid"),
    ("campaign.goal", "virality", "campaign.goal: input should be 'awareness'"),
    ("campaign.link", "paindor.example/ateliers", "campaign.link: must be an http(s) URL"),
    ("campaign.sponsored", "maybe", "campaign.sponsored: input should be a valid boolean"),
    ("brand.language", "French", "brand.language: 'French' is not a BCP-47 language tag"),
    ("brand.colors", ["brown"], "brand.colors: colours must be '#RRGGBB'"),
    ("brand.hashtags", ["Pain d'Or"], "brand.hashtags: hashtags must start with '#'"),
    ("brand.jurisdiction", "France", "brand.jurisdiction: 'France' is not an ISO 3166"),
    ("brand.name", _DELETE, "brand.name: required"),
    ("brand.colour", ["#000000"], "brand.colour: unknown key; known: name, language"),
    ("campaign.channels", {}, "campaign.channels: must name at least one channel"),
    ("facts", [], "facts: list should have at least 1 item"),
    ("messages", _DELETE, "messages: required"),
    ("audiences.0.size", -5, "audiences[0].size: input should be greater than or equal to 0"),
    ("audiences.0.basis", "because", "audiences[0].basis: input should be 'consent'"),
    ("audiences.0.sise", 12, "audiences[0].sise: unknown key; known: name, size"),
    ("version", 2, "version: must be 1"),
    ("polcy", "strict", "polcy: unknown key; known: version, brand"),
]


@pytest.mark.parametrize(
    ("path", "value", "expected"), MALFORMED, ids=[m[0] + "=" + repr(m[1]) for m in MALFORMED]
)
def test_malformed_brief_names_the_field(
    brief_data: dict[str, Any], path: str, value: Any, expected: str
) -> None:
    problems = problems_of(_set(brief_data, path, value))
    assert any(p.startswith(expected) for p in problems), problems


def test_every_problem_is_reported_at_once(brief_data: dict[str, Any]) -> None:
    brief_data["brand"]["language"] = "French"
    brief_data["campaign"]["timezone"] = "Mars/Olympus"
    brief_data["campaign"]["channels"]["fax"] = "1/day"
    problems = problems_of(brief_data)
    fields = [p.split(":")[0] for p in problems]
    assert fields == ["brand.language", "campaign.timezone", "campaign.channels.fax"]


def test_x_keys_are_kept_and_ignored(brief_data: dict[str, Any]) -> None:
    brief_data["x-owner"] = "marketing team"
    brief_data["campaign"]["x-budget"] = {"eur": 300}
    brief = parse_brief(brief_data)
    assert brief.extensions == {"x-owner": "marketing team"}
    assert brief.campaign.extensions == {"x-budget": {"eur": 300}}


def test_a_timezone_in_the_wrong_case_gets_a_hint(brief_data: dict[str, Any]) -> None:
    brief_data["campaign"]["timezone"] = "europe/paris"
    assert "did you mean 'Europe/Paris'?" in problems_of(brief_data)[0]


def test_top_level_must_be_a_mapping() -> None:
    assert problems_of(["a", "list"]) == [
        "(top level): must be a mapping with brand, campaign, facts, messages"
    ]


def test_duplicate_yaml_keys_are_errors() -> None:
    text = "version: 1\nbrand:\n  name: A\n  name: B\n"
    with pytest.raises(BriefError) as caught:
        read_brief_data(text, source="dup.yaml")
    assert caught.value.problems == ["line 4: key 'name' appears twice"]


def test_yaml_syntax_error_names_line_and_column() -> None:
    with pytest.raises(BriefError) as caught:
        read_brief_data("brand: [unclosed\n", source="bad.yaml")
    assert caught.value.problems[0].startswith("line 2 column 1: invalid YAML")


def test_json_briefs_are_accepted(tmp_path: Path, brief_data: dict[str, Any]) -> None:
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(brief_data, default=str), encoding="utf-8")
    assert load_brief(path).brand.name == "Pain d'Or"


def test_missing_logo_file_is_reported(tmp_path: Path, brief_data: dict[str, Any]) -> None:
    brief_data["brand"]["logo"] = "logo.png"
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(brief_data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    assert caught.value.problems == [f"brand.logo: file not found: {tmp_path / 'logo.png'}"]
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    assert load_brief(path).resolve("logo.png") == tmp_path / "logo.png"


def test_unreadable_files_are_brief_errors(tmp_path: Path) -> None:
    with pytest.raises(BriefError, match="file not found"):
        load_brief(tmp_path / "nope.yaml")
    (tmp_path / "latin1.yaml").write_bytes("nom: caf\xe9".encode("latin-1"))
    with pytest.raises(BriefError, match="not UTF-8"):
        load_brief(tmp_path / "latin1.yaml")
    with pytest.raises(BriefError, match="is a folder"):
        load_brief(tmp_path)


def test_cadence_parsing() -> None:
    assert Cadence.parse("3/week") == Cadence(count=3, per="week")
    assert Cadence.parse(" 2 / month ") == Cadence(count=2, per="month")
    assert Cadence.parse("once") == Cadence(count=1, per="campaign")
    assert str(Cadence.parse("1/day")) == "1/day"
    for bad in ("3 per week", "/week", "3/year", 3, None):
        with pytest.raises(ValueError):
            Cadence.parse(bad)


def test_quiet_hours_across_midnight() -> None:
    quiet = QuietHours.parse("21:00-08:00")
    assert quiet.contains(dt.time(23, 30)) and quiet.contains(dt.time(7, 59))
    assert not quiet.contains(dt.time(8, 0)) and not quiet.contains(dt.time(20, 59))
    day = QuietHours.parse("12:00-14:00")
    assert day.contains(dt.time(13, 0)) and not day.contains(dt.time(14, 0))


yaml_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.dates().map(str),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "brand",
                    "campaign",
                    "facts",
                    "messages",
                    "name",
                    "language",
                    "channels",
                    "start",
                    "end",
                    "x",
                    "audiences",
                    "version",
                    "size",
                    "x-note",
                    "timezone",
                    "quiet_hours",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(yaml_values)
def test_random_data_never_raises_anything_but_a_brief_error(data: Any) -> None:
    try:
        parse_brief(data)
    except BriefError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_yaml_text_never_raises_anything_but_a_brief_error(text: str) -> None:
    try:
        parse_brief(read_brief_data(text, source="random.yaml"))
    except BriefError as error:
        assert error.problems
