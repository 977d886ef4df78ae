"""What a card says, taken only from the post and the brief's facts, and which layout fits it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from flambeau.core.brief import Brief
from flambeau.core.channels import ChannelSpec
from flambeau.core.post import Post

LAYOUTS: tuple[str, ...] = ("headline", "quote", "number", "event", "carousel")
CAROUSEL_CHANNELS = frozenset({"instagram", "linkedin"})

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE = re.compile(
    rf"(?:(?:{_DAYS_EN}|{_DAYS_FR})\s+)?\d{{1,2}}(?:er)?(?:\s*(?:to|au|-|–)\s*\d{{1,2}})?\s+"
    rf"(?:{_MONTHS_EN}|{_MONTHS_FR})(?:\s+\d{{4}})?",
    re.IGNORECASE,
)
_RECURRING = re.compile(
    rf"(?:(?:chaque|tous les)\s+(?:{_DAYS_FR})s?|every\s+(?:{_DAYS_EN})"
    rf"|(?:{_DAYS_EN}|{_DAYS_FR})\s+(?:to|au)\s+(?:{_DAYS_EN}|{_DAYS_FR}))",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s*(?:to|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm))?"
    r"(?:\s+(?:Eastern|Central|Pacific|GMT|UTC|CET))?"
    r"|\b\d{1,2}\s?h(?:\s?\d{2})?(?:\s*(?:à|-|–)\s*\d{1,2}\s?h(?:\s?\d{2})?)?\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(rf"\ben\s+(?:{_MONTHS_FR})|\bin\s+(?:{_MONTHS_EN})", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:at|à|au)\s+(\d+,?\s+[^,.;]+(?:,\s*[A-ZÀ-Ý][\w'’-]+)?)")
_ONLINE = re.compile(r"\b(?:webinar|webinaire|online|en ligne|livestream|visio)\b", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?:[$€£]\s?)?\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?(?:\s?[€%£$])?"
    r"|(?:[$€£]\s?)?\d+(?:[.,]\d+)?(?:\s?(?:€|%|£|\$|g|kg|km|minutes|min))?(?![\w:-])"
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_QUOTED = re.compile(r"«\s*([^»]{12,160}?)\s*»|“([^”]{12,160})”|\"([^\"]{12,160})\"")
_LIST_ITEM = re.compile(r"^\s*(?:[-•→▸*]|\d+[.)])\s+(.{8,})$", re.MULTILINE)

_KIND_BY_ANGLE: dict[str, tuple[str, ...]] = {
    "announcement": ("event", "number", "headline"),
    "tip": ("carousel", "number", "headline"),
    "how-to": ("carousel", "headline"),
    "story": ("quote", "headline"),
    "behind-the-scenes": ("quote", "number", "headline"),
    "question": ("headline",),
    "thank-you": ("number", "quote", "headline"),
}


@dataclass(frozen=True)
class Slide:
    """One inner slide of a carousel: its position and what it says."""

    index: int
    text: str


@dataclass(frozen=True)
class Card:
    """Everything the visual says, before any pixel is drawn."""

    layout: str
    lang: str
    brand: str
    headline: str
    kicker: str | None = None
    cta: str | None = None
    footer: str | None = None
    number: str | None = None
    caption: str | None = None
    when: str | None = None
    where: str | None = None
    quote: str | None = None
    attribution: str | None = None
    slides: tuple[Slide, ...] = field(default_factory=tuple)
    machine_written: bool = False  # some words on the card were written by a model


@dataclass(frozen=True)
class KeyNumber:
    value: str
    caption: str


def key_number(fact: str) -> KeyNumber | None:
    """The headline number of a fact ("35 €", "1,250"), unless it is only a year or a time."""
    for match in _NUMBER.finditer(fact):
        value = match.group(0).strip()
        if _YEAR.match(value) or any(_inside(match, p, fact) for p in (_TIME, _DATE, _PLACE)):
            continue
        if value.isdigit() and int(value) < 2 and not value.startswith("$"):
            continue
        before, after = fact[: match.start()].strip(), fact[match.end() :].strip(" ,:;")
        caption = after if not before and after else fact
        return KeyNumber(value=value, caption=caption[:1].upper() + caption[1:])
    return None


def _inside(match: re.Match[str], pattern: re.Pattern[str], text: str) -> bool:
    return any(m.start() <= match.start() < m.end() for m in pattern.finditer(text))


def _choose(post: Post, options: list[str]) -> str:
    """A stable choice for this post: among the facts its text mentions, else among all."""
    text = post.text.lower()
    mentioned = [o for o in options if (n := key_number(o)) and n.value.lower() in text]
    pool = mentioned or options
    digest = int(hashlib.sha256(post.id.encode()).hexdigest(), 16)
    return pool[digest % len(pool)]


def _event(facts: list[str], lang: str) -> tuple[str, str | None] | None:
    """(when, where) from the facts that give a date or a time, when any does."""
    dated = [f for f in facts if _DATE.search(f) or (_TIME.search(f) and _RECURRING.search(f))]
    if not dated:
        return None
    fact = dated[0]
    parts = [m.group(0) for m in (_DATE.search(fact) or _RECURRING.search(fact),) if m]
    time = _TIME.search(fact)
    if time:
        parts.append(time.group(0))
    month = _MONTH_ONLY.search(fact)
    if month and not _DATE.search(fact):
        parts.append(month.group(0).split(None, 1)[1])
    when = "\u00a0· ".join(parts) if parts else fact  # the dot stays with the word before
    where = None
    for candidate in facts:
        place = _PLACE.search(candidate)
        if place:
            where = place.group(1).strip()
            break
    if where is None and _ONLINE.search(" ".join(facts)):
        where = "En ligne" if lang == "fr" else "Online"
    return when[:1].upper() + when[1:], where


def _points(post: Post, brief: Brief) -> tuple[list[str], bool]:
    """Carousel points: the post's own list items, else the brief's facts."""
    items = [m.group(1).strip() for m in _LIST_ITEM.finditer(post.text)]
    if len(items) >= 2:
        return items[:5], True
    return list(brief.facts[:4]), False


def _domain(brief: Brief) -> str | None:
    url = brief.campaign.link or brief.brand.website
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" if len(host + path) <= 32 else host


def plan_card(post: Post, brief: Brief, spec: ChannelSpec) -> Card:
    """The card for a post: layout (the post's `extra['layout']` wins) and its words."""
    machine = post.provenance.model is not None
    headline = str(post.extra.get("headline") or post.message)
    base = Card(
        layout="headline",
        lang=brief.lang,
        brand=brief.brand.name,
        headline=headline,
        kicker=brief.brand.name,
        cta=brief.campaign.call_to_action,
        footer=_domain(brief),
        machine_written=machine and "headline" in post.extra,
    )
    numbers = [f for f in brief.facts if key_number(f)]
    event = _event(brief.facts, brief.lang)
    quoted = _QUOTED.search(post.text)
    points, points_machine = _points(post, brief)
    eligible = {"headline", "quote"}
    if numbers:
        eligible.add("number")
    if event:
        eligible.add("event")
    if spec.id in CAROUSEL_CHANNELS and len(points) >= 2:
        eligible.add("carousel")
    wanted = post.extra.get("layout")
    if isinstance(wanted, str) and wanted in eligible:
        layout = wanted
    else:
        preferred = _KIND_BY_ANGLE.get(post.angle or "announcement", ("headline",))
        layout = next((k for k in preferred if k in eligible), "headline")
    if layout == "number":
        number = key_number(_choose(post, numbers))
        assert number is not None
        return replace(base, layout=layout, number=number.value, caption=number.caption)
    if layout == "event" and event:
        return replace(base, layout=layout, when=event[0], where=event[1])
    if layout == "quote":
        if quoted:
            words = next(g for g in quoted.groups() if g)
            return replace(
                base,
                layout=layout,
                quote=words,
                attribution=brief.brand.name,
                machine_written=base.machine_written or machine,
            )
        return replace(base, layout=layout, quote=headline, attribution=brief.brand.name)
    if layout == "carousel":
        slides = tuple(Slide(index=i + 2, text=p) for i, p in enumerate(points))
        return replace(
            base,
            layout=layout,
            slides=slides,
            machine_written=base.machine_written or (points_machine and machine),
        )
    return base
