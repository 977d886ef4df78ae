"""How each platform counts the length of a post.

- `x`: twitter-text v3 weighting: code points in the Latin, general punctuation and
  similar ranges weigh 1, everything else 2; an emoji sequence weighs 2; every URL 23.
- `mastodon`: grapheme clusters, with every URL counted as 23 and `@user@domain`
  mentions counted as `@user`.
- `graphemes`: user-perceived characters (Bluesky).
- `chars`: Unicode code points (most other platforms).
"""

from __future__ import annotations

import unicodedata
from typing import Literal

import regex

Counting = Literal["x", "mastodon", "graphemes", "chars"]

URL_LENGTH = 23

# Links with a scheme, as the platforms shorten them; trailing punctuation is not part of one.
URL_PATTERN = regex.compile(r"https?://[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]]", regex.IGNORECASE)
_MENTION = regex.compile(r"(@\w+)@[\w.-]+\w")
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")

# twitter-text v3 config: ranges of code points that weigh 100 (one character); others 200.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters)."""
    return len(_GRAPHEME.findall(text))


def _x_weight_of_cluster(cluster: str) -> int:
    if _EMOJI.search(cluster):
        return 2
    weight = 0
    for ch in cluster:
        point = ord(ch)
        weight += 1 if any(lo <= point <= hi for lo, hi in _X_LIGHT_RANGES) else 2
    return weight


def x_weighted_length(text: str) -> int:
    """The length X shows for `text`: weighted code points, URLs as 23, emoji as 2."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for match in URL_PATTERN.finditer(text):
        total += sum(
            _x_weight_of_cluster(c) for c in _GRAPHEME.findall(text[position : match.start()])
        )
        total += URL_LENGTH
        position = match.end()
    total += sum(_x_weight_of_cluster(c) for c in _GRAPHEME.findall(text[position:]))
    return total


def mastodon_length(text: str) -> int:
    """The length Mastodon's status validator counts: URLs as 23, remote mentions shortened."""
    text = URL_PATTERN.sub("x" * URL_LENGTH, text)
    text = _MENTION.sub(r"\1", text)
    return graphemes(text)


def measure(text: str, counting: Counting) -> int:
    """The length of `text` as a platform using `counting` reckons it."""
    if counting == "x":
        return x_weighted_length(text)
    if counting == "mastodon":
        return mastodon_length(text)
    if counting == "graphemes":
        return graphemes(text)
    return len(text)
