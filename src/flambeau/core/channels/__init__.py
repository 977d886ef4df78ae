"""Channel specs: how each platform counts text, and what it accepts."""

from flambeau.core.channels.counting import (
    URL_LENGTH,
    URL_PATTERN,
    graphemes,
    mastodon_length,
    measure,
    x_weighted_length,
)
from flambeau.core.channels.specs import (
    CHANNEL_IDS,
    CHANNELS,
    ChannelSpec,
    ImageSize,
    get_channel,
)

__all__ = [
    "CHANNELS",
    "CHANNEL_IDS",
    "URL_LENGTH",
    "URL_PATTERN",
    "ChannelSpec",
    "ImageSize",
    "get_channel",
    "graphemes",
    "mastodon_length",
    "measure",
    "x_weighted_length",
]
