"""Which days a channel posts on, and how many times, from its cadence."""

from __future__ import annotations

import calendar
import datetime as dt

from flambeau.core.brief import Cadence

# Channels whose audience reads on working days: their posts avoid weekends when they can.
WEEKDAY_CHANNELS = frozenset({"linkedin", "slack", "newsletter", "blog"})
_MIDWEEK = (1, 2, 3)  # Tuesday, Wednesday, Thursday


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _spread(days: list[dt.date], count: int, *, weekdays_first: bool) -> list[tuple[dt.date, int]]:
    """Place `count` posts on `days` as evenly as possible; several a day only when needed."""
    if count <= 0 or not days:
        return []
    candidates = days
    if weekdays_first:
        working = [d for d in days if d.weekday() < 5]
        if len(working) >= count:
            candidates = working
    per_day, extra = divmod(count, len(candidates))
    if per_day:
        placed = {d: per_day for d in candidates}
        for i in range(extra):
            placed[candidates[(i * len(candidates)) // extra]] += 1
        return sorted(placed.items())
    chosen = [candidates[int((i + 0.5) * len(candidates) / count)] for i in range(count)]
    return [(d, 1) for d in chosen]


def posting_days(
    cadence: Cadence, start: dt.date, end: dt.date, *, channel: str
) -> list[tuple[dt.date, int]]:
    """(day, number of posts) for one channel over the campaign, following its cadence.

    Weeks are 7-day blocks from the campaign's start and months are calendar months; a partial
    block gets its share of the cadence, rounded, so the total follows the rate.
    """
    days = _days(start, end)
    weekdays_first = channel in WEEKDAY_CHANNELS
    if cadence.per == "campaign":
        midweek = [d for d in days[: max(1, len(days) // 2)] if d.weekday() in _MIDWEEK]
        return [((midweek or days)[0], 1)]
    if cadence.per == "day":
        return [(d, cadence.count) for d in days]
    blocks: list[tuple[list[dt.date], int]] = []
    if cadence.per == "week":
        for i in range(0, len(days), 7):
            block = days[i : i + 7]
            blocks.append((block, round(len(block) * cadence.count / 7)))
    else:
        for year, month in sorted({(d.year, d.month) for d in days}):
            block = [d for d in days if (d.year, d.month) == (year, month)]
            length = calendar.monthrange(year, month)[1]
            blocks.append((block, round(len(block) * cadence.count / length)))
    if sum(n for _, n in blocks) == 0:
        return _spread(days[len(days) // 2 :], 1, weekdays_first=weekdays_first)
    placed: list[tuple[dt.date, int]] = []
    for block, count in blocks:
        placed += _spread(block, count, weekdays_first=weekdays_first)
    return placed
