"""User-facing words for verdicts, severities, statuses and rule families (translated)."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

VERDICTS: dict[str, Promise] = {
    "pass": _("Pass"),
    "warn": _("Warning"),
    "block": _("Blocked"),
}

VERDICT_EXPLAINED: dict[str, Promise] = {
    "pass": _("No finding stands in the way: this post can be approved."),
    "warn": _("Some findings need a look: approving overrides them, with your reason on record."),
    "block": _("A blocking finding: this post cannot be approved, scheduled or published."),
}

SEVERITIES: dict[str, Promise] = {
    "info": _("Info"),
    "warn": _("Warning"),
    "block": _("Block"),
}

STATUSES: dict[str, Promise] = {
    "draft": _("Draft"),
    "approved": _("Approved"),
    "scheduled": _("Scheduled"),
    "published": _("Published"),
    "pending": _("Pending"),
    "queued": _("Queued"),
    "publishing": _("Publishing"),
    "delivered": _("Delivered"),
    "failed": _("Failed"),
    "blocked": _("Blocked"),
    "cancelled": _("Cancelled"),
}

FAMILIES: dict[str, Promise] = {
    "manipulation": _("Manipulation"),
    "honesty": _("Honesty"),
    "disclosure": _("Disclosure"),
    "privacy": _("Privacy"),
    "wellbeing": _("Wellbeing"),
    "diversity": _("Diversity"),
    "fairness": _("Fairness"),
    "accessibility": _("Accessibility"),
    "sector": _("Sector rules"),
    "brand": _("Brand"),
}

DISCLOSURES: dict[str, Promise] = {
    "ai-generated": _("AI-generated"),
    "sponsored": _("Sponsored"),
    "images-virtuelles": _("Virtual images"),
}


def word(table: dict[str, Promise], key: str) -> str:
    """The translated word for a key, or the key itself when the table does not know it."""
    return str(table.get(key, key))
