"""The card layouts: headline, quote, key number, event, and carousel slides."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageDraw

from flambeau.core.errors import PainterError
from flambeau.core.visuals.canvas import Box, Canvas, tracked_length
from flambeau.core.visuals.contrast import AA_NORMAL, RGB, contrast
from flambeau.core.visuals.painter import PaintRequest
from flambeau.core.visuals.palette import Palette
from flambeau.core.visuals.typesetting import Font, Role, Setting, fit

_WORDS = {
    "fr": {"when": "Quand", "where": "Où"},
    "en": {"when": "When", "where": "Where"},
}


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


def _variant(post_id: str) -> int:
    digits = "".join(c for c in post_id if c.isdigit())
    return int(digits) % 2 if digits else 0


def content_area(sheet: Sheet, top: int, bottom: int) -> Box:
    gap = round(sheet.u * 1.6)
    return (sheet.x0, top + gap, sheet.x1, bottom - gap)


def column_width(sheet: Sheet) -> int:
    return round(sheet.width * 0.64) if sheet.frame.wide else sheet.width


def headline(
    request: PaintRequest, *, text: str | None = None, counter: tuple[int, int] | None = None
) -> Canvas:
    """The message set large, low on the card, under the brand; a quiet shape for rhythm.

    Posts alternate two treatments so a feed does not repeat itself: the brand colour
    with a disc, and the light paper with a band of the accent along the bottom edge.
    """
    light = counter is None and _variant(request.post_id) == 1
    sheet = Sheet(request, request.palette.on_paper() if light else request.palette)
    f = sheet.frame
    if light:
        band = max(8, round(f.height * 0.022))
        sheet.canvas.draw.rectangle(
            (0, f.height - band, f.width, f.height), fill=sheet.palette.accent
        )
        sheet.circle(
            f.width * 1.02, f.height * 0.1, min(f.width, f.height) * 0.36, sheet.palette.decor
        )
    elif f.wide:
        sheet.circle(f.width * 0.84, f.height * 0.5, f.height * 0.62, sheet.palette.decor)
    else:
        sheet.circle(
            f.width * 0.92, f.height * 0.16, min(f.width, f.height) * 0.46, sheet.palette.decor
        )
    top = sheet.kicker()
    if counter:
        sheet.counter(*counter)
    bottom = sheet.footer(cta=request.card.cta, right=request.card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    setting = sheet.set(
        text or request.card.headline,
        "heavy",
        width=column_width(sheet),
        height=ay1 - ay0,
        max_size=round(min(0.11 * f.width, 0.16 * f.height)),
        min_size=sheet.u,
        max_lines=6,
        leading=1.06,
    )
    y = ay1 - setting.height if not f.wide else ay0 + (ay1 - ay0 - setting.height) // 2
    sheet.write(setting, x0, y, sheet.palette.ink, "headline")
    return sheet.canvas


def number(request: PaintRequest) -> Canvas:
    """A number the facts give, set huge, with its caption: the figure is the message."""
    sheet = Sheet(request, request.palette)
    f, card, u = sheet.frame, request.card, sheet.u
    sheet.circle(f.width * 0.1, f.height * 0.98, min(f.width, f.height) * 0.42, sheet.palette.decor)
    top = sheet.kicker()
    bottom = sheet.footer(cta=card.cta, right=card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    height = ay1 - ay0
    accent = sheet.ink_or(sheet.palette.accent)
    if f.wide:  # figure and caption side by side
        big = sheet.set(
            card.number or "",
            "heavy",
            width=round(sheet.width * 0.45),
            height=height,
            max_size=round(0.3 * f.height),
            max_lines=1,
        )
        room = sheet.width - big.width - 2 * u
        caption = sheet.set(
            card.caption or card.headline,
            "strong",
            width=min(room, 14 * u),
            height=height,
            max_size=round(u * 1.5),
            min_size=u,
            max_lines=4,
            leading=1.2,
        )
        y = ay0 + (height - big.height) // 2
        sheet.write(big, x0, y, accent, "number")
        sheet.write(
            caption,
            x0 + big.width + 2 * u,
            ay0 + (height - caption.height) // 2,
            sheet.palette.ink,
            "caption",
        )
        return sheet.canvas
    big = sheet.set(
        card.number or "",
        "heavy",
        width=sheet.width,
        height=round(height * 0.6),
        max_size=round(min(0.42 * f.width, 0.3 * f.height)),
        max_lines=1,
    )
    caption = sheet.set(
        card.caption or card.headline,
        "strong",
        width=round(sheet.width * 0.9),
        height=height - big.height - u,
        max_size=round(0.05 * f.width),
        min_size=u,
        max_lines=4,
        leading=1.2,
    )
    group = big.height + round(u * 0.5) + caption.height
    y = ay1 - group
    sheet.write(big, x0, y, accent, "number")
    sheet.write(caption, x0, y + big.height + round(u * 0.5), sheet.palette.ink, "caption")
    return sheet.canvas


def _event_rows(sheet: Sheet, width: int) -> list[tuple[Setting, Setting]]:
    card, u = sheet.request.card, sheet.u
    words = _WORDS.get(card.lang, _WORDS["en"])
    rows = []
    for label, value in ((words["when"], card.when), (words["where"], card.where)):
        if not value:
            continue
        label_set = sheet.set(
            label.upper(),
            "strong",
            width=u * 8,
            height=u * 2,
            max_size=round(u * 0.75),
            max_lines=1,
        )
        value_set = sheet.set(
            value,
            "strong",
            width=width,
            height=u * 5,
            max_size=round(u * 1.45),
            min_size=u,
            max_lines=2,
            leading=1.2,
        )
        rows.append((label_set, value_set))
    return rows


def _rows_height(sheet: Sheet, rows: list[tuple[Setting, Setting]]) -> int:
    return sum(a.height + b.height + round(sheet.u * 1.3) for a, b in rows)


def _draw_rows(sheet: Sheet, rows: list[tuple[Setting, Setting]], x0: int, x1: int, y: int) -> None:
    u = sheet.u
    for label_set, value_set in rows:
        sheet.canvas.draw.rectangle((x0, y, x1, y + max(2, u // 12)), fill=sheet.palette.decor)
        y += round(u * 0.7)
        sheet.write(label_set, x0, y, sheet.ink_or(sheet.palette.accent), "label", tracking=2)
        y += label_set.height + round(u * 0.2)
        sheet.write(value_set, x0, y, sheet.palette.ink, "event")
        y += value_set.height + round(u * 0.4)


def event(request: PaintRequest) -> Canvas:
    """Date, time and place in a clear table beside or under the message, on the light paper."""
    sheet = Sheet(request, request.palette.on_paper())
    f, card, u = sheet.frame, request.card, sheet.u
    sheet.canvas.draw.rectangle((0, 0, f.width, max(6, round(u * 0.45))), fill=sheet.palette.accent)
    if f.wide:  # a tinted ticket stub on the right holds the details
        split = sheet.x0 + round(sheet.width * 0.6)
        sheet.canvas.draw.rectangle(
            (split, max(6, round(u * 0.45)), f.width, f.height), fill=sheet.palette.decor
        )
    top = sheet.kicker()
    bottom = sheet.footer(cta=card.cta, right=None if f.wide else card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    if f.wide:
        split = sheet.x0 + round(sheet.width * 0.6)
        left = split - x0 - 2 * u
        right_x = split + 2 * u
        rows = _event_rows(sheet, sheet.x1 - right_x)
        head = sheet.set(
            card.headline,
            "display",
            width=left,
            height=ay1 - ay0,
            max_size=round(min(0.06 * f.width, 0.16 * f.height)),
            min_size=u,
            max_lines=4,
            leading=1.08,
        )
        sheet.write(head, x0, ay0 + (ay1 - ay0 - head.height) // 2, sheet.palette.ink, "headline")
        y = (
            sheet.frame.safe[1]
            + (sheet.frame.safe[3] - sheet.frame.safe[1] - _rows_height(sheet, rows)) // 2
        )
        _draw_rows(sheet, rows, right_x, sheet.x1, max(y, sheet.y0))
        return sheet.canvas
    rows = _event_rows(sheet, sheet.width)
    rows_height = _rows_height(sheet, rows)
    head = sheet.set(
        card.headline,
        "display",
        width=sheet.width,
        height=ay1 - ay0 - rows_height - 2 * u,
        max_size=round(min(0.12 * f.width, 0.14 * f.height)),
        min_size=u,
        max_lines=5,
        leading=1.08,
    )
    sheet.write(head, x0, ay0, sheet.palette.ink, "headline")
    _draw_rows(sheet, rows, x0, sheet.x1, ay1 - rows_height)
    return sheet.canvas


def quote(request: PaintRequest) -> Canvas:
    """A pull quote in the serif italic under a large quotation mark, and who says it."""
    sheet = Sheet(request, request.palette.on_paper())
    f, card, u = sheet.frame, request.card, sheet.u
    top = sheet.kicker()
    bottom = sheet.footer(cta=card.cta, right=card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    mark = "«" if card.lang == "fr" else "“"
    mark_font = request.fonts.font("quote-strong", round(min(f.width, f.height) * 0.3))
    mx0, my0, mx1, my1 = _ink_box(mark, mark_font)
    mark_w, mark_h = mx1 - mx0, my1 - my0
    indent = mark_w + u if f.wide else 0  # wide cards hang the mark beside the words
    attribution = sheet.set(
        f"— {card.attribution or card.brand}",
        "strong",
        width=sheet.width,
        height=u * 3,
        max_size=u,
        max_lines=1,
    )
    above = 0 if f.wide else mark_h + u
    room = ay1 - ay0 - above - attribution.height - u
    words = sheet.set(
        card.quote or card.headline,
        "quote",
        width=column_width(sheet) - indent,
        height=room,
        max_size=round(min(0.085 * f.width, 0.13 * f.height)),
        min_size=u,
        max_lines=6,
        leading=1.15,
    )
    if not f.wide:  # sit the mark just over the words' capitals, not over their line box
        cap_top = _ink_box("H", words.font)[1]
        above = mark_h + max(17, round(u * 1.1) - cap_top)  # clear of the measured box
    group = above + words.height + u + attribution.height
    y = ay0 + max(0, (ay1 - ay0 - group) // 2)
    sheet.canvas.draw.text(
        (x0 - mx0, y - my0), mark, font=mark_font, fill=sheet.palette.accent, anchor="la"
    )
    y += above
    sheet.write(words, x0 + indent, y, sheet.palette.ink, "quote")
    sheet.write(attribution, x0 + indent, y + words.height + u, sheet.palette.ink, "attribution")
    return sheet.canvas


def _ink_box(text: str, font: Font) -> tuple[int, int, int, int]:
    """Where a glyph actually puts ink, relative to its 'la' anchor (font boxes are looser)."""
    ascent, descent = font.getmetrics()
    probe = Image.new("L", (round(font.getlength(text)) + ascent, ascent + descent), 0)
    ImageDraw.Draw(probe).text((0, 0), text, font=font, fill=255, anchor="la")
    return probe.getbbox() or (0, 0, 1, 1)


def carousel(request: PaintRequest) -> list[Canvas]:
    """A cover, one slide per point, and a closing slide with the call to action."""
    card = request.card
    total = len(card.slides) + 2
    slides = [headline(request, counter=(1, total))]
    for slide in card.slides:
        slides.append(_point(request, slide.index, slide.text, total))
    slides.append(_closing(request, total))
    return slides


def _point(request: PaintRequest, index: int, text: str, total: int) -> Canvas:
    sheet = Sheet(request, request.palette.on_paper())
    f, u = sheet.frame, sheet.u
    top = sheet.kicker()
    sheet.counter(index, total)
    bottom = sheet.footer(cta=None, right=request.card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    big = sheet.set(
        f"{index - 1:02d}",
        "heavy",
        width=sheet.width // 2,
        height=round((ay1 - ay0) * 0.4),
        max_size=round(0.22 * f.height),
        max_lines=1,
    )
    sheet.write(big, x0, ay0, sheet.ink_or(sheet.palette.accent), "index")
    body_top = ay0 + big.height + u
    words = sheet.set(
        text,
        "display",
        width=column_width(sheet),
        height=ay1 - body_top,
        max_size=round(min(0.075 * f.width, 0.1 * f.height)),
        min_size=u,
        max_lines=7,
        leading=1.15,
    )
    sheet.write(words, x0, ay1 - words.height, sheet.palette.ink, "point")
    return sheet.canvas


def _closing(request: PaintRequest, total: int) -> Canvas:
    card = request.card
    text = card.cta or card.headline
    sheet = Sheet(request, request.palette)
    f = sheet.frame
    sheet.circle(f.width * 0.5, f.height * 1.05, min(f.width, f.height) * 0.55, sheet.palette.decor)
    top = sheet.kicker()
    sheet.counter(total, total)
    bottom = sheet.footer(cta=None, right=card.footer)
    x0, ay0, _, ay1 = content_area(sheet, top, bottom)
    setting = sheet.set(
        text,
        "heavy",
        width=column_width(sheet),
        height=ay1 - ay0,
        max_size=round(0.1 * f.width),
        min_size=sheet.u,
        max_lines=4,
    )
    sheet.write(setting, x0, ay0 + (ay1 - ay0 - setting.height) // 2, sheet.palette.ink, "cta")
    return sheet.canvas


LAYOUTS: dict[str, Callable[[PaintRequest], list[Canvas]]] = {
    "headline": lambda r: [headline(r)],
    "number": lambda r: [number(r)],
    "event": lambda r: [event(r)],
    "quote": lambda r: [quote(r)],
    "carousel": carousel,
}
