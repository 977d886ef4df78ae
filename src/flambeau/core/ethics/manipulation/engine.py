"""Scores weighted cues per tactic and turns the tactics that pass into hits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flambeau.core.ethics.manipulation.language import detect_language
from flambeau.core.ethics.manipulation.model import ManipulationHit
from flambeau.core.ethics.manipulation.normalise import fold
from flambeau.core.ethics.manipulation.rewrite import suggest
from flambeau.core.ethics.manipulation.spec import TacticSpec, compile_guard, expand

THRESHOLD = 1.0
GUARD_PENALTY = 0.6
LANGS = ("en", "fr")

_EXCLAIM = re.compile(r"!")
_CAPS = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ]{3,}(?![^\W\d_])")
_ALARM = re.compile(
    "[\u23f0\u23f3\u231b\U0001f525\U0001f6a8\u26a0\u2757\u203c\U0001f4a5\U0001f631\U0001f3c3\u2755]"
)
_PUSH = {
    "en": re.compile(
        expand(
            r"(?:buy|order|book|shop|grab|get|claim|sign up|register|subscribe|reserve|join|act|call|"
            r"click|download|start|enrol|enroll|apply|upgrade|save|secure|snap|treat yourself|go"
            r"|install|protect|switch|try|get protected|pick up|lock in|stock up|donate|give)"
            r"(?: \S+){0,4} (?:now|today|immediately|right away|asap|tonight)"
        )
    ),
    "fr": re.compile(
        expand(
            r"(?:achetez|commandez|reservez|profitez|foncez|inscrivez-vous|abonnez-vous|craquez|"
            r"decouvrez|cliquez|rejoignez|telechargez|appelez|economisez|prenez|offrez-vous|"
            r"achete|commande|reserve|profite|fonce|inscris-toi|craque|clique|rejoins|installez|"
            r"protegez|passez|essayez|donnez|equipez-vous|procurez-vous|agissez|souscrivez)"
            r"(?: \S+){0,4} (?:maintenant|aujourd'hui|vite|ce soir|"
            r"tout de suite|sans attendre|des maintenant|immediatement|des aujourd'hui)"
        )
    ),
}


@dataclass(frozen=True)
class _CompiledTactic:
    spec: TacticSpec
    regex: re.Pattern[str] | None
    weights: tuple[float, ...]
    rewrites: tuple[str, ...]
    guard: re.Pattern[str] | None


def _compile(spec: TacticSpec, lang: str) -> _CompiledTactic:
    # Strongest first: at one position only the first matching alternative is reported.
    cues = sorted([*spec.cues.get(lang, []), *spec.cues.get("any", [])], key=lambda c: -c[1])
    alternatives = [f"(?P<c{i}>{expand(pattern)})" for i, (pattern, _, _) in enumerate(cues)]
    # A zero-width lookahead lets cues overlap: a long small-print cue cannot hide a short one.
    regex = re.compile("(?=" + "|".join(alternatives) + ")") if alternatives else None
    return _CompiledTactic(
        spec=spec,
        regex=regex,
        weights=tuple(weight for _, weight, _ in cues),
        rewrites=tuple(rewrite for _, _, rewrite in cues),
        guard=compile_guard([*spec.guards.get(lang, []), *spec.guards.get("any", [])]),
    )


@dataclass(frozen=True)
class _Match:
    tactic: _CompiledTactic
    start: int
    end: int
    weight: float
    rewrite: str


class Detector:
    """Compiled cues for every tactic and language; `find` is the hot path."""

    def __init__(self, specs: list[TacticSpec]) -> None:
        self._tactics = {lang: [_compile(spec, lang) for spec in specs] for lang in LANGS}

    def _amplifier(self, text: str, folded: str, lang: str) -> float:
        bangs = len(_EXCLAIM.findall(text))
        boost = 0.4 if bangs == 1 else 0.5 if bangs > 1 else 0.0
        caps = _CAPS.findall(text)
        if len(caps) >= 2 or any(len(word) >= 5 for word in caps):
            boost += 0.25
        if _ALARM.search(text):
            boost += 0.3
        if _PUSH[lang].search(folded):
            boost += 0.4
        return min(boost, 0.7)

    def find(self, text: str, lang: str = "auto") -> list[ManipulationHit]:
        if not text or not text.strip():
            return []
        if lang not in LANGS:
            lang = detect_language(text)
        folded = fold(text)
        matches: list[_Match] = []
        amplifier: float | None = None
        for tactic in self._tactics[lang]:
            if tactic.regex is None:
                continue
            found = _scan(tactic, folded)
            if not found:
                continue
            score = min(sum(match.weight for match in found), 2.0)
            if score < THRESHOLD and tactic.spec.amplified:
                if amplifier is None:
                    amplifier = self._amplifier(text, folded, lang)
                score += amplifier
            if tactic.guard is not None and tactic.guard.search(folded):
                score -= GUARD_PENALTY
            if score >= THRESHOLD - 1e-9:
                confidence = round(min(0.99, 0.45 + 0.3 * min(score, 1.8)), 2)
                matches.extend(
                    _Match(match.tactic, match.start, match.end, confidence, match.rewrite)
                    for match in found
                )
        if not matches:
            return []
        return _hits(text, _dedupe(matches), lang)


def _scan(tactic: _CompiledTactic, folded: str) -> list[_Match]:
    """Every cue occurrence; a cue does not re-match inside its own previous occurrence."""
    assert tactic.regex is not None
    found: list[_Match] = []
    ends: dict[int, int] = {}
    for m in tactic.regex.finditer(folded):
        name = m.lastgroup
        if name is None:
            continue
        index = int(name[1:])
        start, end = m.span(name)
        if end <= start or start < ends.get(index, -1):
            continue
        ends[index] = end
        found.append(_Match(tactic, start, end, tactic.weights[index], tactic.rewrites[index]))
    return found


def _dedupe(matches: list[_Match]) -> list[_Match]:
    """Drop a match whose span lies inside an earlier-kept span of another tactic."""
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Match] = []
    for match in matches:
        if any(k.start <= match.start and match.end <= k.end for k in kept):
            continue
        kept.append(match)
    return kept


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _hits(text: str, matches: list[_Match], lang: str) -> list[ManipulationHit]:
    spans = [(*_trim(text, m.start, m.end), m.rewrite) for m in matches]
    hits = []
    for match, (start, end, _) in zip(matches, spans, strict=True):
        spec = match.tactic.spec
        suggestion = suggest(text, start, end, spans, spec, lang) if spec.rewritable else None
        hits.append(
            ManipulationHit(
                tactic=spec.name,
                start=start,
                end=end,
                message=spec.messages[lang],
                suggestion=suggestion,
                basis=spec.info.basis,
                confidence=match.weight,
            )
        )
    return hits
