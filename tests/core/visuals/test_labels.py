"""Sponsored, AI and 'Images virtuelles' labels: on the visual exactly when due, in the right words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from flambeau.core.brief import Brief
from flambeau.core.post import Post
from flambeau.core.visuals import COMPOSITE_WITH_TRAINED, paint_post, read_provenance


def sponsored(brief: Brief, partner: str | None) -> Brief:
    campaign = brief.campaign.model_copy(update={"sponsored": True, "partner": partner})
    return brief.model_copy(update={"campaign": campaign})


def label_overlays(asset: object) -> list[dict[str, object]]:
    return [o for o in asset.extra["overlays"] if str(o["role"]).startswith("label:")]  # type: ignore[attr-defined]


def test_a_sponsored_campaign_names_its_partner_on_every_visual(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["ledgerly-webinar"]
    for channel in ("linkedin", "x", "blog"):
        asset = paint_post(make_post(brief, channel), brief=brief, out_dir=tmp_path)
        assert asset is not None
        assert asset.labels == ["sponsored"]
        assert asset.extra["label_texts"] == ["Paid partnership with Northwind Bank"]
        (overlay,) = label_overlays(asset)
        assert overlay["text"] == "Paid partnership with Northwind Bank"
        assert overlay["box"][1] < asset.height / 3  # type: ignore[index]
        assert "Paid partnership with Northwind Bank" in asset.alt_text or len(asset.alt_text) > 150
        assert read_provenance(tmp_path / asset.path)["labels"] == ["sponsored"]


def test_french_sponsored_wording_with_and_without_a_partner(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["paindor-ateliers"]
    ad = paint_post(
        make_post(sponsored(brief, None), "mastodon"),
        brief=sponsored(brief, None),
        out_dir=tmp_path,
    )
    assert ad is not None and ad.extra["label_texts"] == ["Publicité"]
    partner = sponsored(brief, "Moulin Dupré")
    deal = paint_post(make_post(partner, "mastodon"), brief=partner, out_dir=tmp_path / "b")
    assert deal is not None
    assert deal.extra["label_texts"] == ["Collaboration commerciale avec Moulin Dupré"]


def test_english_sponsored_without_partner_says_ad(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = sponsored(briefs["velo-verde-tuneup"], None)
    asset = paint_post(make_post(brief, "facebook"), brief=brief, out_dir=tmp_path)
    assert asset is not None and asset.extra["label_texts"] == ["Ad"]


def test_no_label_when_nothing_calls_for_one(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["paindor-ateliers"]
    asset = paint_post(make_post(brief, "instagram", machine=True), brief=brief, out_dir=tmp_path)
    assert asset is not None
    assert asset.labels == [] and label_overlays(asset) == []


def test_machine_written_words_on_the_card_carry_the_ai_label_unless_policy_waives_it(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["paindor-ateliers"]
    post = make_post(brief, "linkedin", machine=True, headline="Votre levain, pas à pas")
    asset = paint_post(post, brief=brief, out_dir=tmp_path)
    assert asset is not None
    assert asset.labels == ["ai-generated"]
    assert asset.extra["label_texts"] == ["Texte rédigé avec l'aide d'une IA"]
    assert asset.extra["digital_source_type"] == COMPOSITE_WITH_TRAINED
    assert read_provenance(tmp_path / asset.path)["digital_source_type"] == COMPOSITE_WITH_TRAINED
    waived = paint_post(
        post, brief=brief, out_dir=tmp_path / "w", policy=SimpleNamespace(ai_label=False)
    )
    assert waived is not None and waived.labels == []


def test_labels_stay_clear_of_the_content_and_pass_contrast(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = sponsored(briefs["paindor-ateliers"], "Moulin Dupré")
    post = make_post(brief, "newsletter", machine=True, headline="Votre levain, pas à pas")
    asset = paint_post(post, brief=brief, out_dir=tmp_path)
    assert asset is not None and asset.labels == ["sponsored", "ai-generated"]
    labels = label_overlays(asset)
    others = [o for o in asset.extra["overlays"] if o not in labels]
    lowest_label = max(o["box"][3] for o in labels)  # type: ignore[index]
    assert all(o["box"][1] >= lowest_label - 16 for o in others)  # type: ignore[index]
    assert all(o["contrast"] >= 4.5 for o in labels)  # type: ignore[operator]
