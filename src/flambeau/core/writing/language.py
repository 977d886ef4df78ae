"""Each language's conventions: French typography, British vs American spelling, detection."""

from __future__ import annotations

import regex

NNBSP = "\u202f"  # narrow no-break space: before ; : ! ? and inside « » in French

_PROTECTED = regex.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d{1,2}:\d{2}|(?<!\w)#\w+"
    r"|\p{Extended_Pictographic}\uFE0F?",
    regex.IGNORECASE,
)
_SPACE_BEFORE_PUNCT = regex.compile(r"[ \u00a0\u202f]*([;:!?])")
_QUOTED = regex.compile(r"\"\s*([^\"]+?)\s*\"|“\s*([^”]+?)\s*”")
_GUILLEMETS = regex.compile(r"«[ \u00a0\u202f]*(.*?)[ \u00a0\u202f]*»")


def french_typography(text: str) -> str:
    """Narrow no-break space before ; : ! ? and inside « », quotes as guillemets; links kept."""
    kept: list[str] = []

    def keep(match: regex.Match[str]) -> str:
        kept.append(match.group())
        return f"\x00{len(kept) - 1}\x00"

    protected = _PROTECTED.sub(keep, text)
    protected = _QUOTED.sub(lambda m: f"«{m.group(1) or m.group(2)}»", protected)
    protected = _GUILLEMETS.sub(lambda m: f"«{NNBSP}{m.group(1)}{NNBSP}»", protected)

    def space(match: regex.Match[str]) -> str:
        start = match.start()
        if start == 0 or protected[start - 1] in "\n" or protected[start - 1] in ";:!?":
            return str(match.group(1))
        return NNBSP + str(match.group(1))

    protected = _SPACE_BEFORE_PUNCT.sub(space, protected)
    return str(regex.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], protected))


def french_typography_problems(text: str) -> list[str]:
    """Where a French text breaks its typography (what `french_typography` would change)."""
    fixed = french_typography(text)
    if fixed == text:
        return []
    for index, (a, b) in enumerate(zip(text, fixed, strict=False)):
        if a != b:
            return [f"French typography at {index}: {text[max(0, index - 12) : index + 8]!r}"]
    return ["French typography differs at the end"]


# British spelling -> American spelling, for the words Flambeau's own sentences use and the
# commonest others; whole words, case kept. Brief text (facts, messages) is never altered.
_GB_TO_US: dict[str, str] = {
    "neighbour": "neighbor", "neighbours": "neighbors", "neighbourhood": "neighborhood",
    "colour": "color", "colours": "colors", "favourite": "favorite", "favourites": "favorites",
    "behaviour": "behavior", "honour": "honor", "flavour": "flavor", "flavours": "flavors",
    "labour": "labor", "humour": "humor", "rumour": "rumor", "savour": "savor",
    "organise": "organize", "organised": "organized", "organising": "organizing",
    "recognise": "recognize", "realise": "realize", "prioritise": "prioritize",
    "personalise": "personalize", "personalised": "personalized", "optimise": "optimize",
    "centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter",
    "litre": "liter", "catalogue": "catalog", "dialogue": "dialog", "programme": "program",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "enrolment": "enrollment", "fulfil": "fulfill", "analyse": "analyze",
    "cheque": "check", "grey": "gray", "tyre": "tire", "tyres": "tires",
    "practise": "practice", "licence": "license", "defence": "defense",
    "judgement": "judgment", "ageing": "aging", "cosy": "cozy", "jewellery": "jewelry",
    "mum": "mom", "whilst": "while", "learnt": "learned", "spelt": "spelled",
}  # fmt: skip
_US_TO_GB: dict[str, str] = {us: gb for gb, us in _GB_TO_US.items() if us not in ("check", "program", "practice", "while", "learned", "spelled", "mom", "meter", "license")}  # fmt: skip
_WORD = regex.compile(r"(?<![\w/#@.])[^\W\d_]+(?![\w/])")


def _recase(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


def _convert(text: str, table: dict[str, str]) -> str:
    def swap(match: regex.Match[str]) -> str:
        word = match.group()
        target = table.get(word.lower())
        return _recase(target, word) if target else word

    return str(_WORD.sub(swap, text))


def localise_spelling(text: str, language: str) -> str:
    """Flambeau's own wording in the spelling of `language` ('en-US' or 'en-GB'; else as is)."""
    region = language.split("-")[1].upper() if "-" in language else ""
    if region == "US":
        return _convert(text, _GB_TO_US)
    if region in ("GB", "UK", "IE", "AU", "NZ"):
        return _convert(text, _US_TO_GB)
    return text


def spelling_problems(text: str, language: str) -> list[str]:
    """Words spelt the other side of the Atlantic from what `language` asks for."""
    region = language.split("-")[1].upper() if "-" in language else ""
    table = _GB_TO_US if region == "US" else _US_TO_GB if region in ("GB", "UK") else {}
    wrong = sorted({m.group() for m in _WORD.finditer(text) if m.group().lower() in table})
    return [f"{w!r} is not {language} spelling" for w in wrong]


_STOPWORDS = {
    "fr": set(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "du",
            "de",
            "et",
            "à",
            "au",
            "aux",
            "en",
            "pour",
            "par",
            "sur",
            "avec",
            "dans",
            "est",
            "sont",
            "vous",
            "nous",
            "votre",
            "vos",
            "notre",
            "nos",
            "ce",
            "cette",
            "ces",
            "qui",
            "que",
            "quoi",
            "ne",
            "pas",
            "plus",
            "on",
            "il",
            "elle",
            "ils",
            "leur",
            "leurs",
            "son",
            "sa",
            "ses",
            "se",
            "chez",
            "entre",
            "ou",
            "où",
            "mais",
            "donc",
            "car",
            "chaque",
            "tout",
            "tous",
            "très",
            "aussi",
            "été",
            "être",
            "avoir",
            "fait",
            "faire",
            "comme",
        ]
    ),
    "en": set(
        [
            "the",
            "a",
            "an",
            "and",
            "of",
            "to",
            "in",
            "for",
            "on",
            "with",
            "at",
            "by",
            "from",
            "is",
            "are",
            "be",
            "was",
            "were",
            "you",
            "your",
            "we",
            "our",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "who",
            "what",
            "which",
            "not",
            "no",
            "more",
            "all",
            "every",
            "each",
            "can",
            "will",
            "how",
            "why",
            "when",
            "there",
            "their",
            "they",
            "them",
            "us",
            "as",
            "or",
            "but",
            "so",
            "if",
            "into",
            "about",
            "just",
        ]
    ),
}


def detect_language(text: str) -> str | None:
    """'fr' or 'en' by their commonest words, None when the text says too little to tell."""
    words = [w.lower() for w in regex.findall(r"[^\W\d_]+", text)]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    other = min(scores, key=lambda lang: scores[lang])
    if scores[best] < 2 or scores[best] == scores[other]:
        return None
    return best


def is_language(text: str, lang: str) -> bool:
    """True unless the text is clearly in another language than `lang`."""
    found = detect_language(text)
    return found is None or found == lang or lang not in _STOPWORDS
