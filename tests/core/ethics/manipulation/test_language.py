"""Language guessing: stop words and accents, robust to capitals, missing accents and emoji."""

from __future__ import annotations

from typing import Any

import pytest

from flambeau.core.ethics.manipulation import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hurry! Only 3 spots left for Saturday's workshop.", "en"),
        ("Dépêchez-vous ! Plus que 2 places pour l'atelier de samedi !", "fr"),
        ("DERNIERE CHANCE ! L'OFFRE EXPIRE A MINUIT", "fr"),
        ("Depechez vous, fin de l'offre a minuit", "fr"),
        ("Non merci", "fr"),
        ("No thanks", "en"),
        ("🔥🔥 Selling fast 🔥🔥", "en"),
        ("Café crème and croissants every morning at our bakery.", "en"),
        ("Le brunch du dimanche, c'est notre best-seller.", "fr"),
        ("", "en"),
    ],
)
def test_detects_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detection_is_accurate_on_the_corpus(labelled: list[dict[str, Any]]) -> None:
    wrong = [row["text"] for row in labelled if detect_language(row["text"]) != row["lang"]]
    assert len(wrong) <= 0.02 * len(labelled), wrong
