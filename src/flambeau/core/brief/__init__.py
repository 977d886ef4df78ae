"""The campaign brief: typed models and a loader that names every problem (BRIEF.md)."""

from flambeau.core.brief.loader import load_brief, parse_brief
from flambeau.core.brief.models import (
    Audience,
    Brand,
    Brief,
    Cadence,
    Campaign,
    Goal,
    LawfulBasis,
    QuietHours,
)

__all__ = [
    "Audience",
    "Brand",
    "Brief",
    "Cadence",
    "Campaign",
    "Goal",
    "LawfulBasis",
    "QuietHours",
    "load_brief",
    "parse_brief",
]
