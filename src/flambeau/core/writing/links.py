"""Campaign links with UTM parameters per post, so each post's visits can be counted."""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from flambeau.core.brief import Brief
from flambeau.core.channels import get_channel


def campaign_slug(name: str) -> str:
    """'Ateliers levain — décembre' -> 'ateliers-levain-decembre'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return regex.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "campaign"


def utm_medium(channel: str) -> str:
    """'email' for the newsletter, 'social' for every other channel."""
    return "email" if get_channel(channel).medium == "email" else "social"


def tracked_link(brief: Brief, *, channel: str, post_id: str) -> str | None:
    """The campaign link (or website) with utm_source/medium/campaign/content; None if none."""
    base = brief.campaign.link or brief.brand.website
    if base is None:
        return None
    parts = urlsplit(base)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not k.startswith("utm_")]
    query += [
        ("utm_source", channel),
        ("utm_medium", utm_medium(channel)),
        ("utm_campaign", campaign_slug(brief.campaign.name)),
        ("utm_content", post_id),
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))
