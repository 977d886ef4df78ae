"""Writes for publishing: accounts, scheduling through the gate, dispatching due deliveries;
publishing one delivery lives in `delivering`, re-exported here."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from flambeau.app.clock import get_clock
from flambeau.app.jobs.services import jobs_close_abandoned
from flambeau.app.publishing.delivering import (
    delivery_backoff,
    delivery_fail,
    delivery_publish,
    delivery_retry,
    delivery_retry_later,
)
from flambeau.app.publishing.models import ChannelAccount, Delivery, DeliveryStatus
from flambeau.app.studio import gate
from flambeau.app.studio.models import Campaign, Post, PostStatus, Workspace
from flambeau.app.validation import saved
from flambeau.core.errors import GateError

EVERY_POST = "*"  # ChannelAccount.channel: this account receives every post (a feed)
FALLBACK = ""  # ChannelAccount.channel: channels that have no account of their own
STALE_AFTER = dt.timedelta(minutes=10)  # queued or publishing longer than this: recovered


@transaction.atomic
def channel_accounts_ensure(*, workspace: Workspace) -> list[ChannelAccount]:
    """The built-in destinations: the local outbox (channels without an account) and the feed."""
    wanted = [
        ("Outbox", "outbox", FALLBACK, {"root": str(settings.FLAMBEAU_OUTBOX_DIR)}),
        (
            "Feed",
            "rss",
            EVERY_POST,
            {"root": str(settings.FLAMBEAU_FEED_DIR), "title": f"Flambeau — {workspace.name}"},
        ),
    ]
    accounts = []
    for name, connector, channel, options in wanted:
        account = ChannelAccount.objects.filter(workspace=workspace, name=name).first()
        accounts.append(
            account
            or saved(
                ChannelAccount(
                    workspace=workspace,
                    name=name,
                    connector=connector,
                    channel=channel,
                    options=options,
                )
            )
        )
    return accounts


def _accounts_for(post: Post) -> list[ChannelAccount]:
    """Where a post goes: its channel's accounts (else the fallback ones), plus every feed."""
    workspace = post.campaign.workspace
    accounts = list(ChannelAccount.objects.filter(workspace=workspace, enabled=True))
    if not accounts:
        accounts = channel_accounts_ensure(workspace=workspace)
    own = [a for a in accounts if a.channel == post.channel]
    fallback = [a for a in accounts if a.channel == FALLBACK]
    every = [a for a in accounts if a.channel == EVERY_POST]
    chosen = (own or fallback) + every
    if not chosen:
        raise GateError(f"post {post.key}: no channel account can take {post.channel} posts")
    return chosen


def _new_key(post: Post, account: ChannelAccount) -> str:
    # The random part keeps keys apart from deliveries of an earlier database in the same outbox.
    campaign = slugify(post.campaign.slug)[:40]
    return f"{campaign}-{post.key}-{account.connector}{account.pk}-{secrets.token_hex(3)}"


@transaction.atomic
def post_schedule(*, post: Post) -> list[Delivery]:
    """Create the post's deliveries (once per account), due at its scheduled time."""
    post = (
        Post.objects.select_for_update(of=("self",))
        .select_related("campaign__workspace")
        .get(pk=post.pk)
    )
    gate.refuse_if_blocked(post, "scheduled")
    gate.refuse_unless_approved(post, "scheduled")
    deliveries = []
    for account in _accounts_for(post):
        delivery = Delivery.objects.filter(post=post, account=account).first()
        if delivery is not None and delivery.status == DeliveryStatus.CANCELLED:
            delivery.status = DeliveryStatus.PENDING  # scheduled again after an unschedule
            delivery.due_at = delivery.next_attempt_at = post.scheduled_at
            delivery.attempts = 0
            saved(delivery)
        if delivery is None:
            delivery = saved(
                Delivery(
                    post=post,
                    account=account,
                    key=_new_key(post, account),
                    connector=account.connector,
                    due_at=post.scheduled_at,
                    next_attempt_at=post.scheduled_at,
                    max_attempts=settings.FLAMBEAU_DELIVERY_MAX_ATTEMPTS,
                )
            )
        deliveries.append(delivery)
    if post.status == PostStatus.APPROVED:
        post.status = PostStatus.SCHEDULED
        saved(post)
    return deliveries


@transaction.atomic
def post_unschedule(*, post: Post) -> Post:
    """Take a scheduled post off the calendar (its deliveries are cancelled) so it can be edited."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.status != PostStatus.SCHEDULED:
        raise GateError(f"post {post.key} is {post.status}, not scheduled")
    deliveries = Delivery.objects.select_for_update().filter(post=post)
    busy = [
        d.key
        for d in deliveries
        if d.status in (DeliveryStatus.PUBLISHING, DeliveryStatus.DELIVERED)
    ]
    if busy:
        raise GateError(f"post {post.key} is already going out ({', '.join(busy)})")
    deliveries.update(status=DeliveryStatus.CANCELLED)
    post.status = PostStatus.APPROVED
    return saved(post)


@dataclass
class ScheduleBatch:
    """What scheduling a campaign did: scheduled posts, and those refused with why."""

    scheduled: list[Post] = field(default_factory=list)
    refused: list[tuple[Post, str]] = field(default_factory=list)


def campaign_schedule(*, campaign: Campaign) -> ScheduleBatch:
    """Schedule every post of a campaign the gate lets through; refusals are reported."""
    batch = ScheduleBatch()
    for post in Post.objects.filter(campaign=campaign).order_by("scheduled_at", "key"):
        if post.status in (PostStatus.SCHEDULED, PostStatus.PUBLISHED):
            continue
        try:
            post_schedule(post=post)
        except GateError as exc:
            batch.refused.append((post, str(exc)))
        else:
            batch.scheduled.append(post)
    return batch


def _recover_stale(now: dt.datetime, campaign: Campaign | None) -> list[int]:
    """Put back deliveries whose task was lost or whose worker died mid-publish; their ids."""
    limit = now - STALE_AFTER
    scope = (
        Delivery.objects.all()
        if campaign is None
        else Delivery.objects.filter(post__campaign=campaign)
    )
    stale = scope.filter(
        Q(status=DeliveryStatus.QUEUED, queued_at__lt=limit)
        | Q(status=DeliveryStatus.PUBLISHING, started_at__lt=limit)
    )
    ids = list(stale.values_list("pk", flat=True))
    Delivery.objects.filter(pk__in=ids).update(status=DeliveryStatus.PENDING, next_attempt_at=now)
    return ids


def deliveries_dispatch(
    *, now: dt.datetime | None = None, campaign: Campaign | None = None, limit: int = 500
) -> list[int]:
    """Enqueue a publish task for every delivery now due (once the transaction commits).

    `campaign` limits it to one campaign: the demo's simulated clock must not reach others.
    """
    from flambeau.app.publishing.selectors import deliveries_due
    from flambeau.app.publishing.tasks import publish_delivery

    now = now or get_clock().now()
    with transaction.atomic():
        recovered = _recover_stale(now, campaign)
        if recovered:
            jobs_close_abandoned(subjects=[f"delivery:{pk}" for pk in recovered], now=now)
        due_now = deliveries_due(now=now)
        if campaign is not None:
            due_now = due_now.filter(post__campaign=campaign)
        due = list(due_now.select_for_update(skip_locked=True).values_list("pk", flat=True)[:limit])
        Delivery.objects.filter(pk__in=due).update(status=DeliveryStatus.QUEUED, queued_at=now)
        for delivery_id in due:
            transaction.on_commit(lambda d=delivery_id: publish_delivery.enqueue(delivery_id=d))
    return due


__all__ = [
    "EVERY_POST",
    "FALLBACK",
    "STALE_AFTER",
    "ScheduleBatch",
    "campaign_schedule",
    "channel_accounts_ensure",
    "deliveries_dispatch",
    "delivery_backoff",
    "delivery_fail",
    "delivery_publish",
    "delivery_retry",
    "delivery_retry_later",
    "post_schedule",
    "post_unschedule",
]
