"""Properties over arbitrary text: no exception, spans in range, index equals a full scan."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from flambeau.core.ethics.manipulation import TACTICS, find_manipulation
from flambeau.core.ethics.manipulation.engine import Detector
from flambeau.core.ethics.manipulation.normalise import fold
from flambeau.core.ethics.manipulation.tactics import SPECS

FULL_SCAN = Detector(SPECS, use_index=False)
PHRASES = [
    "Hurry!", "only 3 left", "Plus que 2 places", "Non merci, je préfère payer plein tarif",
    "tag 3 friends", "ends tonight", "Dépêchez-vous", "2,417 people are viewing this",
    "(renews automatically)", "hors frais de service", "create an account to see the price",
    "le meilleur pain du monde", "\u202f!", "«", "»", "’", "🔥", "DERNIÈRE CHANCE",
]  # fmt: skip
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PHRASES)), max_size=8).map(
    " ".join
)


def _shape(hits: list[Any]) -> list[tuple[str, int, int, str | None]]:
    return [(h.tactic, h.start, h.end, h.suggestion) for h in hits]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["auto", "en", "fr"]))
def test_any_text_gives_well_formed_hits(text: str, lang: str) -> None:
    for hit in find_manipulation(text, lang=lang):
        assert hit.tactic in TACTICS
        assert 0 <= hit.start < hit.end <= len(text)
        assert 0.0 <= hit.confidence <= 1.0
        assert hit.message and hit.basis


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["en", "fr"]))
def test_key_index_never_hides_a_cue(text: str, lang: str) -> None:
    assert _shape(find_manipulation(text, lang=lang)) == _shape(FULL_SCAN.find(text, lang))


def test_key_index_equals_full_scan_on_the_corpus(labelled: list[dict[str, Any]]) -> None:
    for row in labelled:
        indexed = find_manipulation(row["text"], lang=row["lang"])
        assert _shape(indexed) == _shape(FULL_SCAN.find(row["text"], row["lang"])), row["text"]


@given(st.text())
def test_folding_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_folding_unifies_case_accents_and_typography() -> None:
    assert fold("DÉPÊCHEZ-VOUS\u202f! « Ça »\u2019") == 'depechez-vous ! " ca "\''
