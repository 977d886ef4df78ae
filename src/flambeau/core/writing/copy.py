"""The pieces of one post before it is shaped for its channel, and the slot's writing context."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from flambeau.core.brief import Brief
from flambeau.core.channels import ChannelSpec, get_channel
from flambeau.core.disclosure import Disclosure
from flambeau.core.grounding import fold
from flambeau.core.post import Slot
from flambeau.core.writing.language import localise_spelling
from flambeau.core.writing.phrases import Phrasebook, phrasebook

_VOWEL_START = regex.compile(r"^[aeiouyàâäéèêëîïôöûüœæ]", regex.IGNORECASE)


@dataclass(frozen=True)
class Copy:
    """What a post says, piece by piece; `origin` tells which pieces a model wrote."""

    hook: str
    lead: str | None
    facts: tuple[str, ...]
    question: str | None = None
    closer: str | None = None
    cta: str | None = None  # the call to action words, without the link
    cta_template: str = "{cta}: {link}"
    hashtags: tuple[str, ...] = ()
    title: str = ""
    preheader: str = ""
    origin: dict[str, str] = field(default_factory=dict)  # piece -> "template" | model id
    choice: str = ""  # which variant this is, for provenance ("t3", "m1"...)
    fact_ids: tuple[int, ...] = ()  # which of the brief's facts the post carries
    params: dict[str, object] = field(default_factory=dict)  # model settings, when one wrote
    prompt_sha256: str | None = None

    def with_pieces(self, **changes: object) -> Copy:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def model_pieces(self) -> list[str]:
        """Pieces a model wrote or chose (the brief's own facts are not the model's)."""
        return sorted(p for p, who in self.origin.items() if who not in ("template", "brief"))

    @property
    def model_wrote(self) -> bool:
        return any(not self.origin[p].endswith(":chosen") for p in self.model_pieces)


@dataclass(frozen=True)
class Context:
    """Everything a writer needs for one slot; built once per slot by the engine."""

    brief: Brief
    slot: Slot
    spec: ChannelSpec
    link: str | None
    disclosures: tuple[Disclosure, ...]
    mentions: tuple[str, ...]  # sector mandatory mentions, appended to every post
    names: frozenset[str]  # folded words the brief writes as names (never lowercased)
    variant: int  # a stable per-slot number that rotates wording choices
    used_hooks: frozenset[str] = frozenset()  # opening lines the campaign already has
    used_openings: frozenset[str] = frozenset()  # how this channel's posts already open

    @property
    def lang(self) -> str:
        return self.brief.lang

    @property
    def phrases(self) -> Phrasebook:
        return phrasebook(self.brief.lang)

    def pick(self, options: tuple[str, ...], salt: int = 0) -> str:
        """One option, rotated by the slot so neighbouring posts differ."""
        return options[(self.variant + salt) % len(options)] if options else ""

    def lower_first(self, text: str) -> str:
        """`text` with its first letter lowered, unless it starts a name or an acronym."""
        first = regex.match(r"(?:[LlDd]['’])?([^\W\d_]+)", text)
        word = first.group(1) if first else ""
        if not word or fold(word) in self.names or (len(word) > 1 and word.isupper()):
            return text
        return text[0].lower() + text[1:]

    def fill(self, template: str, **values: str) -> str:
        """A phrase with its placeholders filled, French elision handled, spelling localised."""
        brief = self.brief
        message = self.slot.message.rstrip(" .!")
        base = {
            "brand": brief.brand.name,
            "campaign": brief.campaign.name,
            "message": message,
            "message_lc": self.lower_first(message),
            "cta": brief.campaign.call_to_action or "",
        }
        base.update(values)
        own = localise_spelling(template, brief.language)
        out = ""
        for piece in regex.split(r"(\{\w+\})", own):
            key = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
            if key is None or key not in base:
                out += piece
                continue
            value = base[key]
            if self.lang == "fr" and _VOWEL_START.match(value):
                out = regex.sub(r"(?<!\w)([dDlL]e|[qQ]ue) $", lambda m: m.group(1)[:-1] + "'", out)
            out += value
        return out


def sentence(text: str) -> str:
    """A brief's fragment as a sentence: capital first letter, one final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def name_words(brief: Brief) -> frozenset[str]:
    """Folded words the brief capitalises in mid-sentence, plus brand and partner words."""
    names: set[str] = set()
    texts = [*brief.facts, *brief.messages, brief.campaign.name]
    for text in texts:
        for match in regex.finditer(r"(?<=[\w,;] )[^\W\d_][\w'-]*", text):
            if match.group()[0].isupper():
                names.add(fold(match.group()))
    for proper in (brief.brand.name, brief.campaign.partner or ""):
        names.update(fold(w) for w in regex.findall(r"[^\W\d_]+", proper))
    return frozenset(names)


def context_for(
    brief: Brief,
    slot: Slot,
    *,
    link: str | None,
    disclosures: list[Disclosure],
    mentions: list[str],
    names: frozenset[str],
    used_hooks: frozenset[str] = frozenset(),
    used_openings: frozenset[str] = frozenset(),
) -> Context:
    digits = regex.sub(r"\D", "", slot.id) or "0"
    return Context(
        brief=brief,
        slot=slot,
        spec=get_channel(slot.channel),
        link=link,
        disclosures=tuple(disclosures),
        mentions=tuple(mentions),
        names=names,
        variant=int(digits) + slot.sequence,
        used_hooks=used_hooks,
        used_openings=used_openings,
    )
