"""What the card says: only what the post and the facts say, in a layout that fits the post."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from flambeau.core.brief import Brief
from flambeau.core.channels import get_channel
from flambeau.core.post import Post
from flambeau.core.visuals import plan_card
from flambeau.core.visuals.content import key_number


@pytest.mark.parametrize(
    ("fact", "value", "caption"),
    [
        ("35 € par personne, pain et café compris", "35 €", "Par personne, pain et café compris"),
        ("1,250 households were helped in 2025", "1,250", "Households were helped in 2025"),
        (
            "Ledgerly is used by 3,400 finance teams",
            "3,400",
            "Ledgerly is used by 3,400 finance teams",
        ),
    ],
)
def test_key_numbers_come_from_facts(fact: str, value: str, caption: str) -> None:
    number = key_number(fact)
    assert number is not None and (number.value, number.caption) == (value, caption)


@pytest.mark.parametrize(
    "fact",
    [
        "The food bank has served Halifax since 1987",
        "Un atelier levain chaque samedi à 10h, en décembre",
        "Open Monday to Saturday, 9am to 6pm, at 12 Gloucester Road, Bristol",
    ],
)
def test_years_times_and_addresses_are_not_key_numbers(fact: str) -> None:
    assert key_number(fact) is None


def test_every_number_card_shows_a_number_its_facts_give(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    for brief in briefs.values():
        for angle in ("thank-you", "tip"):
            card = plan_card(
                make_post(brief, "facebook", angle=angle), brief, get_channel("facebook")
            )
            if card.layout == "number":
                assert any(card.number in fact for fact in brief.facts)


def test_the_number_the_post_mentions_is_the_one_shown(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["paindor-ateliers"]
    post = make_post(brief, "mastodon", angle="thank-you", text="Au plus 8 participants, 35 € !")
    assert plan_card(post, brief, get_channel("mastodon")).number in ("8", "35 €")
    post = make_post(brief, "mastodon", angle="thank-you", text="Seulement 35 € par personne.")
    assert plan_card(post, brief, get_channel("mastodon")).number == "35 €"


def test_event_cards_take_date_time_and_place_from_the_facts(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["velo-verde-tuneup"]
    card = plan_card(make_post(brief, "x", angle="announcement"), brief, get_channel("x"))
    assert card.layout == "event"
    assert card.when == "1 to 14 March 2027" and card.where == "12 Gloucester Road, Bristol"
    webinar = briefs["ledgerly-webinar"]
    card = plan_card(make_post(webinar, "x", angle="announcement"), webinar, get_channel("x"))
    assert card.when == "Thursday 28 January 2027\u00a0· 1pm Eastern" and card.where == "Online"


def test_carousels_only_where_the_channel_takes_them(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["paindor-ateliers"]
    insta = plan_card(
        make_post(brief, "instagram", angle="how-to"), brief, get_channel("instagram")
    )
    assert insta.layout == "carousel" and len(insta.slides) >= 2
    masto = plan_card(make_post(brief, "mastodon", angle="how-to"), brief, get_channel("mastodon"))
    assert masto.layout != "carousel"


def test_list_items_in_the_post_become_slides_and_mark_machine_words(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["paindor-ateliers"]
    text = "Trois étapes :\n- Nourrir le levain chaque jour\n- Pétrir sans se presser\n- Cuire à 250 °C"
    post = make_post(brief, "instagram", angle="how-to", text=text, machine=True)
    card = plan_card(post, brief, get_channel("instagram"))
    assert [s.text for s in card.slides] == [
        "Nourrir le levain chaque jour",
        "Pétrir sans se presser",
        "Cuire à 250 °C",
    ]
    assert card.machine_written


def test_a_quotation_in_the_post_becomes_the_quote(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["paindor-ateliers"]
    post = make_post(
        brief,
        "linkedin",
        angle="story",
        text="Claire le dit souvent : « Le levain, c'est de la patience. »",
    )
    card = plan_card(post, brief, get_channel("linkedin"))
    assert card.layout == "quote" and card.quote == "Le levain, c'est de la patience."


def test_an_explicit_layout_wins_when_it_can_be_made(
    briefs: dict[str, Brief], make_post: Callable[..., Post]
) -> None:
    brief = briefs["harbour-foodbank-winter"]
    post = make_post(brief, "facebook", angle="announcement", layout="quote")
    assert plan_card(post, brief, get_channel("facebook")).layout == "quote"
    post = make_post(brief, "facebook", angle="announcement", layout="carousel")
    assert plan_card(post, brief, get_channel("facebook")).layout != "carousel"


def test_words_too_long_for_a_layout_fall_back_to_the_headline_card_whole(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    from flambeau.core.visuals import paint_post

    brief = briefs["paindor-ateliers"]
    message = (
        "Apprendre à faire son propre levain chez soi, le nourrir chaque jour, le garder vivant "
        "tout l'hiver et le partager avec ses voisins, ses amis et sa famille, sans se presser"
    )
    post = make_post(brief, "newsletter", layout="quote").model_copy(update={"message": message})
    asset = paint_post(post, brief=brief, out_dir=tmp_path)
    assert asset is not None and asset.layout == "headline"
    (headline,) = [o for o in asset.extra["overlays"] if o["role"] == "headline"]
    assert headline["text"].split() == message.replace("'", "’").split()
