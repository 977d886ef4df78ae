"""The default painter: branded cards rendered locally with Pillow, no model involved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from flambeau import __version__
from flambeau.core.visuals.layouts import LAYOUTS
from flambeau.core.visuals.painter import ALGORITHMIC, COMPOSITE_WITH_TRAINED, Artwork, PaintRequest


class CardsPainter:
    """Typeset cards in the brand's palette; the words come from the brief and the post."""

    name: ClassVar[str] = "cards"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")

    def __init__(self, options: BaseModel | None = None) -> None:
        self.options = options or self.Options()

    def paint(self, request: PaintRequest) -> Artwork:
        canvases = LAYOUTS[request.card.layout](request)
        machine = request.card.machine_written
        return Artwork(
            canvases=canvases,
            digital_source_type=COMPOSITE_WITH_TRAINED if machine else ALGORITHMIC,
            creator_tool=f"Flambeau {__version__} (cards painter)",
            params={"layout": request.card.layout},
        )


def register(register_painter: Callable[[Any], Any]) -> None:
    register_painter(CardsPainter)
