"""Reading the brief stored with a campaign: its channels, cadences and quiet hours."""

from __future__ import annotations

from typing import Any

from flambeau.core.brief.models import Cadence, QuietHours


def _campaign_part(brief: Any) -> dict[str, Any]:
    campaign = brief.get("campaign") if isinstance(brief, dict) else None
    return campaign if isinstance(campaign, dict) else {}


def _cadence_text(value: Any) -> str:
    try:
        if isinstance(value, dict):
            return str(Cadence.model_validate(value))
        return str(Cadence.parse(value))
    except ValueError:
        return str(value)


def channels_of(brief: Any) -> list[tuple[str, str]]:
    """(channel id, cadence as written: '3/week', 'once') for each channel of the brief."""
    channels = _campaign_part(brief).get("channels")
    if not isinstance(channels, dict):
        return []
    return [(str(channel), _cadence_text(cadence)) for channel, cadence in channels.items()]


def quiet_hours_of(brief: Any) -> QuietHours | None:
    """The quiet hours stored with a campaign's brief, or None (absent or unreadable)."""
    value = _campaign_part(brief).get("quiet_hours")
    if not value:
        return None
    try:
        if isinstance(value, str):
            return QuietHours.parse(value)
        return QuietHours.model_validate(value)
    except ValueError:
        return None
