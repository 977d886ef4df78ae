"""Generating a campaign from the app: now (service) or in the background (task on commit)."""

from __future__ import annotations

import pytest

from flambeau.app.jobs.models import Job, JobStatus
from flambeau.app.studio import importing, services
from flambeau.app.studio.models import Campaign
from flambeau.core.errors import BriefError


@pytest.fixture
def fake_pipeline(monkeypatch, make_plan):
    """The core pipeline replaced by the plan factory (the real one is tested in e2e)."""
    calls = []

    def run(brief, out_dir, *, writer, model, on_progress):
        calls.append((writer, model))
        plan, made = make_plan(brief, ["pass", "warn"])
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        made.rename(out_dir)
        return plan

    monkeypatch.setattr(importing, "_run_pipeline", run)
    return calls


@pytest.mark.django_db
def test_campaign_generate_stores_the_plan(fake_pipeline, example_brief, data_dirs):
    campaign = services.campaign_generate(
        workspace=services.workspace_ensure(), brief=example_brief, writer="template"
    )
    assert fake_pipeline == [("template", None)]
    assert campaign.posts.count() == 2
    assert campaign.out_dir.startswith(str(data_dirs / "campaigns"))


@pytest.mark.django_db
def test_generate_later_refuses_a_bad_brief_at_once(tmp_path, django_capture_on_commit_callbacks):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nbrand: {name: X}\n")
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(BriefError):
        services.campaign_generate_later(workspace=services.workspace_ensure(), brief_path=bad)
    assert callbacks == []


@pytest.mark.django_db(transaction=True)
def test_generate_later_runs_in_the_worker(fake_pipeline, data_dirs):
    from flambeau.app.publishing.worker import drain_queue
    from flambeau.examples import example_path

    services.campaign_generate_later(
        workspace=services.workspace_ensure(), brief_path=example_path(), writer="template"
    )
    assert Campaign.objects.count() == 0  # not yet: the worker does it
    drain_queue()
    assert Campaign.objects.get().posts.count() == 2
    assert Job.objects.get(name="generate_campaign").status == JobStatus.SUCCEEDED
