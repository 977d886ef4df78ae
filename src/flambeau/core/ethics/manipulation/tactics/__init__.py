"""The tactic catalogue: one module per tactic, in the order of TACTICS."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from flambeau.core.ethics.manipulation.spec import TacticSpec
from flambeau.core.ethics.manipulation.tactics.broad import BROAD_CUES, BROAD_GUARDS, BROAD_LEXICON
from flambeau.core.ethics.manipulation.tactics.clickbait import CLICKBAIT
from flambeau.core.ethics.manipulation.tactics.confirmshaming import CONFIRMSHAMING
from flambeau.core.ethics.manipulation.tactics.engagement_bait import ENGAGEMENT_BAIT
from flambeau.core.ethics.manipulation.tactics.exaggeration import EXAGGERATION
from flambeau.core.ethics.manipulation.tactics.fear import FEAR
from flambeau.core.ethics.manipulation.tactics.fomo import FOMO
from flambeau.core.ethics.manipulation.tactics.forced_action import FORCED_ACTION
from flambeau.core.ethics.manipulation.tactics.guilt import GUILT
from flambeau.core.ethics.manipulation.tactics.microcopy import (
    MICROCOPY_CUES,
    MICROCOPY_GUARDS,
    PARAPHRASE_CUES,
)
from flambeau.core.ethics.manipulation.tactics.phrasing import PHRASING_CUES
from flambeau.core.ethics.manipulation.tactics.scarcity import SCARCITY
from flambeau.core.ethics.manipulation.tactics.sneaking import SNEAKING
from flambeau.core.ethics.manipulation.tactics.social_proof import SOCIAL_PROOF
from flambeau.core.ethics.manipulation.tactics.structures import (
    STRUCTURE_CUES,
    STRUCTURE_GUARDS,
)
from flambeau.core.ethics.manipulation.tactics.urgency import URGENCY

_T = TypeVar("_T")

_BASE: list[TacticSpec] = [
    URGENCY, SCARCITY, SOCIAL_PROOF, CONFIRMSHAMING, FEAR, GUILT,
    FOMO, CLICKBAIT, ENGAGEMENT_BAIT, SNEAKING, FORCED_ACTION, EXAGGERATION,
]  # fmt: skip


def _joined(*parts: dict[str, list[_T]]) -> dict[str, list[_T]]:
    """Per-language lists of several sources, concatenated in order."""
    out: dict[str, list[_T]] = {}
    for part in parts:
        for lang, items in part.items():
            out.setdefault(lang, []).extend(items)
    return out


def _broadened(spec: TacticSpec) -> TacticSpec:
    """The spec with the cues and guards of `broad`, `structures`, `phrasing` and `microcopy` appended, per language."""
    cues = _joined(
        BROAD_CUES.get(spec.name, {}),
        STRUCTURE_CUES.get(spec.name, {}),
        PHRASING_CUES.get(spec.name, {}),
        MICROCOPY_CUES.get(spec.name, {}),
        PARAPHRASE_CUES.get(spec.name, {}),
    )
    guards = _joined(
        BROAD_GUARDS.get(spec.name, {}),
        STRUCTURE_GUARDS.get(spec.name, {}),
        MICROCOPY_GUARDS.get(spec.name, {}),
    )
    extra = BROAD_LEXICON.get(spec.name, {})
    return replace(
        spec,
        cues={
            lang: [*spec.cues.get(lang, []), *cues.get(lang, [])] for lang in {*spec.cues, *cues}
        },
        lexicon={
            lang: "|".join(part for part in (spec.lexicon.get(lang), extra.get(lang)) if part)
            for lang in {*spec.lexicon, *extra}
        },
        guards={
            lang: [*spec.guards.get(lang, []), *guards.get(lang, [])]
            for lang in {*spec.guards, *guards}
        },
    )


SPECS: list[TacticSpec] = [_broadened(spec) for spec in _BASE]
ORDER: tuple[str, ...] = tuple(spec.name for spec in SPECS)
