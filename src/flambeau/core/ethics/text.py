"""Text helpers shared by rules: a length-preserving fold, word matching, languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base.isascii():
            table[code] = base
    table.update({ord("œ"): "o", ord("Œ"): "o", ord("æ"): "a", ord("Æ"): "a", ord("ß"): "s"})
    for quote in "’‘ʼ`´":
        table[ord(quote)] = "'"
    for dash in "‐‑‒–—":
        table[ord(dash)] = "-"
    table[0xA0] = " "
    table[0x202F] = " "
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, curly quotes or odd spaces; same length, so spans map back."""
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD)


def _trie_regex(words: list[str]) -> str:
    """A regex for a set of literal strings, factored as a trie so that matching is fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return render(trie)


def words_pattern(phrases: Iterable[str], *, prefix: bool = False) -> re.Pattern[str]:
    """One compiled pattern matching folded phrases on word boundaries (longest first)."""
    words = sorted({fold(p.strip()) for p in phrases if p.strip()})
    body = _trie_regex(words) if words else r"(?!x)x"
    tail = r"\w*" if prefix else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{body}){tail}")


def say(lang: str, en: str, fr: str) -> str:
    """The French or English wording of a message, by the text's language."""
    return fr if lang == "fr" else en


def detect_lang(text: str) -> str:
    """'fr' or 'en' for a text, with the manipulation detector's language guess."""
    from flambeau.core.ethics.manipulation import detect_language

    return detect_language(text)


def resolve_lang(lang: str, text: str, default: str | None = None) -> str:
    """'fr' or 'en' for the rules: the tag given ('en-GB'), else the brief's, else a guess."""
    primary = lang.split("-")[0].lower()
    if primary in ("fr", "en"):
        return primary
    if default in ("fr", "en"):
        return default
    return detect_lang(text)  # "auto", or a language the rules do not know
