"""Every rule's documented examples run: the bad one is found, the good one passes."""

from __future__ import annotations

import pytest

from flambeau.core.ethics import Rule
from flambeau.core.ethics.examples import run_example
from flambeau.core.ethics.families import builtin_rules
from flambeau.core.ethics.rules import Example

CASES = [(rule, example) for rule in builtin_rules() for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "example"),
    CASES,
    ids=[f"{r.id}-{e.lang or 'any'}-{i}" for i, (r, e) in enumerate(CASES)],
)
def test_bad_example_is_found_and_good_one_passes(rule: type[Rule], example: Example) -> None:
    bad, good = run_example(rule, example)
    assert bad, f"{rule.id} misses its bad example {example.bad!r}"
    assert all(f.rule == rule.id for f in bad)
    assert not good, f"{rule.id} flags its good example: {[f.message for f in good]}"


BILINGUAL = [
    rule
    for rule in builtin_rules()
    if not rule.id.startswith("manipulation.")  # the detector words its own messages
    and {e.lang for e in rule.examples} >= {"en", "fr"}
]


@pytest.mark.parametrize("rule", BILINGUAL, ids=lambda r: r.id)
def test_findings_speak_the_example_language(rule: type[Rule]) -> None:
    french = next(e for e in rule.examples if e.lang == "fr")
    english = next(e for e in rule.examples if e.lang == "en")
    fr_bad, _ = run_example(rule, french)
    en_bad, _ = run_example(rule, english)
    assert (fr_bad[0].message, fr_bad[0].suggestion) != (en_bad[0].message, en_bad[0].suggestion)
