"""Reads about deliveries and accounts."""

from __future__ import annotations

import datetime as dt

from django.db.models import Min, QuerySet

from flambeau.app.publishing.models import ChannelAccount, Delivery, DeliveryStatus
from flambeau.app.studio.models import Campaign, Workspace

# A delivery still owed to its channel: waiting, queued, or interrupted mid-publish.
OPEN_STATUSES = (DeliveryStatus.PENDING, DeliveryStatus.QUEUED, DeliveryStatus.PUBLISHING)


def channel_account_list(*, workspace: Workspace) -> QuerySet[ChannelAccount]:
    return ChannelAccount.objects.filter(workspace=workspace)


def delivery_list(
    *, campaign: Campaign | None = None, status: str | None = None
) -> QuerySet[Delivery]:
    """Deliveries in due order, with their post and account."""
    deliveries = Delivery.objects.select_related("post", "post__campaign", "account")
    if campaign is not None:
        deliveries = deliveries.filter(post__campaign=campaign)
    if status:
        deliveries = deliveries.filter(status=status)
    return deliveries.order_by("due_at", "id")


def deliveries_due(*, now: dt.datetime) -> QuerySet[Delivery]:
    """Pending deliveries whose due time (or next retry) has come."""
    return Delivery.objects.filter(
        status=DeliveryStatus.PENDING, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "id")


def delivery_next_due_at(*, campaign: Campaign | None = None) -> dt.datetime | None:
    """When the next pending delivery falls due; None when nothing is waiting."""
    pending = Delivery.objects.filter(status=DeliveryStatus.PENDING)
    if campaign is not None:
        pending = pending.filter(post__campaign=campaign)
    return pending.aggregate(at=Min("next_attempt_at"))["at"]


def deliveries_open_count(*, campaign: Campaign | None = None) -> int:
    """How many deliveries are still owed (pending, queued or publishing)."""
    deliveries = Delivery.objects.filter(status__in=OPEN_STATUSES)
    if campaign is not None:
        deliveries = deliveries.filter(post__campaign=campaign)
    return deliveries.count()
