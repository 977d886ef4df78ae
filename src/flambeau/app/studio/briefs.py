"""A campaign keeps its brief as a document the brief loader reads back unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flambeau.app.studio.models import Campaign
from flambeau.core.brief import Brief, parse_brief


def brief_document(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON, written the way a brief file writes it (`3/week`, `21:00-08:00`)."""
    document = brief.model_dump(mode="json")
    campaign = document["campaign"]
    campaign["channels"] = {k: str(v) for k, v in brief.campaign.channels.items()}
    quiet = brief.campaign.quiet_hours
    campaign["quiet_hours"] = str(quiet) if quiet is not None else None
    return document


def campaign_brief(campaign: Campaign) -> Brief:
    """The campaign's brief, loaded again (relative paths resolve against its plan folder)."""
    source_dir = Path(campaign.out_dir) if campaign.out_dir else None
    return parse_brief(campaign.brief, source=f"campaign {campaign.pk}", source_dir=source_dir)
