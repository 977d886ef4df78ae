"""Fast English/French guess from stop words and accents."""

from __future__ import annotations

import re

from flambeau.core.ethics.manipulation.normalise import fold

_FR = frozenset(
    "le la les des du de un une et est sont pour pas vous nous votre vos notre nos avec dans sur "
    "ce cette ces qui que au aux ne plus mais ou il elle ils elles on je tu ton ta tes mon ma mes "
    "leur leurs chez par sans tout tous toute toutes tres deja aussi comme merci non oui bonjour "
    "jusqu demain soir ici c d l j n qu s m t y en rien seulement encore avant apres".split()
)
_EN = frozenset(
    "the a an and is are to of for you your we our with this that it in on at be not don't dont "
    "won't can't it's you're we're i'm by from all just only now today get more no yes thanks "
    "here what who how when will would can has have do does off out up so if or but my me they "
    "their them its was been than there".split()
)
_WORD = re.compile(r"[a-z']+")
_FRENCH_LETTERS = re.compile(r"[éèêàùâîôûçëïœ]", re.IGNORECASE)


def detect_language(text: str) -> str:
    """Return "fr" or "en" for a marketing text (ties go to English)."""
    folded = fold(text[:2000])
    score = 0.0
    for word in _WORD.findall(folded):
        if "'" in word and word[:2] in {"l'", "d'", "n'", "j'", "c'", "s'", "m'", "t'", "qu"}:
            score += 1.0
            continue
        if word in _FR:
            score += 1.0
        elif word in _EN:
            score -= 1.0
    score += 0.5 * min(len(_FRENCH_LETTERS.findall(text[:2000])), 6)
    return "fr" if score > 0 else "en"
