"""Spans index the original text (accents, typography, emoji) and cover the offending words."""

from __future__ import annotations

import pytest

from flambeau.core.ethics.manipulation import find_manipulation

CASES = [
    ("Hurry! Only 3 spots left for Saturday!", "scarcity", "Only 3 spots left"),
    ("Hurry! Only 3 spots left for Saturday!", "urgency", "Hurry"),
    ("🔥🔥 Only 2 left in stock!", "scarcity", "Only 2 left in stock"),
    ("Dépêchez-vous\u202f! Plus que 2 places\u202f!", "urgency", "Dépêchez-vous"),
    ("Dépêchez-vous\u202f! Plus que 2 places\u202f!", "scarcity", "Plus que 2 places"),
    ("DERNIÈRE CHANCE ! L'offre expire à minuit.", "urgency", "DERNIÈRE CHANCE"),
    ("Depechez vous, fin de l'offre a minuit !", "urgency", "Depechez vous"),
    ("« Non merci, je préfère payer plein tarif »", "confirmshaming",
     "Non merci, je préfère payer plein tarif"),
    ("No thanks, I’d rather pay full price.", "confirmshaming",
     "No thanks, I’d rather pay full price"),
    ("2,417 people are viewing this right now.", "social_proof", "2,417 people are viewing"),
    ("98\u00a0% des clientes l'ont adopté.", "social_proof", "98\u00a0% des clientes"),
    ("Tag 3 friends to win!", "engagement_bait", "Tag 3 friends"),
    ("Identifiez 3 amis en commentaire !", "engagement_bait", "Identifiez 3 amis"),
    ("Price shown excludes a mandatory service fee added at checkout.", "sneaking",
     "excludes a mandatory service fee"),
    ("Frais de service ajoutés au paiement.", "sneaking", "Frais de service ajoutés au paiement"),
    ("Create an account to see the price.", "forced_action", "Create an account to see the price"),
    ("The best bread in the world, guaranteed.", "exaggeration", "The best bread in the world"),
    ("You won't believe #7!", "clickbait", "You won't believe"),
    ("10 mistakes — #4 will surprise you!", "clickbait", "#4 will"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tactic", "words"), CASES)
def test_span_covers_the_offending_words(text: str, tactic: str, words: str) -> None:
    spans = [text[h.start : h.end] for h in find_manipulation(text) if h.tactic == tactic]
    covered = [s for s in spans if words in s or (s in words and len(s) >= 0.6 * len(words))]
    assert covered, spans


@pytest.mark.parametrize(("text", "tactic", "words"), CASES)
def test_spans_are_trimmed_and_inside_the_text(text: str, tactic: str, words: str) -> None:
    for hit in find_manipulation(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == text[hit.start : hit.end].strip()


def test_overlapping_cues_of_different_tactics_are_reported_once() -> None:
    hits = find_manipulation("Don't miss out! Don't miss out!")
    spans = [(h.start, h.end) for h in hits]
    assert len(spans) == len(set(spans)) == 2
