"""Contact sheets: every image of a campaign in justified rows under a title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from flambeau.core.errors import PainterError
from flambeau.core.visuals import contact_sheet

PAPER = (244, 242, 238)


def images(tmp_path: Path, sizes: list[tuple[int, int]]) -> list[Path]:
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"p{i + 1:02d}.png"
        Image.new("RGB", size, (30 + 40 * i, 60, 90)).save(path)
        paths.append(path)
    return paths


def test_every_image_appears_once_on_a_sheet_of_the_given_width(tmp_path: Path) -> None:
    paths = images(tmp_path, [(1080, 1350), (1600, 900), (1200, 400), (1080, 1080), (1000, 1500)])
    out = contact_sheet(
        paths,
        tmp_path / "sheet.png",
        title="Winter appeal",
        subtitle="Harbour Food Bank · 5 images",
        captions=[f"p0{i} · Facebook" for i in range(1, 6)],
        width=1600,
    )
    with Image.open(out) as sheet:
        assert sheet.width == 1600
        colours = {c for _, c in sheet.convert("RGB").getcolors(2_000_000) or []}
    for i in range(5):
        assert (30 + 40 * i, 60, 90) in colours  # each thumbnail's own colour is on the sheet
    assert PAPER in colours


def test_a_jpeg_sheet_when_asked(tmp_path: Path) -> None:
    out = contact_sheet(images(tmp_path, [(1200, 630)]), tmp_path / "sheet.jpg", title="One")
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"


def test_bad_input_is_named(tmp_path: Path) -> None:
    with pytest.raises(PainterError, match="no images"):
        contact_sheet([], tmp_path / "s.png", title="x")
    with pytest.raises(PainterError, match="one per image"):
        contact_sheet(images(tmp_path, [(10, 10)]), tmp_path / "s.png", title="x", captions=[])
    (tmp_path / "broken.png").write_bytes(b"nope")
    with pytest.raises(PainterError, match="cannot read"):
        contact_sheet([tmp_path / "broken.png"], tmp_path / "s.png", title="x")
