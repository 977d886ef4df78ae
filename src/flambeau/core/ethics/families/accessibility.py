"""`accessibility.*`: alt text, contrast, CamelCase hashtags, emoji as words, capitals."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from flambeau.core.channels import CHANNELS
from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import PostSubject, TextSubject
from flambeau.core.ethics.text import say

_PLACEHOLDER_ALT = re.compile(
    r"^\s*(?:image|photo|picture|img|visuel|illustration|graphic|logo|untitled|sans titre|"
    r"[\w-]+\.(?:png|jpe?g|webp|gif))\s*\.?\s*$",
    re.IGNORECASE,
)


class AltText(Rule):
    id = "accessibility.alt_text"
    severity = Severity.BLOCK
    subjects = ("image",)
    languages = ("en", "fr")
    basis = "WCAG 2.2 SC 1.1.1 Non-text Content (level A)"
    title = "Image without a useful text alternative"
    description = (
        "Every image has alt text that says what it shows, within the channel's limit; "
        "'image', 'photo' or a file name is not alt text."
    )
    examples = (
        Example(
            lang="en",
            bad={"post": {"image": "images/p01.png", "alt_text": "image"}},
            good={
                "post": {
                    "image": "images/p01.png",
                    "alt_text": "A baker shaping a round loaf on a floured table.",
                }
            },
        ),
        Example(
            lang="fr",
            bad={"post": {"image": "images/p01.png", "alt_text": ""}},
            good={
                "post": {
                    "image": "images/p01.png",
                    "alt_text": "Une boulangère façonne une miche sur un plan fariné.",
                }
            },
        ),
    )

    def check(self, subject: PostSubject) -> Iterator[Hit]:
        post = subject.post
        if not post.image:
            return
        alt = (post.alt_text or "").strip()
        if not alt or _PLACEHOLDER_ALT.match(alt):
            yield Hit(
                say(
                    subject.lang,
                    "The image has no alt text that describes it.",
                    "L'image n'a pas de texte alternatif qui la décrive.",
                ),
                suggestion=say(
                    subject.lang,
                    "Describe what the image shows in one sentence.",
                    "Décrivez en une phrase ce que montre l'image.",
                ),
            )
            return
        spec = CHANNELS.get(post.channel)
        if spec is not None and spec.alt_text_limit and len(alt) > spec.alt_text_limit:
            yield Hit(
                say(
                    subject.lang,
                    f"Alt text is {len(alt)} characters; {spec.name} keeps {spec.alt_text_limit}.",
                    f"Le texte alternatif fait {len(alt)} caractères ; {spec.name} en garde "
                    f"{spec.alt_text_limit}.",
                ),
                suggestion=say(
                    subject.lang, "Shorten it to the essentials.", "Réduisez-le à l'essentiel."
                ),
            )


class Contrast(Rule):
    id = "accessibility.contrast"
    severity = Severity.WARN
    subjects = ("image",)
    basis = "WCAG 2.2 SC 1.4.3 Contrast (Minimum), level AA"
    title = "Text on the image below 4.5:1 contrast"
    description = (
        "Text drawn on a visual keeps a contrast ratio of at least 4.5:1 with its "
        "background. The painter measures it and records `min_contrast` in the image metadata."
    )
    examples = (
        Example(
            bad={
                "post": {
                    "image": "images/p01.png",
                    "alt_text": "A loaf.",
                    "extra": {"image": {"min_contrast": 2.1}},
                }
            },
            good={
                "post": {
                    "image": "images/p01.png",
                    "alt_text": "A loaf.",
                    "extra": {"image": {"min_contrast": 7.3}},
                }
            },
        ),
    )

    def check(self, subject: PostSubject) -> Iterator[Hit]:
        value = subject.image_meta().get("min_contrast")
        if not subject.post.image or not isinstance(value, int | float):
            return
        if value < 4.5:
            yield Hit(
                say(
                    subject.lang,
                    f"Overlay text contrast is {value:.1f}:1, below 4.5:1.",
                    f"Le contraste du texte sur l'image est de {value:.1f}:1, sous 4,5:1.",
                ),
                suggestion=say(
                    subject.lang,
                    "Use the darkest brand colour behind the text.",
                    "Placez le texte sur la couleur de marque la plus foncée.",
                ),
            )


_HASHTAG = regex.compile(r"(?<![\w#])#(\w{2,})")


class CamelCaseHashtags(Rule):
    id = "accessibility.camelcase_hashtags"
    severity = Severity.INFO
    subjects = ("text", "post")
    basis = "WCAG 2.2 SC 3.1 Readable (screen readers read #CamelCase word by word)"
    title = "Long hashtag not in CamelCase"
    description = (
        "A screen reader reads #harbourfoodbank as one unknown word, and #HarbourFoodBank "
        "as three. Long one-case hashtags are written in CamelCase."
    )
    examples = (
        Example(
            bad="Thank you all! #harbourfoodbankvolunteers",
            good="Thank you all! #HarbourFoodBankVolunteers",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        if "#" not in subject.text:
            return
        for match in _HASHTAG.finditer(subject.text):
            body = match[1]
            letters = [ch for ch in body if ch.isalpha()]
            if len(letters) < 12 or not (body.islower() or body.isupper()):
                continue
            yield Hit(
                say(
                    subject.lang,
                    f"#{body} reads as one long word to a screen reader.",
                    f"#{body} est lu d'un seul bloc par un lecteur d'écran.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Capitalise each word (#LikeThis).",
                    "Mettez une majuscule à chaque mot (#CommeCeci).",
                ),
            )


_EMOJI = r"(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})[\uFE0F\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}]*"
_FUNCTION_WORDS = (
    r"i|we|you|they|the|a|an|my|your|our|to|of|and|for|with|in|le|la|les|un|une|du|des|de|mon|"
    r"ma|mes|ton|ta|notre|votre|je|on|nous|vous|j'|et|pour|avec|en|au|aux"
)
_EMOJI_WORD = regex.compile(rf"(?i:\b(?:{_FUNCTION_WORDS})) ({_EMOJI})(?= \w)")
_EMOJI_RUN = regex.compile(rf"(?:{_EMOJI}\s?){{4,}}")


class EmojiAsWords(Rule):
    id = "accessibility.emoji_as_words"
    severity = Severity.INFO
    subjects = ("text", "post")
    basis = "WCAG 2.2 SC 1.1.1; emoji are read out by name ('red heart')"
    title = "Emoji used in place of words, or in long runs"
    description = (
        "'I ❤️ Lyon' is read 'I red heart Lyon'; a run of four emoji is read as a string of "
        "names. Use words, and emoji as decoration at the end."
    )
    examples = (Example(bad="We ❤️ our volunteers 🙌🙌🙌🙌", good="We love our volunteers. 🙌"),)

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        text = subject.text
        if text.isascii():
            return
        for match in _EMOJI_WORD.finditer(text):
            yield Hit(
                say(
                    subject.lang,
                    "An emoji stands for a word; screen readers read its name.",
                    "Un emoji remplace un mot ; les lecteurs d'écran lisent son nom.",
                ),
                match.start(1),
                match.end(1),
                say(
                    subject.lang,
                    "Write the word; keep emoji for decoration.",
                    "Écrivez le mot ; gardez les emoji pour décorer.",
                ),
            )
        for match in _EMOJI_RUN.finditer(text):
            yield Hit(
                say(
                    subject.lang,
                    "A long run of emoji is read out one name after another.",
                    "Une longue suite d'emoji est lue nom après nom.",
                ),
                match.start(),
                match.end(),
                say(subject.lang, "Keep one emoji.", "Gardez un seul emoji."),
            )


_CAPS_HINT = re.compile(r"[A-ZÀ-Þ]{2,}\W+[A-ZÀ-Þ]{2,}")
_CAPS_WALL = regex.compile(r"(?<!\w)(?:\p{Lu}{2,}[\s,;:.!?'’&-]+){3,}\p{Lu}{2,}(?!\w)")


class AllCaps(Rule):
    id = "accessibility.all_caps"
    severity = Severity.INFO
    subjects = ("text", "post")
    basis = "WCAG 2.2 SC 1.4.8 Visual Presentation; BDA Dyslexia Style Guide"
    title = "Wall of capitals"
    description = (
        "Four or more words in capitals are hard to read (especially with dyslexia), and "
        "some screen readers spell them out letter by letter."
    )
    examples = (
        Example(
            lang="en",
            bad="FREE SAFETY CHECK FOR EVERY BIKE this week.",
            good="Free safety check for every bike this week.",
        ),
        Example(
            lang="fr",
            bad="UN ATELIER LEVAIN CHAQUE SAMEDI à 10h.",
            good="Un atelier levain chaque samedi à 10h.",
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        text = subject.text
        if not _CAPS_HINT.search(text):
            return
        for match in _CAPS_WALL.finditer(text):
            yield Hit(
                say(
                    subject.lang,
                    "A run of words in capitals is hard to read.",
                    "Une suite de mots en capitales se lit mal.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    "Write it in sentence case; use bold or a title instead.",
                    "Écrivez-la en minuscules ; préférez le gras ou un titre.",
                ),
            )


RULES: tuple[type[Rule], ...] = (AltText, Contrast, CamelCaseHashtags, EmojiAsWords, AllCaps)
