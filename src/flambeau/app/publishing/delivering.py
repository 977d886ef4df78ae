"""Publishing one delivery: claim it, check the gate again, call the connector, record the
outcome; the delivery's key makes a repeat harmless."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from flambeau.app.clock import get_clock
from flambeau.app.jobs.runner import Backoff, JobLog, JobSkipped
from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.app.studio import gate
from flambeau.app.studio.models import PostStatus
from flambeau.app.validation import saved
from flambeau.connectors import Publication, build_connector
from flambeau.core.errors import GateError


def delivery_backoff(delivery: Delivery) -> Backoff:
    return Backoff(
        max_attempts=delivery.max_attempts,
        base=dt.timedelta(seconds=settings.FLAMBEAU_DELIVERY_BACKOFF_SECONDS),
    )


def _title(extra: dict[str, Any]) -> str | None:
    """An email subject or article title, when the writer made one."""
    for name in ("subject", "title"):
        value = extra.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _publication(delivery: Delivery, now: dt.datetime) -> Publication:
    post = delivery.post
    campaign = post.campaign
    asset = post.assets.first()
    return Publication(
        key=delivery.key,
        post_id=post.key,
        channel=post.channel,
        campaign=campaign.name,
        brand=campaign.brand.name,
        language=campaign.language,
        text=post.text,
        title=_title(post.extra),
        link=post.link or None,
        hashtags=post.hashtags,
        parts=post.parts,
        image=Path(asset.file.path) if asset else None,
        alt_text=(asset.alt_text if asset else post.alt_text) or None,
        disclosure=post.disclosure,
        extra=post.extra,
        scheduled_at=post.scheduled_at,
        published_at=now,
    )


def _claim(delivery_id: int, now: dt.datetime) -> Delivery:
    """Lock the delivery and mark it publishing, or say why there is nothing to do."""
    refusal = None
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("post__campaign__brand", "account")
            .get(pk=delivery_id)
        )
        status = delivery.status
        if status == DeliveryStatus.DELIVERED:
            raise JobSkipped(f"{delivery.key} was already delivered")
        if status in (DeliveryStatus.FAILED, DeliveryStatus.BLOCKED, DeliveryStatus.CANCELLED):
            raise JobSkipped(f"{delivery.key} is {status}")
        if status == DeliveryStatus.PUBLISHING:
            raise JobSkipped(f"{delivery.key} is being published by another worker")
        if delivery.next_attempt_at > now:
            raise JobSkipped(f"{delivery.key} is not due before {delivery.next_attempt_at}")
        try:  # the gate again, right before the connector call
            gate.refuse_if_blocked(delivery.post, "published")
            gate.refuse_unless_approved(delivery.post, "published")
        except GateError as exc:
            refusal = str(exc)
            delivery.status = DeliveryStatus.BLOCKED
            delivery.last_error = refusal
            saved(delivery)
        else:
            delivery.status = DeliveryStatus.PUBLISHING
            delivery.attempts += 1
            delivery.started_at = now
            saved(delivery)
    if refusal:
        raise JobSkipped(f"gate: {refusal}")
    return delivery


@transaction.atomic
def _mark_delivered(delivery: Delivery, receipt: dict[str, Any], now: dt.datetime) -> None:
    delivery.status = DeliveryStatus.DELIVERED
    delivery.delivered_at = now
    delivery.external_id = str(receipt.get("external_id") or "")
    delivery.url = str(receipt.get("url") or "")
    delivery.receipt = receipt
    delivery.last_error = ""
    saved(delivery)
    post = delivery.post
    if not post.deliveries.exclude(status=DeliveryStatus.DELIVERED).exists():
        post.status = PostStatus.PUBLISHED
        saved(post)


def delivery_publish(*, delivery_id: int, log: JobLog) -> str:
    """Publish one delivery through its connector; the key makes a repeat harmless."""
    now = get_clock().now()
    delivery = _claim(delivery_id, now)
    log(f"publishing {delivery.key} through {delivery.connector} (attempt {delivery.attempts})")
    connector = build_connector(delivery.connector, delivery.account.options)
    receipt = connector.publish(_publication(delivery, now))
    _mark_delivered(delivery, receipt.model_dump(mode="json"), now)
    return f"delivered {delivery.key} by {delivery.connector} as {receipt.external_id}"


@transaction.atomic
def delivery_retry_later(*, delivery_id: int, when: dt.datetime, error: str) -> None:
    """After a failed attempt: pending again, due at `when` (the runner's backoff)."""
    Delivery.objects.filter(pk=delivery_id).exclude(status=DeliveryStatus.DELIVERED).update(
        status=DeliveryStatus.PENDING, next_attempt_at=when, last_error=error[:2000]
    )


@transaction.atomic
def delivery_fail(*, delivery_id: int, error: str) -> None:
    """Every attempt failed: kept as failed, with the last error, until someone retries it."""
    Delivery.objects.filter(pk=delivery_id).exclude(status=DeliveryStatus.DELIVERED).update(
        status=DeliveryStatus.FAILED, last_error=error[:2000]
    )


@transaction.atomic
def delivery_retry(*, delivery: Delivery) -> Delivery:
    """A person asks for a failed delivery to be tried again now (the gate still applies)."""
    delivery = Delivery.objects.select_for_update().get(pk=delivery.pk)
    if delivery.status != DeliveryStatus.FAILED:
        raise GateError(f"delivery {delivery.key} is {delivery.status}, not failed")
    delivery.status = DeliveryStatus.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = get_clock().now()
    return saved(delivery)
