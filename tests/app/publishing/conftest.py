"""Fixtures for publishing: scheduled campaigns and the real worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def scheduled_campaign(import_campaign: Callable[..., Any]) -> Callable[..., Any]:
    """A campaign whose posts are approved and scheduled."""
    from flambeau.app.publishing.services import campaign_schedule
    from flambeau.app.studio.services import campaign_approve

    def build(verdicts: list[str]) -> Any:
        campaign = import_campaign(verdicts)
        campaign_approve(campaign=campaign, actor="tester", reason="test approval")
        campaign_schedule(campaign=campaign)
        return campaign

    return build


@pytest.fixture
def run_worker_until_idle(simulated_clock: Any) -> Callable[[], int]:
    """Publish everything: the clock jumps to each due time, the real worker runs the queue."""
    from flambeau.app.publishing.selectors import delivery_next_due_at
    from flambeau.app.publishing.services import deliveries_dispatch
    from flambeau.app.publishing.worker import drain_queue

    def run() -> int:
        rounds = 0
        while True:
            deliveries_dispatch(now=simulated_clock.now())
            drain_queue()
            rounds += 1
            due = delivery_next_due_at()
            if due is None:
                return rounds
            simulated_clock.advance_to(due)

    return run
