"""The editorial calendar: slots from cadence, time zone and quiet hours, with rotation."""

from __future__ import annotations

import datetime as dt

from flambeau.core.brief import Audience, Brief
from flambeau.core.planning.calendar import posting_days
from flambeau.core.planning.times import allowed, daily_times, localize, preferred_time
from flambeau.core.post import ANGLES, Slot

DEFAULT_K = 100
ADULT_AGE = 18
_ROTATING_ANGLES = tuple(a for a in ANGLES if a not in ("announcement", "thank-you"))
_NUDGE = dt.timedelta(minutes=15)


def targetable(
    audiences: list[Audience], *, k: int = DEFAULT_K, adult_age: int = ADULT_AGE
) -> list[Audience]:
    """Audiences a plan may address.

    Never one smaller than k people, and never a profiled one (with interests) that can
    include minors (minimum age under `adult_age`, or unknown): the ethics report says why.
    """
    return [
        a
        for a in audiences
        if (a.size is None or a.size >= k)
        and not (a.interests and (a.age_min is None or a.age_min < adult_age))
    ]


def angle_for(sequence: int, total: int, offset: int) -> str:
    """Open with an announcement, close with thanks on longer runs, rotate the rest.

    Only the first two channels (and one-off posts) open with an announcement: a reader who
    follows several channels should not get the same launch post everywhere on day one.
    """
    if sequence == 1 and (offset < 2 or total == 1):
        return "announcement"
    if sequence == total and total >= 4:
        return "thank-you"
    return _ROTATING_ANGLES[(sequence - 2 + offset) % len(_ROTATING_ANGLES)]


def _free_moment(at: dt.datetime, taken: set[dt.datetime], brief: Brief) -> dt.datetime:
    """Move a post by quarter hours until no other channel posts at that minute."""
    quiet = brief.campaign.quiet_hours
    for step in range(1, 16):
        for candidate in (at + _NUDGE * step, at - _NUDGE * step):
            local = candidate.astimezone(brief.campaign.zone)
            if local.date() == at.date() and allowed(local.time(), quiet) and local not in taken:
                return local
    return at


def plan_campaign(brief: Brief, *, k: int = DEFAULT_K, adult_age: int = ADULT_AGE) -> list[Slot]:
    """Every slot of the campaign, in time order, ids p01, p02, ..."""
    campaign = brief.campaign
    zone = campaign.zone
    quiet = campaign.quiet_hours
    audiences = targetable(brief.audiences, k=k, adult_age=adult_age)
    messages = brief.messages
    drafts: list[tuple[dt.datetime, int, dict[str, object]]] = []
    taken: set[dt.datetime] = set()
    for offset, (channel, cadence) in enumerate(campaign.channels.items()):
        days = posting_days(cadence, campaign.start, campaign.end, channel=channel)
        total = sum(count for _, count in days)
        sequence = 0
        for day, count in days:
            if count > 1:
                times = daily_times(channel, count, quiet)
            else:
                times = [preferred_time(channel, sequence + offset, quiet)]
            for moment in times:
                sequence += 1
                at = localize(day, moment, zone, quiet)
                if at in taken:
                    at = _free_moment(at, taken, brief)
                taken.add(at)
                audience = (
                    audiences[(sequence - 1 + offset) % len(audiences)] if audiences else None
                )
                message_index = (sequence - 1 + offset) % len(messages)
                drafts.append(
                    (
                        at,
                        offset,
                        {
                            "channel": channel,
                            "scheduled_at": at,
                            "message": messages[message_index],
                            "message_index": message_index,
                            "audience": audience.name if audience else None,
                            "angle": angle_for(sequence, total, offset),
                            "sequence": sequence,
                        },
                    )
                )
    drafts.sort(key=lambda item: (item[0], item[1]))
    width = max(2, len(str(len(drafts))))
    return [
        Slot(id=f"p{i:0{width}d}", **fields) for i, (_, _, fields) in enumerate(drafts, start=1)
    ]
