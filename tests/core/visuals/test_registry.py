"""Painters by name: built-ins, third-party entry points, and errors that name the problem."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel, ConfigDict

from flambeau.core.brief import Brief
from flambeau.core.errors import PainterError
from flambeau.core.post import Post
from flambeau.core.visuals import (
    Artwork,
    Painter,
    PaintRequest,
    get_painter,
    paint_post,
    painter_names,
    register_painter,
    registry,
    unregister_painter,
)
from flambeau.core.visuals.canvas import Canvas


class FlatPainter:
    """A fake third-party painter: one flat colour, no words."""

    name: ClassVar[str] = "flat"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        colour: tuple[int, int, int] = (40, 40, 40)

    def __init__(self, options: BaseModel) -> None:
        self.options = options

    def paint(self, request: PaintRequest) -> Artwork:
        canvas = Canvas((request.frame.width, request.frame.height), self.options.colour)  # type: ignore[attr-defined]
        return Artwork(
            [canvas],
            "http://cv.iptc.org/newscodes/digitalsourcetype/digitalArt",
            creator_tool="flat 1.0",
        )


@pytest.fixture
def flat() -> Iterator[None]:
    register_painter(FlatPainter)
    try:
        yield
    finally:
        unregister_painter("flat")


def test_built_ins_are_registered_through_the_plugin_hook() -> None:
    assert {"cards", "image-api"} <= set(painter_names())
    assert isinstance(get_painter("cards"), Painter)


def test_a_registered_painter_is_used_by_name(
    flat: None, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["velo-verde-tuneup"]
    asset = paint_post(make_post(brief, "facebook"), brief=brief, out_dir=tmp_path, painter="flat")
    assert asset is not None and asset.provenance.writer == "flat"
    assert asset.extra["digital_source_type"].endswith("digitalArt")


def test_unknown_painters_and_bad_options_are_named() -> None:
    with pytest.raises(PainterError, match=r"unknown painter 'oil'; known: cards, image-api"):
        get_painter("oil")
    with pytest.raises(PainterError, match=r"'image-api' options: timeout"):
        get_painter("image-api", timeout=-1)
    with pytest.raises(PainterError, match="Extra inputs"):
        get_painter("cards", brush="wide")


def test_a_class_without_name_or_paint_is_refused() -> None:
    class Nameless:
        Options = BaseModel

    with pytest.raises(PainterError, match="no `name`"):
        register_painter(Nameless)


class _EntryPoint:
    def __init__(self, name: str, value: str, hook: Callable[[Any], None]) -> None:
        self.name, self.value, self._hook = name, value, hook

    def load(self) -> Callable[[Any], None]:
        return self._hook


def _plugin(register: Callable[[Any], Any]) -> None:
    register(FlatPainter)


def test_entry_point_plugins_load_unless_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    points = [_EntryPoint("flat", "acme_painters:register", _plugin)]
    monkeypatch.setattr(registry, "entry_points", lambda group: points)
    registry.reset()
    assert "flat" not in painter_names()  # FLAMBEAU_BLOCK_PLUGINS=1 in tests
    monkeypatch.setenv("FLAMBEAU_BLOCK_PLUGINS", "0")
    registry.reset()
    assert "flat" in painter_names()


def test_a_broken_plugin_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(_EntryPoint):
        def load(self) -> Callable[[Any], None]:
            raise ImportError("no module named acme")

    monkeypatch.setattr(registry, "entry_points", lambda group: [Broken("acme", "acme:r", _plugin)])
    monkeypatch.setenv("FLAMBEAU_BLOCK_PLUGINS", "0")
    registry.reset()
    with pytest.raises(PainterError, match="'acme' failed to load"):
        painter_names()


def test_channels_without_images_get_none(
    briefs: dict[str, Brief],
    make_post: Callable[..., Post],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flambeau.core import channels

    spec = channels.CHANNELS["telegram"].model_copy(update={"takes_images": False})
    monkeypatch.setitem(channels.CHANNELS, "telegram", spec)
    brief = briefs["velo-verde-tuneup"]
    assert paint_post(make_post(brief, "telegram"), brief=brief, out_dir=tmp_path) is None
    with pytest.raises(PainterError, match="channel: unknown channel 'fax'"):
        paint_post(make_post(brief, "fax"), brief=brief, out_dir=tmp_path)
