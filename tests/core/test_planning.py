"""The planner: inside the dates, never in quiet hours, following the cadence, rotating messages."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flambeau.core.brief import Brief, load_brief, parse_brief
from flambeau.core.planning import plan_campaign, posting_days
from flambeau.core.planning.times import localize
from flambeau.core.post import Slot
from tests.core.conftest import SHARED_BRIEFS, example_data


def assert_plan_invariants(brief: Brief, slots: list[Slot]) -> None:
    campaign = brief.campaign
    zone = campaign.zone
    assert slots, "a plan has slots"
    assert [s.id for s in slots] == sorted(s.id for s in slots)
    assert [s.scheduled_at for s in slots] == sorted(s.scheduled_at for s in slots)
    assert len({s.scheduled_at for s in slots}) == len(slots), "two posts at the same minute"
    for slot in slots:
        local = slot.scheduled_at.astimezone(zone)
        assert slot.scheduled_at.utcoffset() == local.utcoffset()
        assert campaign.start <= local.date() <= campaign.end, slot
        if campaign.quiet_hours:
            assert not campaign.quiet_hours.contains(local.time()), slot
        assert slot.channel in campaign.channels
        assert slot.message == brief.messages[slot.message_index]
    by_channel: dict[str, list[Slot]] = defaultdict(list)
    for slot in slots:
        by_channel[slot.channel].append(slot)
    for channel, cadence in campaign.channels.items():
        posts = by_channel[channel]
        assert posts, f"{channel} has no post"
        days = campaign.days
        if cadence.per == "campaign":
            assert len(posts) == 1
        elif cadence.per == "day":
            assert len(posts) == cadence.count * days
        elif cadence.per == "week":
            assert abs(len(posts) - cadence.count * days / 7) <= 1 + days // 7 * 0.5
            per_block = Counter(
                (s.scheduled_at.astimezone(zone).date() - campaign.start).days // 7 for s in posts
            )
            assert max(per_block.values()) <= cadence.count
        messages = [s.message_index for s in posts]
        if len(brief.messages) > 1:
            assert all(a != b for a, b in itertools.pairwise(messages)), channel
        if len(posts) >= len(brief.messages):
            assert set(messages) == set(range(len(brief.messages))), channel
    openers = [by_channel[c][0].angle for c in campaign.channels]
    assert openers[0] == "announcement"
    assert openers.count("announcement") <= 2 + sum(
        len(by_channel[c]) == 1 for c in campaign.channels
    )


@pytest.mark.parametrize("path", SHARED_BRIEFS, ids=lambda p: p.name)
def test_shared_briefs_plan_within_rules(path: Path) -> None:
    brief = load_brief(path)
    assert_plan_invariants(brief, plan_campaign(brief))


def test_paindor_follows_its_cadence_exactly() -> None:
    brief = load_brief(next(p for p in SHARED_BRIEFS if "paindor" in p.name))
    counts = Counter(s.channel for s in plan_campaign(brief))
    # Two full weeks (7–20 December).
    assert counts == {"instagram": 6, "mastodon": 6, "linkedin": 4, "newsletter": 1}


def test_linkedin_avoids_weekends_when_it_can() -> None:
    brief = load_brief(next(p for p in SHARED_BRIEFS if "paindor" in p.name))
    zone = brief.campaign.zone
    days = [
        s.scheduled_at.astimezone(zone).weekday()
        for s in plan_campaign(brief)
        if s.channel == "linkedin"
    ]
    assert days and all(day < 5 for day in days)


def test_audiences_below_k_are_never_targeted(brief_data: dict[str, Any]) -> None:
    brief_data["audiences"][1]["size"] = 40
    brief = parse_brief(brief_data)
    audiences = {s.audience for s in plan_campaign(brief, k=100)}
    assert audiences == {brief.audiences[0].name}


def test_profiled_audiences_that_can_include_minors_are_never_targeted(
    brief_data: dict[str, Any],
) -> None:
    brief_data["audiences"][0]["age_min"] = 16
    del brief_data["audiences"][1]["age_min"]
    brief_data["audiences"].append({"name": "Lycéens du quartier", "size": 800, "age_min": 15})
    audiences = {s.audience for s in plan_campaign(parse_brief(brief_data))}
    assert audiences == {"Lycéens du quartier"}, "only the audience without profiling remains"


def test_angles_rotate_within_a_channel(brief_data: dict[str, Any]) -> None:
    brief_data["campaign"]["channels"] = {"mastodon": "1/day"}
    slots = plan_campaign(parse_brief(brief_data))
    angles = [s.angle for s in slots]
    assert angles[0] == "announcement" and angles[-1] == "thank-you"
    assert len(set(angles)) >= 6
    assert all(a != b for a, b in itertools.pairwise(angles))


def test_monthly_cadence_is_prorated(brief_data: dict[str, Any]) -> None:
    cadence = parse_brief(brief_data).campaign.channels["newsletter"].parse("4/month")
    days = posting_days(cadence, dt.date(2027, 1, 1), dt.date(2027, 2, 28), channel="newsletter")
    assert sum(n for _, n in days) == 8
    short = posting_days(cadence, dt.date(2027, 1, 1), dt.date(2027, 1, 3), channel="newsletter")
    assert sum(n for _, n in short) == 1


def test_a_wall_time_skipped_by_dst_moves_forward() -> None:
    paris = ZoneInfo("Europe/Paris")
    moment = localize(dt.date(2027, 3, 28), dt.time(2, 30), paris, None)
    assert moment.hour == 3 and moment.utcoffset() == dt.timedelta(hours=2)


def test_plans_across_a_dst_change_keep_local_times(brief_data: dict[str, Any]) -> None:
    brief_data["campaign"].update({"start": "2027-03-22", "end": "2027-04-04"})
    brief = parse_brief(brief_data)
    slots = plan_campaign(brief)
    assert_plan_invariants(brief, slots)
    offsets = {s.scheduled_at.utcoffset() for s in slots}
    assert offsets == {dt.timedelta(hours=1), dt.timedelta(hours=2)}


cadences = st.one_of(
    st.just("once"),
    st.builds(lambda n: f"{n}/day", st.integers(1, 4)),
    st.builds(lambda n: f"{n}/week", st.integers(1, 12)),
    st.builds(lambda n: f"{n}/month", st.integers(1, 20)),
)
zones = st.sampled_from(
    [
        "UTC",
        "Europe/Paris",
        "America/Halifax",
        "Asia/Tokyo",
        "Australia/Lord_Howe",
        "America/St_Johns",
    ]
)
quiet_hours = st.one_of(
    st.none(),
    st.tuples(st.integers(18, 23), st.integers(5, 9)).map(lambda t: f"{t[0]:02d}:00-{t[1]:02d}:30"),
    st.tuples(st.integers(0, 3), st.integers(6, 8)).map(lambda t: f"{t[0]:02d}:00-{t[1]:02d}:00"),
)


@settings(max_examples=60, deadline=None)
@given(
    channels=st.dictionaries(
        st.sampled_from(["x", "mastodon", "linkedin", "instagram", "newsletter", "blog"]),
        cadences,
        min_size=1,
        max_size=4,
    ),
    start=st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 1)),
    length=st.integers(0, 45),
    zone=zones,
    quiet=quiet_hours,
    messages=st.integers(1, 4),
)
def test_any_brief_plans_within_rules(
    channels: dict[str, str],
    start: dt.date,
    length: int,
    zone: str,
    quiet: str | None,
    messages: int,
) -> None:
    brief_data = example_data()
    brief_data["campaign"].update(
        {
            "channels": channels,
            "start": start.isoformat(),
            "end": (start + dt.timedelta(days=length)).isoformat(),
            "timezone": zone,
            "quiet_hours": quiet,
        }
    )
    brief_data["messages"] = [f"Message {i}" for i in range(messages)]
    brief = parse_brief(brief_data)
    assert_plan_invariants(brief, plan_campaign(brief))
