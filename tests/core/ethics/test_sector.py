"""Sector packs: mandatory mentions per sector and jurisdiction, political content."""

from __future__ import annotations

import pytest

from flambeau.core.ethics import check_post, check_text, load_policy
from flambeau.core.ethics.examples import scenario_brief, scenario_post
from flambeau.core.ethics.sector import (
    ALCOHOL_FR,
    contains_mention,
    is_political,
    mandatory_mentions,
)


def test_loi_evin_health_message_for_alcohol_in_france() -> None:
    brief = scenario_brief("fr", {"brand": {"sector": "alcohol", "jurisdiction": "FR"}})
    assert mandatory_mentions(brief) == [ALCOHOL_FR]
    assert mandatory_mentions(scenario_brief("fr", {"brand": {"sector": "alcohol"}})) == []


@pytest.mark.parametrize(
    ("brand", "campaign", "facts", "expected"),
    [
        ({"sector": "gambling", "jurisdiction": "FR"}, {}, None, "09 74 75 13 13"),
        ({"sector": "gambling", "jurisdiction": "GB"}, {}, None, "BeGambleAware"),
        ({"sector": "gambling"}, {}, None, "18+"),
        ({"sector": "crypto"}, {}, None, "crypto-assets"),
        ({"sector": "finance"}, {}, ["A fund invested in bonds"], "Capital at risk"),
        (
            {"sector": "politics"},
            {"sponsored": True, "partner": "Civic Fund"},
            None,
            "Political advertisement — paid for by Civic Fund",
        ),
    ],
)
def test_mentions_per_pack(brand: dict, campaign: dict, facts: list | None, expected: str) -> None:
    patch: dict = {"brand": brand, "campaign": campaign}
    if facts:
        patch["facts"] = facts
    mentions = mandatory_mentions(scenario_brief("en", patch))
    assert len(mentions) == 1 and expected in mentions[0]


def test_accounting_software_is_finance_without_an_investment_warning() -> None:
    brief = scenario_brief(
        "en", {"brand": {"sector": "finance"}, "facts": ["Ledgerly automates bank reconciliation"]}
    )
    assert mandatory_mentions(brief) == []


def test_a_mention_matches_whatever_the_quotes_case_and_spacing() -> None:
    text = (
        "Notre cuvée.\n\nL’abus d’alcool est dangereux pour la santé,  à consommer avec modération"
    )
    assert contains_mention(text, ALCOHOL_FR)
    assert not contains_mention("Notre cuvée.", ALCOHOL_FR)


def test_an_alcohol_post_in_france_blocks_without_the_message_and_passes_with_it() -> None:
    brief = scenario_brief("fr", {"brand": {"sector": "alcohol", "jurisdiction": "FR"}})
    bare = scenario_post({"text": "Notre cuvée 2024 : syrah, 13 % vol."})
    assert "sector.alcohol_health_message" in {
        f.rule for f in check_post(bare, brief=brief).findings
    }
    full = scenario_post({"text": "Notre cuvée 2024 : syrah, 13 % vol.\n\n" + ALCOHOL_FR})
    rules = {f.rule for f in check_post(full, brief=brief, policy=load_policy()).findings}
    assert "sector.alcohol_health_message" not in rules


def test_political_content_is_flagged_for_its_workflow() -> None:
    assert is_political("Votez pour notre candidate aux municipales.")
    assert is_political(scenario_brief("en", {"brand": {"sector": "politics"}}))
    assert not is_political("Our bakery opens on Sunday.")
    assert not is_political(scenario_brief("en"))
    report = check_text("Sign the petition before the council election.", lang="en")
    assert "sector.political" in {f.rule for f in report.findings}


def test_french_influencer_bans_apply_only_in_france() -> None:
    text = "Nouvelle collection de vapes et -20 % sur le botox."
    french = scenario_brief("fr", {"brand": {"jurisdiction": "FR"}})
    belgian = scenario_brief("fr", {"brand": {"jurisdiction": "BE"}})
    assert "sector.influencer_ban" in {f.rule for f in check_text(text, brief=french).findings}
    assert "sector.influencer_ban" not in {f.rule for f in check_text(text, brief=belgian).findings}


@pytest.mark.parametrize(
    ("text", "political"),
    [
        ("Vote for your favourite loaf in our stories this week!", False),
        ("The election of our employee of the month is on Friday!", False),
        ("Signez la pétition contre la réforme des retraites.", True),
        ("Register to vote before 20 May.", True),
        ("Les élections de notre club photo ont lieu jeudi.", False),
    ],
)
def test_weak_political_words_need_a_political_context(text: str, political: bool) -> None:
    assert is_political(text) is political
