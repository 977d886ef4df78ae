"""`flambeau worker`: the django-tasks database worker, plus the dispatch of due deliveries."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from flambeau.app.publishing.services import deliveries_dispatch


def drain_queue(*, queue: str = "*", max_tasks: int | None = None) -> None:
    """Run every ready task with the real django-tasks-db worker, then return."""
    Worker(
        queue_names=[queue],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    ).run()


def run_worker(
    *,
    interval: float = 5.0,
    once: bool = False,
    on_tick: Callable[[int], None] | None = None,
) -> None:
    """Loop: enqueue what is due, run the queue, wait. `once` stops after one round."""
    while True:
        due = deliveries_dispatch()
        drain_queue()
        if on_tick is not None:
            on_tick(len(due))
        if once:
            return
        time.sleep(interval)
