"""Channel specs: every brief channel id has a spec, and lengths are counted as platforms do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flambeau.core.channels import (
    CHANNEL_IDS,
    CHANNELS,
    get_channel,
    graphemes,
    mastodon_length,
    x_weighted_length,
)

BRIEF_DOC = Path(__file__).resolve().parents[3] / "shared" / "design" / "BRIEF.md"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one emoji, 7 code points
FLAG_FR = "\U0001f1eb\U0001f1f7"


def test_every_channel_id_of_the_brief_format_has_a_spec() -> None:
    documented = re.search(r"Channel ids: (.+?)\.\n", BRIEF_DOC.read_text(encoding="utf-8"), re.S)
    assert documented, "BRIEF.md lists the channel ids"
    ids = re.findall(r"`([a-z]+)`", documented.group(1))
    assert sorted(ids) == sorted(CHANNEL_IDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello world", 11),
        ("https://paindor.example/ateliers?utm_source=x&utm_medium=social&utm_campaign=levain", 23),
        ("Read https://a.example/x and https://b.example/y.", 4 + 1 + 23 + 5 + 23 + 1),
        ("こんにちは", 10),  # CJK weighs 2
        (FAMILY, 2),  # an emoji sequence weighs 2, whatever its code points
        ("cafe\u0301", 4),  # normalised to NFC first
        ("– “quotes” …", 13),  # dashes and quotes weigh 1; the ellipsis (U+2026) weighs 2
        ("35 €", 5),  # the euro sign is outside the light ranges: it weighs 2
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


def test_x_limit_is_280_weighted() -> None:
    x = get_channel("x")
    assert x.fits("a" * 280) and not x.fits("a" * 281)
    assert x.fits("字" * 140) and not x.fits("字" * 141)


@pytest.mark.parametrize(
    ("text", "expected"), [(FAMILY, 1), ("e\u0301", 1), (FLAG_FR, 1), ("Pain d'Or", 9)]
)
def test_bluesky_counts_graphemes(text: str, expected: int) -> None:
    assert graphemes(text) == expected
    assert get_channel("bluesky").measure(text) == expected


def test_bluesky_limit_is_300_graphemes() -> None:
    bluesky = get_channel("bluesky")
    assert bluesky.fits(FAMILY * 300) and not bluesky.fits(FAMILY * 301)


def test_mastodon_counts_urls_as_23_and_remote_mentions_by_username() -> None:
    url = "https://paindor.example/ateliers?utm_source=mastodon&utm_campaign=levain-decembre"
    assert mastodon_length(url) == 23
    assert mastodon_length("Merci @claire@boulangers.social !") == len("Merci @claire !")
    assert get_channel("mastodon").fits("a" * 476 + " " + url) and not get_channel("mastodon").fits(
        "a" * 477 + " " + url
    )


def test_other_channels_count_code_points() -> None:
    assert get_channel("linkedin").measure(FAMILY) == 7
    assert get_channel("instagram").measure("Réservez") == 8


def test_specs_are_consistent() -> None:
    for spec in CHANNELS.values():
        assert 0 < spec.ideal_length <= spec.text_limit, spec.id
        assert spec.hashtags_max >= 0
        for size in spec.images:
            assert size.width >= 600 and size.height >= 300, spec.id
        if spec.threads:
            assert spec.text_limit <= 500


def test_known_image_sizes() -> None:
    assert get_channel("instagram").image.size == (1080, 1350)  # type: ignore[union-attr]
    assert get_channel("x").image.size == (1600, 900)  # type: ignore[union-attr]
    assert get_channel("linkedin").image.size == (1200, 627)  # type: ignore[union-attr]
    assert get_channel("newsletter").image.size == (1200, 400)  # type: ignore[union-attr]
    assert get_channel("instagram").alt_text_limit == 100


def test_unknown_channel_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="unknown channel 'twiter'; known: x, bluesky"):
        get_channel("twiter")
