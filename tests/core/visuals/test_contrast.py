"""WCAG contrast: the formula, the measure on pixels, and the painter's adjustment."""

from __future__ import annotations

import random

import pytest
from PIL import Image

from flambeau.core.visuals.canvas import Canvas
from flambeau.core.visuals.contrast import contrast, ink_for, measure_on_pixels
from flambeau.core.visuals.typesetting import FontSet, fit
from tests.core.visuals.conftest import independent_contrast

FONTS = FontSet.shipped()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 0, 0), (255, 255, 255), 21.0),
        ((119, 119, 119), (255, 255, 255), 4.48),
        ((255, 255, 255), (255, 255, 255), 1.0),
        ((118, 118, 118), (255, 255, 255), 4.54),
    ],
)
def test_contrast_matches_wcag(
    a: tuple[int, int, int], b: tuple[int, int, int], expected: float
) -> None:
    assert contrast(a, b) == pytest.approx(expected, abs=0.01)
    assert contrast(a, b) == pytest.approx(independent_contrast(a, b), rel=1e-9)


def test_one_bright_pixel_behind_dark_text_lowers_the_measure() -> None:
    setting = fit("Levain", FONTS, "heavy", width=400, height=200, max_size=80, min_size=20)
    assert setting is not None
    canvas = Canvas((600, 300), (20, 20, 20))
    overlay = canvas.text(setting, (50, 50), (240, 240, 240), role="t")
    assert overlay.contrast > 15
    canvas.image.putpixel((overlay.box[0] + 1, overlay.box[1] + 1), (250, 250, 250))
    (remeasured,) = canvas.remeasure()
    assert remeasured.contrast < 1.1


def test_low_contrast_ink_is_adjusted_until_it_passes() -> None:
    setting = fit("Réservez", FONTS, "strong", width=400, height=200, max_size=40, min_size=12)
    assert setting is not None
    canvas = Canvas((500, 200), (122, 75, 30))
    overlay = canvas.text(setting, (40, 40), (150, 100, 50), role="t")
    assert overlay.contrast >= 4.5
    assert overlay.ink != "#966432"


def test_a_noisy_picture_gets_a_plate_and_then_passes() -> None:
    rng = random.Random(1)
    image = Image.new("RGB", (600, 300))
    for x in range(0, 600, 10):
        for y in range(0, 300, 10):
            image.paste(rng.choice([(0, 0, 0), (255, 255, 255)]), (x, y, x + 10, y + 10))
    canvas = Canvas.from_image(image)
    setting = fit("Atelier", FONTS, "heavy", width=400, height=200, max_size=60, min_size=20)
    assert setting is not None
    overlay = canvas.text(setting, (60, 60), (255, 255, 255), role="t")
    assert overlay.contrast >= 4.5


def test_ink_for_prefers_the_brand_colour_when_it_passes() -> None:
    assert ink_for((35, 57, 91), [(249, 200, 70)]) == (249, 200, 70)
    darker = ink_for((255, 255, 255), [(249, 200, 70)])
    assert contrast(darker, (255, 255, 255)) >= 4.5


def test_measure_ignores_pixels_no_glyph_and_no_ground_covers() -> None:
    mask = Image.new("L", (10, 10), 0)
    assert measure_on_pixels(Image.new("RGB", (10, 10)), mask, (0, 0)) == 21.0
