"""Grounding: claims trace to the brief by value, by token, and never by accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.core.brief import Brief, load_brief
from flambeau.core.grounding import Claim, fold, is_grounded, unsupported_claims

from .conftest import SHARED_BRIEFS

OWN_BRIEFS = sorted((Path(__file__).resolve().parents[1] / "data" / "briefs").glob("*.yaml"))


def _brief(prefix: str) -> Brief:
    path = next(p for p in SHARED_BRIEFS if p.name.startswith(prefix))
    return load_brief(path)


@pytest.fixture(scope="module")
def paindor() -> Brief:
    return _brief("paindor")


@pytest.fixture(scope="module")
def harbour() -> Brief:
    return _brief("harbour")


@pytest.fixture(scope="module")
def ledgerly() -> Brief:
    return _brief("ledgerly")


@pytest.fixture(scope="module")
def velo() -> Brief:
    return _brief("velo")


def kinds(text: str, brief: Brief) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in unsupported_claims(text, brief=brief)]


@pytest.mark.parametrize("path", SHARED_BRIEFS + OWN_BRIEFS, ids=lambda p: p.name)
def test_every_fact_message_and_campaign_field_is_grounded_in_its_own_brief(path: Path) -> None:
    brief = load_brief(path)
    texts = [*brief.facts, *brief.messages, brief.campaign.name, brief.brand.name]
    texts += [brief.campaign.call_to_action or "", " ".join(brief.brand.hashtags)]
    for text in texts:
        assert unsupported_claims(text, brief=brief) == [], text


@pytest.mark.parametrize(
    "text",
    ["35 €", "35€", "€35", "35 euros", "EUR 35", "35\u202f€", "Le tarif : 35 € par personne"],
)
def test_prices_compare_by_value_and_currency_in_any_spelling(text: str, paindor: Brief) -> None:
    assert is_grounded(text, brief=paindor)


@pytest.mark.parametrize("text", ["40 €", "$35", "£35", "35,50 €"])
def test_a_price_the_facts_do_not_state_is_a_price_claim(text: str, paindor: Brief) -> None:
    assert [c.kind for c in unsupported_claims(text, brief=paindor)] == ["price"]


@pytest.mark.parametrize("text", ["1,250 households", "1 250 foyers", "1250", "1\u202f250"])
def test_thousands_separators_do_not_change_a_number(text: str, harbour: Brief) -> None:
    assert is_grounded(text, brief=harbour)


def test_numbers_written_as_words_match_digits_both_ways(harbour: Brief, paindor: Brief) -> None:
    assert is_grounded("A box feeds a family of 4 for 3 days.", brief=harbour)
    assert is_grounded("Huit participants au maximum.", brief=paindor)
    assert kinds("Douze participants.", paindor) == [("Douze", "number")]


def test_unsupported_numbers_are_flagged_with_their_span(harbour: Brief) -> None:
    text = "Over 2,000 households were helped."
    claims = unsupported_claims(text, brief=harbour)
    assert claims == [Claim(start=5, end=10, text="2,000", kind="number")]
    assert text[claims[0].start : claims[0].end] == "2,000"


def test_units_are_normalised(paindor: Brief, ledgerly: Brief) -> None:
    assert is_grounded("une miche de 0,5 kg", brief=paindor)
    assert is_grounded("une miche de 500g", brief=paindor)
    assert is_grounded("a 45-minute session", brief=ledgerly)
    assert is_grounded("a session of 45 min", brief=ledgerly)


@pytest.mark.parametrize("text", ["à 10h", "à 10 h", "at 10am", "at 10:00", "10 a.m.", "10h00"])
def test_times_compare_by_clock_value(text: str, paindor: Brief) -> None:
    assert is_grounded(text, brief=paindor)


@pytest.mark.parametrize("text", ["à 11h", "at 10pm", "10 h 30"])
def test_a_time_the_facts_do_not_state_is_a_time_claim(text: str, paindor: Brief) -> None:
    assert [c.kind for c in unsupported_claims(text, brief=paindor)] == ["time"]


def test_twelve_hour_and_twenty_four_hour_clocks_agree(ledgerly: Brief, velo: Brief) -> None:
    assert is_grounded("at 13:00 Eastern", brief=ledgerly)
    assert is_grounded("at 1 p.m. ET", brief=ledgerly)
    assert is_grounded("Open 9:00–18:00", brief=velo)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday 28 January",
        "Thursday, 28 January 2027",
        "January 28th, 2027",
        "on 28/01",
        "on 01/28",
        "2027-01-28",
        "le jeudi 28 janvier",
    ],
)
def test_dates_compare_by_value_in_any_spelling(text: str, ledgerly: Brief) -> None:
    assert is_grounded(text, brief=ledgerly)


def test_a_weekday_that_contradicts_the_date_is_a_date_claim(ledgerly: Brief) -> None:
    assert kinds("Wednesday 28 January 2027", ledgerly) == [("Wednesday 28 January 2027", "date")]


def test_dates_inside_a_range_a_fact_states_are_supported(velo: Brief) -> None:
    assert is_grounded("Come in on 5 March.", brief=velo)
    assert kinds("Come in on 20 March.", velo) == [("20 March", "date")]


def test_weekday_ranges_in_facts_support_each_day(velo: Brief) -> None:
    assert is_grounded("Open Tuesday.", brief=velo)
    assert kinds("Open Sunday.", velo) == [("Sunday", "date")]


def test_the_campaign_dates_are_supported(paindor: Brief) -> None:
    assert is_grounded("Du 7 au 20 décembre 2026.", brief=paindor)
    assert kinds("Le 25 décembre.", paindor) == [("25 décembre", "date")]


def test_names_trace_by_token_ignoring_case_and_accents(ledgerly: Brief, paindor: Brief) -> None:
    assert is_grounded("With Ana Ruiz and Sam Patel of Northwind Bank.", brief=ledgerly)
    assert is_grounded("Chez Pain d’Or, avec Claire.", brief=paindor)
    assert kinds("With Ana Ruiz and Mark Smith.", ledgerly) == [("Mark", "name"), ("Smith", "name")]


def test_a_capital_that_only_starts_a_sentence_is_not_a_name(paindor: Brief) -> None:
    assert is_grounded("Venez pétrir. Apprenez le levain ! Réservez votre place.", brief=paindor)
    assert kinds("Rendez-vous avec Julien à Paris.", paindor) == [
        ("Julien", "name"),
        ("Paris", "name"),
    ]


@pytest.mark.parametrize(
    "text",
    ["the best sourdough", "#1 in Lyon", "guaranteed results", "le meilleur levain", "n°1 à Lyon"],
)
def test_superlatives_need_a_fact(text: str, paindor: Brief) -> None:
    assert "superlative" in [c.kind for c in unsupported_claims(text, brief=paindor)]


def test_superlatives_hidden_in_hashtags_are_found(paindor: Brief) -> None:
    assert kinds("#PainDOr #MeilleurPain", paindor) == [("#MeilleurPain", "superlative")]


def test_a_superlative_that_a_fact_states_is_supported(paindor: Brief) -> None:
    brief = paindor.model_copy(update={"facts": [*paindor.facts, "Le meilleur pain du quartier"]})
    assert is_grounded("Le meilleur pain du quartier.", brief=brief)


def test_links_hashtags_and_thread_counters_are_not_claims(paindor: Brief) -> None:
    text = "Réservez : https://paindor.example/ateliers?utm_content=p01 #Levain2026 #Lyon 1/3"
    assert is_grounded(text, brief=paindor)


def test_disclosure_labels_are_grounded(ledgerly: Brief) -> None:
    text = "Paid partnership with Northwind Bank\n\nSave your seat.\n\nWritten with the help of AI."
    assert is_grounded(text, brief=ledgerly)


def test_claims_are_ordered_and_do_not_overlap(harbour: Brief) -> None:
    claims = unsupported_claims("Since 1990, 2,000 households, $50 each, the best.", brief=harbour)
    assert [c.kind for c in claims] == ["number", "number", "price", "superlative"]
    ends = [c.end for c in claims]
    starts = [c.start for c in claims]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


def test_fold_ignores_case_accents_and_curly_quotes() -> None:
    assert fold("Décembre") == fold("decembre")
    assert fold("d’Or") == "d'or"
