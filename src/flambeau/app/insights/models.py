"""Metrics fetched back from a channel for a delivered post."""

from __future__ import annotations

from django.db import models

from flambeau.app.publishing.models import Delivery


class Metric(models.Model):
    """One measured number (impressions, clicks...) for one delivery at one time."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="metrics")
    name = models.CharField(max_length=50)
    value = models.FloatField()
    measured_at = models.DateTimeField()

    class Meta:
        ordering = ["-measured_at", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["delivery", "name", "measured_at"], name="metric_unique_sample"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
