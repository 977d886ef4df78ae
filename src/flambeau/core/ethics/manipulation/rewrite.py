"""Calmer rewrites: the text (or, for long texts, the sentence) with pressure phrases dropped."""

from __future__ import annotations

import re

from flambeau.core.ethics.manipulation.spec import TacticSpec

WHOLE_TEXT_LIMIT = 280  # shorter texts are rewritten whole; longer ones sentence by sentence
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|\n+")
_REPEATS = re.compile(r"([!?.])[!?.]*")
_SPACE_BEFORE = re.compile(r"\s+([,.])")
_DANGLING = re.compile(r"([,;:\u2014\u2013-])\s*(?=[,;:.!?\u2014\u2013-]|$)")
_EDGES = re.compile(r"^[\s,;:.!?\u2014\u2013*-]+")
_SPACES = re.compile(r"[ \t]{2,}")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_CONNECTORS = re.compile(
    r"^(?:and|or|to|then|but|so|et|ou|pour|puis|mais|donc|alors)\b\s*|"
    r"\s*\b(?:and|or|to|then|but|so|et|ou|pour|puis|mais|donc|alors|the|le|la|les)$",
    re.IGNORECASE,
)
MIN_WORDS = 3

Span = tuple[int, int, str | None]


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    if len(text) <= WHOLE_TEXT_LIMIT:
        return 0, len(text)
    return _sentence_of(text, start, end)


def _tidy_sentence(sentence: str) -> str:
    out = _SPACES.sub(" ", sentence.strip())
    for _ in range(3):
        out = _DANGLING.sub("", out).strip()
        out = _EDGES.sub("", out).strip()
        out = _CONNECTORS.sub("", out).strip()
        out = _SPACE_BEFORE.sub(r"\1", out)
    if not _WORDS.search(out):
        return ""
    letters = [c for c in out if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        out = out.lower()
    if out[-1] not in ".?\u2026":
        out += "."
    return out[:1].upper() + out[1:]


_ALARMS = re.compile(
    "[\u23f0\u23f3\u231b\U0001f525\U0001f6a8\u26a0\u2757\u203c\U0001f4a5\U0001f631\ufe0f]"
)


def _tidy(text: str) -> str:
    calm = _ALARMS.sub("", _REPEATS.sub(r"\1", text)).replace("!", ".")
    sentences = (_tidy_sentence(part) for part in _SENTENCE_END.split(calm))
    return " ".join(part for part in sentences if part)


_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold())


def _calm(text: str, begin: int, finish: int, spans: list[Span]) -> str | None:
    """The rewritten stretch, or None when it is unchanged or too short to stand alone."""
    pieces: list[str] = []
    cursor = begin
    for span_start, span_end, rewrite in sorted(spans, key=lambda span: span[:2]):
        if span_start < cursor or span_end > finish or span_start < begin:
            continue
        pieces.append(text[cursor:span_start])
        pieces.append(text[span_start:span_end] if rewrite is None else rewrite)
        cursor = span_end
    pieces.append(text[cursor:finish])
    calm = _tidy("".join(pieces))
    if _letters(calm) == _letters(text[begin:finish]) or len(_WORDS.findall(calm)) < MIN_WORDS:
        return None
    return calm


def suggest(
    text: str,
    start: int,
    end: int,
    spans: list[Span],
    spec: TacticSpec,
    lang: str,
    cache: dict[tuple[int, int], str | None] | None = None,
    hint: bool = False,
) -> str:
    """The text around [start, end) with every flagged phrase replaced, dropped or kept."""
    bounds = _bounds(text, start, end)
    if cache is not None and bounds in cache:
        calm = cache[bounds]
    else:
        calm = _calm(text, *bounds, spans)
        if cache is not None:
            cache[bounds] = calm
    if calm is not None and not spec.fixed_suggestion:
        return calm
    if fallback := spec.fallback.get(lang):
        return fallback
    phrase = text[start:end].strip()
    if hint:  # a hint word is not the problem on its own: point at its sentence
        sentence = text[slice(*_sentence_of(text, start, end))].strip()
        if lang == "fr":
            return f"Reformulez sans pression : « {sentence} »"
        return f"Rephrase without the pressure: “{sentence}”"
    return f"Supprimez « {phrase} »." if lang == "fr" else f"Remove “{phrase}”."


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    begin, finish = 0, len(text)
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            finish = boundary.start()
            break
    return begin, finish
