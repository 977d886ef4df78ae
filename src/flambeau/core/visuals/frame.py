"""The grid of a visual: margins, the platform-safe area, and the base unit of type."""

from __future__ import annotations

from flambeau.core.visuals.painter import Frame

STORY_TOP, STORY_BOTTOM = 0.13, 0.18  # share of a story covered by the platform's own UI


def base_unit(width: int, height: int) -> int:
    return max(16, min(40, round(0.0135 * (width + height))))


def label_font_size(width: int, height: int) -> int:
    return max(18, round(base_unit(width, height) * 0.8))


def make_frame(width: int, height: int, *, size_name: str = "", band: int = 0) -> Frame:
    """The frame for one image size; `band` is the height reserved at the top for labels."""
    margin = min(round(0.045 * (width + height)), round(0.18 * min(width, height)))
    top, bottom = margin, margin
    if size_name == "story" or height / width >= 1.7:
        top = max(top, round(STORY_TOP * height))
        bottom = max(bottom, round(STORY_BOTTOM * height))
    safe = (margin, top, width - margin, height - bottom)
    content = (safe[0], safe[1] + band, safe[2], safe[3])
    return Frame(
        width=width,
        height=height,
        margin=margin,
        unit=base_unit(width, height),
        safe=safe,
        content=content,
    )
