"""Thin background tasks of insights."""

from __future__ import annotations

from django_tasks import task

from flambeau.app.insights import services
from flambeau.app.jobs.runner import JobLog, run_job
from flambeau.app.publishing.models import Delivery


@task()
def fetch_metrics(delivery_id: int) -> str:
    """Fetch a delivery's metrics through its connector (recorded as a Job; run it again later)."""

    def work(log: JobLog) -> str:
        stored = services.metrics_fetch(delivery=Delivery.objects.get(pk=delivery_id))
        return f"{len(stored)} metrics"

    return str(run_job(name="fetch_metrics", subject=f"delivery:{delivery_id}", work=work).status)
