"""Detector of manipulative marketing language (English and French), wrapped by ethics rules.

A text is manipulative when `find_manipulation` returns at least one hit. Per tactic, weighted
cues (phrases, read on accent-folded text so spans map 1:1) add up; cues that cover the same
words count once; several hint words in one sentence count as a cue; a weak cue needs the tone
of its own sentence or a neighbour (exclamations, capitals, alarm emoji, "buy now"); negative
context (a source, a stated capacity, a cancellation promise) subtracts. Cues are indexed by the
word starts they need, read from the patterns themselves, so most are never run on a text.
"""

from __future__ import annotations

from flambeau.core.ethics.manipulation.engine import Detector
from flambeau.core.ethics.manipulation.language import detect_language
from flambeau.core.ethics.manipulation.model import ManipulationHit, TacticInfo
from flambeau.core.ethics.manipulation.tactics import ORDER, SPECS

TACTICS: tuple[str, ...] = ORDER
TACTIC_INFO: dict[str, TacticInfo] = {spec.name: spec.info for spec in SPECS}

_DETECTOR = Detector(SPECS)


def find_manipulation(text: str, lang: str = "auto") -> list[ManipulationHit]:
    """Hits for every pressure tactic in `text`, sorted by position; `lang` is "en", "fr" or "auto"."""
    return _DETECTOR.find(text, lang)


__all__ = [
    "TACTICS",
    "TACTIC_INFO",
    "ManipulationHit",
    "TacticInfo",
    "detect_language",
    "find_manipulation",
]
