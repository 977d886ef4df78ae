"""The Painter extension point: one class with a name, an `Options` model and `paint`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel

from flambeau.core.visuals.canvas import Box, Canvas
from flambeau.core.visuals.content import Card
from flambeau.core.visuals.palette import Palette
from flambeau.core.visuals.typesetting import FontSet

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
ALGORITHMIC = IPTC + "algorithmicMedia"  # made by software from rules, no trained model
COMPOSITE_WITH_TRAINED = IPTC + "compositeWithTrainedAlgorithmicMedia"  # some parts by a model
TRAINED = IPTC + "trainedAlgorithmicMedia"  # made by a model trained on sampled content


@dataclass(frozen=True)
class Frame:
    """Where things may go: the safe area (no platform UI over it) and the content area."""

    width: int
    height: int
    margin: int
    unit: int  # the base type size; everything else is a multiple of it
    safe: Box
    content: Box  # the safe area less the band reserved for labels

    @property
    def wide(self) -> bool:
        return self.width / self.height >= 1.5


@dataclass(frozen=True)
class PaintRequest:
    """What to paint: the card's words and layout, at one size, in the brand's look."""

    card: Card
    frame: Frame
    palette: Palette
    fonts: FontSet
    channel: str
    post_id: str
    logo: Path | None = None
    voice: tuple[str, ...] = ()


@dataclass
class Artwork:
    """What a painter made: one canvas per slide, and how it was made."""

    canvases: list[Canvas]
    digital_source_type: str
    creator_tool: str
    model: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    prompt: str | None = None
    shows_person: bool = False
    picture: str | None = None  # what a generated picture shows, for the alt text
    card: Card | None = None  # the card as painted, when the painter changed its layout


@runtime_checkable
class Painter(Protocol):
    """Paints a request into an `Artwork`; registered by `name`, configured by `Options`.

    A painter whose pictures come from a trained model also sets `trained = True`, so
    the labels (AI, "Images virtuelles") get their room before it paints.
    """

    name: ClassVar[str]
    Options: ClassVar[type[BaseModel]]

    def paint(self, request: PaintRequest) -> Artwork: ...
