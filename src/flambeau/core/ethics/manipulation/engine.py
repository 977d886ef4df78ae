"""Scores weighted cues per tactic and turns the tactics that pass into hits."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from flambeau.core.ethics.manipulation.language import detect_folded
from flambeau.core.ethics.manipulation.model import ManipulationHit
from flambeau.core.ethics.manipulation.normalise import fold
from flambeau.core.ethics.manipulation.prefilter import start_keys, text_keys
from flambeau.core.ethics.manipulation.rewrite import suggest
from flambeau.core.ethics.manipulation.signals import pressure_boost
from flambeau.core.ethics.manipulation.spec import TacticSpec, compile_guard, expand

THRESHOLD = 0.8
GUARD_PENALTY = 0.6
LANGS = ("en", "fr")
_MAX_KEYS = 2000  # a cue that can start with more keys than this is scanned on every text


@dataclass(frozen=True)
class _Cue:
    tactic: int
    regex: re.Pattern[str]
    weight: float
    rewrite: str | None


@dataclass(frozen=True)
class _Match:
    tactic: int
    start: int
    end: int
    weight: float
    rewrite: str | None


@dataclass(frozen=True)
class _Language:
    """Every cue of one language, and which cues a word-start key can wake up."""

    cues: tuple[_Cue, ...]
    by_key: dict[str, tuple[int, ...]]
    always: frozenset[int]
    guards: tuple[re.Pattern[str] | None, ...]
    lexicons: tuple[re.Pattern[str] | None, ...]
    lexicon_keys: tuple[frozenset[str] | None, ...]  # skip a lexicon none of whose words occur


def _compile_language(specs: list[TacticSpec], lang: str) -> _Language:
    cues: list[_Cue] = []
    by_key: dict[str, list[int]] = {}
    always: set[int] = set()
    for tactic, spec in enumerate(specs):
        for pattern, weight, rewrite in [*spec.cues.get(lang, []), *spec.cues.get("any", [])]:
            regex = expand(pattern)
            index = len(cues)
            cues.append(_Cue(tactic, re.compile(regex), weight, rewrite))
            keys = start_keys(regex)
            if keys is None or len(keys) > _MAX_KEYS:
                always.add(index)
                continue
            for key in keys:
                by_key.setdefault(key, []).append(index)
    guards = tuple(
        compile_guard([*spec.guards.get(lang, []), *spec.guards.get("any", [])]) for spec in specs
    )
    lexicons = tuple(
        re.compile(expand(spec.lexicon[lang])) if lang in spec.lexicon else None for spec in specs
    )
    return _Language(
        cues=tuple(cues),
        by_key={key: tuple(indexes) for key, indexes in by_key.items()},
        always=frozenset(always),
        guards=guards,
        lexicons=lexicons,
        lexicon_keys=tuple(
            start_keys(expand(spec.lexicon[lang])) if lang in spec.lexicon else None
            for spec in specs
        ),
    )


class Detector:
    """Compiled cues for every tactic and language; `find` is the hot path."""

    def __init__(self, specs: list[TacticSpec], *, use_index: bool = True) -> None:
        self._specs = specs
        self._use_index = use_index  # False scans every cue: the reference the index must equal
        self._languages = {lang: _compile_language(specs, lang) for lang in LANGS}

    def _matches(
        self, folded: str, compiled: _Language, present: set[str]
    ) -> dict[int, list[_Match]]:
        """Cue occurrences per tactic; at one start only the strongest cue of a tactic counts."""
        if self._use_index:
            awake = set(compiled.always)
            for key in present:
                awake.update(compiled.by_key.get(key, ()))
        else:
            awake = set(range(len(compiled.cues)))
        strongest: dict[tuple[int, int], _Match] = {}
        for index in sorted(awake):
            cue = compiled.cues[index]
            for m in cue.regex.finditer(folded):
                if m.end() <= m.start():
                    continue
                place = (cue.tactic, m.start())
                known = strongest.get(place)
                if known is None or (cue.weight, m.end()) > (known.weight, known.end):
                    strongest[place] = _Match(
                        cue.tactic, m.start(), m.end(), cue.weight, cue.rewrite
                    )
        per_tactic: dict[int, list[_Match]] = {}
        for match in strongest.values():
            per_tactic.setdefault(match.tactic, []).append(match)
        return per_tactic

    def find(self, text: str, lang: str = "auto") -> list[ManipulationHit]:
        """Hits for every tactic whose evidence in `text` reaches the threshold."""
        if not text or not text.strip():
            return []
        folded = fold(text)
        if lang not in LANGS:
            lang = detect_folded(text, folded)
        compiled = self._languages[lang]
        kept: list[tuple[_Match, float]] = []
        present = text_keys(folded)
        per_tactic = self._matches(folded, compiled, present)
        _add_lexicon(folded, compiled, per_tactic, present if self._use_index else None)
        for tactic, found in sorted(per_tactic.items()):
            spec = self._specs[tactic]
            score = min(_evidence(found), 2.0)
            if score < THRESHOLD and spec.amplified:
                begin, finish = _window(text, found)
                score += pressure_boost(text[begin:finish], folded[begin:finish], lang)
            guard = compiled.guards[tactic]
            if guard is not None and guard.search(folded):
                score -= GUARD_PENALTY
            if score >= THRESHOLD - 1e-9:
                confidence = round(min(0.99, 0.5 + 0.3 * (min(score, 2.0) - THRESHOLD)), 2)
                kept.extend((match, confidence) for match in found)
        if not kept:
            return []
        return self._hits(text, _dedupe(kept), lang)

    def _hits(
        self, text: str, kept: list[tuple[_Match, float]], lang: str
    ) -> list[ManipulationHit]:
        spans = [(*_trim(text, m.start, m.end), m.rewrite) for m, _ in kept]
        calm: dict[tuple[int, int], str | None] = {}  # one rewrite per stretch, shared by its hits
        hits = []
        for (match, confidence), (start, end, _) in zip(kept, spans, strict=True):
            spec = self._specs[match.tactic]
            suggestion = (
                suggest(
                    text, start, end, spans, spec, lang, calm, hint=match.weight == LEXICON_WEIGHT
                )
                if spec.rewritable
                else None
            )
            hits.append(
                ManipulationHit(
                    tactic=spec.name,
                    start=start,
                    end=end,
                    message=spec.messages[lang],
                    suggestion=suggestion,
                    basis=spec.info.basis,
                    confidence=confidence,
                )
            )
        return hits


LEXICON_WEIGHT = 0.3  # per distinct hint word, counted only with another in the same sentence
LEXICON_MIN_WORDS = 2


def _add_lexicon(
    folded: str,
    compiled: _Language,
    per_tactic: dict[int, list[_Match]],
    present: set[str] | None,
) -> None:
    """Add the best sentence of hint words per tactic, when it holds at least two of them."""
    cuts: list[int] | None = None
    for tactic, lexicon in enumerate(compiled.lexicons):
        if lexicon is None:
            continue
        keys = compiled.lexicon_keys[tactic]
        if present is not None and keys is not None and len(keys & present) < LEXICON_MIN_WORDS:
            continue
        words = list(lexicon.finditer(folded))
        if len(words) < LEXICON_MIN_WORDS:
            continue
        if cuts is None:
            cuts = [m.end() for m in _SENTENCE_END.finditer(folded)]
        sentences: dict[int, dict[str, re.Match[str]]] = {}
        for word in words:
            sentence = bisect.bisect_right(cuts, word.start())
            sentences.setdefault(sentence, {}).setdefault(word.group(), word)
        best = max(sentences.values(), key=len)
        if len(best) < LEXICON_MIN_WORDS:
            continue
        taken = per_tactic.setdefault(tactic, [])
        taken.extend(
            _Match(tactic, m.start(), m.end(), LEXICON_WEIGHT, None)
            for m in list(best.values())[:3]
            if not any(t.start <= m.start() < t.end for t in taken)
        )


_SENTENCE_END = re.compile(r"[.!?\u2026]+[\s\"')\u00bb]*|\n+")


def _window(text: str, found: list[_Match]) -> tuple[int, int]:
    """The sentences holding the matches, with one sentence either side: where tone counts."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    first = min(m.start for m in found)
    last = max(m.end for m in found)
    starts = [i for i in range(len(cuts) - 1) if cuts[i] <= first]
    ends = [i for i in range(len(cuts) - 1) if cuts[i + 1] >= last]
    low = max((starts[-1] if starts else 0) - 1, 0)
    high = min((ends[0] if ends else len(cuts) - 2) + 1, len(cuts) - 2)
    return cuts[low], cuts[high + 1]


def _evidence(found: list[_Match]) -> float:
    """Sum of cue weights where overlapping cues (the same words) count once, at their best."""
    total, cluster_end, cluster_best = 0.0, -1, 0.0
    for match in sorted(found, key=lambda m: m.start):
        if match.start < cluster_end:
            cluster_best = max(cluster_best, match.weight)
            cluster_end = max(cluster_end, match.end)
            continue
        total += cluster_best
        cluster_end, cluster_best = match.end, match.weight
    return total + cluster_best


def _dedupe(kept: list[tuple[_Match, float]]) -> list[tuple[_Match, float]]:
    """Sort by position; drop a match inside one already kept (any tactic), and marker-only cues.

    A marker cue (such as the "(" opening small print about billing) adds evidence but has no
    words of its own to show.
    """
    kept.sort(key=lambda item: (item[0].start, -(item[0].end - item[0].start)))
    out: list[tuple[_Match, float]] = []
    for match, confidence in kept:
        if any(k.start <= match.start and match.end <= k.end for k, _ in out):
            continue
        if match.end - match.start < 2:
            continue
        out.append((match, confidence))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
