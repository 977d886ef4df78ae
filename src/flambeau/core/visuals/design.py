"""The designer's grid for one canvas: type set to fit, brand header and footer, measured ink."""

from __future__ import annotations

from PIL import Image, ImageDraw

from flambeau.core.errors import PainterError
from flambeau.core.visuals.canvas import Box, Canvas, tracked_length
from flambeau.core.visuals.contrast import AA_NORMAL, RGB, contrast
from flambeau.core.visuals.painter import PaintRequest
from flambeau.core.visuals.palette import Palette
from flambeau.core.visuals.typesetting import Font, Role, Setting, fit


class TextTooLong(PainterError):
    """The words cannot be set in this layout at this size without cutting them."""


class Sheet:
    """One canvas being designed on the request's grid, in one palette."""

    def __init__(
        self, request: PaintRequest, palette: Palette, canvas: Canvas | None = None
    ) -> None:
        self.request = request
        self.frame = request.frame
        self.palette = palette
        self.u = request.frame.unit
        self.canvas = canvas or Canvas((self.frame.width, self.frame.height), palette.ground)
        self.backing: RGB | None = palette.ground if canvas is not None else None
        self.x0, self.y0, self.x1, self.y1 = request.frame.content

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    def set(
        self,
        text: str,
        role: Role,
        *,
        width: int,
        height: int,
        max_size: int,
        min_size: int | None = None,
        max_lines: int | None = None,
        leading: float = 1.1,
    ) -> Setting:
        """Fit text into a box, or say plainly that it cannot be set without cutting it."""
        smallest = min_size or max(12, round(self.u * 0.8))
        setting = fit(
            text,
            self.request.fonts,
            role,
            width=width,
            height=height,
            max_size=max(max_size, smallest),
            min_size=smallest,
            max_lines=max_lines,
            leading=leading,
        )
        if setting is None:
            raise TextTooLong(
                f"{self.request.post_id}: {text[:60]!r} does not fit a "
                f"{self.frame.width}×{self.frame.height} {self.request.card.layout} card "
                "without being cut; shorten it"
            )
        return setting

    def ink_or(self, preferred: RGB) -> RGB:
        """The preferred colour when it already passes on the ground, else the palette's ink."""
        return (
            preferred if contrast(preferred, self.palette.ground) >= AA_NORMAL else self.palette.ink
        )

    def write(
        self, setting: Setting, x: int, y: int, ink: RGB, role: str, tracking: int = 0
    ) -> None:
        self.canvas.text(setting, (x, y), ink, role=role, tracking=tracking, backing=self.backing)

    def circle(self, cx: float, cy: float, radius: float, colour: RGB) -> None:
        self.canvas.draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)

    def kicker(self) -> int:
        """The brand at top left (its logo when it has one); returns the y below it."""
        logo = self.request.logo
        if logo is not None:
            return self._logo(logo)
        text = self.request.card.brand.upper()
        tracking = max(1, round(self.u * 0.12))
        setting = self.set(text, "strong", width=self.width, height=self.u * 3, max_size=self.u)
        width = tracked_length(setting.lines[0], setting.font, tracking)
        setting = Setting(
            setting.lines, setting.font, setting.size, setting.line_height, width, setting.height
        )
        self.write(setting, self.x0, self.y0, self.palette.ink, "kicker", tracking=tracking)
        bar_y = self.y0 + setting.height + round(self.u * 0.55)
        self.canvas.draw.rectangle(
            (self.x0, bar_y, self.x0 + round(self.u * 2.2), bar_y + max(3, self.u // 6)),
            fill=self.palette.accent,
        )
        return bar_y + max(3, self.u // 6)

    def _logo(self, path: object) -> int:
        try:
            with Image.open(str(path)) as source:
                logo = source.convert("RGBA")
        except OSError as exc:
            raise PainterError(f"brand.logo: cannot read {path}: {exc}") from None
        box_h, box_w = round(self.u * 1.8), round(self.u * 7)
        logo.thumbnail((box_w, box_h), Image.Resampling.LANCZOS)
        self.canvas.image.paste(logo, (self.x0, self.y0), logo)
        return self.y0 + logo.height

    def footer(self, *, cta: str | None, right: str | None) -> int:
        """Call to action at bottom left, the link at bottom right (or above it when narrow)."""
        u, bottom = self.u, self.y1
        link = None
        if right:
            link = self.set(
                right, "body", width=self.width, height=u * 2, max_size=round(u * 0.9), max_lines=1
            )
        top = bottom
        if cta:
            cta_text = f"{cta} →"
            room = self.width - (link.width + u * 2 if link else 0)
            beside = fit(
                cta_text,
                self.request.fonts,
                "strong",
                width=room,
                height=u * 2,
                max_size=u,
                min_size=max(12, round(u * 0.8)),
                max_lines=1,
            )
            setting = beside or self.set(
                cta_text, "strong", width=self.width, height=u * 3, max_size=u, max_lines=2
            )
            top = bottom - setting.height
            self.write(setting, self.x0, top, self.palette.ink, "cta")
            if link is not None and beside is None:  # the link goes on a line of its own above
                top -= round(u * 0.4) + link.height
                self.write(link, self.x0, top, self.palette.ink, "footer")
                link = None
        if link is not None:
            link_top = bottom - link.height
            self.write(link, self.x1 - link.width, link_top, self.palette.ink, "footer")
            top = min(top, link_top)
        return top

    def counter(self, index: int, total: int) -> None:
        text = f"{index}/{total}"
        setting = self.set(
            text,
            "strong",
            width=self.u * 6,
            height=self.u * 2,
            max_size=round(self.u * 0.9),
            max_lines=1,
        )
        self.write(setting, self.x1 - setting.width, self.y0, self.palette.ink, "counter")


def content_area(sheet: Sheet, top: int, bottom: int) -> Box:
    gap = round(sheet.u * 1.6)
    return (sheet.x0, top + gap, sheet.x1, bottom - gap)


def column_width(sheet: Sheet) -> int:
    return round(sheet.width * 0.64) if sheet.frame.wide else sheet.width


def ink_box(text: str, font: Font) -> tuple[int, int, int, int]:
    """Where a glyph actually puts ink, relative to its 'la' anchor (font boxes are looser)."""
    ascent, descent = font.getmetrics()
    probe = Image.new("L", (round(font.getlength(text)) + ascent, ascent + descent), 0)
    ImageDraw.Draw(probe).text((0, 0), text, font=font, fill=255, anchor="la")
    return probe.getbbox() or (0, 0, 1, 1)
