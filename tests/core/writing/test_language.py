"""French typography, British and American spelling, language detection."""

from __future__ import annotations

import pytest

from flambeau.core.writing.language import (
    NNBSP,
    detect_language,
    french_typography,
    french_typography_problems,
    localise_spelling,
    spelling_problems,
)


@pytest.mark.parametrize(
    ("raw", "typeset"),
    [
        ("Réservez : ici", f"Réservez{NNBSP}: ici"),
        ("Vraiment ? Oui !", f"Vraiment{NNBSP}? Oui{NNBSP}!"),
        ("Un ; deux", f"Un{NNBSP}; deux"),
        ("Bravo!", f"Bravo{NNBSP}!"),
        ('Il a dit "bonjour" hier', f"Il a dit «{NNBSP}bonjour{NNBSP}» hier"),
        ("« levain »", f"«{NNBSP}levain{NNBSP}»"),
        ("Quoi ?!", f"Quoi{NNBSP}?!"),
    ],
)
def test_french_typography(raw: str, typeset: str) -> None:
    assert french_typography(raw) == typeset
    assert french_typography(typeset) == typeset  # idempotent
    assert french_typography_problems(typeset) == []


def test_french_typography_leaves_links_times_and_hashtags_alone() -> None:
    text = "Lien : https://x.example/a?b=1&c=2 à 10:30 #Levain"
    assert french_typography(text) == f"Lien{NNBSP}: https://x.example/a?b=1&c=2 à 10:30 #Levain"


def test_typography_problems_point_at_the_spot() -> None:
    assert french_typography_problems("Réservez : ici")


@pytest.mark.parametrize(
    ("gb", "us"),
    [
        ("Our favourite neighbours", "Our favorite neighbors"),
        ("Organise the centre", "Organize the center"),
    ],
)
def test_spelling_follows_the_region(gb: str, us: str) -> None:
    assert localise_spelling(gb, "en-US") == us
    assert localise_spelling(us, "en-GB") == gb
    assert localise_spelling(gb, "en") == gb
    assert spelling_problems(gb, "en-US") and not spelling_problems(us, "en-US")
    assert spelling_problems(us, "en-GB") and not spelling_problems(gb, "en-GB")


def test_spelling_keeps_capitals_and_links() -> None:
    assert localise_spelling("Colour https://x.example/colour", "en-US") == (
        "Color https://x.example/colour"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un atelier pour apprendre à faire son levain avec nous", "fr"),
        ("A workshop to learn how to make your own starter with us", "en"),
        ("OK", None),
    ],
)
def test_language_detection(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang
