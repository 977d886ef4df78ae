"""`fairness.*`: an allocation must not starve an audience or skew far beyond its size."""

from __future__ import annotations

from collections.abc import Iterator

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule, in_each_language
from flambeau.core.ethics.subjects import AllocationSubject
from flambeau.core.ethics.text import say

_BASIS = (
    "Discrimination through optimization (Ali et al. 2019; Lambrecht & Tucker 2019); "
    "EU Charter Art. 21"
)


def _shares(subject: AllocationSubject) -> dict[str, float]:
    names = [*subject.shares, *(n for n in subject.sizes if n not in subject.shares)]
    total = sum(max(v, 0.0) for v in subject.shares.values())
    return {n: (max(subject.shares.get(n, 0.0), 0.0) / total if total else 0.0) for n in names}


class ExposureFloor(Rule):
    id = "fairness.exposure_floor"
    severity = Severity.WARN
    subjects = ("allocation",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "An audience starved of exposure"
    description = (
        "An optimiser that chases clicks can stop showing a campaign to a whole group. "
        "Every audience keeps at least the policy's minimum exposure share (5% by default)."
    )
    examples = (
        Example(
            lang="en",
            bad={"allocation": {"shares": {"A": 0.98, "B": 0.02}, "sizes": {"A": 5000, "B": 4000}}},
            good={
                "allocation": {"shares": {"A": 0.55, "B": 0.45}, "sizes": {"A": 5000, "B": 4000}}
            },
        ),
        Example(
            lang="fr",
            bad={"allocation": {"shares": {"A": 1.0}, "sizes": {"A": 5000, "B": 4000}}},
            good={"allocation": {"shares": {"A": 0.5, "B": 0.5}, "sizes": {"A": 5000, "B": 4000}}},
        ),
    )

    def check(self, subject: AllocationSubject) -> Iterator[Hit]:
        floor = subject.policy.min_exposure_share
        for name, share in _shares(subject).items():
            if share < floor:
                yield Hit(
                    say(
                        subject.lang,
                        f"“{name}” gets {share:.1%} of exposure, below the {floor:.0%} floor.",
                        f"« {name} » reçoit {share:.1%} de l'exposition, sous le plancher de {floor:.0%}.",
                    ),
                    suggestion=say(
                        subject.lang,
                        f"Keep at least {floor:.0%} for every audience.",
                        f"Gardez au moins {floor:.0%} pour chaque audience.",
                    ),
                    subject_id=name,
                )


class DeliverySkew(Rule):
    id = "fairness.delivery_skew"
    severity = Severity.WARN
    subjects = ("allocation",)
    languages = ("en", "fr")
    basis = _BASIS
    title = "Delivery skewed far beyond audience sizes"
    description = (
        "An audience's share of exposure should stay within the policy's max skew (3× by "
        "default) of its share of the people, up or down."
    )
    examples = in_each_language(
        bad={"allocation": {"shares": {"A": 0.9, "B": 0.1}, "sizes": {"A": 1000, "B": 9000}}},
        good={"allocation": {"shares": {"A": 0.2, "B": 0.8}, "sizes": {"A": 1000, "B": 9000}}},
    )

    def check(self, subject: AllocationSubject) -> Iterator[Hit]:
        sizes = {n: s for n, s in subject.sizes.items() if s > 0}
        people = sum(sizes.values())
        if len(sizes) < 2 or not people:
            return
        skew, floor = subject.policy.max_exposure_skew, subject.policy.min_exposure_share
        shares = _shares(subject)
        for name, size in sizes.items():
            share, fair = shares.get(name, 0.0), size / people
            if share < floor:
                continue  # the floor rule already says it
            ratio = share / fair
            if ratio > skew or ratio < 1 / skew:
                yield Hit(
                    say(
                        subject.lang,
                        f"“{name}” is {fair:.0%} of the people but gets {share:.0%} of exposure "
                        f"({ratio:.1f}×).",
                        f"« {name} » représente {fair:.0%} des personnes mais reçoit "
                        f"{share:.0%} de l'exposition ({ratio:.1f}×).",
                    ),
                    suggestion=say(
                        subject.lang,
                        "Cap the optimiser so shares follow audience sizes.",
                        "Bornez l'optimiseur pour suivre la taille des audiences.",
                    ),
                    subject_id=name,
                )


RULES: tuple[type[Rule], ...] = (ExposureFloor, DeliverySkew)
