"""The week grid puts each post in its day and hour in the campaign's zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from flambeau.app.web.briefs import quiet_hours_of
from flambeau.app.web.calendar import (
    CalendarEntry,
    first_week,
    parse_week,
    week_grid,
    week_start,
)

PARIS = "Europe/Paris"


def entry(key: str, at: dt.datetime, channel: str = "mastodon") -> CalendarEntry:
    return CalendarEntry(key=key, channel=channel, verdict="pass", status="draft", scheduled_at=at)


def cell_of(grid, key):
    for row in grid.rows:
        for day_index, chips in enumerate(row.cells):
            if any(c.entry.key == key for c in chips):
                return grid.days[day_index], row.hour
    return None


def test_a_utc_time_lands_in_the_local_day_and_hour():
    # 23:30 UTC on Tuesday 8 Dec is 00:30 on Wednesday 9 Dec in Paris.
    at = dt.datetime(2026, 12, 8, 23, 30, tzinfo=dt.UTC)
    grid = week_grid(
        [entry("p01", at)],
        zone=PARIS,
        week_of=dt.date(2026, 12, 7),
        first_day=dt.date(2026, 12, 7),
        last_day=dt.date(2026, 12, 20),
    )
    assert cell_of(grid, "p01") == (dt.date(2026, 12, 9), 0)
    assert grid.rows[0].hour == 0  # the band widened to hold it
    assert grid.count == 1


def test_the_same_instant_moves_with_the_zone():
    at = dt.datetime(2026, 12, 10, 15, 0, tzinfo=dt.UTC)
    kwargs = dict(
        week_of=dt.date(2026, 12, 7), first_day=dt.date(2026, 12, 7), last_day=dt.date(2026, 12, 13)
    )
    assert cell_of(week_grid([entry("p", at)], zone="America/New_York", **kwargs), "p") == (
        dt.date(2026, 12, 10),
        10,
    )
    assert cell_of(week_grid([entry("p", at)], zone="Asia/Tokyo", **kwargs), "p") == (
        dt.date(2026, 12, 11),
        0,
    )


def test_other_weeks_posts_are_left_out_and_navigation_stays_in_range():
    paris = ZoneInfo(PARIS)
    first = entry("p01", dt.datetime(2026, 12, 8, 10, 30, tzinfo=paris))
    second = entry("p02", dt.datetime(2026, 12, 15, 12, 0, tzinfo=paris))
    kwargs = dict(zone=PARIS, first_day=dt.date(2026, 12, 7), last_day=dt.date(2026, 12, 20))
    week1 = week_grid([first, second], week_of=dt.date(2026, 12, 9), **kwargs)
    assert week1.start == dt.date(2026, 12, 7)
    assert cell_of(week1, "p01") == (dt.date(2026, 12, 8), 10)
    assert cell_of(week1, "p02") is None
    assert week1.previous is None and week1.next == dt.date(2026, 12, 14)
    week2 = week_grid([first, second], week_of=week1.next, **kwargs)
    assert cell_of(week2, "p02") == (dt.date(2026, 12, 15), 12)
    assert week2.previous == dt.date(2026, 12, 7) and week2.next is None


def test_chips_in_one_cell_are_in_time_order_and_days_outside_the_campaign_are_marked():
    paris = ZoneInfo(PARIS)
    late = entry("b", dt.datetime(2026, 12, 8, 10, 45, tzinfo=paris))
    early = entry("a", dt.datetime(2026, 12, 8, 10, 5, tzinfo=paris), channel="x")
    grid = week_grid(
        [late, early],
        zone=PARIS,
        week_of=dt.date(2026, 12, 8),
        first_day=dt.date(2026, 12, 9),
        last_day=dt.date(2026, 12, 11),
    )
    row = next(r for r in grid.rows if r.hour == 10)
    assert [c.entry.key for c in row.cells[1]] == ["a", "b"]
    assert [c.time for c in row.cells[1]] == ["10:05", "10:45"]
    assert [grid.in_campaign(d) for d in grid.days] == [
        False,
        False,
        True,
        True,
        True,
        False,
        False,
    ]


def test_summer_time_change_keeps_local_hours():
    # Paris leaves summer time on 25 Oct 2026; 09:00 local before and after is 07:00 / 08:00 UTC.
    before = entry("a", dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC))
    after = entry("b", dt.datetime(2026, 10, 26, 8, 0, tzinfo=dt.UTC))
    grid = week_grid(
        [before, after],
        zone=PARIS,
        week_of=dt.date(2026, 10, 19),
        first_day=dt.date(2026, 10, 19),
        last_day=dt.date(2026, 10, 30),
    )
    assert cell_of(grid, "a") == (dt.date(2026, 10, 24), 9)
    grid2 = week_grid(
        [before, after],
        zone=PARIS,
        week_of=dt.date(2026, 10, 26),
        first_day=dt.date(2026, 10, 19),
        last_day=dt.date(2026, 10, 30),
    )
    assert cell_of(grid2, "b") == (dt.date(2026, 10, 26), 9)


def test_week_parameter_is_forgiving():
    default = dt.date(2026, 12, 9)
    assert parse_week("2026-12-17", default) == dt.date(2026, 12, 14)
    assert parse_week("not-a-date", default) == dt.date(2026, 12, 7)
    assert parse_week(None, default) == week_start(default)


def test_first_week_is_the_week_of_the_first_post():
    at = dt.datetime(2026, 12, 16, 9, 0, tzinfo=dt.UTC)
    assert first_week([entry("p", at)], zone=PARIS, first_day=dt.date(2026, 12, 1)) == dt.date(
        2026, 12, 14
    )
    assert first_week([], zone=PARIS, first_day=dt.date(2026, 12, 3)) == dt.date(2026, 11, 30)


def test_quiet_hours_shade_their_rows_and_are_read_from_the_stored_brief():
    quiet = quiet_hours_of({"campaign": {"quiet_hours": {"start": "21:00:00", "end": "08:00:00"}}})
    assert quiet_hours_of({"campaign": {"quiet_hours": "21:00-08:00"}}) == quiet
    assert quiet_hours_of({"campaign": {"quiet_hours": "nonsense"}}) is None
    assert quiet_hours_of({"campaign": {}}) is None
    grid = week_grid(
        [],
        zone=PARIS,
        week_of=dt.date(2026, 12, 7),
        first_day=dt.date(2026, 12, 7),
        last_day=dt.date(2026, 12, 13),
        quiet=quiet,
    )
    assert {r.hour: r.quiet for r in grid.rows} == {h: h < 8 or h >= 21 for h in range(8, 22)}


def test_the_calendar_opens_on_this_week_while_the_campaign_runs():
    at = dt.datetime(2026, 12, 16, 9, 0, tzinfo=dt.UTC)
    kwargs = dict(zone=PARIS, first_day=dt.date(2026, 12, 7), last_day=dt.date(2026, 12, 20))
    assert first_week([entry("p", at)], today=dt.date(2026, 12, 9), **kwargs) == dt.date(
        2026, 12, 7
    )
    assert first_week([entry("p", at)], today=dt.date(2027, 1, 5), **kwargs) == dt.date(
        2026, 12, 14
    )
