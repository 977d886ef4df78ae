"""The campaign calendar as a week grid (days × hours) in the campaign's own time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from flambeau.core.brief.models import QuietHours

DEFAULT_BAND = (8, 21)  # hours always shown, so an empty week still reads as a working week


@dataclass(frozen=True)
class CalendarEntry:
    """What the grid needs to know of one post."""

    key: str  # the post's plan id, "p01"
    channel: str
    verdict: str
    status: str
    scheduled_at: dt.datetime  # aware
    url: str = ""
    title: str = ""


@dataclass(frozen=True)
class Chip:
    """One post placed in the grid, with its local time."""

    entry: CalendarEntry
    local: dt.datetime

    @property
    def time(self) -> str:
        return self.local.strftime("%H:%M")


@dataclass
class HourRow:
    hour: int
    cells: list[list[Chip]] = field(default_factory=list)  # one list of chips per day
    quiet: bool = False  # the hour starts inside the campaign's quiet hours

    @property
    def label(self) -> str:
        return f"{self.hour:02d}:00"


@dataclass
class WeekGrid:
    zone: str
    start: dt.date  # a Monday
    days: list[dt.date]
    rows: list[HourRow]
    previous: dt.date | None
    next: dt.date | None
    campaign_days: frozenset[dt.date]
    count: int  # posts in this week
    today: dt.date | None = None

    @property
    def end(self) -> dt.date:
        return self.days[-1]

    def in_campaign(self, day: dt.date) -> bool:
        return day in self.campaign_days


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week that holds `day`."""
    return day - dt.timedelta(days=day.weekday())


def parse_week(value: str | None, default: dt.date) -> dt.date:
    """The Monday of an ISO date given in a query string; the default week when it is not one."""
    if value:
        try:
            return week_start(dt.date.fromisoformat(value))
        except ValueError:
            pass
    return week_start(default)


def first_week(
    entries: Sequence[CalendarEntry],
    *,
    zone: str,
    first_day: dt.date,
    last_day: dt.date | None = None,
    today: dt.date | None = None,
) -> dt.date:
    """The week to open on: this week while the campaign runs, else the first post's week."""
    tz = ZoneInfo(zone)
    if today is not None and last_day is not None and first_day <= today <= last_day:
        return week_start(today)
    if entries:
        earliest = min(e.scheduled_at for e in entries).astimezone(tz).date()
        return week_start(earliest)
    return week_start(first_day)


def week_grid(
    entries: Iterable[CalendarEntry],
    *,
    zone: str,
    week_of: dt.date,
    first_day: dt.date,
    last_day: dt.date,
    band: tuple[int, int] = DEFAULT_BAND,
    quiet: QuietHours | None = None,
    today: dt.date | None = None,
) -> WeekGrid:
    """Place the posts of the week holding `week_of` into a days × hours grid, in `zone`.

    The hours band widens to hold any post outside it; navigation stays within the weeks
    that hold the campaign's days or any of its posts.
    """
    tz = ZoneInfo(zone)
    start = week_start(week_of)
    days = [start + dt.timedelta(days=i) for i in range(7)]
    placed = [Chip(entry=e, local=e.scheduled_at.astimezone(tz)) for e in entries]
    all_days = [c.local.date() for c in placed]
    earliest = week_start(min([first_day, *all_days]))
    latest = week_start(max([last_day, *all_days]))
    this_week = sorted(
        (c for c in placed if start <= c.local.date() <= days[-1]),
        key=lambda c: (c.local, c.entry.key),
    )
    low = min([band[0], *(c.local.hour for c in this_week)])
    high = max([band[1], *(c.local.hour for c in this_week)])
    rows = [
        HourRow(
            hour=h,
            cells=[[] for _ in days],
            quiet=quiet is not None and quiet.contains(dt.time(h, 0)),
        )
        for h in range(low, high + 1)
    ]
    for chip in this_week:
        rows[chip.local.hour - low].cells[chip.local.weekday()].append(chip)
    span = (last_day - first_day).days
    return WeekGrid(
        zone=zone,
        start=start,
        days=days,
        rows=rows,
        previous=start - dt.timedelta(days=7) if start > earliest else None,
        next=start + dt.timedelta(days=7) if start < latest else None,
        campaign_days=frozenset(first_day + dt.timedelta(days=i) for i in range(span + 1)),
        count=len(this_week),
        today=today,
    )
