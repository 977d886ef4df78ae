"""A stored brief loads back into the same Brief, for every shared brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.app.studio.briefs import brief_document, campaign_brief
from flambeau.core.brief import load_brief, parse_brief

SHARED = sorted(
    (Path(__file__).resolve().parents[3].parent / "shared" / "data" / "briefs").glob("*.yaml")
)
EXAMPLES = [
    Path(__file__).resolve().parents[3]
    / "src"
    / "flambeau"
    / "examples"
    / "paindor-ateliers.fr.yaml"
]


@pytest.mark.parametrize("path", SHARED + EXAMPLES, ids=lambda p: p.name)
def test_document_round_trips(path):
    brief = load_brief(path)
    again = parse_brief(brief_document(brief), source="stored")
    assert again.model_dump() == brief.model_dump()


def test_document_writes_cadence_and_quiet_hours_as_a_brief_does(example_brief):
    document = brief_document(example_brief)
    assert all(isinstance(v, str) for v in document["campaign"]["channels"].values())
    assert document["campaign"]["quiet_hours"] == str(example_brief.campaign.quiet_hours)


@pytest.mark.django_db
def test_campaign_brief_loads_the_stored_one(import_campaign, example_brief):
    campaign = import_campaign(["pass"])
    assert campaign_brief(campaign).model_dump() == example_brief.model_dump()
