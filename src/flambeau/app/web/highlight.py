"""Mark the spans that findings point at inside a post's text, as safe HTML."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

_RANK = {"info": 1, "warn": 2, "block": 3}


@dataclass(frozen=True)
class Span:
    """A stretch of text that a finding points at; `ref` is the id of that finding's element."""

    start: int
    end: int
    severity: str
    ref: str


def _valid(spans: Iterable[Span], length: int) -> list[Span]:
    return [
        Span(max(0, s.start), min(length, s.end), s.severity, s.ref)
        for s in spans
        if s.start is not None and s.end is not None and s.start < s.end and s.start < length
    ]


def highlight(text: str, spans: Iterable[Span]) -> SafeString:
    """The text escaped, with each covered stretch in a <mark> that names its findings.

    Overlapping spans split into segments; each segment shows the worst severity covering
    it and refers (aria-describedby) to every finding that covers it.
    """
    marks = _valid(spans, len(text))
    if not marks:
        return escape(text)
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    pieces: list[str] = []
    for a, b in pairwise(cuts):
        covering = [s for s in marks if s.start <= a and s.end >= b]
        if not covering:
            pieces.append(escape(text[a:b]))
            continue
        worst = max(covering, key=lambda s: _RANK.get(s.severity, 0)).severity
        refs = " ".join(dict.fromkeys(s.ref for s in covering))
        pieces.append(
            format_html(
                '<mark class="hl hl--{}" aria-describedby="{}">{}</mark>', worst, refs, text[a:b]
            )
        )
    return mark_safe("".join(pieces))  # every piece was escaped above
