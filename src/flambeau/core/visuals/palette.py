"""A card palette from the brand's colours: ground, ink, accent, and a light 'paper' variant."""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace

from flambeau.core.visuals.contrast import RGB, contrast, hex_to_rgb, ink_for, luminance

WHITE: RGB = (255, 255, 255)
NEAR_BLACK: RGB = (20, 20, 24)
_DEFAULT = ["#1E2A38", "#F6F4EF", "#E07A5F"]


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """`amount` of b mixed into a (0: a, 1: b)."""
    return (
        round(a[0] + (b[0] - a[0]) * amount),
        round(a[1] + (b[1] - a[1]) * amount),
        round(a[2] + (b[2] - a[2]) * amount),
    )


def _saturation(rgb: RGB) -> float:
    return colorsys.rgb_to_hls(*(c / 255 for c in rgb))[2]


@dataclass(frozen=True)
class Palette:
    """Colours of one card; `ink` on `ground` and `paper_ink` on `paper` reach 4.5:1."""

    ground: RGB
    ink: RGB
    accent: RGB
    paper: RGB
    paper_ink: RGB

    @classmethod
    def from_brand(cls, colors: list[str]) -> Palette:
        rgbs = [hex_to_rgb(c) for c in (colors or _DEFAULT)]
        primary = rgbs[0]
        by_light = sorted(rgbs, key=luminance)
        darkest, lightest = by_light[0], by_light[-1]
        ground = primary
        if luminance(primary) < 0.3:
            ink = ink_for(ground, [lightest, WHITE])
        else:
            ink = ink_for(ground, [darkest, NEAR_BLACK])
        others = [c for c in rgbs[1:] if c not in (ink,) and contrast(c, ground) >= 1.3]
        others.sort(key=_saturation, reverse=True)
        accent = others[0] if others else mix(ground, ink, 0.35)
        paper = lightest if luminance(lightest) > 0.7 else mix(lightest, WHITE, 0.9)
        dark_options = [c for c in by_light if contrast(c, paper) >= 4.5]
        paper_ink = ink_for(paper, [primary, *dark_options, NEAR_BLACK])
        return cls(ground=ground, ink=ink, accent=accent, paper=paper, paper_ink=paper_ink)

    def on_paper(self) -> Palette:
        """The light variant: paper as ground, the primary (or darkest) colour as ink."""
        return replace(self, ground=self.paper, ink=self.paper_ink)

    @property
    def decor(self) -> RGB:
        """A quiet tone for shapes behind text: the ground moved a little towards the ink."""
        return mix(self.ground, self.ink, 0.07)
