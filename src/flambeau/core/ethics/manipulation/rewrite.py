"""Calmer rewrites: the offending sentence with its pressure phrases replaced or dropped."""

from __future__ import annotations

import re

from flambeau.core.ethics.manipulation.spec import TacticSpec

_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|\n+")
_REPEATS = re.compile(r"([!?.])[!?.]*")
_SPACE_BEFORE = re.compile(r"\s+([,.])")
_DANGLING = re.compile(r"([,;:\u2014\u2013-])\s*(?=[,;:.!?\u2014\u2013-]|$)")
_EDGES = re.compile(r"^[\s,;:.!?\u2014\u2013*-]+")
_SPACES = re.compile(r"[ \t]{2,}")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    begin, finish = 0, len(text)
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= start:
            finish = boundary.start()
            break
    return begin, finish


def _tidy(sentence: str) -> str:
    out = _REPEATS.sub(r"\1", sentence).replace("!", ".")
    out = _SPACES.sub(" ", out)
    out = _SPACE_BEFORE.sub(r"\1", out)
    for _ in range(3):
        out = _DANGLING.sub("", out).strip()
    out = _EDGES.sub("", out).strip()
    letters = [c for c in out if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        out = out.lower()
    if out and out[-1] not in ".?…":
        out += "."
    return out[:1].upper() + out[1:]


def suggest(
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int, str]],
    spec: TacticSpec,
    lang: str,
) -> str:
    """Rewrite the sentence holding [start, end) with every flagged phrase in it replaced."""
    begin, finish = _sentence_bounds(text, start)
    finish = max(finish, end)
    pieces: list[str] = []
    cursor = begin
    for span_start, span_end, rewrite in sorted(spans):
        if span_start < cursor or span_end > finish:
            continue
        pieces.append(text[cursor:span_start])
        pieces.append(rewrite)
        cursor = span_end
    pieces.append(text[cursor:finish])
    calm = _tidy("".join(pieces))
    if len(_WORDS.findall(calm)) >= 2:
        return calm
    if fallback := spec.fallback.get(lang):
        return fallback
    phrase = text[start:end].strip()
    return f"Supprimez « {phrase} »." if lang == "fr" else f"Remove “{phrase}”."
