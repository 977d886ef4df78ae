"""One spec per channel: how text is counted and limited, hashtag norms, images, alt text.

Figures are the platforms' published limits as of 2026 (see docs/channels.md). Where a
platform has a hard limit and a much lower length that reads well, `text_limit` is the
hard limit and `ideal_length` the one writers aim for.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from flambeau.core.channels.counting import Counting, measure

Format = Literal["short", "long", "email", "article", "message", "caption", "payload"]
Medium = Literal["social", "email", "web"]


class ImageSize(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    width: int
    height: int

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)


class ChannelSpec(BaseModel):
    """What a channel accepts; `measure` counts a text the way the platform does."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    text_limit: int
    ideal_length: int
    counting: Counting = "chars"
    url_length: int | None = None  # fixed length a link counts for, when the platform shortens
    format: Format = "short"
    medium: Medium = "social"
    threads: bool = False  # a long message may be split into a numbered thread
    hashtags_max: int = 0  # most hashtags worth using (0: hashtags are not a norm here)
    hashtags_at_end: bool = True
    takes_images: bool = True
    images: tuple[ImageSize, ...] = ()
    alt_text_limit: int | None = None  # None: the platform has no alt text field
    title_limit: int | None = None  # subject line, article or pin title

    def measure(self, text: str) -> int:
        return measure(text, self.counting)

    def fits(self, text: str) -> bool:
        return self.measure(text) <= self.text_limit

    @property
    def image(self) -> ImageSize | None:
        """The default image size for this channel."""
        return self.images[0] if self.images else None


def _size(name: str, width: int, height: int) -> ImageSize:
    return ImageSize(name=name, width=width, height=height)


_LANDSCAPE = _size("landscape", 1600, 900)
_LINK = _size("link", 1200, 630)

CHANNELS: dict[str, ChannelSpec] = {
    spec.id: spec
    for spec in (
        ChannelSpec(
            id="x",
            name="X",
            text_limit=280,
            ideal_length=240,
            counting="x",
            url_length=23,
            threads=True,
            hashtags_max=2,
            images=(_LANDSCAPE,),
            alt_text_limit=1000,
        ),
        ChannelSpec(
            id="bluesky",
            name="Bluesky",
            text_limit=300,
            ideal_length=260,
            counting="graphemes",
            threads=True,
            hashtags_max=2,
            images=(_LANDSCAPE,),
            alt_text_limit=2000,
        ),
        ChannelSpec(
            id="mastodon",
            name="Mastodon",
            text_limit=500,
            ideal_length=420,
            counting="mastodon",
            url_length=23,
            threads=True,
            hashtags_max=4,
            images=(_size("landscape", 1200, 675),),
            alt_text_limit=1500,
        ),
        ChannelSpec(
            id="threads",
            name="Threads",
            text_limit=500,
            ideal_length=400,
            threads=True,
            hashtags_max=1,
            images=(_size("portrait", 1080, 1350),),
            alt_text_limit=1000,
        ),
        ChannelSpec(
            id="linkedin",
            name="LinkedIn",
            text_limit=3000,
            ideal_length=1200,
            format="long",
            hashtags_max=3,
            images=(_size("link", 1200, 627), _size("carousel", 1080, 1080)),
            alt_text_limit=1000,
        ),
        ChannelSpec(
            id="facebook",
            name="Facebook",
            text_limit=63206,
            ideal_length=500,
            format="long",
            hashtags_max=2,
            images=(_LINK,),
            alt_text_limit=1000,
        ),
        ChannelSpec(
            id="instagram",
            name="Instagram",
            text_limit=2200,
            ideal_length=900,
            format="caption",
            hashtags_max=5,
            images=(
                _size("portrait", 1080, 1350),
                _size("square", 1080, 1080),
                _size("story", 1080, 1920),
            ),
            alt_text_limit=100,
        ),
        ChannelSpec(
            id="tiktok",
            name="TikTok",
            text_limit=4000,
            ideal_length=300,
            format="caption",
            hashtags_max=5,
            images=(_size("story", 1080, 1920),),
            alt_text_limit=None,
        ),
        ChannelSpec(
            id="pinterest",
            name="Pinterest",
            text_limit=500,
            ideal_length=300,
            format="caption",
            hashtags_max=5,
            images=(_size("pin", 1000, 1500),),
            alt_text_limit=500,
            title_limit=100,
        ),
        ChannelSpec(
            id="youtube",
            name="YouTube",
            text_limit=5000,
            ideal_length=1000,
            format="long",
            hashtags_max=3,
            images=(_size("thumbnail", 1280, 720),),
            alt_text_limit=None,
            title_limit=100,
        ),
        ChannelSpec(
            id="telegram",
            name="Telegram",
            text_limit=1024,
            ideal_length=700,
            format="message",
            hashtags_max=2,
            images=(_size("landscape", 1280, 720),),
            alt_text_limit=None,
        ),
        ChannelSpec(
            id="discord",
            name="Discord",
            text_limit=2000,
            ideal_length=600,
            format="message",
            images=(_LINK,),
            alt_text_limit=1024,
        ),
        ChannelSpec(
            id="slack",
            name="Slack",
            text_limit=3000,
            ideal_length=600,
            format="message",
            images=(_LINK,),
            alt_text_limit=2000,
        ),
        ChannelSpec(
            id="newsletter",
            name="Email newsletter",
            text_limit=20000,
            ideal_length=1500,
            format="email",
            medium="email",
            images=(_size("header", 1200, 400),),
            alt_text_limit=250,
            title_limit=78,
        ),
        ChannelSpec(
            id="blog",
            name="Blog / RSS",
            text_limit=50000,
            ideal_length=4000,
            format="article",
            medium="web",
            images=(_LINK,),
            alt_text_limit=250,
            title_limit=90,
        ),
        ChannelSpec(
            id="webhook",
            name="Webhook",
            text_limit=10000,
            ideal_length=1000,
            format="payload",
            medium="web",
            images=(_LINK,),
            alt_text_limit=1000,
        ),
    )
}

CHANNEL_IDS: tuple[str, ...] = tuple(CHANNELS)


def get_channel(channel_id: str) -> ChannelSpec:
    """The spec for a channel id; raises KeyError naming the known ids."""
    try:
        return CHANNELS[channel_id]
    except KeyError:
        raise KeyError(f"unknown channel {channel_id!r}; known: {', '.join(CHANNEL_IDS)}") from None
