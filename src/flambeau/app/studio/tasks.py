"""Thin background tasks of the studio: generating a campaign from a brief file."""

from __future__ import annotations

from pathlib import Path

from django_tasks import task

from flambeau.app.jobs.runner import JobLog, run_job
from flambeau.app.studio import services
from flambeau.app.studio.models import Workspace
from flambeau.core.brief import load_brief


@task()
def generate_campaign_task(
    workspace_id: int, brief_path: str, writer: str = "llm", model: str | None = None
) -> str:
    """Generate and store a campaign; a failure is recorded on its Job (no retry: fix the brief)."""

    def work(log: JobLog) -> str:
        workspace = Workspace.objects.get(pk=workspace_id)
        brief = load_brief(Path(brief_path))
        log(f"generating {brief.campaign.name!r} with the {writer} writer")
        campaign = services.campaign_generate(
            workspace=workspace, brief=brief, writer=writer, model=model
        )
        return f"stored campaign {campaign.pk} ({campaign.posts.count()} posts)"

    return str(run_job(name="generate_campaign", subject=f"brief:{brief_path}", work=work).status)
