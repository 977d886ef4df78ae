"""Length-preserving text folding (case, accents, quotes, spaces) so spans map 1:1."""

from __future__ import annotations

import unicodedata

_PUNCT = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2026": ".",
    "\uff01": "!",
    "\u203c": "!",
    "\u2757": "!",
    "\u2755": "!",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        low = char.lower()
        if len(low) != 1:
            continue
        base = unicodedata.normalize("NFD", low)[0]
        folded = base if base.isascii() else low
        if folded != char:
            table[code] = folded
    for char, folded in _PUNCT.items():
        table[ord(char)] = folded
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Lower-case, strip accents and unify punctuation without changing the length."""
    return text.translate(_TABLE)
