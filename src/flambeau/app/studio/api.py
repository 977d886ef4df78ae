"""API for campaigns and posts: thin calls into the studio's selectors and services."""

from __future__ import annotations

import dataclasses
from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from flambeau.app.api.auth import actor_of
from flambeau.app.api.schemas import (
    ApprovalOut,
    ApproveIn,
    BatchOut,
    CampaignDetail,
    CampaignOut,
    FindingOut,
    PostOut,
    Problem,
    ReviseIn,
)
from flambeau.app.studio import selectors, services
from flambeau.app.studio.models import Campaign, Post
from flambeau.core.errors import GateError

router = Router(tags=["studio"])


def campaign_out(campaign: Campaign, n_posts: int) -> dict[str, Any]:
    return {
        "id": campaign.pk,
        "name": campaign.name,
        "slug": campaign.slug,
        "brand": campaign.brand.name,
        "goal": campaign.goal,
        "start": campaign.start,
        "end": campaign.end,
        "timezone": campaign.timezone,
        "language": campaign.language,
        "verdict": campaign.verdict,
        "n_posts": n_posts,
    }


def post_out(post: Post) -> dict[str, Any]:
    assets = list(post.assets.all())
    return {
        "id": post.pk,
        "key": post.key,
        "campaign_id": post.campaign_id,
        "channel": post.channel,
        "scheduled_at": post.scheduled_at,
        "scheduled_local": post.scheduled_local.isoformat(),
        "message": post.message,
        "audience": post.audience.name if post.audience else None,
        "angle": post.angle,
        "text": post.text,
        "hashtags": post.hashtags,
        "link": post.link,
        "alt_text": post.alt_text,
        "disclosure": post.disclosure,
        "verdict": post.verdict,
        "status": post.status,
        "image_url": assets[0].file.url if assets else None,
        "findings": list(post.findings.all()),
    }


def _campaign(campaign_id: int) -> Campaign:
    return get_object_or_404(selectors.campaign_list(), pk=campaign_id)


@router.get("/campaigns", response=list[CampaignOut])
def list_campaigns(request: HttpRequest) -> list[dict[str, Any]]:
    return [campaign_out(c, c.n_posts) for c in selectors.campaign_list()]


@router.get("/campaigns/{campaign_id}", response=CampaignDetail)
def get_campaign(request: HttpRequest, campaign_id: int) -> dict[str, Any]:
    campaign = _campaign(campaign_id)
    summary = dataclasses.asdict(selectors.campaign_summary(campaign=campaign))
    return {**campaign_out(campaign, campaign.n_posts), "summary": summary}


@router.get("/campaigns/{campaign_id}/posts", response=list[PostOut])
def list_posts(
    request: HttpRequest,
    campaign_id: int,
    channel: str | None = None,
    status: str | None = None,
    verdict: str | None = None,
) -> list[dict[str, Any]]:
    posts = selectors.post_list(
        campaign=_campaign(campaign_id), channel=channel, status=status, verdict=verdict
    )
    return [post_out(p) for p in posts]


@router.get("/campaigns/{campaign_id}/findings", response=list[FindingOut])
def list_findings(request: HttpRequest, campaign_id: int) -> list[Any]:
    return list(selectors.campaign_findings(campaign=_campaign(campaign_id)))


@router.post("/campaigns/{campaign_id}/approve", response={200: BatchOut, 400: Problem})
def approve_campaign(request: HttpRequest, campaign_id: int, body: ApproveIn) -> Any:
    actor = actor_of(request, body.actor)
    if not actor:
        return Status(400, {"detail": "say who approves: `actor`"})
    batch = services.campaign_approve(
        campaign=_campaign(campaign_id), actor=actor, reason=body.reason
    )
    return {
        "done": [p.pk for p in batch.approved],
        "refused": [{"post_id": p.pk, "key": p.key, "reason": r} for p, r in batch.refused],
    }


@router.get("/posts/{post_id}", response=PostOut)
def get_post(request: HttpRequest, post_id: int) -> dict[str, Any]:
    try:
        return post_out(selectors.post_get(post_id=post_id))
    except Post.DoesNotExist:
        raise Http404(f"no post {post_id}") from None


@router.post("/posts/{post_id}/approve", response={200: ApprovalOut, 400: Problem, 409: Problem})
def approve_post(request: HttpRequest, post_id: int, body: ApproveIn) -> Any:
    post = get_object_or_404(Post, pk=post_id)
    actor = actor_of(request, body.actor)
    if not actor:
        return Status(400, {"detail": "say who approves: `actor`"})
    user = request.user if request.user.is_authenticated else None
    try:
        return services.post_approve(post=post, actor=actor, reason=body.reason, user=user)
    except GateError as exc:
        return Status(409, {"detail": str(exc)})


@router.post("/posts/{post_id}/revise", response={200: PostOut, 400: Problem, 409: Problem})
def revise_post(request: HttpRequest, post_id: int, body: ReviseIn) -> Any:
    post = get_object_or_404(Post, pk=post_id)
    actor = actor_of(request, body.actor)
    if not actor:
        return Status(400, {"detail": "say who edits: `actor`"})
    try:
        services.post_revise(post=post, actor=actor, text=body.text, alt_text=body.alt_text)
    except GateError as exc:
        return Status(409, {"detail": str(exc)})
    return post_out(selectors.post_get(post_id=post_id))
