"""`brand.*`: the words the brand's `avoid` list bans, and copy that shouts at a calm voice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import TextSubject
from flambeau.core.ethics.text import fold, say


@lru_cache(maxsize=256)
def avoid_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Folded avoid words on word boundaries, allowing plural and feminine endings."""
    parts = sorted({re.escape(fold(w.strip())) for w in words if w.strip()}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?:s|es|x|e)?(?!\w)")


def _drop(text: str, start: int, end: int) -> str:
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    joined = f"{before} {after}" if before and after and after[0].isalnum() else before + after
    return joined[:1].upper() + joined[1:] if start == 0 else joined


class AvoidWords(Rule):
    id = "brand.avoid_words"
    severity = Severity.WARN
    subjects = ("text", "post")
    languages = ("en", "fr")
    needs_brief = True
    basis = "The brief's brand.avoid list"
    title = "Word the brand avoids"
    description = (
        "The brand's `avoid` list names words its content never uses; they are matched "
        "ignoring case and accents, on word boundaries, plural and feminine forms included."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {"brand": {"avoid": ["epic", "game-changer"]}},
                "text": "An EPIC tune-up: a real game-changer.",
            },
            good={
                "brief": {"brand": {"avoid": ["epic", "game-changer"]}},
                "text": "A 20-minute tune-up: brakes, gears, tyres and chain.",
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {"brand": {"avoid": ["incroyable", "révolutionnaire"]}},
                "text": "Des ateliers Incroyables et une méthode revolutionnaire.",
            },
            good={
                "brief": {"brand": {"avoid": ["incroyable", "révolutionnaire"]}},
                "text": "Des ateliers de deux heures, huit personnes au plus.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        assert subject.brief is not None
        pattern = avoid_pattern(tuple(subject.brief.brand.avoid))
        if pattern is None:
            return
        for match in pattern.finditer(subject.folded):
            word = subject.text[match.start() : match.end()]
            yield Hit(
                say(
                    subject.lang,
                    f"“{word}” is on the brand's avoid list.",
                    f"« {word} » fait partie des mots que la marque évite.",
                ),
                match.start(),
                match.end(),
                say(
                    subject.lang,
                    f"Drop it and let a fact speak: “{_drop(subject.text, *match.span())}”",
                    f"Retirez-le et laissez parler un fait : « {_drop(subject.text, *match.span())} »",
                ),
            )


_CALM = re.compile(
    r"(?<!\w)(?:calm|low-key|quiet|respectful|understated|sober|measured|precise|expert|"
    r"calme|pose|posee|sobre|precis|precise|respectueux|respectueuse|discret|discrete|mesure)"
    r"(?!\w)"
)
_SHOUT = re.compile(r"!{2,}|(?:![^!]*){3,}")


class VoiceDrift(Rule):
    id = "brand.voice_drift"
    severity = Severity.INFO
    subjects = ("text", "post")
    languages = ("en", "fr")
    needs_brief = True
    basis = "The brief's brand.voice"
    title = "Copy that shouts at a calm brand voice"
    description = (
        "A brand whose voice is calm, precise or low-key does not stack exclamation marks; "
        "the copy has drifted from the voice the brief asks for."
    )
    examples = (
        Example(
            lang="en",
            bad={
                "brief": {"brand": {"voice": ["calm", "expert"]}},
                "text": "Close your books faster!!! Join us!",
            },
            good={
                "brief": {"brand": {"voice": ["calm", "expert"]}},
                "text": "Close your books faster: join the webinar on Thursday.",
            },
        ),
        Example(
            lang="fr",
            bad={
                "brief": {"brand": {"voice": ["précis", "chaleureux"]}},
                "text": "Venez pétrir avec nous !!!",
            },
            good={
                "brief": {"brand": {"voice": ["précis", "chaleureux"]}},
                "text": "Venez pétrir avec nous samedi à 10h.",
            },
        ),
    )

    def check(self, subject: TextSubject) -> Iterator[Hit]:
        assert subject.brief is not None
        if "!" not in subject.text or not _CALM.search(fold(" ".join(subject.brief.brand.voice))):
            return
        match = _SHOUT.search(subject.text)
        if match is None:
            return
        yield Hit(
            say(
                subject.lang,
                "Stacked exclamation marks drift from the brand's calm voice.",
                "Les points d'exclamation en série s'écartent de la voix posée de la marque.",
            ),
            match.start(),
            match.end(),
            say(
                subject.lang,
                "End on a full stop and let the facts carry the energy.",
                "Terminez par un point et laissez les faits porter le message.",
            ),
        )


RULES: tuple[type[Rule], ...] = (AvoidWords, VoiceDrift)
