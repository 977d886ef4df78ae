"""Writes for jobs: closing the record of runs whose worker died."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from flambeau.app.jobs.models import Job, JobStatus


@transaction.atomic
def jobs_close_abandoned(*, now: dt.datetime, older_than: dt.timedelta) -> int:
    """Runs still marked running long after they started: their worker stopped mid-way."""
    return Job.objects.filter(status=JobStatus.RUNNING, started_at__lt=now - older_than).update(
        status=JobStatus.FAILED,
        finished_at=now,
        error="the worker stopped before this run finished (it is retried through its subject)",
    )
