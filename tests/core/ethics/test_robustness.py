"""The engine never fails on odd input: any text gets a report with spans inside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flambeau.core.ethics import check_text, load_policy
from flambeau.core.ethics.examples import scenario_brief

POLICY = load_policy()
BRIEF = scenario_brief(
    "fr", {"brand": {"avoid": ["incroyable"], "jurisdiction": "FR", "sector": "alcohol"}}
)
MARKETING = st.sampled_from(
    [
        "Hurry!",
        "Only 2 left",
        "🔥",
        "#SoldeDHiver",
        "06 12 34 56 78",
        "jo@example.org",
        "FREE SHIPPING TODAY",
        "L'abus d'alcool",
        "incroyable",
        "\n",
        "  ",
        "€",
        "100%",
        "!!!",
        "Ask your parents",
        "élection",
        "https://x.example/?token=abc",
        "é",
        "\u200d",
        "İ",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(MARKETING, max_size=12).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(["auto", "en", "fr"]))
def test_any_text_gets_a_report_with_spans_inside_it(text: str, lang: str) -> None:
    for brief in (None, BRIEF):
        report = check_text(text, lang=lang, policy=POLICY, brief=brief)
        assert report.verdict in ("pass", "warn", "block")
        for finding in report.findings:
            assert finding.message and finding.basis
            if finding.start is not None:
                assert finding.end is not None
                assert 0 <= finding.start < finding.end <= len(text)
