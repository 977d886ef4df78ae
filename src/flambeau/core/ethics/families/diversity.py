"""`diversity.*`: messages and angles rotated, audiences covered, no near-duplicate posts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from flambeau.core import disclosure as labels
from flambeau.core.channels import URL_PATTERN
from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule, in_each_language
from flambeau.core.ethics.subjects import PlanSubject
from flambeau.core.ethics.text import fold, say
from flambeau.core.post import ANGLES, Post

_BASIS = "The seed's echo-chamber concern; intra-list diversity (Ziegler et al. 2005)"
_WORD = re.compile(r"\w+")
_HASHTAG = re.compile(r"#\w+")


class _RotationOptions(Rule.Options):
    max_share: float = Field(default=0.6, gt=0.0, le=1.0)
    max_run: int = Field(default=3, ge=2)


def _runs(values: list[str]) -> Iterator[tuple[str, int, int]]:
    """(value, length, index of the run's last item) for each maximal run."""
    start = 0
    for index in range(1, len(values) + 1):
        if index == len(values) or values[index] != values[start]:
            yield values[start], index - start, index - 1
            start = index


def _rotation(
    subject: PlanSubject, values: list[str], available: int, what: tuple[str, str], opts: object
) -> Iterator[Hit]:
    options = opts if isinstance(opts, _RotationOptions) else _RotationOptions()
    posts = subject.posts
    if available < 2 or len(posts) < 3:
        return
    value, count = Counter(values).most_common(1)[0]
    share = count / len(values)
    if share > options.max_share:
        yield Hit(
            say(
                subject.lang,
                f"One {what[0]} fills {share:.0%} of the plan: “{value}”.",
                f"Un seul {what[1]} occupe {share:.0%} du plan : « {value} ».",
            ),
            suggestion=say(
                subject.lang,
                f"Rotate the {what[0]}s of the brief.",
                f"Faites tourner les {what[1]}s du brief.",
            ),
        )
        return
    channels: dict[str, list[int]] = {}
    for index, post in enumerate(posts):
        channels.setdefault(post.channel, []).append(index)
    for channel, indexes in channels.items():
        sequence = [values[i] for i in indexes]
        for run_value, length, last in _runs(sequence):
            if length <= options.max_run:
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"The same {what[0]} {length} times in a row on {channel}: “{run_value}”.",
                    f"Le même {what[1]} {length} fois de suite sur {channel} : « {run_value} ».",
                ),
                suggestion=say(subject.lang, f"Alternate {what[0]}s.", f"Alternez les {what[1]}s."),
                subject_id=posts[indexes[last]].id,
            )


class MessageRotation(Rule):
    id = "diversity.message_rotation"
    severity = Severity.WARN
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "One message repeated until it is an echo"
    description = (
        "When the brief has several key messages, the plan rotates them: no message fills "
        "more than 60% of the posts, or runs more than 3 times in a row on one channel "
        "(what a follower of that channel sees)."
    )
    Options = _RotationOptions
    examples = (
        Example(
            lang="en",
            bad={"posts": [{"message": "Give a winter food box"}] * 4},
            good={
                "posts": [
                    {"message": "Give a winter food box"},
                    {"message": "Thank you to the volunteers"},
                    {"message": "Give a winter food box"},
                    {"message": "Thank you to the volunteers"},
                ]
            },
        ),
        Example(
            lang="fr",
            bad={"posts": [{"message": "Apprendre le levain"}] * 4},
            good={
                "posts": [
                    {"message": "Apprendre le levain"},
                    {"message": "Pétrir entre voisins"},
                    {"message": "Apprendre le levain"},
                    {"message": "Pétrir entre voisins"},
                ]
            },
        ),
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        values = [post.message for post in subject.posts]
        yield from _rotation(
            subject, values, len(subject.brief.messages), ("message", "message"), self.options
        )


class AngleRotation(Rule):
    id = "diversity.angle_rotation"
    severity = Severity.INFO
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "One angle repeated"
    description = (
        "Posts vary their angle (tip, story, question, behind the scenes...) so that the "
        "plan does not repeat one register."
    )
    Options = _RotationOptions
    examples = in_each_language(
        bad={"posts": [{"angle": "announcement"}] * 4},
        good={
            "posts": [
                {"angle": "announcement"},
                {"angle": "tip"},
                {"angle": "story"},
                {"angle": "question"},
            ]
        },
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        values = [post.angle or "announcement" for post in subject.posts]
        yield from _rotation(subject, values, len(ANGLES), ("angle", "angle"), self.options)


class AudienceCoverage(Rule):
    id = "diversity.audience_coverage"
    severity = Severity.INFO
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS + "; exposure diversity"
    title = "An audience of the brief gets no post"
    description = (
        "When the brief names several audiences and the plan targets audiences, each one "
        "gets at least one post: a plan that only speaks to one group narrows its view."
    )
    examples = in_each_language(
        bad={"posts": [{"audience": "Past donors"}] * 3},
        good={
            "posts": [
                {"audience": "Past donors"},
                {"audience": "Local businesses"},
                {"audience": "Past donors"},
            ]
        },
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        targeted = {post.audience for post in subject.posts if post.audience}
        if not targeted or len(subject.brief.audiences) < 2:
            return
        for audience in subject.brief.audiences:
            if audience.name not in targeted:
                yield Hit(
                    say(
                        subject.lang,
                        f"No post is planned for “{audience.name}”.",
                        f"Aucun post n'est prévu pour « {audience.name} ».",
                    ),
                    suggestion=say(
                        subject.lang,
                        "Give it at least one post, or drop it.",
                        "Donnez-lui au moins un post, ou retirez-la.",
                    ),
                    subject_id=audience.name,
                )


def _boilerplate(subject: PlanSubject) -> list[str]:
    brief = subject.brief
    lines = [labels.ai_text_label(brief.lang), labels.sponsored_label(brief)]
    return [fold(line) for line in lines if line]


def shingles(text: str, boilerplate: list[str], size: int = 3) -> frozenset[tuple[str, ...]]:
    """Word n-grams of a post without links, hashtags and labels."""
    folded = fold(URL_PATTERN.sub(" ", text))
    for line in boilerplate:
        folded = folded.replace(line, " ")
    words = _WORD.findall(_HASHTAG.sub(" ", folded))
    if len(words) < size:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class NearDuplicate(Rule):
    id = "diversity.near_duplicate"
    severity = Severity.WARN
    subjects = ("plan",)
    languages = ("en", "fr")
    basis = _BASIS + "; w-shingling (Broder 1997)"
    title = "Near-duplicate posts"
    description = (
        "Two posts whose word 3-grams overlap by 60% or more (Jaccard, ignoring links, "
        "hashtags and labels) say the same thing twice."
    )

    class Options(Rule.Options):
        threshold: float = Field(default=0.6, gt=0.0, le=1.0)

    examples = (
        Example(
            lang="en",
            bad={
                "posts": [
                    {
                        "id": "p01",
                        "text": "Free safety check for any bike this fortnight. Book a slot.",
                    },
                    {
                        "id": "p02",
                        "text": "Free safety check for any bike this fortnight! Book a slot now.",
                    },
                ]
            },
            good={
                "posts": [
                    {
                        "id": "p01",
                        "text": "Free safety check for any bike this fortnight. Book a slot.",
                    },
                    {
                        "id": "p02",
                        "text": "Brakes, gears, tyres and chain: we check all four in 20 minutes.",
                    },
                ]
            },
        ),
        Example(
            lang="fr",
            bad={
                "posts": [
                    {
                        "id": "p01",
                        "text": "Un atelier levain chaque samedi à 10h. Réservez votre place.",
                    },
                    {
                        "id": "p02",
                        "text": "Un atelier levain chaque samedi à 10h ! Réservez votre place vite.",
                    },
                ]
            },
            good={
                "posts": [
                    {
                        "id": "p01",
                        "text": "Un atelier levain chaque samedi à 10h. Réservez votre place.",
                    },
                    {
                        "id": "p02",
                        "text": "Claire est boulangère depuis 2009 et partage ses gestes.",
                    },
                ]
            },
        ),
    )

    def check(self, subject: PlanSubject) -> Iterator[Hit]:
        threshold: float = self.options.threshold  # type: ignore[attr-defined]
        boilerplate = _boilerplate(subject)
        seen: list[tuple[Post, frozenset[tuple[str, ...]]]] = []
        for post in subject.posts:
            grams = shingles(post.text, boilerplate)
            for earlier, earlier_grams in seen:
                score = jaccard(grams, earlier_grams)
                if score >= threshold:
                    yield Hit(
                        say(
                            subject.lang,
                            f"{post.id} repeats {earlier.id} ({score:.0%} overlap).",
                            f"{post.id} répète {earlier.id} ({score:.0%} de recouvrement).",
                        ),
                        suggestion=say(
                            subject.lang,
                            "Rewrite it from another angle or fact.",
                            "Réécrivez-le sous un autre angle ou avec un autre fait.",
                        ),
                        subject_id=post.id,
                    )
                    break
            seen.append((post, grams))


RULES: tuple[type[Rule], ...] = (MessageRotation, AngleRotation, AudienceCoverage, NearDuplicate)
