"""Template helpers of the studio: badges that say their meaning in words, channel names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from flambeau.app.web import labels
from flambeau.app.web.previews import channel_spec

register = template.Library()


@register.simple_tag
def verdict_badge(verdict: str) -> SafeString:
    return format_html(
        '<span class="badge badge--{}">{}</span>', verdict, labels.word(labels.VERDICTS, verdict)
    )


@register.simple_tag
def severity_badge(severity: str) -> SafeString:
    return format_html(
        '<span class="badge badge--{}">{}</span>',
        severity,
        labels.word(labels.SEVERITIES, severity),
    )


@register.simple_tag
def status_badge(status: str) -> SafeString:
    return format_html(
        '<span class="badge badge--status badge--{}">{}</span>',
        status,
        labels.word(labels.STATUSES, status),
    )


@register.filter
def channel_name(channel: str) -> str:
    return str(labels.CHANNELS.get(channel) or channel_spec(channel).name)


@register.simple_tag
def channel_label(channel: str) -> SafeString:
    return format_html('<span class="channel ch-{}">{}</span>', channel, channel_name(channel))


@register.filter
def goal_name(goal: str) -> str:
    return labels.word(labels.GOALS, goal)


@register.filter
def basis_name(basis: str) -> str:
    return labels.word(labels.LAWFUL_BASES, basis)


@register.filter
def cadence_name(cadence: str) -> str:
    return labels.cadence(cadence)


@register.filter
def family_name(family: str) -> str:
    return labels.word(labels.FAMILIES, family)


@register.filter
def severity_name(severity: str) -> str:
    return labels.word(labels.SEVERITIES, severity)


@register.filter
def status_name(status: str) -> str:
    return labels.word(labels.STATUSES, status)


@register.filter
def verdict_name(verdict: str) -> str:
    return labels.word(labels.VERDICTS, verdict)


@register.filter
def verdict_explained(verdict: str) -> str:
    return labels.word(labels.VERDICT_EXPLAINED, verdict)


@register.filter
def disclosure_name(disclosure: str) -> str:
    return labels.word(labels.DISCLOSURES, disclosure)


@register.filter
def iso_datetime(value: Any) -> dt.datetime | str:
    """An ISO 8601 string (as JSON stores provenance times) as a datetime, else unchanged."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@register.filter
def is_web_url(url: str | None) -> bool:
    """True for http(s) links a browser can open from this page (not file:// paths)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


@register.filter
def local_path(url: str | None) -> str:
    """A file:// URL as the path it names, for showing where the outbox wrote a post."""
    text = str(url or "")
    return text[len("file://") :] if text.startswith("file://") else text


@register.filter
def get(mapping: dict[str, Any] | None, key: str) -> Any:
    """`counts|get:"warn"`: a mapping's value, 0 when missing."""
    return (mapping or {}).get(key, 0)
