"""Suggestions keep the meaning, drop the pressure, stay in the text's language, add no facts."""

from __future__ import annotations

import re
from typing import Any

import pytest

from flambeau.core.ethics.manipulation import find_manipulation

NUMBER = re.compile(r"\d+")
INSTRUCTION = re.compile(
    r"^(?:Remove “|Supprimez « |Rephrase without the pressure|Reformulez sans pression)"
)


def test_pressure_words_are_dropped_and_facts_kept() -> None:
    text = "Hurry! Only 3 spots left for Saturday's workshop — book before they're gone!"
    suggestions = {h.suggestion for h in find_manipulation(text)}
    assert len(suggestions) == 1
    calm = suggestions.pop()
    assert calm is not None
    assert "Saturday's workshop" in calm and "limited" in calm
    assert not re.search(r"hurry|only|gone|!", calm, re.IGNORECASE)


def test_french_rewrite_is_french() -> None:
    hits = find_manipulation("Dépêchez-vous ! Plus que 2 places pour l'atelier de samedi !")
    assert {h.suggestion for h in hits} == {"Places limitées pour l'atelier de samedi."}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No thanks, I prefer paying full price.", "No thanks"),
        ("Non merci, je préfère rater les bonnes affaires.", "Non merci"),
        ("Tag 3 friends and comment YES to win!", "Tell us what you think in the comments."),
    ],
)
def test_known_calm_forms(text: str, expected: str) -> None:
    assert {h.suggestion for h in find_manipulation(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Only $9.99!* (*plus service fee, processing fee and delivery)",
        "Start your free trial now! (Renews at $49/month automatically.)",
        "Créez un compte pour voir le prix.",
    ],
)
def test_no_rewrite_where_cutting_words_would_hide_a_cost(text: str) -> None:
    hits = [h for h in find_manipulation(text) if h.tactic in ("sneaking", "forced_action")]
    assert hits and all(h.suggestion is None for h in hits)


def _rewrites(labelled: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    return [
        (row, hit)
        for row in labelled
        if row["manipulative"]
        for hit in find_manipulation(row["text"], lang=row["lang"])
        if hit.suggestion and not INSTRUCTION.match(hit.suggestion)
    ]


def test_rewrites_invent_no_numbers(labelled: list[dict[str, Any]]) -> None:
    for row, hit in _rewrites(labelled):
        assert set(NUMBER.findall(hit.suggestion)) <= set(NUMBER.findall(row["text"])), row


def test_rewrites_no_longer_use_the_tactic(labelled: list[dict[str, Any]]) -> None:
    rewrites = _rewrites(labelled)
    assert len(rewrites) > 200
    still = [
        (row["text"], hit.suggestion)
        for row, hit in rewrites
        if hit.tactic in {h.tactic for h in find_manipulation(hit.suggestion, lang=row["lang"])}
    ]
    assert len(still) <= 0.02 * len(rewrites), still


def test_rewrites_are_in_the_text_language(labelled: list[dict[str, Any]]) -> None:
    for row, hit in _rewrites(labelled):
        if row["lang"] == "fr":
            assert not re.search(r"\b(?:Remove|the|and|limited|thanks)\b", hit.suggestion), row
        else:
            assert not re.search(r"\b(?:Supprimez|les|limitées|merci)\b", hit.suggestion), row
