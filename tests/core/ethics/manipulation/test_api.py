"""The public contract other modules code against: names, types and tactic catalogue."""

from __future__ import annotations

import pydantic
import pytest

from flambeau.core.ethics.manipulation import (
    TACTIC_INFO,
    TACTICS,
    ManipulationHit,
    TacticInfo,
    detect_language,
    find_manipulation,
)

EXPECTED_TACTICS = (
    "urgency", "scarcity", "social_proof", "confirmshaming", "fear", "guilt",
    "fomo", "clickbait", "engagement_bait", "sneaking", "forced_action", "exaggeration",
)  # fmt: skip


def test_tactics_are_the_agreed_twelve_in_order() -> None:
    assert TACTICS == EXPECTED_TACTICS


def test_every_tactic_is_documented_with_examples_in_both_languages() -> None:
    assert set(TACTIC_INFO) == set(TACTICS)
    for name, info in TACTIC_INFO.items():
        assert isinstance(info, TacticInfo)
        assert info.name == name
        assert info.title and info.description and info.basis
        for lang in ("en", "fr"):
            assert info.examples[lang], f"{name} has no {lang} example"
            for bad, good in info.examples[lang]:
                assert bad.strip() and good.strip() and bad != good


def test_hits_are_frozen_value_objects() -> None:
    hit = find_manipulation("Hurry! Only 3 spots left!")[0]
    assert isinstance(hit, ManipulationHit)
    with pytest.raises(pydantic.ValidationError):
        hit.tactic = "other"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_text_has_no_hits(text: str) -> None:
    assert find_manipulation(text) == []


def test_hits_come_sorted_by_position() -> None:
    hits = find_manipulation("LAST CHANCE! Only 2 left — tag 3 friends and don't miss out!")
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert {h.tactic for h in hits} >= {"urgency", "scarcity", "engagement_bait", "fomo"}


def test_explicit_language_overrides_detection() -> None:
    text = "Dépêchez-vous !"
    assert find_manipulation(text, lang="fr")
    assert detect_language(text) == "fr"
    assert find_manipulation(text, lang="en") == []  # English cues do not know French


def test_unknown_language_falls_back_to_detection() -> None:
    assert find_manipulation("Hurry, ends tonight!", lang="de") == find_manipulation(
        "Hurry, ends tonight!"
    )


def test_messages_follow_the_language() -> None:
    en = find_manipulation("Hurry, the sale ends tonight!", lang="en")[0]
    fr = find_manipulation("Dépêchez-vous, les soldes se terminent ce soir !", lang="fr")[0]
    assert en.message.startswith("False urgency")
    assert fr.message.startswith("Urgence artificielle")
    assert en.basis == fr.basis == TACTIC_INFO["urgency"].basis


def test_confidence_grows_with_evidence() -> None:
    weak = find_manipulation("The sale ends tonight!")[0]
    strong = find_manipulation("LAST CHANCE! Hurry, the sale ends tonight!")
    assert max(h.confidence for h in strong) > weak.confidence
    assert all(0.0 <= h.confidence <= 1.0 for h in strong)
