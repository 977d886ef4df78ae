"""Alt text says what the image shows and says, in the post's language, within the limit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flambeau.core.visuals.alt_text import alt_text
from flambeau.core.visuals.content import Card
from flambeau.core.visuals.labels import VisualLabel

CARD_FR = Card(
    layout="headline",
    lang="fr",
    brand="Pain d'Or",
    headline="Apprendre à faire son propre levain chez soi",
    cta="Réservez votre place",
    footer="paindor.example/ateliers",
)
CARD_EN = Card(
    layout="number",
    lang="en",
    brand="Harbour Food Bank",
    headline="Thanks",
    number="180",
    caption="Volunteers sort and deliver food every week",
)
BROWN, CREAM = (122, 75, 30), (243, 227, 195)


def test_french_alt_text_describes_words_colours_and_labels() -> None:
    text = alt_text(
        CARD_FR, ink=CREAM, ground=BROWN, labels=[VisualLabel("sponsored", "Publicité")], limit=1000
    )
    assert "« Apprendre à faire son propre levain chez soi »" in text
    assert "crème" in text and "brun" in text and "Mention : « Publicité »" in text
    assert "Réservez votre place" in text


def test_english_alt_text_reads_the_key_figure() -> None:
    text = alt_text(CARD_EN, ink=(255, 255, 255), ground=(35, 57, 91), labels=[], limit=1000)
    assert text.startswith("Harbour Food Bank key figure: “180”, volunteers sort")
    assert "White text on a dark blue background" in text


@given(limit=st.integers(min_value=30, max_value=400))
def test_alt_text_never_exceeds_the_channel_limit(limit: int) -> None:
    labels = [VisualLabel("sponsored", "Collaboration commerciale avec Moulin Dupré")]
    text = alt_text(CARD_FR, ink=CREAM, ground=BROWN, labels=labels, limit=limit)
    assert 0 < len(text) <= limit
    assert "Apprendre" in text


def test_the_words_come_first_when_room_is_short() -> None:
    text = alt_text(CARD_FR, ink=CREAM, ground=BROWN, labels=[], limit=100)
    assert text.startswith("Visuel de Pain d'Or : « Apprendre")


def test_a_generated_picture_says_so_even_in_a_short_alt_text() -> None:
    text = alt_text(
        CARD_FR,
        ink=CREAM,
        ground=BROWN,
        labels=[],
        limit=100,
        picture="une photographie sur le thème du levain fait maison",
    )
    assert len(text) <= 100
    assert text.startswith("Image générée par IA") and "Apprendre" in text
