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


GOALS: dict[str, Promise] = {
    "awareness": _("awareness"),
    "engagement": _("engagement"),
    "traffic": _("traffic"),
    "registrations": _("registrations"),
    "sales": _("sales"),
    "donations": _("donations"),
}

LAWFUL_BASES: dict[str, Promise] = {
    "consent": _("consent"),
    "contract": _("contract"),
    "legitimate-interest": _("legitimate interest"),
}

CADENCE_UNITS: dict[str, Promise] = {
    "day": _("day"),
    "week": _("week"),
    "month": _("month"),
}

# Channels whose name is a word rather than a brand.
CHANNELS: dict[str, Promise] = {
    "newsletter": _("Email newsletter"),
    "blog": _("Blog / RSS"),
}


def cadence(text: str) -> str:
    """'3/week' in the interface's language ('3/semaine'); 'once' too."""
    if text == "once":
        return str(_("once"))
    count, _slash, unit = text.partition("/")
    return f"{count}/{word(CADENCE_UNITS, unit)}" if unit else text


def word(table: dict[str, Promise], key: str) -> str:
    """The translated word for a key, or the key itself when the table does not know it."""
    return str(table.get(key, key))
