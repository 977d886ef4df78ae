"""Visuals: an on-brand, accessible, honestly labelled image for every post (issue 4)."""

from flambeau.core.visuals.content import LAYOUTS, Card, plan_card
from flambeau.core.visuals.paint import paint_post
from flambeau.core.visuals.painter import (
    ALGORITHMIC,
    COMPOSITE_WITH_TRAINED,
    TRAINED,
    Artwork,
    Frame,
    Painter,
    PaintRequest,
)
from flambeau.core.visuals.provenance import read_provenance
from flambeau.core.visuals.registry import (
    ENTRY_POINT_GROUP,
    get_painter,
    painter_names,
    register_painter,
    unregister_painter,
)
from flambeau.core.visuals.sheet import contact_sheet
from flambeau.core.visuals.signing import SigningSettings

__all__ = [
    "ALGORITHMIC",
    "COMPOSITE_WITH_TRAINED",
    "ENTRY_POINT_GROUP",
    "LAYOUTS",
    "TRAINED",
    "Artwork",
    "Card",
    "Frame",
    "PaintRequest",
    "Painter",
    "SigningSettings",
    "contact_sheet",
    "get_painter",
    "paint_post",
    "painter_names",
    "plan_card",
    "read_provenance",
    "register_painter",
    "unregister_painter",
]
