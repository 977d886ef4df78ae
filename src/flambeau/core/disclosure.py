"""The labels a post must carry: sponsored content and machine-made text or images.

Sponsored labels go first (before the fold, loi n° 2023-451 art. 5, FTC Endorsement
Guides); the AI label goes last (EU AI Act Art. 50). Wording is per language and, for
sponsored content, per jurisdiction.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from flambeau.core.brief import Brief

AI_GENERATED = "ai-generated"
SPONSORED = "sponsored"
VIRTUAL_IMAGES = "images-virtuelles"


class Disclosure(BaseModel):
    """One label to show: its id, its wording in the post's language, and where it goes."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    position: Literal["start", "end"]


_AI_TEXT_LABEL = {
    "fr": "Texte rédigé avec l'aide d'une IA.",
    "en": "Written with the help of AI.",
}
_AI_IMAGE_LABEL = {"fr": "Image générée par IA", "en": "AI-generated image"}


def sponsored_label(brief: Brief) -> str:
    """'Publicité' / 'Collaboration commerciale avec X' in France, '#ad' / 'Paid partnership with X' elsewhere."""
    partner = brief.campaign.partner
    if brief.lang == "fr" or brief.brand.jurisdiction == "FR":  # French law wants French words
        return f"Collaboration commerciale avec {partner}" if partner else "Publicité"
    return f"Paid partnership with {partner}" if partner else "#ad"


def ai_text_label(lang: str) -> str:
    return _AI_TEXT_LABEL.get(lang, _AI_TEXT_LABEL["en"])


def ai_image_label(lang: str) -> str:
    return _AI_IMAGE_LABEL.get(lang, _AI_IMAGE_LABEL["en"])


def virtual_images_label(lang: str) -> str:
    return "Images virtuelles" if lang == "fr" else "Virtual images"


def required_disclosures(
    brief: Brief, *, machine_written: bool, ai_label_required: bool = True
) -> list[Disclosure]:
    """The text labels a post of this brief needs, in the brief's language."""
    needed = []
    if brief.campaign.sponsored:
        needed.append(Disclosure(id=SPONSORED, label=sponsored_label(brief), position="start"))
    if machine_written and ai_label_required:
        needed.append(Disclosure(id=AI_GENERATED, label=ai_text_label(brief.lang), position="end"))
    return needed


def apply_disclosures(body: str, disclosures: list[Disclosure]) -> str:
    """The body with its labels placed: sponsored first line, AI label last line."""
    start = [d.label for d in disclosures if d.position == "start" and d.label not in body]
    end = [d.label for d in disclosures if d.position == "end" and d.label not in body]
    parts = [*(f"{label}" for label in start), body.strip(), *end]
    return "\n\n".join(p for p in parts if p)


def disclosure_overhead(disclosures: list[Disclosure]) -> str:
    """The text the labels add, for writers that must budget length before writing."""
    return apply_disclosures("", disclosures)
