"""`wellbeing.*`: frequency caps, quiet hours, late nights for the young, endless bait."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Literal

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.policy import Cap
from flambeau.core.ethics.rules import Example, Hit, Rule, in_each_language
from flambeau.core.ethics.subjects import PlanSubject, PostSubject, TextSubject
from flambeau.core.ethics.text import say, words_pattern
from flambeau.core.post import Post

_BASIS = "DSA Art. 25 and 28; Digital Fairness work on addictive design"


def _local(post: Post, subject: PlanSubject | PostSubject) -> dt.datetime:
    return post.scheduled_at.astimezone(subject.brief.campaign.zone)


def _over_caps(
    posts: list[Post], subject: PlanSubject, cap_of: dict[str, Cap], key: str
) -> Iterator[tuple[str, str, int, int, Literal["day", "week"], Post]]:
    """(group, period label, count, cap, period, first post over) for every cap exceeded."""
    days: Counter[tuple[str, dt.date]] = Counter()
    weeks: Counter[tuple[str, tuple[int, int]]] = Counter()
    reported: set[tuple[str, object]] = set()
    for post in posts:
        group = getattr(post, key)
        if group is None or group not in cap_of:
            continue
        local = _local(post, subject)
        day, week = local.date(), local.isocalendar()[:2]
        days[group, day] += 1
        weeks[group, week] += 1
        cap = cap_of[group]
        if cap.day is not None and days[group, day] > cap.day and (group, day) not in reported:
            reported.add((group, day))
            yield group, day.isoformat(), days[group, day], cap.day, "day", post
        if cap.week is not None and weeks[group, week] > cap.week and (group, week) not in reported:
            reported.add((group, week))
            yield group, f"{week[0]}-W{week[1]:02d}", weeks[group, week], cap.week, "week", post


class AudienceFrequency(Rule):
    id = "wellbeing.audience_frequency"
    severity = Severity.WARN
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "Too many posts to one audience"
    description = (
        "All channels together, one audience should not receive more posts a day or a week "
        "than the policy's caps (3 a day, 21 a week by default): attention is not a resource "
        "to mine."
    )
    examples = in_each_language(
        bad={"posts": [{"audience": "Past donors"}] * 4},
        good={"posts": [{"audience": "Past donors"}] * 2},
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        cap = subject.policy.frequency_caps.audience
        caps = {a.name: cap for a in subject.brief.audiences}
        for group, when, count, limit, period, post in _over_caps(
            subject.posts, subject, caps, "audience"
        ):
            per = say(subject.lang, period, "jour" if period == "day" else "semaine")
            yield Hit(
                say(
                    subject.lang,
                    f"{count} posts to “{group}” on {when}; the cap is {limit} a {per}.",
                    f"{count} posts pour « {group} » le {when} ; le plafond est de {limit} par {per}.",
                ),
                suggestion=say(
                    subject.lang,
                    "Spread the posts out or lower the cadence.",
                    "Étalez les posts ou réduisez la cadence.",
                ),
                subject_id=post.id,
            )


class ChannelFrequency(Rule):
    id = "wellbeing.channel_frequency"
    severity = Severity.WARN
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "Too many posts on one channel"
    description = (
        "A channel's followers should not be flooded: the policy caps posts per channel a "
        "day and a week (4 and 21 by default, overridable per channel)."
    )
    examples = in_each_language(
        bad={"posts": [{"channel": "mastodon"}] * 5},
        good={"posts": [{"channel": "mastodon"}] * 2},
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        caps = subject.policy.frequency_caps
        channels = {post.channel for post in subject.posts}
        for group, when, count, limit, period, post in _over_caps(
            subject.posts, subject, {c: caps.for_channel(c) for c in channels}, "channel"
        ):
            per = say(subject.lang, period, "jour" if period == "day" else "semaine")
            yield Hit(
                say(
                    subject.lang,
                    f"{count} posts on {group} on {when}; the cap is {limit} a {per}.",
                    f"{count} posts sur {group} le {when} ; le plafond est de {limit} par {per}.",
                ),
                suggestion=say(
                    subject.lang,
                    "Spread the posts out or lower the cadence.",
                    "Étalez les posts ou réduisez la cadence.",
                ),
                subject_id=post.id,
            )


class QuietHours(Rule):
    id = "wellbeing.quiet_hours"
    severity = Severity.WARN
    subjects = ("plan", "post")
    languages = ("en", "fr")
    basis = _BASIS + "; the brief's quiet_hours"
    title = "Post scheduled in quiet hours"
    description = (
        "Nothing is posted in the brief's quiet hours (or the policy's, when the brief sets "
        "none), in the campaign's time zone."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {"campaign": {"quiet_hours": "21:00-08:00"}},
                "posts": [{"scheduled_at": "2026-12-08T23:30:00+01:00"}],
            },
            good={
                "brief": {"campaign": {"quiet_hours": "21:00-08:00"}},
                "posts": [{"scheduled_at": "2026-12-08T10:30:00+01:00"}],
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {"campaign": {"quiet_hours": "21:00-08:00"}},
                "posts": [{"scheduled_at": "2026-12-08T06:00:00+01:00"}],
            },
            good={
                "brief": {"campaign": {"quiet_hours": "21:00-08:00"}},
                "posts": [{"scheduled_at": "2026-12-08T12:00:00+01:00"}],
            },
        ),
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        quiet = subject.brief.campaign.quiet_hours or subject.policy.quiet_hours
        if quiet is None:
            return
        for post in subject.posts:
            local = _local(post, subject)
            if not quiet.contains(local.time()):
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"Scheduled at {local:%H:%M}, inside quiet hours {quiet}.",
                    f"Programmé à {local:%H:%M}, pendant les heures calmes {quiet}.",
                ),
                suggestion=say(
                    subject.lang,
                    f"Move it after {quiet.end:%H:%M}.",
                    f"Déplacez-le après {quiet.end:%H:%M}.",
                ),
                subject_id=post.id,
            )


class LateNightYoung(Rule):
    id = "wellbeing.late_night_young"
    severity = Severity.WARN
    subjects = ("plan", "post")
    languages = ("en", "fr")
    basis = "DSA Art. 28(1) (protection of minors); Digital Fairness work on addictive design"
    title = "Late-night post to a young audience"
    description = (
        "Posts aimed at an audience that includes minors are not scheduled late at night "
        "(22:00-06:00 local by default), when they should be sleeping."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {
                    "audiences": [
                        {"name": "Teens", "size": 5000, "basis": "consent", "age_min": 13}
                    ]
                },
                "posts": [{"audience": "Teens", "scheduled_at": "2026-12-08T23:00:00+01:00"}],
            },
            good={
                "brief": {
                    "audiences": [
                        {"name": "Teens", "size": 5000, "basis": "consent", "age_min": 13}
                    ]
                },
                "posts": [{"audience": "Teens", "scheduled_at": "2026-12-08T17:00:00+01:00"}],
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {
                    "audiences": [{"name": "Ados", "size": 5000, "basis": "consent", "age_min": 13}]
                },
                "posts": [{"audience": "Ados", "scheduled_at": "2026-12-08T23:00:00+01:00"}],
            },
            good={
                "brief": {
                    "audiences": [{"name": "Ados", "size": 5000, "basis": "consent", "age_min": 18}]
                },
                "posts": [{"audience": "Ados", "scheduled_at": "2026-12-08T23:00:00+01:00"}],
            },
        ),
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        night = subject.policy.late_night
        young = {
            a.name: a
            for a in subject.brief.audiences
            if a.age_min is not None and a.age_min < subject.policy.adult_age
        }
        for post in subject.posts:
            audience = young.get(post.audience or "")
            if audience is None:
                continue
            local = _local(post, subject)
            if not night.contains(local.time()):
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"“{audience.name}” starts at age {audience.age_min}; {local:%H:%M} is late.",
                    f"« {audience.name} » commence à {audience.age_min} ans ; {local:%H:%M}, "
                    "c'est trop tard.",
                ),
                suggestion=say(
                    subject.lang,
                    f"Schedule it between {night.end:%H:%M} and {night.start:%H:%M}.",
                    f"Programmez-le entre {night.end:%H:%M} et {night.start:%H:%M}.",
                ),
                subject_id=post.id,
            )


_ENDLESS = words_pattern(
    [
        "keep scrolling", "don't stop scrolling", "dont stop scrolling", "scroll for more",
        "never stop scrolling", "watch till the end", "watch until the end", "watch to the end",
        "don't break your streak", "dont break your streak", "keep your streak",
        "come back every day", "check back every hour", "come back every hour",
        "turn on notifications so you never miss", "turn on post notifications", "binge all",
        "binge-watch all", "one more episode", "refresh every", "continue de scroller",
        "continuez de scroller", "continuez a scroller", "ne t'arrete pas de scroller",
        "regarde jusqu'a la fin", "regardez jusqu'a la fin", "ne casse pas ta serie",
        "ne cassez pas votre serie", "garde ta serie", "reviens chaque jour",
        "revenez chaque jour", "revenez toutes les heures",
        "active les notifications pour ne rien rater",
        "activez les notifications pour ne rien rater",
        "activez les notifications pour ne jamais rien manquer",
    ]
)  # fmt: skip


class EndlessEngagement(Rule):
    id = "wellbeing.endless_engagement"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("en", "fr")
    basis = _BASIS
    title = "Compulsion loop in the copy"
    description = (
        "Copy that tells people to keep scrolling, watch to the end, keep a streak or come "
        "back every day builds compulsive use instead of value."
    )
    examples = (
        Example(
            lang="en",
            bad="Keep scrolling for more deals and don't break your streak!",
            good="All our repair guides are on the blog whenever you need them.",
        ),
        Example(
            lang="fr",
            bad="Regarde jusqu'à la fin et reviens chaque jour !",
            good="Nos fiches recettes restent en ligne, à consulter quand vous voulez.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        for match in _ENDLESS.finditer(subject.folded):
            yield Hit(
                say(
                    subject.lang,
                    "This line pushes compulsive use, not value.",
                    "Cette formule pousse à l'usage compulsif, pas à la valeur.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Say where to find the content when people want it.",
                    "Dites où retrouver le contenu quand on le souhaite.",
                ),
            )


RULES: tuple[type[Rule], ...] = (
    AudienceFrequency,
    ChannelFrequency,
    QuietHours,
    LateNightYoung,
    EndlessEngagement,
)
