"""The card layouts: headline, quote, key number, event, and carousel slides."""

from __future__ import annotations

from collections.abc import Callable

from flambeau.core.visuals.canvas import Canvas
from flambeau.core.visuals.design import (
    Sheet,
    column_width,
    content_area,
    ink_box,
)
from flambeau.core.visuals.painter import PaintRequest
from flambeau.core.visuals.typesetting import Setting

_WORDS = {
    "fr": {"when": "Quand", "where": "Où"},
    "en": {"when": "When", "where": "Where"},
}


def _variant(post_id: str) -> int:
    digits = "".join(c for c in post_id if c.isdigit())
    return int(digits) % 2 if digits else 0


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
    mx0, my0, mx1, my1 = ink_box(mark, mark_font)
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
        max_size=round(min(0.085 * f.width, 0.16 * f.height)),
        min_size=u,
        max_lines=6,
        leading=1.15,
    )
    if not f.wide:  # sit the mark just over the words' capitals, not over their line box
        cap_top = ink_box("H", words.font)[1]
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
