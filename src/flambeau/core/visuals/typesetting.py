"""Type: the shipped fonts, and text wrapped and sized to fit a box, never cut."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import ImageFont

from flambeau.core.errors import PainterError

FONTS_DIR = Path(__file__).parent / "fonts"

Role = Literal["display", "heavy", "body", "strong", "quote", "quote-strong"]

_SHIPPED: dict[str, str] = {
    "display": "InterDisplay-Bold.otf",
    "heavy": "InterDisplay-ExtraBold.otf",
    "body": "Inter-Regular.otf",
    "strong": "Inter-SemiBold.otf",
    "quote": "Vollkorn-Italic.ttf",
    "quote-strong": "Vollkorn-SemiBoldItalic.ttf",
}

Font = ImageFont.FreeTypeFont
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # typewriter apostrophe → typographic one


@dataclass(frozen=True)
class FontSet:
    """One font file per typographic role; brands may replace the display face."""

    files: tuple[tuple[str, Path], ...]

    @classmethod
    def shipped(cls, display: Path | None = None) -> FontSet:
        files = {role: FONTS_DIR / name for role, name in _SHIPPED.items()}
        if display is not None:
            files["display"] = files["heavy"] = display
        return cls(files=tuple(files.items()))

    def path(self, role: Role) -> Path:
        return dict(self.files)[role]

    def font(self, role: Role, size: int) -> Font:
        return load_font(self.path(role), size)


@functools.lru_cache(maxsize=512)
def load_font(path: Path, size: int) -> Font:
    try:
        return ImageFont.truetype(str(path), size)
    except OSError as exc:
        raise PainterError(f"cannot load font {path}: {exc}") from None


def drawable(text: str) -> str:
    """The text without emoji and control characters, which the shipped faces cannot draw."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("So", "Cs", "Co", "Cn") or (category == "Cc" and char != "\n"):
            continue
        if char in "\u200d\ufe0f":
            continue
        kept.append(char)
    text = _APOSTROPHE.sub("\u2019", "".join(kept).replace("\t", " "))
    return " ".join(w for w in text.split(" ") if w)


@dataclass(frozen=True)
class Setting:
    """Text set in a box: its lines at one size, with the measures needed to draw it."""

    lines: tuple[str, ...]
    font: Font
    size: int
    line_height: int
    width: int
    height: int


def wrap(text: str, font: Font, width: float) -> list[str] | None:
    """Greedy word wrap; None when a single word is wider than the box."""
    lines: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        current = ""
        for word in (w for w in paragraph.split(" ") if w):  # no-break spaces hold
            trial = f"{current} {word}" if current else word
            if font.getlength(trial) <= width:
                current = trial
                continue
            if not current or font.getlength(word) > width:
                return None
            lines.append(current)
            current = word
        lines.append(current)
    return [line for line in lines if line] or [""]


def _balanced(text: str, font: Font, width: float, lines: list[str]) -> list[str]:
    """Re-wrap into the same number of lines at the narrowest width, so no line is an orphan."""
    if len(lines) < 2:
        return lines
    low, high = width * 0.5, width
    best = lines
    for _ in range(10):
        mid = (low + high) / 2
        trial = wrap(text, font, mid)
        if trial is not None and len(trial) <= len(lines):
            best, high = trial, mid
        else:
            low = mid
    return best


def fit(
    text: str,
    fonts: FontSet,
    role: Role,
    *,
    width: int,
    height: int,
    max_size: int,
    min_size: int,
    leading: float = 1.12,
    max_lines: int | None = None,
    balance: bool = True,
) -> Setting | None:
    """The largest size at which the whole text fits the box; None when even `min_size` cannot."""
    text = drawable(text)
    if not text:
        return None
    for size in _sizes(max_size, min_size):
        font = fonts.font(role, size)
        lines = wrap(text, font, width)
        if lines is None or (max_lines is not None and len(lines) > max_lines):
            continue
        line_height = round(size * leading)
        ascent, descent = font.getmetrics()
        total = line_height * (len(lines) - 1) + ascent + descent
        if total > height:
            continue
        if balance:
            lines = _balanced(text, font, width, lines)
        widest = max(round(font.getlength(line)) for line in lines)
        return Setting(tuple(lines), font, size, line_height, widest, total)
    return None


def _sizes(max_size: int, min_size: int) -> list[int]:
    """Sizes from large to small: fine steps near the top, coarser below."""
    sizes: list[int] = []
    size = max_size
    while size >= min_size:
        sizes.append(size)
        size -= max(1, size // 24)
    if not sizes or sizes[-1] != min_size:
        sizes.append(min_size)
    return sizes
