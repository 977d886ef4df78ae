"""The demo campaign: generate, store, approve ("demo auto-approval"), schedule, and publish
every post with the real worker while a simulated clock jumps from one due time to the next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from flambeau.app.clock import SimulatedClock, use_clock
from flambeau.app.publishing.models import Delivery
from flambeau.app.publishing.selectors import delivery_next_due_at
from flambeau.app.publishing.services import (
    campaign_schedule,
    channel_accounts_ensure,
    deliveries_dispatch,
)
from flambeau.app.publishing.worker import drain_queue
from flambeau.app.studio.models import Campaign, Post
from flambeau.app.studio.services import campaign_approve, campaign_generate, workspace_ensure
from flambeau.core.brief import Brief

DEMO_ACTOR = "demo"
DEMO_REASON = "demo auto-approval"

Progress = Callable[[str, int, int], None]
OnPublish = Callable[[dt.datetime, int, int], None]


@dataclass
class DemoResult:
    """What the demo did, for its summary."""

    campaign: Campaign
    out_dir: Path
    refused: list[tuple[Post, str]] = field(default_factory=list)
    rounds: int = 0
    first_due: dt.datetime | None = None
    last_due: dt.datetime | None = None

    @property
    def report_path(self) -> Path:
        return self.out_dir / "report.html"

    @property
    def feed_path(self) -> Path:
        return Path(settings.FLAMBEAU_FEED_DIR) / "feed.xml"

    @property
    def outbox_path(self) -> Path:
        return Path(settings.FLAMBEAU_OUTBOX_DIR)


def generate_and_store(
    *, brief: Brief, writer: str, model: str | None, on_progress: Progress | None
) -> tuple[Campaign, Path]:
    """Migrate, then generate the campaign and store it in the default workspace."""
    call_command("migrate", interactive=False, verbosity=0)
    workspace = workspace_ensure()
    channel_accounts_ensure(workspace=workspace)
    campaign = campaign_generate(
        workspace=workspace, brief=brief, writer=writer, model=model, on_progress=on_progress
    )
    return campaign, Path(campaign.out_dir)


def publish_with_simulated_clock(
    *, campaign: Campaign, on_publish: OnPublish | None = None
) -> tuple[int, dt.datetime | None, dt.datetime | None]:
    """Publish every scheduled delivery in due order; returns (rounds, first due, last due)."""
    first = delivery_next_due_at(campaign=campaign)
    if first is None:
        return 0, None, None
    total = Delivery.objects.filter(post__campaign=campaign).count()
    clock = SimulatedClock(first)
    rounds, last = 0, first
    with use_clock(clock):
        while True:
            deliveries_dispatch(now=clock.now(), campaign=campaign)
            drain_queue()
            rounds += 1
            if on_publish is not None:
                done = Delivery.objects.filter(post__campaign=campaign, status="delivered").count()
                on_publish(clock.now(), done, total)
            due = delivery_next_due_at(campaign=campaign)
            if due is None:
                return rounds, first, last
            last = clock.advance_to(due)


def approve_and_schedule(*, campaign: Campaign) -> list[tuple[Post, str]]:
    """Approve as "demo auto-approval" and schedule; the posts the gate refused, with why."""
    approvals = campaign_approve(campaign=campaign, actor=DEMO_ACTOR, reason=DEMO_REASON)
    scheduling = campaign_schedule(campaign=campaign)
    refused_ids = {p.pk for p, _ in approvals.refused}
    return approvals.refused + [(p, r) for p, r in scheduling.refused if p.pk not in refused_ids]


def run_demo(
    *,
    brief: Brief,
    writer: str = "llm",
    model: str | None = None,
    on_progress: Progress | None = None,
    on_publish: OnPublish | None = None,
) -> DemoResult:
    """The whole demo; posts with a blocking finding stay unapproved and are reported."""
    campaign, out_dir = generate_and_store(
        brief=brief, writer=writer, model=model, on_progress=on_progress
    )
    refused = approve_and_schedule(campaign=campaign)
    rounds, first, last = publish_with_simulated_clock(campaign=campaign, on_publish=on_publish)
    return DemoResult(
        campaign=campaign,
        out_dir=out_dir,
        refused=refused,
        rounds=rounds,
        first_due=first,
        last_due=last,
    )
