"""Word-start keys a cue can begin with, so tactics with no possible cue are skipped cheaply.

The keys are read from the compiled pattern itself (never written by hand), so a new cue can
never be hidden by a stale keyword list. A key is the first three characters of a word, or a
shorter word followed by "$". A cue whose start cannot be pinned down returns None: its tactic
always runs.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

KEY_LENGTH = 3
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_TEXT_WORDS = re.compile(r"[a-z0-9][a-z0-9']*")
_ALNUM_RUNS = re.compile(r"[a-z0-9]+")  # a cue may also start after an apostrophe: l'|offre
DIGIT_KEY = "0$"
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _Unbounded(Exception):
    """The pattern can start with (almost) anything."""


def _closed(head: str) -> bool:
    return len(head) >= KEY_LENGTH or head.endswith("$")


def _close(heads: set[str]) -> set[str]:
    out = set()
    for head in heads:
        if not head:
            raise _Unbounded
        out.add(head if _closed(head) else head + "$")
    return out


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 30:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add("0")
        else:
            return None
    return chars


def _extend(heads: set[str], chars: set[str]) -> set[str]:
    out: set[str] = set()
    for char in chars:
        if char == "0" or char.isdigit():
            out |= {DIGIT_KEY if not h else h + "0" for h in heads}
        elif char in _WORD_CHARS:
            out |= {h + char for h in heads}
        else:
            out |= {h + "$" if h else char + "$" for h in heads}
    return out


def _walk(items: Any, heads: set[str]) -> set[str]:
    for op, av in items:
        open_heads = {h for h in heads if not _closed(h)}
        if not open_heads:
            return heads
        done = heads - open_heads
        if op is sre.LITERAL:
            following = _extend(open_heads, {chr(av)})
        elif op is sre.SUBPATTERN:
            following = _walk(av[-1], open_heads)
        elif op is sre.BRANCH:
            following = set()
            for alternative in av[1]:
                following |= _walk(alternative, open_heads)
        elif op in _REPEATS:
            low, high, body = av
            current, following = open_heads, set(open_heads) if low == 0 else set()
            for count in range(1, KEY_LENGTH + 1):
                current = _walk(body, current)
                if count >= low:
                    following |= current
                if count >= high or all(_closed(h) for h in current):
                    break
            following |= {h for h in current if _closed(h)}
        elif op in _ZERO_WIDTH:
            following = open_heads
        elif op is sre.IN:
            chars = _class_chars(av)
            following = _close(open_heads) if chars is None else _extend(open_heads, chars)
        else:
            following = _close(open_heads)
        heads = done | following
    return heads


# Keys found in more than ~4% of marketing texts: a cue keyed on them filters nothing.
_COMMON = (
    ".$ 0$ '$ ,$ !$ -$ :$ ?$ ;$ %$ you a$ the de$ le$ to$ com pou vou la$ thi les en$ pas our "
    "pri in$ vot is$ pre for not ne$ cha par on$ res don des que and nou mon tou pro ce$ are "
    "eve of$ at$ une et$ plu un$ con sur est i$ it$ no$ be$ we$ do$ yo' je$ j'$ tu$ ta$ te$"
)
COMMON_KEYS = frozenset(_COMMON.split())


def _keys_from(items: Any) -> set[str]:
    return _close(_walk(items, {""}))


def _anchor_keys(items: Any) -> set[str]:
    """Keys of the rarest mandatory word in a sequence (the first word if all are common)."""
    items = list(items)
    best: set[str] | None = None
    word_start = [True] * (len(items) + 1)  # can items[index] begin right after a space?
    for index, (op, _) in enumerate(items):
        if index:
            before = items[index - 1]
            word_start[index] = _is_space_run(before) or (
                word_start[index - 1] and _optional(before) and _ends_with_space(before)
            )
        if not word_start[index] or _optional(items[index]) or op in _ZERO_WIDTH:
            continue
        try:
            keys = _keys_from(items[index:])
        except _Unbounded:
            continue
        if best is None or _rank(keys) < _rank(best):
            best = keys
    if best is None:
        raise _Unbounded
    return best


def _rank(keys: set[str]) -> tuple[int, int]:
    return (len(keys & COMMON_KEYS), len(keys))


def _optional(item: tuple[Any, Any]) -> bool:
    op, av = item
    return bool(op in _REPEATS and av[0] == 0)


def _ends_with_space(item: tuple[Any, Any]) -> bool:
    """True when every way through `item` ends with at least one space."""
    op, av = item
    if _is_space_run(item):
        return True
    if op in _REPEATS:
        body = list(av[2])
        return bool(body) and _ends_with_space(body[-1])
    if op is sre.SUBPATTERN:
        body = list(av[-1])
        return bool(body) and _ends_with_space(body[-1])
    if op is sre.BRANCH:
        return all(alt and _ends_with_space(list(alt)[-1]) for alt in av[1])
    return False


def _is_space_run(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op not in _REPEATS or av[0] < 1:
        return False
    body = list(av[2])
    return len(body) == 1 and body[0] == (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])


def _cue_keys(items: Any) -> set[str]:
    """Union over top-level alternatives of each one's anchor keys."""
    items = list(items)
    core = [item for item in items if item[0] not in _ZERO_WIDTH]
    if len(core) == 1 and core[0][0] is sre.SUBPATTERN:
        return _cue_keys(core[0][1][-1])
    if len(core) == 1 and core[0][0] is sre.BRANCH:
        keys: set[str] = set()
        for alternative in core[0][1][1]:
            keys |= _cue_keys(alternative)
        return keys
    return _anchor_keys(core)


def start_keys(pattern: str) -> frozenset[str] | None:
    """Keys one of which every match of `pattern` contains at a word start, or None."""
    try:
        return frozenset(_cue_keys(sre_parse.parse(pattern)))
    except (_Unbounded, RecursionError):
        return None


def text_keys(folded: str) -> set[str]:
    """Keys present in a folded text: word starts, short words, a digit marker, punctuation."""
    keys = {
        DIGIT_KEY if w[0].isdigit() else w[:KEY_LENGTH] if len(w) >= KEY_LENGTH else w + "$"
        for words in (_TEXT_WORDS.findall(folded), _ALNUM_RUNS.findall(folded))
        for w in words
    }
    keys.update(c + "$" for c in set(folded) if not c.isalnum() and not c.isspace())
    return keys
