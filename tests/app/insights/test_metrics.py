"""Metrics fetched back through a connector, stored once per name and time."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest

from flambeau.app.insights.selectors import metric_totals
from flambeau.app.insights.services import metrics_fetch
from flambeau.app.insights.tasks import fetch_metrics
from flambeau.app.jobs.models import Job
from flambeau.app.publishing.models import ChannelAccount, Delivery
from flambeau.connectors import Metrics, Receipt, register, unregister
from flambeau.connectors.base import BaseConnector
from flambeau.core.errors import ConnectorError

pytestmark = pytest.mark.django_db
AT = dt.datetime(2026, 12, 9, 12, tzinfo=dt.UTC)


class CountingConnector(BaseConnector):
    id: ClassVar[str] = "counting"
    name: ClassVar[str] = "Counting"

    def publish(self, publication):
        raise NotImplementedError

    def fetch_metrics(self, receipt: Receipt) -> Metrics:
        return Metrics(values={"impressions": 120.0, "clicks": 7.0}, measured_at=AT)


@pytest.fixture
def delivered(import_campaign):
    register(CountingConnector)
    campaign = import_campaign(["pass"])
    post = campaign.posts.get()
    account = ChannelAccount.objects.create(
        workspace=campaign.workspace, name="C", connector="counting"
    )
    delivery = Delivery.objects.create(
        post=post,
        account=account,
        key="k1",
        connector="counting",
        status="delivered",
        due_at=post.scheduled_at,
        next_attempt_at=post.scheduled_at,
        receipt={
            "connector": "counting",
            "key": "k1",
            "external_id": "42",
            "published_at": AT.isoformat(),
        },
    )
    yield campaign, delivery
    unregister("counting")


def test_metrics_are_stored_and_totalled(delivered):
    campaign, delivery = delivered
    stored = metrics_fetch(delivery=delivery)
    assert sorted((m.name, m.value) for m in stored) == [("clicks", 7.0), ("impressions", 120.0)]
    metrics_fetch(delivery=delivery)  # the same sample again: no duplicate rows
    assert delivery.metrics.count() == 2
    assert metric_totals(campaign=campaign) == {"clicks": 7.0, "impressions": 120.0}


def test_undelivered_has_nothing_to_measure(delivered):
    _, delivery = delivered
    delivery.status = "pending"
    with pytest.raises(ConnectorError, match="nothing to measure"):
        metrics_fetch(delivery=delivery)


def test_task_records_a_job(delivered):
    _, delivery = delivered
    assert fetch_metrics.call(delivery_id=delivery.pk) == "succeeded"
    assert "2 metrics" in Job.objects.get(name="fetch_metrics").log
