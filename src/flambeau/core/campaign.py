"""A generated campaign as `plan.json` records it (BRIEF.md), and how to read one back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from flambeau.core.brief import Brief
from flambeau.core.errors import FlambeauError
from flambeau.core.ethics.model import Report
from flambeau.core.post import Draft, EthicsSummary, Post, Slot


class CampaignPlan(BaseModel):
    """The whole output of `flambeau generate`: the posts, how they were made, the plan's report."""

    brief: dict[str, Any]
    generator: dict[str, Any]
    posts: list[Post]
    ethics: EthicsSummary = Field(default_factory=EthicsSummary)

    @classmethod
    def header_for(cls, brief: Brief) -> dict[str, Any]:
        return {
            "brand": brief.brand.name,
            "campaign": brief.campaign.name,
            "language": brief.language,
        }

    def post(self, post_id: str) -> Post:
        for post in self.posts:
            if post.id == post_id:
                return post
        known = ", ".join(p.id for p in self.posts)
        raise FlambeauError(f"no post {post_id!r} in this plan; known: {known}")

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def read(cls, path: Path) -> CampaignPlan:
        try:
            return cls.model_validate_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FlambeauError(f"{path}: no plan here; run `flambeau generate` first") from None
        except ValidationError as exc:
            raise FlambeauError(
                f"{path}: not a Flambeau plan ({exc.error_count()} problems)"
            ) from None


def slot_of(post: Post) -> Slot:
    """The slot a stored post was written for."""
    return Slot(
        id=post.id,
        channel=post.channel,
        scheduled_at=post.scheduled_at,
        message=post.message,
        message_index=post.message_index,
        audience=post.audience,
        angle=post.angle or "announcement",
        sequence=post.sequence,
    )


def draft_of(post: Post) -> Draft:
    """The draft a stored post was made from."""
    return Draft(
        slot_id=post.id,
        text=post.text,
        hashtags=post.hashtags,
        link=post.link,
        disclosure=post.disclosure,
        parts=post.parts,
        extra=post.extra,
        provenance=post.provenance,
    )


def with_report(post: Post, report: Report) -> Post:
    return post.model_copy(update={"ethics": EthicsSummary.of(report)})
