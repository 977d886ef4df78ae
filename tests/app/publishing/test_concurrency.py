"""Several workers at once on PostgreSQL (SKIP LOCKED): each delivery still goes out once."""

from __future__ import annotations

import os
import threading

import feedparser
import pytest
from django.db import connection

from flambeau.app.jobs.models import Job, JobStatus
from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.app.publishing.services import deliveries_dispatch
from flambeau.app.publishing.tasks import publish_delivery
from flambeau.app.publishing.worker import drain_queue
from flambeau.connectors.outbox import OutboxConnector

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs PostgreSQL (DATABASE_URL)",
    ),
]


def test_three_workers_publish_each_delivery_once(scheduled_campaign, simulated_clock, settings):
    campaign = scheduled_campaign(["pass"] * 6)
    last = Delivery.objects.order_by("-due_at").first().due_at
    simulated_clock.advance_to(last)
    ids = deliveries_dispatch(now=simulated_clock.now())
    for delivery_id in ids:  # a duplicate task for every delivery
        publish_delivery.enqueue(delivery_id=delivery_id)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            drain_queue()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    deliveries = Delivery.objects.filter(post__campaign=campaign)
    assert set(deliveries.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    outbox = OutboxConnector.build({"root": str(settings.FLAMBEAU_OUTBOX_DIR)})
    assert len(outbox.published_keys()) == 6
    feed = feedparser.parse(str(settings.FLAMBEAU_FEED_DIR / "feed.xml"))
    assert len(feed.entries) == 6
    assert Job.objects.filter(status=JobStatus.SUCCEEDED).count() == 12
    assert Job.objects.filter(status=JobStatus.SKIPPED).count() == 12
