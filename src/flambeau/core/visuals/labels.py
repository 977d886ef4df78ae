"""Labels drawn on a visual, as the policy and the law require, in the post's language."""

from __future__ import annotations

from dataclasses import dataclass

from flambeau.core.brief import Brief
from flambeau.core.disclosure import (
    AI_GENERATED,
    SPONSORED,
    VIRTUAL_IMAGES,
    ai_image_label,
    ai_text_label,
)
from flambeau.core.post import Post

# France and the overseas territories where loi n° 2023-451 applies.
FRENCH_JURISDICTIONS = frozenset(
    {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC"}
)


@dataclass(frozen=True)
class VisualLabel:
    """One label on the image: its disclosure id and its wording."""

    id: str
    text: str


def sponsored_visual_label(brief: Brief) -> str:
    """'Publicité' / 'Collaboration commerciale avec X' in French, 'Ad' / 'Paid partnership with X'."""
    partner = brief.campaign.partner
    if brief.lang == "fr":
        return f"Collaboration commerciale avec {partner}" if partner else "Publicité"
    return f"Paid partnership with {partner}" if partner else "Ad"


def is_french_jurisdiction(brief: Brief) -> bool:
    return (brief.brand.jurisdiction or "") in FRENCH_JURISDICTIONS


def visual_labels(
    brief: Brief,
    post: Post,
    *,
    trained_picture: bool,
    machine_text: bool,
    shows_person: bool,
    policy: object | None,
) -> list[VisualLabel]:
    """Sponsored first; the AI label when the policy asks for it; 'Images virtuelles' in France."""
    labels: list[VisualLabel] = []
    if brief.campaign.sponsored or SPONSORED in post.disclosure:
        labels.append(VisualLabel(SPONSORED, sponsored_visual_label(brief)))
    if (trained_picture or machine_text) and getattr(policy, "ai_label", True):
        text = ai_image_label(brief.lang) if trained_picture else ai_text_label(brief.lang)
        labels.append(VisualLabel(AI_GENERATED, text.rstrip(".")))
    if trained_picture and shows_person and is_french_jurisdiction(brief):
        labels.append(VisualLabel(VIRTUAL_IMAGES, "Images virtuelles"))
    return labels
