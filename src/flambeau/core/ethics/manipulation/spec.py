"""How a tactic is described to the engine: weighted cues, guards, messages, fallbacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flambeau.core.ethics.manipulation.model import TacticInfo

# A cue is (pattern, weight, rewrite). Patterns are written for folded text (lower case, no
# accents, straight quotes): a space matches any run of spaces, an apostrophe is optional,
# <N> is a number, <FEW> a small count in words or digits, <W> any word in a gap;
# a cue ending in <MARK> is a marker: it adds evidence at a spot but is never shown.
CueSpec = tuple[str, float, str | None]

NUMBER = (
    r"(?:(?:\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d+)?)(?: ?(?:k|m|million|millions|thousand|mille|milliers?))?"
    r"|(?:a|one|un|une) (?:million|thousand|mille)|millions|thousands|milliers|centaines|hundreds)\+?"
)
_FEW = (
    r"(?:<N>|a few|a handful(?: of)?|a couple(?: of)?|une poignee(?: de)?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|quelques|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)"
)
_WORD = r"(?:[^\s.!?;:()]|\.(?=\d))+"  # a word in a gap: may hold an apostrophe, a hyphen, a price
MARKER = "<MARK>"  # ends a cue that only marks a spot (such as the "(" of small print)
_LOOK_BEHIND = r"(?<![a-z0-9])"
_LOOK_AHEAD = r"(?![a-z0-9])"


def expand(pattern: str) -> str:
    """Turn the cue mini-syntax into a regular expression for folded text."""
    marker = pattern.endswith(MARKER)  # evidence only: no word boundary after it
    out = pattern.removesuffix(MARKER)
    out = out.replace("<FEW>", _FEW).replace("<N>", NUMBER).replace("<W>", _WORD)
    out = out.replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", r"(?:'\s?)?")
    return f"{_LOOK_BEHIND}(?:{out})" + ("" if marker else _LOOK_AHEAD)


def cue(pattern: str, weight: float = 1.0, rewrite: str | None = "") -> CueSpec:
    """One cue; in a suggestion `rewrite` replaces its words ("" drops them, None keeps them)."""
    return (pattern, weight, rewrite)


@dataclass(frozen=True)
class TacticSpec:
    """Everything the engine needs about one tactic, per language ("en", "fr", "any")."""

    info: TacticInfo
    messages: dict[str, str]
    cues: dict[str, list[CueSpec]]
    guards: dict[str, list[str]] = field(default_factory=dict)
    # Words that each hint at the tactic; several in one sentence count as a cue (see engine).
    lexicon: dict[str, str] = field(default_factory=dict)
    fallback: dict[str, str] = field(default_factory=dict)
    amplified: bool = True  # exclamations, capitals and "buy now" strengthen weak cues
    rewritable: bool = True  # False: removing words would hide information (fees, renewals)
    fixed_suggestion: bool = False  # True: always suggest the fallback, never a cut-down text

    @property
    def name(self) -> str:
        return self.info.name


def compile_guard(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex for all negative-context patterns of a tactic, or None."""
    if not patterns:
        return None
    return re.compile("|".join(expand(p) for p in patterns))
