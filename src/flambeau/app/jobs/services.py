"""Writes for jobs: closing the record of runs whose worker died."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from flambeau.app.jobs.models import Job, JobStatus


@transaction.atomic
def jobs_close_abandoned(*, subjects: list[str], now: dt.datetime) -> int:
    """Runs of these subjects still marked running: their worker stopped mid-way."""
    return Job.objects.filter(status=JobStatus.RUNNING, subject__in=subjects).update(
        status=JobStatus.FAILED,
        finished_at=now,
        error="the worker stopped before this run finished (it is retried through its subject)",
    )
