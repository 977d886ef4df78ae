"""The shared job runner: status, log, traceback, retry with backoff, giving up."""

from __future__ import annotations

import datetime as dt

import pytest

from flambeau.app.jobs.models import JobStatus
from flambeau.app.jobs.runner import Backoff, JobSkipped, run_job

pytestmark = pytest.mark.django_db


def test_success_is_recorded_with_its_log(simulated_clock):
    def work(log):
        log("step one")
        return "all done"

    job = run_job(name="demo", subject="thing:1", work=work)
    assert job.status == JobStatus.SUCCEEDED
    assert "step one" in job.log and "all done" in job.log
    assert job.started_at == job.finished_at == simulated_clock.now()


def test_skip_is_not_a_failure():
    def work(log):
        raise JobSkipped("already delivered")

    job = run_job(name="demo", subject="thing:1", work=work)
    assert job.status == JobStatus.SKIPPED and "already delivered" in job.log
    assert job.traceback == ""


def test_failure_plans_a_retry_with_backoff(simulated_clock):
    planned = []

    def work(log):
        raise ValueError("boom")

    job = run_job(
        name="demo",
        subject="thing:1",
        work=work,
        attempt=2,
        backoff=Backoff(max_attempts=5, base=dt.timedelta(seconds=10), factor=3),
        on_retry=lambda when, exc: planned.append((when, exc)),
        on_give_up=lambda exc: pytest.fail("gave up too early"),
    )
    assert job.status == JobStatus.RETRYING
    assert job.error == "ValueError: boom" and "Traceback" in job.traceback
    ((when, exc),) = planned
    assert when - simulated_clock.now() == dt.timedelta(seconds=30)
    assert isinstance(exc, ValueError)


def test_last_attempt_gives_up():
    gave_up = []

    def work(log):
        raise OSError("still broken")

    job = run_job(
        name="demo",
        subject="thing:1",
        work=work,
        attempt=3,
        backoff=Backoff(max_attempts=3),
        on_retry=lambda when, exc: pytest.fail("must not retry"),
        on_give_up=gave_up.append,
    )
    assert job.status == JobStatus.FAILED and len(gave_up) == 1
    assert "giving up" in job.log


def test_backoff_grows_and_is_capped():
    backoff = Backoff(base=dt.timedelta(minutes=1), factor=4, cap=dt.timedelta(hours=1))
    delays = [backoff.delay(n) for n in range(1, 6)]
    assert delays[:3] == [dt.timedelta(minutes=m) for m in (1, 4, 16)]
    assert delays[3] == delays[4] == dt.timedelta(hours=1)
