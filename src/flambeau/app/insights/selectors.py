"""Reads for insights: the latest value of each metric of a campaign's deliveries."""

from __future__ import annotations

from django.db.models import QuerySet

from flambeau.app.insights.models import Metric
from flambeau.app.studio.models import Campaign


def metric_list(*, campaign: Campaign) -> QuerySet[Metric]:
    """Every measured value of the campaign, newest first, with its delivery and post."""
    return Metric.objects.filter(delivery__post__campaign=campaign).select_related(
        "delivery", "delivery__post"
    )


def metric_totals(*, campaign: Campaign) -> dict[str, float]:
    """Per metric name, the sum over deliveries of each delivery's latest value."""
    latest: dict[tuple[int, str], float] = {}
    for metric in metric_list(campaign=campaign).order_by("measured_at"):
        latest[(metric.delivery_id, metric.name)] = metric.value
    totals: dict[str, float] = {}
    for (_, name), value in latest.items():
        totals[name] = totals.get(name, 0.0) + value
    return dict(sorted(totals.items()))
