"""Every brief, shared and ours, through the template writer: every post passes every check."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import regex

from flambeau.core.channels import get_channel
from flambeau.core.grounding import unsupported_claims
from flambeau.core.writing import campaign_slug, near_duplicates
from flambeau.core.writing.hashtags import is_camel_case
from flambeau.core.writing.language import NNBSP, detect_language
from flambeau.core.writing.variety import hook_key

from .conftest import ALL_BRIEFS, template_plan

BRIEF_IDS = [p.name for p in ALL_BRIEFS]


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_every_post_passes_every_validator(path: Path) -> None:
    _, slots, drafts = template_plan(path)
    assert [d.slot_id for d in drafts] == [s.id for s in slots]
    failing = {d.slot_id: d.provenance.model_extra.get("problems") for d in drafts}
    assert {k: v for k, v in failing.items() if v} == {}


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_every_published_text_fits_its_channel(path: Path) -> None:
    _, slots, drafts = template_plan(path)
    for slot, draft in zip(slots, drafts, strict=True):
        spec = get_channel(slot.channel)
        assert spec.fits(draft.text), (slot.id, spec.measure(draft.text))
        assert all(spec.fits(part) for part in draft.parts), slot.id


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_no_claim_that_the_brief_does_not_support(path: Path) -> None:
    brief, _, drafts = template_plan(path)
    for draft in drafts:
        texts = [
            draft.text,
            *draft.parts,
            *(str(v) for k, v in draft.extra.items() if k in ("subject", "preheader", "title")),
        ]
        for text in texts:
            assert unsupported_claims(text, brief=brief) == [], (draft.slot_id, text)


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_the_language_is_the_briefs(path: Path) -> None:
    brief, _, drafts = template_plan(path)
    for draft in drafts:
        assert detect_language(draft.text) in (brief.lang, None), draft.slot_id


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_no_near_duplicates_within_a_channel_and_no_hook_twice(path: Path) -> None:
    _, slots, drafts = template_plan(path)
    by_channel: dict[str, list[str]] = defaultdict(list)
    for slot, draft in zip(slots, drafts, strict=True):
        by_channel[slot.channel].append(draft.text)
    for channel, texts in by_channel.items():
        assert near_duplicates(texts) == [], channel
    hooks = [hook_key(str(d.provenance.model_extra["hook"])) for d in drafts]
    assert len(hooks) == len(set(hooks))


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_links_carry_utm_parameters_per_post(path: Path) -> None:
    brief, slots, drafts = template_plan(path)
    for slot, draft in zip(slots, drafts, strict=True):
        assert draft.link is not None
        query = parse_qs(urlsplit(draft.link).query)
        medium = "email" if slot.channel == "newsletter" else "social"
        assert query == {
            "utm_source": [slot.channel],
            "utm_medium": [medium],
            "utm_campaign": [campaign_slug(brief.campaign.name)],
            "utm_content": [slot.id],
        }
        if slot.channel not in ("instagram", "tiktok"):
            assert draft.link in "\n".join(draft.parts or [draft.text])


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_call_to_action_and_hashtag_norms(path: Path) -> None:
    brief, slots, drafts = template_plan(path)
    brand_tags = {t.lower() for t in brief.brand.hashtags}
    for slot, draft in zip(slots, drafts, strict=True):
        published = "\n".join(draft.parts or [draft.text])
        if brief.campaign.call_to_action:
            assert brief.campaign.call_to_action.lower() in published.lower()
        tags = regex.findall(r"(?<![\w#])#[^\W_]\w*", published)
        assert len(tags) <= get_channel(slot.channel).hashtags_max
        assert all(is_camel_case(t) for t in tags)
        assert sum(t.lower() in brand_tags for t in tags) <= 1


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_template_drafts_are_not_labelled_as_ai_but_record_their_provenance(path: Path) -> None:
    _, _, drafts = template_plan(path)
    for draft in drafts:
        assert draft.provenance.writer == "template"
        assert draft.provenance.model is None
        assert "ai-generated" not in draft.disclosure
        assert draft.provenance.model_extra["candidate"]
        assert draft.provenance.model_extra["why"]


def test_sponsored_label_opens_every_post_of_a_sponsored_campaign() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("ledgerly"))
    _, _, drafts = template_plan(path)
    for draft in drafts:
        assert "sponsored" in draft.disclosure
        assert draft.text.startswith("Paid partnership with Northwind Bank")


def test_french_posts_use_narrow_no_break_spaces_and_no_plain_space_before_colons() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("paindor"))
    _, _, drafts = template_plan(path)
    texts = "\n".join(d.text for d in drafts)
    assert f"{NNBSP}:" in texts
    without_links = regex.sub(r"https?://\S+", "", texts)
    assert not regex.search(r"[ \u00a0][;:!?]", without_links)


def test_american_brief_gets_american_spelling_of_flambeaus_own_words() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("ledgerly"))
    _, _, drafts = template_plan(path)
    assert not regex.search(r"(?i)\bneighbour|favourite|organis", "\n".join(d.text for d in drafts))


def test_newsletter_is_an_email_with_subject_preheader_html_and_plain_text() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("paindor"))
    brief, slots, drafts = template_plan(path)
    email = next(d for s, d in zip(slots, drafts, strict=True) if s.channel == "newsletter")
    assert set(email.extra) >= {"subject", "preheader", "html", "plain"}
    assert len(email.extra["subject"]) <= get_channel("newsletter").title_limit
    assert email.text == email.extra["plain"]
    assert email.extra["html"].startswith("<!DOCTYPE html>")
    assert f'href="{email.link}"'.replace("&", "&amp;") in email.extra["html"]
    assert all(f.split(",")[0] in email.extra["plain"] for f in brief.facts)


def test_blog_is_an_article_with_title_markdown_and_html() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("ledgerly"))
    _, slots, drafts = template_plan(path)
    article = next(d for s, d in zip(slots, drafts, strict=True) if s.channel == "blog")
    assert set(article.extra) >= {"title", "markdown", "html"}
    assert article.extra["markdown"].count("\n## ") >= 2
    assert "<h1>" in article.extra["html"] and "<h2>" in article.extra["html"]
    assert article.text == article.extra["markdown"]


def test_threads_are_numbered_and_every_part_fits() -> None:
    threads = [
        (slot, draft)
        for path in ALL_BRIEFS
        for slot, draft in zip(*template_plan(path)[1:], strict=True)
        if draft.parts
    ]
    assert threads, "some long posts on X, Bluesky or Mastodon become threads"
    for slot, draft in threads:
        total = len(draft.parts)
        assert total >= 2 and draft.text == draft.parts[0]
        for i, part in enumerate(draft.parts, start=1):
            assert part.endswith(f"{i}/{total}")
            assert get_channel(slot.channel).fits(part)


def test_linkedin_posts_come_in_paragraphs() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("harbour"))
    _, slots, drafts = template_plan(path)
    for slot, draft in zip(slots, drafts, strict=True):
        if slot.channel == "linkedin":
            assert draft.text.count("\n\n") >= 3


def test_instagram_captions_point_to_the_bio_and_end_with_hashtags() -> None:
    path = next(p for p in ALL_BRIEFS if p.name.startswith("velo"))
    _, slots, drafts = template_plan(path)
    for slot, draft in zip(slots, drafts, strict=True):
        if slot.channel == "instagram":
            assert "bio" in draft.text.lower()
            assert "https://" not in draft.text
            assert draft.text.rstrip().split("\n")[-1].startswith("#")


@pytest.mark.parametrize("path", ALL_BRIEFS, ids=BRIEF_IDS)
def test_the_ethics_engine_finds_no_near_duplicates_across_the_plan(path: Path) -> None:
    from flambeau.core.ethics import check_plan
    from flambeau.core.post import Post

    brief, slots, drafts = template_plan(path)
    posts = [Post.assemble(s, d, None) for s, d in zip(slots, drafts, strict=True)]
    report = check_plan(posts, brief=brief)
    assert [f for f in report.findings if f.rule == "diversity.near_duplicate"] == []


def test_regulated_sector_posts_carry_the_mandatory_mention() -> None:
    pytest.importorskip("flambeau.core.ethics.sector")
    path = next(p for p in ALL_BRIEFS if p.name.startswith("cave-canuts"))
    _, _, drafts = template_plan(path)
    evin = "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."
    for draft in drafts:
        assert evin in draft.text.replace("\u202f", " ")


def test_instagram_hashtags_can_go_to_the_first_comment() -> None:
    from flambeau.core.planning import plan_campaign
    from flambeau.core.writing import write_plan

    from .conftest import brief_named

    brief = brief_named("velo")
    brief = brief.model_copy(update={"extensions": {"x-instagram-hashtags": "first-comment"}})
    slots = [s for s in plan_campaign(brief) if s.channel == "instagram"][:2]
    for draft in write_plan(brief, slots, writer="template"):
        assert "#" not in draft.text
        assert draft.extra["first_comment"].startswith("#")
