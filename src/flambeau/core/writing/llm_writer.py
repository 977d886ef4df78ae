"""The LLM writer: a model writes short pieces (an opening line), Flambeau checks and assembles.

A small model invents facts and repeats itself, so it is never trusted with the post: it
writes one sentence at a time, each sentence is screened (language, claims, avoided words,
topic, repetition), and survivors are set into template variants that carry the brief's
own facts. Where a model cannot write a language at all (SmolLM2 in French), it only
chooses among the phrasebook's lines, and provenance says so.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from pydantic import BaseModel

from flambeau.core.grounding import fold, unsupported_claims
from flambeau.core.writing.copy import Context, Copy, sentence
from flambeau.core.writing.language import is_language, localise_spelling
from flambeau.core.writing.models import TextModel, load_text_model, prompt_digest
from flambeau.core.writing.template import template_copy
from flambeau.core.writing.validators import avoid_pattern, repeated_ngrams
from flambeau.core.writing.variety import hook_key, opening_key, similarity

# Languages a model writes too poorly to publish (measured: SmolLM2-135M's French is not
# French). For these, a steerable model chooses among written lines instead.
WEAK_LANGUAGES: dict[str, set[str]] = {"SmolLM2": {"fr"}}

_ANGLE_ASK = {
    "en": {
        "announcement": "a short, clear announcement sentence",
        "tip": "one practical tip, as a single sentence",
        "story": "one warm sentence that tells why this matters",
        "behind-the-scenes": "one sentence that shows how the team works",
        "question": "one friendly question for followers",
        "how-to": "one sentence that explains how to get started",
        "thank-you": "one warm sentence of thanks",
    },
    "fr": {
        "announcement": "une phrase d'annonce courte et claire",
        "tip": "un conseil pratique, en une phrase",
        "story": "une phrase chaleureuse qui dit pourquoi c'est important",
        "behind-the-scenes": "une phrase qui montre comment l'équipe travaille",
        "question": "une question amicale pour les abonnés",
        "how-to": "une phrase qui explique comment commencer",
        "thank-you": "une phrase chaleureuse de remerciement",
    },
}
_ECHO = regex.compile(
    r"(?i)\b(sentences?|social media|posts?|message|announcements?|hashtags?|phrases?|publication|"
    r"réseaux sociaux|assistant|as an ai|copywriter|rédacteur|instagram|linkedin|tweet|"
    r"customers?|clients?|product|platform|world|nation|country|blessed)\b"
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Share of a sentence's content words the brief never uses, above which it is invention.
MAX_NOVELTY = 0.4
_COMMON = _word_set(
    """friendly simple together local community little small easy help helps helping team every
    often better great warm welcome people time times make makes making start starts right
    ready share sharing thanks thank support season neighbour neighbor neighbours neighbors
    care about feel keep want need find learn ensemble simple petit petite temps partager
    aider equipe merci saison chaque mieux bien that this with what also just being their
    there them they then than from have been were will would could should more most some
    such your yours into over very much many when where which while about after before again
    always because here only other same these those until does doing done made each both even
    ever well still really thing things ways going gets avec cette dans pour plus mais elle
    nous vous leur tout tous tres aussi sont etait etre avoir fait faire comme encore quand
    alors sans sous chez entre votre notre"""
)
_FIRST_PERSON = {"en": r"(?i)\b(i|i'm|i've|my|me|mine)\b", "fr": r"(?i)\b(je|j'|moi|mon|ma|mes)\b"}
_NEGATION = {
    "en": r"(?i)(\bnot\b|\bnever\b|n['’]t\b|\bimpossible\b|\bcannot\b)",
    "fr": r"(?i)\b(pas|jamais|impossible)\b",
}
# Comparisons and money talk a small model makes up: "more expensive", "cheaper than".
_COMPARATIVE = {
    "en": r"(?i)\b(?:more|less|fewer)\s+\w+|\b\w+er\s+than\b|\b(?:cheap\w*|expensive|"
    r"affordable|discount\w*|save\w*|saving\w*|free|bargain|price\w*|cost\w*)\b",
    "fr": r"(?i)\b(?:plus|moins)\s+\w+|\b(?:gratuit\w*|économ\w*|prix|pas cher|moins cher)\b",
}
# Amounts and times said in words: a claim like a digit, unless a fact says it.
_NUMBER_WORDS = {
    "en": r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"hundred|thousand|million|billion|dozen|half|today|tomorrow|tonight|yesterday|hours?|"
    r"minutes?|weekend)\b",
    "fr": r"(?i)\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|millions?|"
    r"demie?|aujourd['’]hui|demain|heures?|minutes?)\b",
}
_STEM = regex.compile(r"[^\W\d_]{3,}")
_SHORT_FUNCTION = _word_set(
    "the and for you our are was but not its can may all any one how who why out get got has "
    "had his her she him too yet use les des une est pas par sur qui que aux ses son nos vos "
    "let new way day"
)


# Words the screen would reject, kept from being sampled at all (a steerable model only).
_BANNED = {
    "en": """I I'm I've I'd I'll my My me mine myself not Not never Never n't 't n’t ’t cannot
    impossible sentence sentences post posts message announcement hashtag hashtags social media
    assistant customer customers client clients product products platform world nation country blessed
    Instagram LinkedIn tweet more less fewer cheap cheaper cheapest expensive affordable
    discount save saving savings free Free bargain price prices cost costs best greatest
    finest perfect ultimate unique leading proven guaranteed only most latest newest
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    million billion dozen half today tomorrow tonight yesterday hour hours minute minutes
    weekend""",
    "fr": """je Je j' moi mon ma mes pas jamais impossible plus moins gratuit prix meilleur
    parfait garanti seul deux trois quatre cinq six sept huit neuf dix cent mille million
    demi aujourd'hui demain ce soir heure heures minute minutes""",
}


def banned_words(ctx: Context) -> frozenset[str]:
    """Words a steerable model may not sample here: what the screen rejects, unless the brief
    itself says it, and the brand's avoided words."""
    brief = ctx.brief
    given = set(fold(" ".join([*brief.facts, *brief.messages, ctx.slot.message])).split())
    words = {w for w in _BANNED.get(ctx.lang, "").split() if fold(w) not in given}
    words |= {w for phrase in brief.brand.avoid for w in (phrase, phrase.capitalize())}
    return frozenset(words)


def _stems(text: str) -> set[str]:
    """Content-word stems (first five letters, folded); short function words left out."""
    words = (fold(w) for w in _STEM.findall(text))
    return {w[:5] for w in words if w not in _SHORT_FUNCTION}


def clean_sentence(raw: str) -> str | None:
    """The model's first complete sentence, stripped of list marks and quotes; None if none."""
    text = raw.strip().strip("\"'“”«»*` ")
    text = regex.sub(
        r"^(?:[-•*]\s+|\d+[.)]\s+|(?:sentence|phrase|answer|réponse)\s*:\s*)",
        "",
        text,
        flags=regex.IGNORECASE,
    )
    match = regex.match(r"(.+?[.!?])[\"'”»*]*(?:\s|$)", text)
    if not match:
        return None
    sentence = match.group(1).strip().strip("\"'“”«»*` ")
    sentence = regex.sub(r"\s+", " ", sentence)
    if sentence and sentence[0].islower():
        sentence = sentence[0].upper() + sentence[1:]
    return sentence or None


def screen_sentence(ctx: Context, sentence: str, *, question: bool) -> list[str]:
    """Why a model's sentence cannot be used (empty when it can)."""
    brief, lang = ctx.brief, ctx.lang
    problems = []
    words = regex.findall(r"[^\W_]+", sentence)
    if not 5 <= len(words) <= 30:
        problems.append(f"{len(words)} words")
    if regex.search(r"\p{N}|https?:|www\.|[#@]|\p{Extended_Pictographic}", sentence):
        problems.append("digits, links, tags or emoji")
    if _ECHO.search(sentence) or regex.search(_FIRST_PERSON.get(lang, "$^"), sentence):
        problems.append("echoes the instructions or speaks as 'I'")
    negation = _NEGATION.get(lang, "$^")
    if regex.search(negation, sentence) and not regex.search(negation, ctx.slot.message):
        problems.append("negates")
    if regex.search(r"(?<=\w), (?:A|An|The|This|That) ", sentence):
        problems.append("a new sentence starts after a comma")
    quotes = sentence.count('"') % 2 or sentence.count("“") != sentence.count("”")
    if quotes or regex.search(r"(?<!\w)['’]\w|\.\.|…|^\w{1,3}:", sentence):
        problems.append("a word is missing (a stray apostrophe or an ellipsis)")
    if question != sentence.endswith("?"):
        problems.append("question expected" if question else "not a statement")
    if not is_language(sentence, lang):
        problems.append("wrong language")
    comparative = _COMPARATIVE.get(lang)
    if comparative:
        given = fold(" ".join([*brief.facts, *brief.messages]))
        for match in regex.finditer(comparative, sentence):
            if fold(match.group()) not in given:
                problems.append(f"compares or prices without a fact ({match.group()!r})")
    given_words = fold(" ".join([*brief.facts, *brief.messages]))
    for match in regex.finditer(_NUMBER_WORDS.get(lang, "$^"), sentence):
        if not regex.search(rf"\b{regex.escape(fold(match.group()))}\b", given_words):
            problems.append(f"an amount or time no fact gives ({match.group()!r})")
    claims = unsupported_claims(sentence, brief=brief)
    problems += [f"unsupported {c.kind} {c.text!r}" for c in claims]
    folded = fold(sentence)
    problems += [
        f"avoided word {w!r}" for w in brief.brand.avoid if avoid_pattern(w).search(folded)
    ]
    if repeated_ngrams(sentence, 2):
        problems.append("repeats itself")
    topic = _stems(ctx.slot.message) | _stems(" ".join(brief.facts))
    own = _stems(sentence)
    common = {w[:5] for w in _COMMON}
    if len(own - _stems(ctx.slot.message) - common) < (1 if question else 2):
        problems.append("only restates the message")
    if not own & topic:
        problems.append("off topic")
    known = topic | _stems(
        " ".join(
            [
                *brief.messages,
                *brief.brand.voice,
                brief.campaign.name,
                brief.brand.name,
                brief.campaign.call_to_action or "",
            ]
        )
    )
    known |= common
    novel = own - known
    if own and len(novel) / len(own) > MAX_NOVELTY:
        problems.append(f"invents too much ({', '.join(sorted(novel)[:4])})")
    return problems


class LlmWriter:
    """Model-written opening lines in template variants; the template floor when none passes."""

    name: ClassVar[str] = "llm"

    class Options(BaseModel):
        samples: int = 5  # sentences asked per post (at most; the first sound one is kept)
        max_tokens: int = 28
        # Measured on the shared briefs: cooler samples pass the screen far more often.
        temperatures: tuple[float, ...] = (0.4, 0.6, 0.8, 0.5, 0.7)
        variants: int = 4  # template variants kept as the floor

    def __init__(
        self,
        model_id: str,
        options: LlmWriter.Options | None = None,
        *,
        model: TextModel | None = None,
    ) -> None:
        self.options = options or self.Options()
        self.model: TextModel = model or load_text_model(model_id)

    @property
    def model_id(self) -> str:
        return self.model.model_id

    @property
    def label(self) -> str:
        return f"llm:{self.model.model_id}"

    def _weak(self, lang: str) -> bool:
        return lang in WEAK_LANGUAGES.get(self.model.model_id, set())

    def candidates(self, ctx: Context, usage: dict[int, int]) -> list[Copy]:
        floor = [template_copy(ctx, salt, usage) for salt in range(self.options.variants)]
        written = [] if self._weak(ctx.lang) else self._written(ctx, floor)
        chosen = self._chosen(ctx, floor) if self.model.steerable and not written else []
        return [*written, *chosen, *floor]

    def _prompts(self, ctx: Context) -> tuple[str, str]:
        brief, lang = ctx.brief, ctx.lang
        asks = _ANGLE_ASK.get(lang, _ANGLE_ASK["en"])
        ask = asks.get(ctx.slot.angle, asks["announcement"])
        voice = ", ".join(brief.brand.voice) or ("warm" if lang != "fr" else "chaleureux")
        if lang == "fr":
            system = (
                f"Tu écris pour {brief.brand.name}, sur un ton {voice}. Une seule phrase simple, "
                "en français. Jamais de chiffres, de prix, de dates, de noms ni de lieux."
            )
            prompt = f"Écris {ask} sur ce thème : {ctx.slot.message}."
        else:
            system = (
                f"You write social media posts for {brief.brand.name}. Voice: {voice}. "
                "Write one plain sentence. Never mention numbers, prices, dates, people or places."
            )
            prompt = f"Write {ask} about: {ctx.slot.message}."
        if not self.model.local:
            facts = "\n".join(f"- {f}" for f in brief.facts)
            prompt += f"\nFacts (add no others):\n{facts}\nReply with the sentence only."
        elif self.model.steerable:
            # The brief's facts as background (their digits cannot be sampled): the model
            # then writes about this brand's subject, in its words, instead of inventing one.
            about = " ".join(sentence(f) for f in brief.facts)
            system += (
                f" À propos de {brief.brand.name} : {about}"
                if lang == "fr"
                else (f" About {brief.brand.name}: {about}")
            )
        return system, prompt

    @staticmethod
    def _prefix(ctx: Context, index: int) -> str:
        """How a steerable model's answer starts: the message itself, or a question opener.
        (Measured: angle openers such as "A simple tip:" on retries lowered the share.)"""
        if ctx.slot.angle == "question":
            openers = ("How do you", "What's your", "Have you ever")
            return openers[(index + ctx.variant) % len(openers)]
        message = ctx.slot.message.rstrip(" .")
        if index > 0 or opening_key(message) in ctx.used_openings:
            return ""  # this channel already opened a post with the message's words
        return message

    def _written(self, ctx: Context, floor: list[Copy]) -> list[Copy]:
        system, prompt = self._prompts(ctx)
        question = ctx.slot.angle == "question"
        seen: set[str] = set()
        copies: list[Copy] = []
        base_seed = sum(map(ord, ctx.slot.id)) * 7919 + ctx.slot.sequence
        avoid = banned_words(ctx) if self.model.steerable else frozenset()
        for index in range(self.options.samples):
            if copies:
                break  # one sound sentence is enough: the ranking has its template rivals
            temperature = self.options.temperatures[index % len(self.options.temperatures)]
            prefix = self._prefix(ctx, index) if self.model.steerable else ""
            params = {
                "temperature": temperature,
                "max_tokens": self.options.max_tokens,
                "seed": base_seed + index,
                "prefix": bool(prefix),
            }
            raw = self.model.generate(
                system=system,
                prompt=prompt,
                prefix=prefix,
                temperature=temperature,
                max_tokens=self.options.max_tokens,
                seed=base_seed + index,
                avoid=avoid,
            )
            sentence = clean_sentence(raw)
            if sentence is None or fold(sentence) in seen:
                continue
            added = len(regex.findall(r"[^\W_]+", sentence)) - len(
                regex.findall(r"[^\W_]+", prefix)
            )
            if added < 4:
                continue  # the model stopped at our prefix: nothing of its own
            seen.add(fold(sentence))
            sentence = localise_spelling(sentence, ctx.brief.language)
            if (
                screen_sentence(ctx, sentence, question=question)
                or hook_key(sentence) in ctx.used_hooks
            ):
                continue
            base = floor[index % len(floor)]
            carries_message = similarity(sentence, ctx.slot.message) >= 0.25
            lead = None if carries_message else ctx.fill(ctx.pick(ctx.phrases.leads, index))
            origin = {**base.origin, "hook": self.model.model_id}
            if lead is None:
                origin.pop("lead", None)
            if question:
                copies.append(
                    base.with_pieces(
                        question=sentence,
                        origin={**base.origin, "question": self.model.model_id},
                        choice=f"m{index}",
                        params=params,
                        prompt_sha256=prompt_digest(system, prompt, prefix),
                    )
                )
                continue
            copies.append(
                base.with_pieces(
                    hook=sentence,
                    lead=lead,
                    origin=origin,
                    choice=f"m{index}",
                    params=params,
                    prompt_sha256=prompt_digest(system, prompt, prefix),
                )
            )
        return copies

    def _chosen(self, ctx: Context, floor: list[Copy]) -> list[Copy]:
        """The model picks the opening line that suits the message best, among written ones."""
        options = [
            h for h in dict.fromkeys(c.hook for c in floor) if hook_key(h) not in ctx.used_hooks
        ]
        if len(options) < 2:
            return []
        system = f"Tu choisis la meilleure accroche pour {ctx.brief.brand.name}."
        if ctx.lang != "fr":
            system = f"You pick the best opening line for {ctx.brief.brand.name}."
        prompt = f"{ctx.slot.message}"
        seed = sum(map(ord, ctx.slot.id))
        index = self.model.choose(system=system, prompt=prompt, options=options, seed=seed)
        hook = options[index]
        base = next(c for c in floor if c.hook == hook)
        origin = {**base.origin, "hook": f"{self.model.model_id}:chosen"}
        return [
            base.with_pieces(
                origin=origin,
                choice=f"c{index}",
                params={"mode": "choice", "options": len(options), "seed": seed},
                prompt_sha256=prompt_digest(system, prompt, *options),
            )
        ]
