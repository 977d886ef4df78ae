"""Validators every final post must pass; each returns the problems it found, in words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from flambeau.core.grounding import fold, unsupported_claims
from flambeau.core.writing.copy import Context
from flambeau.core.writing.craft import LINK_IN_BIO_CHANNELS, Rendered
from flambeau.core.writing.hashtags import is_camel_case
from flambeau.core.writing.language import (
    detect_language,
    french_typography_problems,
    spelling_problems,
)

Validator = Callable[[Context, Rendered], list[str]]
_URL = regex.compile(r"https?://\S+", regex.IGNORECASE)
_HASHTAG = regex.compile(r"(?<![\w#])#[^\W_]\w*")
_WORDS = regex.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def fits_channel(ctx: Context, rendered: Rendered) -> list[str]:
    """Every published text fits as the platform counts; titles fit their limit."""
    spec = ctx.spec
    problems = [
        f"part {i + 1} is {spec.measure(t)} long; {spec.name} allows {spec.text_limit}"
        for i, t in enumerate(rendered.published)
        if not spec.fits(t)
    ]
    if not spec.fits(rendered.text):
        problems.append(f"text is {spec.measure(rendered.text)} long; limit {spec.text_limit}")
    for key in ("subject", "title"):
        value = rendered.extra.get(key)
        if value and spec.title_limit and len(value) > spec.title_limit:
            problems.append(f"{key} is {len(value)} characters; limit {spec.title_limit}")
    return problems


def in_language(ctx: Context, rendered: Rendered) -> list[str]:
    """The text reads as the brief's language."""
    found = detect_language(_URL.sub(" ", rendered.everything))
    if found is not None and found != ctx.lang:
        return [f"reads as {found!r}, the brief is in {ctx.lang!r}"]
    return []


def repeated_ngrams(text: str, n: int = 4) -> list[str]:
    """Word n-grams that occur more than once (links and hashtags aside)."""
    clean = _HASHTAG.sub(" ", _URL.sub(" ", text))
    words = [fold(w) for w in _WORDS.findall(clean)]
    grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return [" ".join(g) for g, count in grams.items() if count > 1]


def _brief_strings(ctx: Context) -> list[str]:
    """The brief's own words (facts, messages, CTA...): repeating them is not degenerate."""
    brief = ctx.brief
    given = [*brief.facts, *brief.messages, brief.campaign.name, brief.brand.name]
    given += [brief.campaign.call_to_action or ""]
    return sorted((g for g in given if g), key=len, reverse=True)


def no_degenerate_repetition(ctx: Context, rendered: Rendered) -> list[str]:
    """No phrase said twice, no word stuttered, no emoji run."""
    problems = []
    given = [d.label for d in ctx.disclosures] + list(ctx.mentions) + _brief_strings(ctx)
    for text in rendered.published:
        body = text
        for phrase in given:
            body = regex.sub(regex.escape(phrase.rstrip(" .")), " ", body, flags=regex.IGNORECASE)
        problems += [f"repeats {g!r}" for g in repeated_ngrams(body)]
        if regex.search(r"(?i)\b(\w+)(?:\W+\1\b){2,}", body):
            problems.append("stutters a word")
        if regex.search(r"(\p{Extended_Pictographic})\1{2,}", body):
            problems.append("repeats an emoji")
    return problems


def grounded(ctx: Context, rendered: Rendered) -> list[str]:
    """Every number, price, date, time, name and superlative traces to the brief."""
    claims = unsupported_claims(rendered.everything, brief=ctx.brief)
    return [f"unsupported {c.kind} {c.text!r}" for c in claims]


def avoid_pattern(word: str) -> regex.Pattern[str]:
    """A brand's banned word, matched case- and accent-insensitively, with plural/feminine."""
    return regex.compile(rf"(?<!\w){regex.escape(fold(word))}(?:e|s|es|x)?(?!\w)")


def no_avoided_words(ctx: Context, rendered: Rendered) -> list[str]:
    """None of the brand's `avoid` words, whatever the case or accents."""
    text = fold(rendered.everything)
    return [
        f"uses the avoided word {word!r}"
        for word in ctx.brief.brand.avoid
        if avoid_pattern(word).search(text)
    ]


def call_to_action_and_link(ctx: Context, rendered: Rendered) -> list[str]:
    """The brief's call to action and the tracked link, when the brief has them."""
    text = "\n".join(rendered.published)
    problems = []
    cta = ctx.brief.campaign.call_to_action
    if cta and fold(cta) not in fold(text):
        problems.append(f"the call to action {cta!r} is missing")
    if ctx.link:
        if ctx.slot.channel in LINK_IN_BIO_CHANNELS:
            if "bio" not in fold(text):
                problems.append("the caption does not point to the link in bio")
        elif ctx.link not in text:
            problems.append("the campaign link is missing")
    return problems


def hashtag_norms(ctx: Context, rendered: Rendered) -> list[str]:
    """Per-channel count, CamelCase, no duplicates, one brand tag at most."""
    tags = _HASHTAG.findall("\n".join(rendered.published))
    tags = [t for t in tags if t.lower() != "#ad"]
    spec = ctx.spec
    problems = []
    if len(tags) > spec.hashtags_max:
        problems.append(f"{len(tags)} hashtags; {spec.name} takes {spec.hashtags_max} at most")
    problems += [f"{t} is not CamelCase" for t in tags if not is_camel_case(t)]
    folded = [fold(t) for t in tags]
    if len(set(folded)) < len(folded):
        problems.append("a hashtag is repeated")
    brand = {fold(t) for t in ctx.brief.brand.hashtags}
    if sum(f in brand for f in folded) > 1:
        problems.append("more than one brand hashtag")
    return problems


def conventions(ctx: Context, rendered: Rendered) -> list[str]:
    """French typography in French; en-GB or en-US spelling in English, as the brief says."""
    texts = [*rendered.published, *(str(rendered.extra.get(k, "")) for k in ("subject", "title"))]
    if ctx.lang == "fr":
        return [p for t in texts for p in french_typography_problems(t)]
    own = "\n".join(texts)
    for given in (*ctx.brief.facts, *ctx.brief.messages, ctx.brief.campaign.name):
        own = own.replace(given, " ")
    return spelling_problems(own, ctx.brief.language)


def disclosed(ctx: Context, rendered: Rendered) -> list[str]:
    """The labels the policy requires, and the sector's mandatory mentions, in the text."""
    problems = [
        f"missing label {d.label!r}" for d in ctx.disclosures if d.label not in rendered.text
    ]
    problems += [f"missing mention {m!r}" for m in ctx.mentions if m not in rendered.text]
    return problems


VALIDATORS: dict[str, Validator] = {
    "fits": fits_channel,
    "language": in_language,
    "repetition": no_degenerate_repetition,
    "grounded": grounded,
    "avoid": no_avoided_words,
    "cta-link": call_to_action_and_link,
    "hashtags": hashtag_norms,
    "conventions": conventions,
    "disclosure": disclosed,
}


def validate(ctx: Context, rendered: Rendered) -> dict[str, list[str]]:
    """Problems per validator name; empty when the post passes them all."""
    found = {name: check(ctx, rendered) for name, check in VALIDATORS.items()}
    return {name: problems for name, problems in found.items() if problems}
