"""Where posts go (channel accounts) and each attempt to put one there (deliveries)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from flambeau.app.studio.models import Post, Workspace


class ChannelAccount(models.Model):
    """A destination in a workspace: a connector with its options, for one channel or all."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="channel_accounts"
    )
    name = models.CharField(max_length=200)
    connector = models.CharField(max_length=50, help_text=_("Connector id, e.g. outbox or rss."))
    channel = models.CharField(
        max_length=20,
        blank=True,
        help_text=_(
            "A channel id: its posts; '*': every post (a feed); blank: channels without an account."
        ),
    )
    options = models.JSONField(default=dict, blank=True)
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["workspace", "name"], name="account_unique_name")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.connector})"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("pending")  # waiting for its due time (or its next retry)
    QUEUED = "queued", _("queued")  # a publish task was enqueued
    PUBLISHING = "publishing", _("publishing")  # the connector call is under way
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("failed")  # every attempt failed; kept, can be retried
    BLOCKED = "blocked", _("blocked")  # the gate refused it right before publishing
    CANCELLED = "cancelled", _("cancelled")


class Delivery(models.Model):
    """One post to one account; `key` makes publishing idempotent across retries and crashes."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="deliveries")
    account = models.ForeignKey(ChannelAccount, on_delete=models.PROTECT, related_name="deliveries")
    key = models.CharField(max_length=100, unique=True)
    connector = models.CharField(max_length=50, help_text=_("The connector that delivers it."))
    status = models.CharField(
        max_length=12, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    due_at = models.DateTimeField()
    next_attempt_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    max_attempts = models.PositiveSmallIntegerField(default=5)
    last_error = models.TextField(blank=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    external_id = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=1000, blank=True)
    receipt = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["post", "account"], name="delivery_unique_post_account")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.key} [{self.status}]"
