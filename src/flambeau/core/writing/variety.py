"""Variety across a campaign: no near-duplicates within a channel, no hook said twice."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import regex

from flambeau.core.grounding import fold

NEAR_DUPLICATE = 0.6  # bigram Jaccard similarity at or above which two posts are near-duplicates
ECHO = 0.58  # word 3-gram overlap with any earlier post (any channel) kept below the ethics 0.6
_URL = regex.compile(r"https?://\S+", regex.IGNORECASE)
_WORD = regex.compile(r"[^\W_]+")
_HASHTAG = regex.compile(r"(?<![\w#])#[^\W_]\w*")


def shingles(text: str, boilerplate: tuple[str, ...] = ()) -> frozenset[tuple[str, ...]]:
    """Word 3-grams without links, hashtags and labels (as the ethics engine's rule reads)."""
    for line in boilerplate:
        text = text.replace(line, " ")
    words = [fold(w) for w in _WORD.findall(_HASHTAG.sub(" ", _URL.sub(" ", text)))]
    return frozenset(tuple(words[i : i + 3]) for i in range(len(words) - 2))


def overlap(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def bigrams(text: str) -> frozenset[tuple[str, str]]:
    """Word bigrams of a text, folded, links left out."""
    words = [fold(w) for w in _WORD.findall(_URL.sub(" ", text))]
    return frozenset(itertools.pairwise(words))


def similarity(a: str | frozenset[tuple[str, str]], b: str | frozenset[tuple[str, str]]) -> float:
    """Jaccard similarity of word bigrams, 0 (nothing shared) to 1 (the same words in order)."""
    first = bigrams(a) if isinstance(a, str) else a
    second = bigrams(b) if isinstance(b, str) else b
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def near_duplicates(texts: list[str], threshold: float = NEAR_DUPLICATE) -> list[tuple[int, int]]:
    """Pairs of indexes whose texts are near-duplicates."""
    grams = [bigrams(t) for t in texts]
    return [
        (i, j)
        for i in range(len(grams))
        for j in range(i + 1, len(grams))
        if similarity(grams[i], grams[j]) >= threshold
    ]


def distinct_bigram_ratio(texts: list[str]) -> float:
    """Distinct bigrams over all bigrams across texts (distinct-2): 1 means no phrase reused."""
    total = 0
    seen: set[tuple[str, str]] = set()
    for text in texts:
        words = [fold(w) for w in _WORD.findall(_URL.sub(" ", text))]
        pairs = list(itertools.pairwise(words))
        total += len(pairs)
        seen.update(pairs)
    return len(seen) / total if total else 1.0


def hook_key(hook: str) -> str:
    return " ".join(fold(w) for w in _WORD.findall(hook))


def opening_key(text: str, words: int = 4) -> str:
    """The first words of a line: two posts that open alike read alike in a feed."""
    return " ".join(fold(w) for w in _WORD.findall(text)[:words])


@dataclass
class CampaignMemory:
    """What the campaign has said so far: per-channel texts, hooks, how often each fact ran."""

    texts: dict[str, list[frozenset[tuple[str, str]]]] = field(default_factory=dict)
    shingled: list[frozenset[tuple[str, ...]]] = field(default_factory=list)
    hooks: set[str] = field(default_factory=set)
    openings: dict[str, set[str]] = field(default_factory=dict)
    fact_usage: dict[int, int] = field(default_factory=dict)

    def closest(self, channel: str, text: str) -> float:
        """The highest similarity between `text` and an earlier post of the same channel."""
        grams = bigrams(text)
        return max((similarity(grams, other) for other in self.texts.get(channel, [])), default=0.0)

    def echo(self, text: str, boilerplate: tuple[str, ...] = ()) -> float:
        """The highest 3-gram overlap between `text` and any earlier post, any channel."""
        grams = shingles(text, boilerplate)
        return max((overlap(grams, other) for other in self.shingled), default=0.0)

    def hook_used(self, hook: str) -> bool:
        return hook_key(hook) in self.hooks

    def remember(
        self,
        channel: str,
        text: str,
        hook: str,
        facts: list[int],
        boilerplate: tuple[str, ...] = (),
    ) -> None:
        self.texts.setdefault(channel, []).append(bigrams(text))
        self.shingled.append(shingles(text, boilerplate))
        self.hooks.add(hook_key(hook))
        self.openings.setdefault(channel, set()).add(opening_key(hook))
        for index in facts:
            self.fact_usage[index] = self.fact_usage.get(index, 0) + 1
