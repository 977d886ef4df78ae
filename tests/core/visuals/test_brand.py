"""The brand's look: palette from its colours, its logo, its own display font."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from flambeau.core.brief import Brief
from flambeau.core.errors import PainterError
from flambeau.core.post import Post
from flambeau.core.visuals import paint_post
from flambeau.core.visuals.contrast import contrast, hex_to_rgb
from flambeau.core.visuals.palette import Palette
from flambeau.core.visuals.typesetting import FONTS_DIR


def with_brand(brief: Brief, **changes: object) -> Brief:
    return brief.model_copy(update={"brand": brief.brand.model_copy(update=changes)})


@pytest.mark.parametrize("colors", [[], ["#FFFFFF"], ["#F9C846", "#FFFFFF"], ["#7A4B1E"]])
def test_any_palette_gives_readable_ink(colors: list[str]) -> None:
    palette = Palette.from_brand(colors)
    assert contrast(palette.ink, palette.ground) >= 4.5
    assert contrast(palette.paper_ink, palette.paper) >= 4.5
    if colors:
        assert palette.ground == hex_to_rgb(colors[0])


def test_the_logo_replaces_the_brand_name_at_the_top(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (400, 100), (255, 0, 128, 255)).save(logo)
    brief = with_brand(briefs["velo-verde-tuneup"], logo=str(logo))
    asset = paint_post(make_post(brief, "facebook"), brief=brief, out_dir=tmp_path)
    assert asset is not None
    assert "kicker" not in {o["role"] for o in asset.extra["overlays"]}
    with Image.open(tmp_path / asset.path) as image:
        colours = {c for _, c in image.convert("RGB").getcolors(1_000_000) or []}
    assert (255, 0, 128) in colours


def test_a_missing_logo_or_font_is_named(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = with_brand(briefs["velo-verde-tuneup"], logo=str(tmp_path / "nope.png"))
    with pytest.raises(PainterError, match=r"brand\.logo"):
        paint_post(make_post(brief, "x"), brief=brief, out_dir=tmp_path)
    brief = with_brand(briefs["velo-verde-tuneup"], fonts=[str(tmp_path / "nope.otf")])
    with pytest.raises(PainterError, match=r"brand\.fonts"):
        paint_post(make_post(brief, "x"), brief=brief, out_dir=tmp_path)


def test_the_brand_font_sets_the_headlines(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = with_brand(briefs["velo-verde-tuneup"], fonts=[str(FONTS_DIR / "Vollkorn-Italic.ttf")])
    default = paint_post(
        make_post(briefs["velo-verde-tuneup"], "x"),
        brief=briefs["velo-verde-tuneup"],
        out_dir=tmp_path / "a",
    )
    branded = paint_post(make_post(brief, "x"), brief=brief, out_dir=tmp_path / "b")
    assert default is not None and branded is not None
    assert (tmp_path / "a" / default.path).read_bytes() != (
        tmp_path / "b" / branded.path
    ).read_bytes()


def test_the_shipped_fonts_carry_their_licence() -> None:
    licence = (FONTS_DIR / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    listed = (FONTS_DIR / "LICENSE.md").read_text()
    for font in FONTS_DIR.glob("*.[ot]tf"):
        assert font.name in listed
