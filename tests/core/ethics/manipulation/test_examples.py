"""Every bad example in TACTIC_INFO is caught as its tactic; every good one is left alone."""

from __future__ import annotations

import pytest

from flambeau.core.ethics.manipulation import TACTIC_INFO, find_manipulation

CASES = [
    (tactic, lang, bad, good)
    for tactic, info in TACTIC_INFO.items()
    for lang, pairs in info.examples.items()
    for bad, good in pairs
]
IDS = [f"{tactic}-{lang}-{i}" for i, (tactic, lang, _, _) in enumerate(CASES)]


@pytest.mark.parametrize(("tactic", "lang", "bad", "good"), CASES, ids=IDS)
def test_bad_example_is_detected_as_its_tactic(tactic: str, lang: str, bad: str, good: str) -> None:
    assert tactic in {hit.tactic for hit in find_manipulation(bad, lang=lang)}
    assert tactic in {hit.tactic for hit in find_manipulation(bad)}  # language guessed


@pytest.mark.parametrize(("tactic", "lang", "bad", "good"), CASES, ids=IDS)
def test_good_example_has_no_hit(tactic: str, lang: str, bad: str, good: str) -> None:
    assert find_manipulation(good, lang=lang) == []
    assert find_manipulation(good) == []
