"""The default painter: branded cards rendered locally with Pillow, no model involved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from flambeau import __version__
from flambeau.core.visuals.design import TextTooLong
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
        """The card in its layout; when its words cannot fit there, the plain headline card."""
        card = request.card
        try:
            canvases = LAYOUTS[card.layout](request)
        except TextTooLong:
            if card.layout == "headline":
                raise
            card = replace(card, layout="headline", slides=())
            canvases = LAYOUTS["headline"](replace(request, card=card))
        return Artwork(
            canvases=canvases,
            digital_source_type=COMPOSITE_WITH_TRAINED if card.machine_written else ALGORITHMIC,
            creator_tool=f"Flambeau {__version__} (cards painter)",
            params={"layout": card.layout},
            card=card,
        )


def register(register_painter: Callable[[Any], Any]) -> None:
    register_painter(CardsPainter)
