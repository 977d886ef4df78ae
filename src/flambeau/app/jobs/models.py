"""A record of each run of background work: what, on what, how it went, and why it failed."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("succeeded")
    RETRYING = "retrying", _("retrying")  # failed, another attempt is planned
    FAILED = "failed", _("failed")
    SKIPPED = "skipped", _("skipped")  # nothing to do (already done, not due, refused)


class Job(models.Model):
    """One run of one task by the shared job runner."""

    name = models.CharField(max_length=100)
    subject = models.CharField(max_length=200, blank=True, help_text=_("e.g. delivery:12"))
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.RUNNING)
    attempt = models.PositiveSmallIntegerField(default=1)
    task_id = models.CharField(max_length=64, blank=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    log = models.TextField(blank=True)
    error = models.TextField(blank=True)
    traceback = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["subject"])]

    def __str__(self) -> str:
        return f"{self.name} {self.subject} [{self.status}]"
