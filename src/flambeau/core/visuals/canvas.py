"""A canvas that draws text only when the rendered pixels pass WCAG contrast, and says so."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from PIL import Image, ImageChops, ImageDraw

from flambeau.core.visuals.contrast import (
    AA_NORMAL,
    RGB,
    contrast,
    luminance,
    measure_on_pixels,
    rgb_to_hex,
    shade_towards,
)
from flambeau.core.visuals.typesetting import Font, Setting

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Overlay:
    """One piece of text on the image: where, in which ink, and its contrast as measured."""

    role: str
    text: str
    box: Box
    ink: str
    size: int
    contrast: float
    required: float

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["box"] = list(self.box)
        data["contrast"] = math.floor(self.contrast * 100) / 100  # never rounded up
        return data


class Canvas:
    """An RGB image plus the record of every text overlay drawn on it."""

    def __init__(self, size: tuple[int, int], ground: RGB) -> None:
        self.image = Image.new("RGB", size, ground)
        self.draw = ImageDraw.Draw(self.image)
        self.overlays: list[Overlay] = []
        self._coverage: list[tuple[Image.Image, tuple[int, int]]] = []

    @classmethod
    def from_image(cls, image: Image.Image) -> Canvas:
        canvas = cls(image.size, (0, 0, 0))
        canvas.image.paste(image.convert("RGB"))
        return canvas

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def text(
        self,
        setting: Setting,
        xy: tuple[int, int],
        ink: RGB,
        *,
        role: str,
        align: Literal["left", "center", "right"] = "left",
        box_width: int | None = None,
        tracking: int = 0,
        minimum: float = AA_NORMAL,
        backing: RGB | None = None,
    ) -> Overlay:
        """Draw set text at `xy` (top-left of its box); re-ink until the pixels pass `minimum`."""
        width = box_width if box_width is not None else setting.width
        coverage, origin = _coverage(setting, xy, width, align, tracking)
        before = self.image.crop(_box(origin, coverage))
        others = self._others(_box(origin, coverage), None)
        colour = ink
        ratio = 0.0
        for _ in range(30):
            self.image.paste(colour, _box(origin, coverage), coverage)
            ratio = measure_on_pixels(self.image, coverage, origin, others)
            if ratio >= minimum:
                break
            self.image.paste(before, origin)
            colour = _reink(colour, before)
        if ratio < minimum:  # no ink works on this ground: put a plate behind the text
            colour = ink
            plate = backing or _plate_for(colour)
            self._back(origin, coverage, plate)
            self.image.paste(colour, _box(origin, coverage), coverage)
            ratio = measure_on_pixels(self.image, coverage, origin, others)
        overlay = Overlay(
            role=role,
            text=" ".join(setting.lines),
            box=_box(origin, coverage),
            ink=rgb_to_hex(colour),
            size=setting.size,
            contrast=ratio,
            required=minimum,
        )
        self.overlays.append(overlay)
        self._coverage.append((coverage, origin))
        return overlay

    def remeasure(self) -> list[Overlay]:
        """Every overlay measured again on the finished image (later drawing may cover ground)."""
        self.overlays = [
            replace(
                overlay,
                contrast=measure_on_pixels(
                    self.image, coverage, origin, self._others(overlay.box, index)
                ),
            )
            for index, (overlay, (coverage, origin)) in enumerate(
                zip(self.overlays, self._coverage, strict=True)
            )
        ]
        return self.overlays

    def _others(self, box: Box, skip: int | None) -> Image.Image | None:
        """The glyphs of every other overlay that reach into `box`, as a mask of its size."""
        mask: Image.Image | None = None
        for index, (coverage, origin) in enumerate(self._coverage):
            other = _box(origin, coverage)
            if index == skip or other[0] >= box[2] or other[2] <= box[0]:
                continue
            if other[1] >= box[3] or other[3] <= box[1]:
                continue
            if mask is None:
                mask = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
            layer = Image.new("L", mask.size, 0)
            layer.paste(coverage, (origin[0] - box[0], origin[1] - box[1]))
            mask = ImageChops.lighter(mask, layer)
        return mask

    def _back(self, origin: tuple[int, int], coverage: Image.Image, colour: RGB) -> None:
        x0, y0, x1, y1 = _box(origin, coverage)
        radius = max(4, min(18, (y1 - y0) // 6))  # the plate covers the whole measured box
        self.draw.rounded_rectangle(
            (x0 - radius, y0 - radius, x1 + radius, y1 + radius), radius, fill=colour
        )

    def pill(
        self, text: str, font: Font, xy: tuple[int, int], fill: RGB, ink: RGB, *, role: str
    ) -> Overlay:
        """A label on a solid rounded plate, legible on any picture."""
        ascent, descent = font.getmetrics()
        pad_x, pad_y = round(font.size * 0.7), round(font.size * 0.42)
        width = round(font.getlength(text))
        x, y = xy
        plate = (x, y, x + width + 2 * pad_x, y + ascent + descent + 2 * pad_y)
        self.draw.rounded_rectangle(plate, radius=(plate[3] - plate[1]) // 2, fill=fill)
        setting = Setting((text,), font, int(font.size), ascent + descent, width, ascent + descent)
        return self.text(setting, (x + pad_x, y + pad_y), ink, role=role, backing=fill)


def pill_size(text: str, font: Font) -> tuple[int, int]:
    ascent, descent = font.getmetrics()
    pad_x, pad_y = round(font.size * 0.7), round(font.size * 0.42)
    return round(font.getlength(text)) + 2 * pad_x, ascent + descent + 2 * pad_y


def _box(origin: tuple[int, int], coverage: Image.Image) -> Box:
    return (origin[0], origin[1], origin[0] + coverage.width, origin[1] + coverage.height)


def _coverage(
    setting: Setting, xy: tuple[int, int], width: int, align: str, tracking: int
) -> tuple[Image.Image, tuple[int, int]]:
    """The glyph mask of the set text with a margin of ground around it, and its origin."""
    pad = max(4, min(setting.size // 6, 16))
    width = max([width, *(tracked_length(line, setting.font, tracking) for line in setting.lines)])
    mask = Image.new("L", (width + 2 * pad, setting.height + 2 * pad), 0)
    draw = ImageDraw.Draw(mask)
    for i, line in enumerate(setting.lines):
        line_width = tracked_length(line, setting.font, tracking)
        offset = {"left": 0, "center": (width - line_width) / 2, "right": width - line_width}
        x = pad + offset[align]
        y = pad + i * setting.line_height
        if tracking:
            for char in line:
                draw.text((x, y), char, fill=255, font=setting.font, anchor="la")
                x += setting.font.getlength(char) + tracking
        else:
            draw.text((x, y), line, fill=255, font=setting.font, anchor="la")
    return mask, (xy[0] - pad, xy[1] - pad)


def tracked_length(line: str, font: Font, tracking: int) -> int:
    if not tracking:
        return round(font.getlength(line))
    return round(sum(font.getlength(c) for c in line) + tracking * max(0, len(line) - 1))


def _plate_for(ink: RGB) -> RGB:
    white, black = (255, 255, 255), (18, 18, 20)
    return white if contrast(ink, white) >= contrast(ink, black) else black


def _reink(colour: RGB, ground: Image.Image) -> RGB:
    """Push the ink away from the ground's mean luminance, keeping its hue."""
    stats = ground.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    assert isinstance(stats, tuple)
    mean: RGB = (int(stats[0]), int(stats[1]), int(stats[2]))
    darker = luminance(colour) <= luminance(mean)
    if darker and contrast(colour, (0, 0, 0)) < 1.05:
        darker = False
    elif not darker and contrast(colour, (255, 255, 255)) < 1.05:
        darker = True
    return shade_towards(colour, darker=darker, step=0.03)
