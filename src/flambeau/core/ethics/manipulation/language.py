"""Fast English/French guess from stop words and accents."""

from __future__ import annotations

import re

from flambeau.core.ethics.manipulation.normalise import fold

_FR_WORDS = (
    "le la les des du de un une et est sont pour pas vous nous votre vos notre nos avec dans sur "
    "ce cette ces cet qui que au aux ne plus mais ou il elle ils elles je tu ton ta tes mon ma mes "
    "leur leurs chez par sans tout tous toute toutes tres deja aussi comme merci non oui bonjour "
    "jusqu demain soir ici c d l j n qu s m t y en rien seulement encore avant apres offre "
    "livraison commande prix gratuit gratuite jour jours heures minuit maintenant moins mois "
    "semaine si ete aujourd hui notre vite voici chaque"
)
_EN_WORDS = (
    "the an and is are to of for you your we our with this that it in on at be not don't dont "
    "won't can't it's you're we're i'm by from all just only now today tonight get more no yes "
    "thanks here what who how when will would can has have do does off out up so if or but my me "
    "they their them its was been than there free shop order day days every new week left"
)
_FR = frozenset(_FR_WORDS.split())
_EN = frozenset(_EN_WORDS.split())
_ELISION = frozenset(("l'", "d'", "n'", "j'", "c'", "s'", "m'", "t'", "qu"))
_WORD = re.compile(r"[a-z']+")
_FRENCH_LETTERS = re.compile(r"[éèêàùâîôûçëïœ]", re.IGNORECASE)
_SAMPLE = 600  # characters: enough to decide, cheap on long texts


def detect_language(text: str) -> str:
    """Return "fr" or "en" for a marketing text (ties go to English)."""
    return detect_folded(text, fold(text[:_SAMPLE]))


def detect_folded(text: str, folded: str) -> str:
    """`detect_language` for a text whose folded form (or its start) is already at hand."""
    sample = text[:_SAMPLE]
    score = 0.5 * min(len(_FRENCH_LETTERS.findall(sample)), 6)
    for word in _WORD.findall(folded[:_SAMPLE]):
        if word in _FR or ("'" in word and word[:2] in _ELISION):
            score += 1.0
        elif word in _EN:
            score -= 1.0
    return "fr" if score > 0 else "en"
