"""UTM links, hashtags and campaign slugs."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from flambeau.core.channels import get_channel
from flambeau.core.writing import campaign_slug, tracked_link
from flambeau.core.writing.hashtags import camel_case, choose_hashtags, is_camel_case, topic_tags

from .conftest import brief_named


def test_campaign_slug_is_ascii_and_dashed() -> None:
    assert campaign_slug("Ateliers levain — décembre") == "ateliers-levain-decembre"


def test_tracked_link_keeps_the_links_own_query_and_replaces_old_utm() -> None:
    brief = brief_named("velo")
    campaign = brief.campaign.model_copy(
        update={"link": "https://veloverde.example/tune-up?ref=spring&utm_source=old"}
    )
    brief = brief.model_copy(update={"campaign": campaign})
    link = tracked_link(brief, channel="newsletter", post_id="p07")
    assert link is not None
    query = parse_qs(urlsplit(link).query)
    assert query["ref"] == ["spring"]
    assert query["utm_source"] == ["newsletter"] and query["utm_medium"] == ["email"]
    assert query["utm_content"] == ["p07"]


def test_without_a_campaign_link_the_website_is_used() -> None:
    brief = brief_named("velo")
    brief = brief.model_copy(update={"campaign": brief.campaign.model_copy(update={"link": None})})
    assert str(tracked_link(brief, channel="x", post_id="p01")).startswith(
        "https://veloverde.example?"
    )


def test_camel_case_tags() -> None:
    assert camel_case(["safety", "check"]) == "#SafetyCheck"
    assert camel_case(["savoir-faire"]) == "#SavoirFaire"
    assert is_camel_case("#PainDOr") and not is_camel_case("#painaulevain")
    assert not is_camel_case("#Savoir-faire")


def test_topic_tags_come_from_the_message_and_skip_avoided_and_brand_words() -> None:
    brief = brief_named("velo")
    assert "#SafetyCheck" in topic_tags(brief, "A quick safety check before spring riding")
    brief = brief.model_copy(update={"brand": brief.brand.model_copy(update={"avoid": ["safety"]})})
    assert all("Safety" not in t for t in topic_tags(brief, "A quick safety check"))


def test_hashtags_respect_channel_maximum_and_one_brand_tag() -> None:
    brief = brief_named("paindor")
    for channel in ("x", "instagram", "mastodon", "linkedin", "threads", "newsletter"):
        spec = get_channel(channel)
        for sequence in range(1, 6):
            tags = choose_hashtags(brief, spec, brief.messages[1], sequence=sequence)
            assert len(tags) <= spec.hashtags_max
            assert sum(t in brief.brand.hashtags for t in tags) <= 1
