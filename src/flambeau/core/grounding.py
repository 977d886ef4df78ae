"""Grounding: every number, price, date, time, name and superlative must trace to the brief.

One implementation, shared by the writers' validators and the ethics engine's honesty
rules. A text is scanned for claims (prices, then times, dates, numbers, superlatives,
names, each span taken once); a claim is supported when the brief's facts, brand (name,
hashtags, website), campaign (name, dates, call to action, link, partner), key messages or
the labels Flambeau itself adds state the same thing. Numbers are compared by value, with
units and separators normalised (35 € / 35€ / €35; 1,250 / 1 250 / 1250; 10h / 10am /
10:00; "Thursday 28 January" / "28/01"); names by token, ignoring case and accents.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from flambeau.core.brief import Brief

ClaimKind = Literal["number", "price", "date", "time", "name", "superlative"]


class Claim(BaseModel):
    """A span of text stating something that must trace to the brief."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    kind: ClaimKind


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a word or text (curly quotes made straight)."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- lexicons ---------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv",
        "february feb fevrier fevr fev",
        "march mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug aout",
        "september sep sept septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec decembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Month words that are ordinary words too: only dates when a day or year is beside them.
_AMBIGUOUS_MONTHS = {
    "may",
    "mar",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "jan",
    "feb",
    "apr",
    "janv",
    "fevr",
    "fev",
    "avr",
    "juil",
}

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday lundi",
        "tuesday mardi",
        "wednesday mercredi",
        "thursday jeudi",
        "friday vendredi",
        "saturday samedi",
        "sunday dimanche",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number
        _WEEKDAYS[_name + "s"] = _number

_NUMBER_WORDS: dict[str, float] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1e6, "dozen": 12,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "mille": 1000, "douzaine": 12,
}  # fmt: skip
# "one", "un(e)" are articles and pronouns; "neuf" is also "new": never claims on their own.

_UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1), "pourcent": ("percent", 1), "percent": ("percent", 1),
    "g": ("mass", 1), "gr": ("mass", 1), "grammes": ("mass", 1), "grams": ("mass", 1),
    "kg": ("mass", 1000), "kilos": ("mass", 1000), "mg": ("mass", 0.001),
    "ml": ("volume", 1), "cl": ("volume", 10), "l": ("volume", 1000), "litres": ("volume", 1000),
    "liters": ("volume", 1000), "m": ("length", 1), "km": ("length", 1000),
    "min": ("duration", 1), "mins": ("duration", 1), "minute": ("duration", 1),
    "minutes": ("duration", 1), "hour": ("duration", 60), "hours": ("duration", 60),
    "heure": ("duration", 60), "heures": ("duration", 60), "hr": ("duration", 60),
    "hrs": ("duration", 60), "h": ("duration", 60),
}  # fmt: skip

_CURRENCIES: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "usd": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD",
    "ca$": "USD", "c$": "USD", "cad": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "livre": "GBP", "livres": "GBP",
}  # fmt: skip

# Superlatives and absolute claims, folded; each maps to the lemma a fact must contain.
_SUPERLATIVE_WORDS: dict[str, str] = {
    "best": "best", "greatest": "greatest", "finest": "finest", "unbeatable": "unbeatable",
    "unmatched": "unmatched", "unrivalled": "unrivalled", "unrivaled": "unrivalled",
    "unparalleled": "unparalleled", "guaranteed": "guarantee", "guarantee": "guarantee",
    "guarantees": "guarantee", "proven": "proven", "unique": "unique", "uniques": "unique",
    "ultimate": "ultimate", "perfect": "perfect", "flawless": "flawless",
    "cheapest": "cheapest", "fastest": "fastest", "biggest": "biggest", "largest": "largest",
    "leading": "leading", "world-class": "world-class", "top-rated": "top-rated",
    "award-winning": "award-winning", "meilleur": "meilleur", "meilleure": "meilleur",
    "meilleurs": "meilleur", "meilleures": "meilleur", "garanti": "garanti",
    "garantie": "garanti", "garantis": "garanti", "garanties": "garanti",
    "prouve": "prouve", "prouvee": "prouve", "prouves": "prouve", "prouvees": "prouve",
    "inegale": "inegale", "inegalee": "inegale", "inegales": "inegale",
    "imbattable": "imbattable", "imbattables": "imbattable", "incomparable": "incomparable",
    "parfait": "parfait", "parfaite": "parfait", "parfaits": "parfait",
    "parfaites": "parfait", "leader": "leader",
}  # fmt: skip
_SUPERLATIVE_PHRASES = regex.compile(
    r"(?<!\w)(?:(?:number|numero|num[eé]ro)\s+(?:one|un|1)|no\.\s?1|n\s?°\s?1|#\s?1(?!\d)"
    r"|the\s+most\s+\w+|the\s+only|(?:le|la|les)\s+plus\s+\w+|(?:le|la)\s+seule?"
    r"|les\s+seul(?:e)?s|sans\s+[ée]gal)(?!\w)",
    regex.IGNORECASE,
)

# Capitalised words that are never a claim: pronouns, labels' acronyms, time zone codes.
_ALWAYS_OK = set(
    [
        "i",
        "ai",
        "ia",
        "ok",
        "faq",
        "ps",
        "dm",
        "et",
        "est",
        "edt",
        "pt",
        "pst",
        "gmt",
        "bst",
        "cet",
        "cest",
        "utc",
    ]
)

# --- patterns ---------------------------------------------------------------------------

_SPACE = "[ \u00a0\u202f\u2009]"
_NUM = rf"(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d{{1,2}})?|\d{{1,3}}(?:[,.]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d+)?)"
_CUR_BEFORE = r"(?:US\$|CA\$|C\$|€|\$|£|EUR|USD|GBP|CAD)"
_CUR_AFTER = r"(?:€|\$|£|EUR|USD|GBP|CAD|euros?|dollars?|pounds?|livres?)"
_PRICE = regex.compile(
    rf"(?<![\w.,])(?:(?P<cur1>{_CUR_BEFORE}){_SPACE}?(?P<num1>{_NUM})"
    rf"|(?P<num2>{_NUM}){_SPACE}?(?P<cur2>{_CUR_AFTER}))(?!\w)",
    regex.IGNORECASE,
)
_TIME = regex.compile(
    r"(?<![\w:.,/])(?:(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s?(?P<ampm>[ap]\.?m\.?)(?!\w)"
    r"|(?P<h2>\d{1,2})\s?h\s?(?P<m2>\d{2})?(?![\w])"
    r"|(?P<h3>\d{1,2}):(?P<m3>\d{2})(?![\d:])"
    r"|(?P<word>noon|midday|midnight|midi|minuit))",
    regex.IGNORECASE,
)
_MONTH_NAMES = [
    *[
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
    ],
    *[
        "novembre",
        "décembre",
        "decembre",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
    ],
    *[
        "september",
        "october",
        "november",
        "december",
        "janv",
        "févr",
        "fevr",
        "fév",
        "fev",
        "avr",
        "juil",
        "jan",
        "feb",
    ],
    *["mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"],
]
_WEEKDAY_NAMES = sorted(_WEEKDAYS, key=len, reverse=True)
_MONTH = rf"(?P<month>{'|'.join(sorted(_MONTH_NAMES, key=len, reverse=True))})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e)?"
_WEEKDAY_WORD = rf"(?P<weekday>{'|'.join(_WEEKDAY_NAMES)})"
_DATE_PATTERNS = (
    regex.compile(r"(?<![\w.])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\w)"),
    regex.compile(r"(?<![\w.,/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\w/])"),
    regex.compile(
        rf"(?<!\w)(?:{_WEEKDAY_WORD},?\s+)?(?:(?:du|from|between)\s+)?(?P<day0>\d{{1,2}})"
        rf"(?:st|nd|rd|th|er|e)?\s*(?:-|–|to|au|and|et|&)\s*{_DAY}(?:\s+of)?\s+{_MONTH}"
        rf"(?:,?\s+(?P<year>\d{{4}}))?(?!\w)",
        regex.IGNORECASE,
    ),
    regex.compile(
        rf"(?<!\w)(?:{_WEEKDAY_WORD},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}"
        rf"(?:,?\s+(?P<year>\d{{4}}))?(?!\w)",
        regex.IGNORECASE,
    ),
    regex.compile(
        rf"(?<!\w)(?:{_WEEKDAY_WORD},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}"
        rf"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
        rf"(?:,?\s+(?P<year>\d{{4}}))?(?!\w)",
        regex.IGNORECASE,
    ),
    regex.compile(rf"(?<!\w){_MONTH}\s+(?P<year>\d{{4}})(?!\w)", regex.IGNORECASE),
)
_WEEKDAY_RANGE = regex.compile(
    rf"(?<!\w)(?:du\s+|from\s+)?(?P<w1>{'|'.join(_WEEKDAY_NAMES)})\s*(?:-|–|to|au|through|thru)"
    rf"\s*(?P<w2>{'|'.join(_WEEKDAY_NAMES)})(?!\w)",
    regex.IGNORECASE,
)
_NUMBER = regex.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})(?P<ord>(?:st|nd|rd|th|er|e|ème|eme)(?!\w))?"
    rf"(?:[-{_SPACE[1:-1]}]?(?P<unit>%|[^\W\d_]{{1,8}}(?!\w)))?",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[^\W\d_](?:[\w-]*\w)?(?:['’][^\W\d_][\w-]*)*")
_URL = regex.compile(
    r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:example|com|org|net|fr|uk|io)\b\S*", regex.IGNORECASE
)
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HASHTAG = regex.compile(r"(?<![\w#])#[^\W_][\w]*")
_THREAD_COUNTER = regex.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})\s*$", regex.MULTILINE)
_SENTENCE_BREAK = regex.compile(r"[.!?…:;«»\"“”()\[\]•·|—–\n]|\p{Extended_Pictographic}")
_CAMEL = regex.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


# --- value parsing ----------------------------------------------------------------------


def _number_values(raw: str) -> frozenset[float]:
    """Every value a written number can mean: '1,250' is 1250 (or 1.25), '1 250' is 1250."""
    compact = regex.sub(_SPACE, "", raw)
    values: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ",")):
        if thousands in compact and decimal in compact:
            if compact.rfind(thousands) < compact.rfind(decimal):
                values.add(float(compact.replace(thousands, "").replace(decimal, ".")))
            continue
        if thousands in compact:
            groups = compact.split(thousands)
            if all(len(g) == 3 for g in groups[1:]):
                values.add(float("".join(groups)))
            if len(groups) == 2:
                values.add(float(compact.replace(thousands, ".")))
    if not values:
        values.add(float(compact))
    return frozenset(values)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


@dataclass(frozen=True)
class _Date:
    month: int
    day: int | None = None
    year: int | None = None
    weekday: int | None = None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return False
    if day is None:
        return True
    try:
        dt.date(year or 2028, month, day)  # 2028: a leap year, so 29 February stays valid
    except ValueError:
        return False
    return True


def _dates_of(match: regex.Match[str], pattern_index: int) -> list[_Date] | None:
    """The date(s) one match denotes (several readings for '03/04'), or None if not a date."""
    groups = match.groupdict()
    year = _year(groups.get("year"))
    weekday = _WEEKDAYS.get(fold(groups["weekday"])) if groups.get("weekday") else None
    if groups.get("weekday") and weekday is None:
        return None
    if pattern_index == 0:
        month, day = int(groups["mnum"]), int(groups["day"])
        return [_Date(month, day, year)] if _valid(year, month, day) else None
    if pattern_index == 1:
        a, b = int(groups["a"]), int(groups["b"])
        readings = [_Date(m, d, year, None) for d, m in ((a, b), (b, a)) if _valid(year, m, d)]
        return readings or None
    named_month = _MONTHS.get(fold(groups["month"]))
    if named_month is None:
        return None
    month = named_month
    written = [groups.get("day0"), groups.get("day"), groups.get("day2")]
    found = [_Date(month, int(d), year, weekday) for d in written if d]
    if pattern_index in (2, 4) and len(found) == 2:
        first, last = sorted(found, key=lambda d: d.day or 0)
        found = [_Date(month, day, year) for day in range((first.day or 1), (last.day or 1) + 1)]
    if not found:
        found = [_Date(month, None, year)]
    return found if all(_valid(d.year, d.month, d.day) for d in found) else None


def _time_values(match: regex.Match[str]) -> frozenset[int] | None:
    """Minutes after midnight that a written time can mean ('10:00' is 10am or 10pm)."""
    groups = match.groupdict()
    if groups["word"]:
        return frozenset({0 if fold(groups["word"]) in ("midnight", "minuit") else 720})
    if groups["ampm"]:
        hour, minute = int(groups["h1"]), int(groups["m1"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if groups["ampm"].lower().startswith("p") else 0)
        return frozenset({hour * 60 + minute})
    hour = int(groups["h2"] or groups["h3"])
    minute = int(groups["m2"] or groups["m3"] or 0)
    if hour > 23 or minute > 59:
        return None
    values = {hour * 60 + minute}
    if groups["h3"] and 1 <= hour <= 11:
        values.add((hour + 12) * 60 + minute)
    return frozenset(values)


# --- the support index ------------------------------------------------------------------


@dataclass
class _Support:
    """Everything the brief states, normalised for comparison."""

    numbers: set[float] = field(default_factory=set)
    measures: set[tuple[str, float]] = field(default_factory=set)
    prices: set[tuple[str, float]] = field(default_factory=set)
    times: set[int] = field(default_factory=set)
    dates: set[_Date] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    superlatives: set[str] = field(default_factory=set)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@dataclass
class _Scan:
    """The claims found in one text, in the order the passes took them."""

    prices: list[tuple[int, int, str, float]] = field(default_factory=list)
    times: list[tuple[int, int, frozenset[int]]] = field(default_factory=list)
    dates: list[tuple[int, int, list[_Date]]] = field(default_factory=list)
    weekdays: list[tuple[int, int, set[int]]] = field(default_factory=list)
    numbers: list[tuple[int, int, frozenset[float], tuple[str, float] | None]] = field(
        default_factory=list
    )
    superlatives: list[tuple[int, int, str]] = field(default_factory=list)
    names: list[tuple[int, int, list[str]]] = field(default_factory=list)
    hashtags: list[tuple[int, int, str]] = field(default_factory=list)


def _unit(word: str | None) -> str | None:
    return None if word is None else fold(word)


def _scan(text: str) -> _Scan:
    """Find every claim-like span in `text`; each character belongs to one claim at most."""
    scan = _Scan()
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in regex.finditer(
        r"(?P<url>" + _URL.pattern + ")|" + _EMAIL.pattern, text, flags=regex.IGNORECASE
    ):
        taken.append(match.span())
    for match in _THREAD_COUNTER.finditer(text):
        if int(match.group(1)) <= int(match.group(2)) and free(*match.span()):
            taken.append(match.span())
    for match in _SUPERLATIVE_PHRASES.finditer(text):
        if free(*match.span()):
            scan.superlatives.append((*match.span(), _phrase_lemma(match.group())))
            taken.append(match.span())
    for match in _HASHTAG.finditer(text):
        if free(*match.span()):
            scan.hashtags.append((*match.span(), match.group()))
            taken.append(match.span())
    for match in _PRICE.finditer(text):
        if not free(*match.span()):
            continue
        currency = _CURRENCIES[fold(match.group("cur1") or match.group("cur2"))]
        for value in _number_values(match.group("num1") or match.group("num2")):
            scan.prices.append((*match.span(), currency, value))
        taken.append(match.span())
    for match in _TIME.finditer(text):
        values = _time_values(match)
        if values is not None and free(*match.span()):
            scan.times.append((*match.span(), values))
            taken.append(match.span())
    for index, pattern in enumerate(_DATE_PATTERNS):
        for match in pattern.finditer(_mask(text, taken)):
            dates = _dates_of(match, index)
            if dates is None or not free(*match.span()):
                continue
            month_word = match.groupdict().get("month")
            if index == 5 and month_word and fold(month_word) in _AMBIGUOUS_MONTHS:
                continue
            scan.dates.append((*match.span(), dates))
            taken.append(match.span())
    for match in _WEEKDAY_RANGE.finditer(_mask(text, taken)):
        first, last = (_WEEKDAYS.get(fold(match.group(g))) for g in ("w1", "w2"))
        if first is not None and last is not None and free(*match.span()):
            days = {(first + i) % 7 for i in range((last - first) % 7 + 1)}
            scan.weekdays.append((*match.span(), days))
            taken.append(match.span())
    for match in _NUMBER.finditer(_mask(text, taken)):
        unit_word = _unit(match.group("unit"))
        unit = _UNITS.get(unit_word) if unit_word else None
        end = match.end() if unit else match.end("ord") if match.group("ord") else match.end("num")
        if not free(match.start(), end):
            continue
        scan.numbers.append((match.start(), end, _number_values(match.group("num")), unit))
        taken.append((match.start(), end))
    _scan_words(text, _mask(text, taken), scan)
    return scan


def _phrase_lemma(phrase: str) -> str:
    folded: str = regex.sub(r"\s+", " ", fold(phrase))
    if regex.search(r"\b(?:one|un|1)\b|n ?° ?1|no\. ?1|# ?1", folded):
        return "number-one"
    if folded.startswith(("the only", "le seul", "la seul", "les seul")):
        return "only"
    if folded.startswith("sans"):
        return "sans egal"
    return folded


def _scan_words(original: str, masked: str, scan: _Scan) -> None:
    """Single-word superlatives, number words, month and weekday words, proper names."""
    previous_end = 0
    sentence_start = True
    for match in _WORD.finditer(masked):
        if previous_end == 0 or _SENTENCE_BREAK.search(original[previous_end : match.start()]):
            sentence_start = True
        previous_end = match.end()
        word = match.group()
        folded = fold(word)
        initial, sentence_start = sentence_start, False
        span = match.span()
        if folded in _SUPERLATIVE_WORDS:
            scan.superlatives.append((*span, _SUPERLATIVE_WORDS[folded]))
            continue
        if folded in _NUMBER_WORDS or _compound_number(folded) is not None:
            value = _NUMBER_WORDS.get(folded) or _compound_number(folded) or 0.0
            scan.numbers.append((*span, frozenset({value}), None))
            continue
        if folded in _WEEKDAYS:
            scan.weekdays.append((*span, {_WEEKDAYS[folded]}))
            continue
        if folded in _MONTHS and folded not in _AMBIGUOUS_MONTHS:
            scan.dates.append((*span, [_Date(_MONTHS[folded])]))
            continue
        if not word[0].isupper():
            continue
        parts = [p for p in regex.split(r"['’-]", word) if p]
        candidates = [p for p in parts if p[0].isupper() and fold(p) not in _ALWAYS_OK]
        candidates = [p for p in candidates if len(p) > 1]
        if initial and not any(ch.isupper() for ch in word[1:]):
            continue  # a capital that only starts a sentence says nothing; "McKay", "ABC" do
        if not candidates:
            continue
        scan.names.append((*span, [fold(p) for p in candidates]))


def _compound_number(folded: str) -> float | None:
    """'twenty-five', 'vingt-cinq', 'quatre-vingts' as values; None when not a number word."""
    if "-" not in folded:
        return None
    parts = folded.split("-")
    units = {**_NUMBER_WORDS, "one": 1, "un": 1, "une": 1, "neuf": 9, "et": 0, "vingts": 20}
    if not all(p in units for p in parts):
        return None
    total = 0.0
    for part in parts:
        value = units[part]
        total = total * value if value in (20, 100, 1000) and total else total + value
    return total


def _add_text_to_support(support: _Support, text: str) -> None:
    scan = _scan(text)
    for _, _, currency, value in scan.prices:
        support.prices.add((currency, value))
        support.numbers.add(value)
    for _, _, times in scan.times:
        support.times.update(times)
    for _, _, dates in scan.dates:
        for date in dates:  # a range says nothing about which weekdays are open
            _add_date(support, date, weekday=len(dates) <= 2)
    for _, _, days in scan.weekdays:
        support.weekdays.update(days)
    for _, _, values, unit in scan.numbers:
        support.numbers.update(values)
        if unit:
            support.measures.update((unit[0], v * unit[1]) for v in values)
    for _, _, lemma in scan.superlatives:
        support.superlatives.add(lemma)
    for _, _, tag in scan.hashtags:
        support.tokens.update(fold(p) for p in _CAMEL.findall(tag[1:]))
        support.tokens.add(fold(tag[1:]))
    for match in _WORD.finditer(text):
        for part in regex.split(r"['’-]", match.group()):
            if part:
                support.tokens.add(fold(part))
        support.tokens.add(fold(match.group()))


def _add_date(support: _Support, date: _Date, *, weekday: bool = True) -> None:
    support.dates.add(_Date(date.month, date.day, date.year))
    support.months.add(date.month)
    if date.year:
        support.numbers.add(float(date.year))
    if weekday and date.weekday is not None:
        support.weekdays.add(date.weekday)
    if weekday and date.year and date.day:
        support.weekdays.add(dt.date(date.year, date.month, date.day).weekday())


def _support_texts(brief: Brief) -> tuple[str, ...]:
    """Every text of the brief a claim may rest on, plus the labels Flambeau adds itself."""
    from flambeau.core.channels import CHANNELS
    from flambeau.core.disclosure import ai_image_label, ai_text_label, sponsored_label

    brand, campaign = brief.brand, brief.campaign
    texts = [*brief.facts, *brief.messages, brand.name, campaign.name, *brand.hashtags]
    for optional in (brand.website, campaign.link, campaign.call_to_action, campaign.partner):
        if optional:
            texts.append(optional)
    for url in (brand.website, campaign.link):
        if url:
            texts.append(" ".join(regex.split(r"[/.:?=&_-]+", url)))
    texts += [sponsored_label(brief), ai_text_label(brief.lang), ai_image_label(brief.lang)]
    texts += [spec.name for spec in CHANNELS.values()]
    texts += _mandatory_mentions(brief)
    return tuple(texts)


def _mandatory_mentions(brief: Brief) -> list[str]:
    try:
        from flambeau.core.ethics.sector import mandatory_mentions
    except ImportError:
        return []
    return list(mandatory_mentions(brief))


@lru_cache(maxsize=64)
def _support_index(texts: tuple[str, ...], start: dt.date, end: dt.date) -> _Support:
    support = _Support()
    for text in texts:
        _add_text_to_support(support, text)
    for day in (start, end):
        _add_date(support, _Date(day.month, day.day, day.year), weekday=False)
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        support.months.add(month.month)
        support.numbers.add(float(month.year))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return support


def _date_supported(date: _Date, support: _Support) -> bool:
    if date.day is None:
        return date.month in support.months and (
            date.year is None or date.year in {int(n) for n in support.numbers if n.is_integer()}
        )
    for known in support.dates:
        if known.month != date.month or known.day != date.day:
            continue
        if date.year is not None and known.year is not None and known.year != date.year:
            continue
        year = date.year or known.year
        weekday = dt.date(year, date.month, date.day).weekday() if year else date.weekday
        if date.weekday is not None and weekday != date.weekday:
            continue
        return True
    return False


def unsupported_claims(text: str, *, brief: Brief) -> list[Claim]:
    """The claims in `text` that nothing in the brief supports, in text order."""
    support = _support_index(_support_texts(brief), brief.campaign.start, brief.campaign.end)
    scan = _scan(text)
    found: dict[tuple[int, int], ClaimKind] = {}

    prices: dict[tuple[int, int], bool] = {}
    for start, end, currency, value in scan.prices:
        ok = (currency, value) in support.prices
        prices[(start, end)] = prices.get((start, end), False) or ok
    found.update({span: "price" for span, ok in prices.items() if not ok})
    for start, end, times in scan.times:
        if not times & support.times:
            found[(start, end)] = "time"
    for start, end, dates in scan.dates:
        if not any(_date_supported(d, support) for d in dates):
            found[(start, end)] = "date"
    for start, end, days in scan.weekdays:
        if not days <= support.weekdays:
            found[(start, end)] = "date"
    for start, end, values, unit in scan.numbers:
        if unit and any((unit[0], v * unit[1]) in support.measures for v in values):
            continue
        if not values & support.numbers:
            found[(start, end)] = "number"
    for start, end, lemma in scan.superlatives:
        if lemma not in support.superlatives:
            found[(start, end)] = "superlative"
    for start, end, parts in scan.names:
        if any(p not in support.tokens for p in parts):
            found[(start, end)] = "name"
    for start, end, tag in scan.hashtags:
        words = [fold(p) for p in _CAMEL.findall(tag[1:])]
        lemmas = {_SUPERLATIVE_WORDS[w] for w in words if w in _SUPERLATIVE_WORDS}
        if lemmas - support.superlatives:
            found[(start, end)] = "superlative"
    return [
        Claim(start=s, end=e, text=text[s:e], kind=kind) for (s, e), kind in sorted(found.items())
    ]


def is_grounded(text: str, *, brief: Brief) -> bool:
    """True when every claim in `text` traces to the brief."""
    return not unsupported_claims(text, brief=brief)
