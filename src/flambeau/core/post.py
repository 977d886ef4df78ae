"""The value objects that flow through a campaign: slot → draft → image → post."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from flambeau.core.ethics.model import Report

ANGLES: tuple[str, ...] = (
    "announcement",
    "tip",
    "story",
    "behind-the-scenes",
    "question",
    "how-to",
    "thank-you",
)


class Slot(BaseModel):
    """One planned publication: when, where, which message, to whom, from which angle."""

    model_config = ConfigDict(frozen=True)

    id: str  # "p01": stable within a plan, ordered by time
    channel: str
    scheduled_at: AwareDatetime  # in the campaign's zone
    message: str
    message_index: int
    audience: str | None = None
    angle: str = "announcement"
    sequence: int = 1  # 1 for the channel's first post, 2 for its second, ...


class Provenance(BaseModel):
    """How a text or image was made: enough to explain and reproduce it."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None  # None for a deterministic template
    writer: str | None = None  # "llm:SmolLM2", "template", "cards", ...
    params: dict[str, Any] = Field(default_factory=dict)
    prompt_sha256: str | None = None
    created_at: AwareDatetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class Draft(BaseModel):
    """A written post for one slot, ready for its channel ("text" is what gets published)."""

    slot_id: str
    text: str
    hashtags: list[str] = Field(default_factory=list)
    link: str | None = None
    disclosure: list[str] = Field(default_factory=list)  # ids: "ai-generated", "sponsored", ...
    parts: list[str] = Field(default_factory=list)  # a thread: each part as published
    extra: dict[str, Any] = Field(default_factory=dict)  # email subject/html, article title...
    provenance: Provenance = Field(default_factory=Provenance)


class ImageAsset(BaseModel):
    """A rendered visual for one post; `path` is relative to the output folder."""

    path: str
    width: int
    height: int
    alt_text: str
    layout: str = "headline"
    labels: list[str] = Field(default_factory=list)  # labels drawn on the image
    provenance: Provenance = Field(default_factory=Provenance)
    extra: dict[str, Any] = Field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """What the ethics rules and the studio need to know about the image, kept on the post."""
        keys = (
            "label_texts",
            "min_contrast",
            "shows_person",
            "people",
            "slides",
            "digital_source_type",
        )
        return {
            "layout": self.layout,
            "labels": self.labels,
            "width": self.width,
            "height": self.height,
            **{key: self.extra[key] for key in keys if key in self.extra},
        }


class EthicsSummary(BaseModel):
    verdict: str = "pass"
    findings: list[dict[str, Any]] = Field(default_factory=list)

    @classmethod
    def of(cls, report: Report) -> EthicsSummary:
        return cls(
            verdict=report.verdict,
            findings=[f.model_dump(mode="json", exclude_none=True) for f in report.findings],
        )


class Post(BaseModel):
    """One post of a plan, as `plan.json` records it (BRIEF.md)."""

    id: str
    channel: str
    scheduled_at: AwareDatetime
    message: str
    message_index: int = 0
    audience: str | None = None
    angle: str | None = None
    sequence: int = 1
    text: str
    hashtags: list[str] = Field(default_factory=list)
    link: str | None = None
    image: str | None = None
    alt_text: str | None = None
    disclosure: list[str] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)
    provenance: Provenance = Field(default_factory=Provenance)
    image_provenance: Provenance | None = None
    ethics: EthicsSummary = Field(default_factory=EthicsSummary)

    @classmethod
    def assemble(cls, slot: Slot, draft: Draft, image: ImageAsset | None) -> Post:
        return cls(
            id=slot.id,
            channel=slot.channel,
            scheduled_at=slot.scheduled_at,
            message=slot.message,
            message_index=slot.message_index,
            audience=slot.audience,
            angle=slot.angle,
            sequence=slot.sequence,
            text=draft.text,
            hashtags=draft.hashtags,
            link=draft.link,
            image=image.path if image else None,
            alt_text=image.alt_text if image else None,
            disclosure=draft.disclosure,
            parts=draft.parts,
            extra={**draft.extra, "image": image.summary()} if image else draft.extra,
            provenance=draft.provenance,
            image_provenance=image.provenance if image else None,
        )
