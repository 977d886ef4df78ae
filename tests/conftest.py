"""Shared fixtures: a throwaway FLAMBEAU_HOME, per-test data folders, example plans for the app."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Installed third-party plugins (connectors, rules) stay out of the tests. The data folder is a
# temporary one: flambeau.app.home picks one for any pytest run without FLAMBEAU_HOME.
os.environ["FLAMBEAU_BLOCK_PLUGINS"] = "1"


@pytest.fixture
def data_dirs(settings: Any, tmp_path: Path) -> Path:
    """Media, outbox and feed folders of this test only."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FLAMBEAU_OUTBOX_DIR = tmp_path / "outbox"
    settings.FLAMBEAU_FEED_DIR = tmp_path / "feed"
    settings.FLAMBEAU_CAMPAIGNS_DIR = tmp_path / "campaigns"
    return tmp_path


@pytest.fixture
def example_brief() -> Any:
    """The bundled Pain d'Or brief, loaded."""
    from flambeau.core.brief import load_brief
    from flambeau.examples import example_path

    return load_brief(example_path())


def _finding(rule: str, severity: str, post_id: str) -> dict[str, Any]:
    return {
        "rule": rule,
        "severity": severity,
        "message": f"{rule} found something",
        "basis": "test basis",
        "suggestion": "a calmer wording",
        "start": 0,
        "end": 4,
        "subject": "text",
        "subject_id": post_id,
    }


@pytest.fixture
def make_plan(tmp_path: Path) -> Callable[..., tuple[Any, Path]]:
    """Build a CampaignPlan with real PNG images on disk: `make_plan(brief, verdicts=[...])`.

    Each verdict ('pass', 'warn', 'block') gives one post, one day apart, on the brief's
    channels in turn, with one finding of that severity when it is not 'pass'.
    """
    from PIL import Image

    from flambeau.core.campaign import CampaignPlan
    from flambeau.core.post import EthicsSummary, Post, Provenance

    def build(
        brief: Any, verdicts: list[str], *, start: dt.datetime | None = None
    ) -> tuple[Any, Path]:
        out_dir = tmp_path / f"plan-{len(list(tmp_path.glob('plan-*')))}"
        (out_dir / "images").mkdir(parents=True)
        zone = brief.campaign.zone
        first = start or dt.datetime.combine(brief.campaign.start, dt.time(10, 30), tzinfo=zone)
        channels = list(brief.campaign.channels)
        posts = []
        for n, verdict in enumerate(verdicts, start=1):
            post_id = f"p{n:02d}"
            Image.new("RGB", (64, 32), (122, 75, 30)).save(out_dir / "images" / f"{post_id}.png")
            findings = [] if verdict == "pass" else [_finding(f"test.{verdict}", verdict, post_id)]
            posts.append(
                Post(
                    id=post_id,
                    channel=channels[(n - 1) % len(channels)],
                    scheduled_at=first + dt.timedelta(days=n - 1, hours=n % 3),
                    message=brief.messages[(n - 1) % len(brief.messages)],
                    audience=brief.audiences[0].name if brief.audiences else None,
                    angle="tip",
                    text=f"Post {post_id}: {brief.messages[(n - 1) % len(brief.messages)]}",
                    hashtags=list(brief.brand.hashtags[:1]),
                    link=brief.campaign.link,
                    image=f"images/{post_id}.png",
                    alt_text=f"Card for post {post_id}",
                    disclosure=["ai-generated"],
                    provenance=Provenance(model="test", writer="template"),
                    ethics=EthicsSummary(verdict=verdict, findings=findings),
                )
            )
        plan = CampaignPlan(
            brief=CampaignPlan.header_for(brief),
            generator={"writer": "template", "painter": "cards", "version": "test"},
            posts=posts,
        )
        (out_dir / "plan.json").write_text(plan.to_json(), encoding="utf-8")
        return plan, out_dir

    return build


@pytest.fixture
def import_campaign(
    db: None, data_dirs: Path, example_brief: Any, make_plan: Callable[..., tuple[Any, Path]]
) -> Callable[..., Any]:
    """Store a campaign of the example brief with one post per verdict given."""
    from flambeau.app.studio.services import campaign_import, workspace_ensure

    def build(verdicts: list[str], **kwargs: Any) -> Any:
        plan, out_dir = make_plan(example_brief, verdicts, **kwargs)
        return campaign_import(
            workspace=workspace_ensure(), brief=example_brief, plan=plan, out_dir=out_dir
        )

    return build


@pytest.fixture
def simulated_clock() -> Iterator[Any]:
    """A simulated clock set at 2026-12-01 00:00 UTC, installed for the test."""
    from flambeau.app.clock import SimulatedClock, use_clock

    with use_clock(SimulatedClock(dt.datetime(2026, 12, 1, tzinfo=dt.UTC))) as clock:
        yield clock
