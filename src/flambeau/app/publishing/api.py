"""API for scheduling and deliveries: thin calls into publishing's selectors and services."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.pagination import LimitOffsetPagination, paginate

from flambeau.app.api.schemas import BatchOut, DeliveryOut, Problem
from flambeau.app.publishing import selectors, services
from flambeau.app.studio.models import Campaign, Post
from flambeau.core.errors import GateError

router = Router(tags=["publishing"])


@router.post("/posts/{post_id}/schedule", response={200: list[DeliveryOut], 409: Problem})
def schedule_post(request: HttpRequest, post_id: int) -> Any:
    post = get_object_or_404(Post, pk=post_id)
    try:
        return services.post_schedule(post=post)
    except GateError as exc:
        return Status(409, {"detail": str(exc)})


@router.post("/posts/{post_id}/unschedule", response={200: list[DeliveryOut], 409: Problem})
def unschedule_post(request: HttpRequest, post_id: int) -> Any:
    post = get_object_or_404(Post, pk=post_id)
    try:
        services.post_unschedule(post=post)
    except GateError as exc:
        return Status(409, {"detail": str(exc)})
    return list(post.deliveries.all())


@router.post("/campaigns/{campaign_id}/schedule", response=BatchOut)
def schedule_campaign(request: HttpRequest, campaign_id: int) -> dict[str, Any]:
    batch = services.campaign_schedule(campaign=get_object_or_404(Campaign, pk=campaign_id))
    return {
        "done": [p.pk for p in batch.scheduled],
        "refused": [{"post_id": p.pk, "key": p.key, "reason": r} for p, r in batch.refused],
    }


@router.get("/deliveries", response=list[DeliveryOut])
@paginate(LimitOffsetPagination, page_size=100)
def list_deliveries(
    request: HttpRequest, campaign: int | None = None, status: str | None = None
) -> Any:
    """Deliveries in due order (`limit`/`offset`; the answer has `items` and `count`)."""
    found = get_object_or_404(Campaign, pk=campaign) if campaign is not None else None
    return selectors.delivery_list(campaign=found, status=status)
