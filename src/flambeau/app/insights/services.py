"""Writes for insights: fetching a delivered post's metrics back from its channel."""

from __future__ import annotations

from django.db import transaction

from flambeau.app.insights.models import Metric
from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.connectors import Receipt, build_connector
from flambeau.core.errors import ConnectorError


@transaction.atomic
def metrics_fetch(*, delivery: Delivery) -> list[Metric]:
    """Ask the connector for the delivery's numbers and keep them (one row per name and time)."""
    if delivery.status != DeliveryStatus.DELIVERED or not delivery.receipt:
        raise ConnectorError(f"delivery {delivery.key} is {delivery.status}: nothing to measure")
    connector = build_connector(delivery.connector, delivery.account.options)
    metrics = connector.fetch_metrics(Receipt.model_validate(delivery.receipt))
    stored = []
    for name, value in sorted(metrics.values.items()):
        metric, _ = Metric.objects.update_or_create(
            delivery=delivery,
            name=name,
            measured_at=metrics.measured_at,
            defaults={"value": value},
        )
        stored.append(metric)
    return stored
