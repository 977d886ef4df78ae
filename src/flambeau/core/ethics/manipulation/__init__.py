"""Detector of manipulative marketing language (English and French), wrapped by ethics rules.

A text is manipulative when `find_manipulation` returns at least one hit. Each tactic scores
weighted cues (strong phrases count alone, weak ones need a second signal such as an
exclamation, capitals or a "buy now"), minus negative context (policies, sources, capacity).
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
