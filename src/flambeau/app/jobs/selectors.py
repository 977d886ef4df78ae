"""Reads for jobs: the runs of one subject, newest first."""

from __future__ import annotations

from django.db.models import QuerySet

from flambeau.app.jobs.models import Job


def job_list(*, subject: str | None = None, status: str | None = None) -> QuerySet[Job]:
    jobs = Job.objects.all()
    if subject:
        jobs = jobs.filter(subject=subject)
    if status:
        jobs = jobs.filter(status=status)
    return jobs.order_by("-started_at", "-id")
