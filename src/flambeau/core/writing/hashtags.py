"""Hashtags per channel norms: CamelCase, topical first, one brand tag at most, rotated."""

from __future__ import annotations

import itertools

import regex

from flambeau.core.brief import Brief
from flambeau.core.channels import ChannelSpec
from flambeau.core.grounding import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make poor tags on their own: function words and the commonest verbs.
_STOP = _words(
    """le la les un une des du de et à au aux en pour par sur avec dans son sa ses sans chez
    entre soi propre notre votre leur faire apprendre avoir être aller venir mettre mais celles
    ceux rencontrer the a an and of to in for on with at by from without before after through
    is are your our their first what how who when where good people make get keep keeping
    helping goes answered step cutting faster thank thanks janvier fevrier mars avril juin
    juillet aout septembre octobre novembre decembre january february march april june july
    august september october november december"""
)
# Words that tag well with a neighbour ('#SafetyCheck') but say little alone.
_WEAK_ALONE = _words(
    "month ensemble transmis check riding pressure questions parts close corners plaisir "
    "spring safety everyone"
)
_TAG = regex.compile(r"^#[^\W_][^\W_]*$")
_MAX_TAG_LENGTH = 24


def camel_case(words: list[str]) -> str:
    """['safety', 'check'] -> '#SafetyCheck'; hyphens and apostrophes split words."""
    parts = [p for w in words for p in regex.split(r"[-'’]", w) if p]
    return "#" + "".join(p[:1].upper() + p[1:].lower() for p in parts)


def is_camel_case(tag: str) -> bool:
    """A tag of letters and digits only, whose words start with capitals."""
    body = tag.lstrip("#")
    return bool(_TAG.match(tag)) and (body[:1].isupper() or body[:1].isdigit())


_DETERMINERS = _words(
    "le la les l un une des du de d au aux ce cette ces son sa ses notre votre nos vos leur "
    "leurs chaque the a an our your their this that these those every each some"
)


_TRANSPARENT = {"quick", "good", "first", "faster", "propre", "petit", "petite", "vrai", "vraie"}


def _content_words(text: str) -> list[tuple[str | None, bool]]:
    """Words worth tagging (None where a stop word or punctuation breaks adjacency), and
    whether a determiner precedes them, the cheap sign of a noun."""
    words: list[tuple[str | None, bool]] = []
    after_determiner = True  # a message's first word often is its subject
    for raw in regex.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?|[^\w\s]", text):
        folded = fold(raw.rstrip("'’"))
        if not raw[0].isalpha():
            words.append((None, False))
            after_determiner = False
        elif raw[-1] in "'’":  # an elided word: "l'", "d'", "c'"
            words.append((None, False))
            after_determiner = folded in _DETERMINERS
        elif folded in _TRANSPARENT:
            words.append((None, False))
        else:
            keep = len(raw) >= 4 and folded not in _STOP
            words.append((raw if keep else None, after_determiner))
            after_determiner = folded in _DETERMINERS
    return words


def topic_tags(brief: Brief, message: str) -> list[str]:
    """Topical tags from a message: adjacent content-word pairs first, then single words."""
    words = _content_words(message)
    pairs = [
        camel_case([a, b])
        for (a, noun), (b, _) in itertools.pairwise(words)
        if a and b and noun and len(a) + len(b) <= _MAX_TAG_LENGTH
    ]
    singles = [
        camel_case([w])
        for w, noun in words
        if w and noun and len(w) >= 5 and fold(w) not in _WEAK_ALONE
    ]
    avoid = [fold(a).replace(" ", "") for a in brief.brand.avoid]
    brand = {fold(t) for t in brief.brand.hashtags}
    kept: list[str] = []
    for tag in pairs + singles:
        key = fold(tag)
        if key in brand or any(a in key for a in avoid):
            continue
        if any(key[1:] in fold(k) or fold(k)[1:] in key for k in kept):
            continue  # '#Levain' adds nothing next to '#LevainMaison'
        kept.append(tag)
    return kept


def choose_hashtags(brief: Brief, spec: ChannelSpec, message: str, *, sequence: int) -> list[str]:
    """At most `spec.hashtags_max` tags: topical ones, plus one brand tag on alternate posts."""
    limit = spec.hashtags_max
    if limit == 0:
        return []
    topical = topic_tags(brief, message) + topic_tags(brief, brief.campaign.name)
    topical = list(dict.fromkeys(topical))
    brand_tags = list(brief.brand.hashtags)
    with_brand = bool(brand_tags) and (sequence % 2 == 1 or limit >= 3)
    brand = [brand_tags[(sequence // 2) % len(brand_tags)]] if with_brand else []
    want = max(1, min(limit - len(brand), 1 if limit <= 2 else 3))
    offset = sequence % max(1, len(topical))
    rotated = topical[offset:] + topical[:offset]
    return (rotated[:want] + brand)[:limit]
