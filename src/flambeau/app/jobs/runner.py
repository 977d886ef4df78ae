"""The one job runner: every background task runs through it, so status, log, traceback and
retry with backoff are handled once. A concrete job only says what to do."""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from flambeau.app.clock import get_clock
from flambeau.app.jobs.models import Job, JobStatus

logger = logging.getLogger("flambeau.jobs")


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff: `base` × `factor`^(attempt-1), capped, for `max_attempts` attempts."""

    max_attempts: int = 5
    base: dt.timedelta = dt.timedelta(minutes=1)
    factor: float = 4.0
    cap: dt.timedelta = dt.timedelta(hours=6)

    def delay(self, attempt: int) -> dt.timedelta:
        seconds = self.base.total_seconds() * self.factor ** max(attempt - 1, 0)
        return min(dt.timedelta(seconds=seconds), self.cap)


class JobSkipped(Exception):
    """Raised by a job that has nothing to do (already done, not due, refused by the gate)."""


class JobLog:
    """Lines a job writes about itself; kept on its Job row and sent to logging."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []

    def __call__(self, message: str) -> None:
        stamp = get_clock().now().strftime("%Y-%m-%d %H:%M:%S")
        self.lines.append(f"{stamp} {message}")
        logger.info("%s: %s", self.name, message)

    def text(self) -> str:
        return "\n".join(self.lines)


def run_job(
    *,
    name: str,
    subject: str,
    work: Callable[[JobLog], str | None],
    attempt: int = 1,
    backoff: Backoff | None = None,
    on_retry: Callable[[dt.datetime, BaseException], None] | None = None,
    on_give_up: Callable[[BaseException], None] | None = None,
    task_id: str = "",
) -> Job:
    """Run `work`, record how it went; on failure plan a retry (via `on_retry`) or give up."""
    clock = get_clock()
    job = Job.objects.create(
        name=name, subject=subject, attempt=attempt, task_id=task_id, started_at=clock.now()
    )
    log = JobLog(name)
    try:
        result = work(log)
    except JobSkipped as exc:
        log(f"skipped: {exc}")
        job.status = JobStatus.SKIPPED
    except Exception as exc:
        job.error = f"{type(exc).__name__}: {exc}"
        job.traceback = traceback.format_exc()
        logger.warning("%s %s failed (attempt %d): %s", name, subject, attempt, job.error)
        if backoff is not None and attempt < backoff.max_attempts and on_retry is not None:
            when = clock.now() + backoff.delay(attempt)
            log(f"attempt {attempt} failed: {job.error}; retrying at {when.isoformat()}")
            job.status = JobStatus.RETRYING
            on_retry(when, exc)
        else:
            log(f"attempt {attempt} failed: {job.error}; giving up")
            job.status = JobStatus.FAILED
            if on_give_up is not None:
                on_give_up(exc)
    else:
        if result:
            log(result)
        job.status = JobStatus.SUCCEEDED
    job.finished_at = clock.now()
    job.log = log.text()
    job.save(update_fields=["status", "finished_at", "log", "error", "traceback"])
    return job
