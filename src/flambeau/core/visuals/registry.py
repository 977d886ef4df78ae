"""Painters by name. Built-ins register through the same hook third parties use.

A plugin is a callable `register(register_painter)`; third-party packages expose one
in the `flambeau.painters` entry-point group, the built-ins are listed below.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from pydantic import ValidationError

from flambeau.core.errors import PainterError
from flambeau.core.visuals.painter import Painter

ENTRY_POINT_GROUP = "flambeau.painters"
BUILTIN_PLUGINS: tuple[str, ...] = (
    "flambeau.core.visuals.cards",
    "flambeau.core.visuals.image_api",
)

PainterClass = type[Any]
_painters: dict[str, PainterClass] = {}
_loaded = False
BLOCK_PLUGINS_ENV = "FLAMBEAU_BLOCK_PLUGINS"  # "1" (tests): only Flambeau's own painters


def register_painter(painter_class: PainterClass) -> PainterClass:
    """Make a painter class available by its `name`; usable as a decorator."""
    name = getattr(painter_class, "name", None)
    if not isinstance(name, str) or not name:
        raise PainterError(f"{painter_class!r} has no `name` to register under")
    if not hasattr(painter_class, "Options") or not hasattr(painter_class, "paint"):
        raise PainterError(f"painter {name!r} needs an `Options` model and a `paint` method")
    _painters[name] = painter_class
    return painter_class


def unregister_painter(name: str) -> None:
    _painters.pop(name, None)


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    hooks: list[Callable[[Callable[[PainterClass], PainterClass]], object]] = []
    for module in BUILTIN_PLUGINS:
        hooks.append(importlib.import_module(module).register)
    blocked = os.environ.get(BLOCK_PLUGINS_ENV, "") not in ("", "0")
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if blocked and not point.value.startswith("flambeau."):
            continue
        try:
            hooks.append(point.load())
        except Exception as exc:  # say which plugin, not a traceback
            raise PainterError(f"painter plugin {point.name!r} failed to load: {exc}") from None
    for hook in hooks:
        hook(register_painter)


def reset() -> None:
    """Forget every painter, so the next look-up loads the plugins again (tests)."""
    global _loaded
    _painters.clear()
    _loaded = False


def painter_names() -> list[str]:
    _load()
    return sorted(_painters)


def get_painter(name: str, **options: Any) -> Painter:
    """A configured painter; unknown names and bad options are errors that name them."""
    _load()
    try:
        painter_class = _painters[name]
    except KeyError:
        known = ", ".join(sorted(_painters)) or "none"
        raise PainterError(f"unknown painter {name!r}; known: {known}") from None
    try:
        settings = painter_class.Options(**options)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise PainterError(f"painter {name!r} options: {problems}") from None
    painter: Painter = painter_class(settings)
    return painter
