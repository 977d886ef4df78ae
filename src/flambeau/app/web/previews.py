"""What a post's preview needs: its channel's look, and its length as the platform counts it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flambeau.core.channels import ChannelSpec, get_channel

_TITLE_KEYS = ("subject", "title", "headline")
_PREHEADER_KEYS = ("preheader", "preview", "summary")


@dataclass(frozen=True)
class Counter:
    """A length as the platform counts it, against the channel's limit: "212/280"."""

    used: int
    limit: int
    ideal: int

    @property
    def over(self) -> bool:
        return self.used > self.limit

    @property
    def long(self) -> bool:
        """Fits, but longer than what reads well on this channel."""
        return self.ideal < self.used <= self.limit

    @property
    def state(self) -> str:
        return "over" if self.over else "long" if self.long else "ok"

    def __str__(self) -> str:
        return f"{self.used}/{self.limit}"


@dataclass(frozen=True)
class ThreadPart:
    number: int
    text: str
    counter: Counter


@dataclass(frozen=True)
class ChannelPreview:
    """A post as its channel would show it."""

    spec: ChannelSpec
    counter: Counter
    parts: list[ThreadPart]
    title: str | None
    preheader: str | None

    @property
    def template(self) -> str:
        return f"web/previews/{self.spec.format}.html"

    @property
    def is_thread(self) -> bool:
        return len(self.parts) > 1


def channel_spec(channel: str) -> ChannelSpec:
    """The channel's spec; an unknown id (an old row, a removed plugin) previews as a payload."""
    try:
        return get_channel(channel)
    except KeyError:
        return ChannelSpec(
            id=channel, name=channel, text_limit=10_000, ideal_length=10_000, format="payload"
        )


def _first(extra: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = extra.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _counter(spec: ChannelSpec, text: str) -> Counter:
    return Counter(used=spec.measure(text), limit=spec.text_limit, ideal=spec.ideal_length)


def channel_preview(
    channel: str, *, text: str, parts: Sequence[str] = (), extra: Mapping[str, Any] | None = None
) -> ChannelPreview:
    """The preview of one post: counted as `channel` counts, with its thread parts and title."""
    spec = channel_spec(channel)
    extra = extra or {}
    thread = [
        ThreadPart(number=i, text=part, counter=_counter(spec, part))
        for i, part in enumerate(parts, start=1)
    ]
    return ChannelPreview(
        spec=spec,
        counter=_counter(spec, text),
        parts=thread,
        title=_first(extra, _TITLE_KEYS),
        preheader=_first(extra, _PREHEADER_KEYS),
    )
