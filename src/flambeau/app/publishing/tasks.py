"""Thin background tasks: load by id, run a service through the shared job runner."""

from __future__ import annotations

from django_tasks import task

from flambeau.app.jobs.runner import run_job
from flambeau.app.publishing import services
from flambeau.app.publishing.models import Delivery


@task()
def publish_delivery(delivery_id: int) -> str:
    """Publish one due delivery; failures are retried with backoff by the runner."""
    delivery = Delivery.objects.filter(pk=delivery_id).first()
    if delivery is None:
        return "gone"
    job = run_job(
        name="publish_delivery",
        subject=f"delivery:{delivery_id}",
        attempt=delivery.attempts + 1,
        work=lambda log: services.delivery_publish(delivery_id=delivery_id, log=log),
        backoff=services.delivery_backoff(delivery),
        on_retry=lambda when, exc: services.delivery_retry_later(
            delivery_id=delivery_id, when=when, error=f"{type(exc).__name__}: {exc}"
        ),
        on_give_up=lambda exc: services.delivery_fail(
            delivery_id=delivery_id, error=f"{type(exc).__name__}: {exc}"
        ),
    )
    return str(job.status)


@task()
def dispatch_due_deliveries() -> int:
    """Enqueue publishing for every delivery now due; returns how many."""
    return len(services.deliveries_dispatch())
