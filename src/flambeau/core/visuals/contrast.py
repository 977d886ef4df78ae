"""WCAG 2.2 contrast: relative luminance, ratios, and the ratio measured on rendered pixels."""

from __future__ import annotations

import colorsys

from PIL import Image, ImageChops

RGB = tuple[int, int, int]

AA_NORMAL = 4.5  # WCAG 2.2 SC 1.4.3, normal text
AA_LARGE = 3.0  # large text: 18 pt, or 14 pt bold


def hex_to_rgb(value: str) -> RGB:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def rgb_to_hex(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _channel(c8: int) -> float:
    c = c8 / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_LINEAR = [_channel(i) for i in range(256)]


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance of an sRGB colour."""
    return 0.2126 * _LINEAR[rgb[0]] + 0.7152 * _LINEAR[rgb[1]] + 0.0722 * _LINEAR[rgb[2]]


def ratio_of_luminances(a: float, b: float) -> float:
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    return ratio_of_luminances(luminance(a), luminance(b))


def required_ratio(*, large: bool) -> float:
    return AA_LARGE if large else AA_NORMAL


def _luminance_lut() -> list[float]:
    return _LINEAR


def measure_on_pixels(
    image: Image.Image,
    coverage: Image.Image,
    origin: tuple[int, int],
    exclude: Image.Image | None = None,
) -> float:
    """The contrast of a text overlay as rendered: its ink pixels against every ground pixel.

    `coverage` is the text's glyph mask (L mode, 255 = fully inked) placed at `origin` in
    `image`. Ink is the mean luminance of fully covered pixels; ground is every pixel of
    the text's box that no glyph touches (`exclude` masks other texts' glyphs out of the
    ground). The ratio is the worst one over the ground, so a single bright pixel of a photo
    behind dark text counts.
    """
    x0, y0 = origin
    region = image.convert("RGB").crop((x0, y0, x0 + coverage.width, y0 + coverage.height))
    ink = _colours_under(region, coverage.point(lambda v: 255 if v >= 250 else 0))
    ground_mask = coverage.point(lambda v: 255 if v == 0 else 0)
    if exclude is not None:
        ground_mask = ImageChops.subtract(ground_mask, exclude.point(lambda v: 255 if v else 0))
    ground = _colours_under(region, ground_mask)
    if not ink or not ground:
        return 21.0
    ink_count = sum(n for n, _ in ink)
    ink_lum = sum(n * luminance(c) for n, c in ink) / ink_count
    ground_lums = [luminance(c) for _, c in ground]
    return min(
        ratio_of_luminances(ink_lum, min(ground_lums)),
        ratio_of_luminances(ink_lum, max(ground_lums)),
    )


def _colours_under(region: Image.Image, mask: Image.Image) -> list[tuple[int, RGB]]:
    """(count, colour) of the region's pixels where the mask is set."""
    rgba = region.copy()
    rgba.putalpha(mask)
    colours = rgba.getcolors(maxcolors=region.width * region.height + 1) or []
    return [
        (n, (int(c[0]), int(c[1]), int(c[2])))
        for n, c in colours
        if isinstance(c, tuple) and c[3] == 255
    ]


def shade_towards(rgb: RGB, *, darker: bool, step: float) -> RGB:
    """The colour with its lightness moved by `step` (0..1), keeping hue and saturation."""
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    lightness = max(0.0, lightness - step) if darker else min(1.0, lightness + step)
    r, g, b = colorsys.hls_to_rgb(h, lightness, s)
    return (round(r * 255), round(g * 255), round(b * 255))


def ink_for(ground: RGB, candidates: list[RGB], *, minimum: float = AA_NORMAL) -> RGB:
    """The first candidate that reaches `minimum` on `ground`; else one shaded until it does."""
    for candidate in candidates:
        if contrast(candidate, ground) >= minimum:
            return candidate
    start = candidates[0] if candidates else (0, 0, 0)
    darker = luminance(ground) > 0.18
    colour = start
    for _ in range(40):
        colour = shade_towards(colour, darker=darker, step=0.04)
        if contrast(colour, ground) >= minimum:
            return colour
    return (0, 0, 0) if darker else (255, 255, 255)
