"""Local posting times: each channel's usual good hours, kept out of quiet hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from flambeau.core.brief import QuietHours

# Local times that usually work per channel (weekday audience habits); the planner rotates them.
PREFERRED_TIMES: dict[str, tuple[str, ...]] = {
    "x": ("09:00", "12:30", "17:30"),
    "bluesky": ("09:30", "13:00", "18:00"),
    "mastodon": ("10:00", "14:00", "18:30"),
    "threads": ("11:00", "19:00"),
    "linkedin": ("08:30", "12:00", "17:00"),
    "facebook": ("13:00", "19:30", "11:00"),
    "instagram": ("11:30", "19:00", "08:30"),
    "tiktok": ("19:00", "12:00"),
    "pinterest": ("20:00", "14:00"),
    "youtube": ("16:00", "12:00"),
    "telegram": ("10:00", "18:00"),
    "discord": ("18:00", "12:00"),
    "slack": ("10:00", "14:00"),
    "newsletter": ("09:00", "10:00"),
    "blog": ("10:00", "09:00"),
    "webhook": ("10:00",),
}

_STEP = dt.timedelta(minutes=15)


def _clock(value: str) -> dt.time:
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def allowed(moment: dt.time, quiet: QuietHours | None) -> bool:
    return quiet is None or not quiet.contains(moment)


_QUARTERS = tuple(dt.time(h, m) for h in range(24) for m in (0, 15, 30, 45))
_DAYTIME = (dt.time(7, 0), dt.time(22, 0))


def spread_times(count: int, quiet: QuietHours | None) -> list[dt.time]:
    """`count` quarter-hour times of one day, evenly spread, outside quiet hours, in order.

    Daytime (07:00–22:00) is used when it has room; the whole open day otherwise.
    """
    open_day = [t for t in _QUARTERS if allowed(t, quiet)]
    daytime = [t for t in open_day if _DAYTIME[0] <= t <= _DAYTIME[1]]
    pool = daytime if len(daytime) >= count else open_day
    return [pool[int((i + 0.5) * len(pool) / count)] for i in range(count)]


def daily_times(channel: str, count: int, quiet: QuietHours | None) -> list[dt.time]:
    """Times for a channel posting `count` times on one day, all outside quiet hours."""
    preferred = [
        t for t in map(_clock, PREFERRED_TIMES.get(channel, ("10:00",))) if allowed(t, quiet)
    ]
    if len(preferred) >= count:
        return sorted(preferred[:count])
    return spread_times(count, quiet)


def preferred_time(channel: str, rotation: int, quiet: QuietHours | None) -> dt.time:
    """One good local time for a channel's post, varied by `rotation`, outside quiet hours."""
    preferred = [
        t for t in map(_clock, PREFERRED_TIMES.get(channel, ("10:00",))) if allowed(t, quiet)
    ]
    if not preferred:
        return spread_times(1, quiet)[0]
    # Favour the first (best) time; rotate through the others now and then.
    order = [preferred[0], *preferred[1:], preferred[0]] if len(preferred) > 1 else preferred
    return order[rotation % len(order)]


def localize(
    day: dt.date, moment: dt.time, zone: ZoneInfo, quiet: QuietHours | None
) -> dt.datetime:
    """An aware datetime for a local wall time; a time skipped by a DST change moves forward."""
    local = dt.datetime.combine(day, moment, tzinfo=zone)
    for _ in range(8):
        round_trip = local.astimezone(dt.UTC).astimezone(zone)
        if round_trip.replace(tzinfo=None) == local.replace(tzinfo=None) and allowed(
            round_trip.time(), quiet
        ):
            return round_trip
        local = dt.datetime.combine(day, (local + _STEP * 4).time(), tzinfo=zone)
    return local.astimezone(dt.UTC).astimezone(zone)
