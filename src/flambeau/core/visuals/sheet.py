"""Contact sheets: one campaign's images on a page, the way a designer reviews them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from flambeau.core.errors import PainterError
from flambeau.core.visuals.typesetting import FontSet, drawable, load_font

PAPER = (244, 242, 238)
INK = (28, 28, 30)
MUTED = (92, 92, 98)  # 6.1:1 on PAPER


def _rows(
    aspects: list[float], inner: int, gutter: int, target: int
) -> list[tuple[list[int], int]]:
    """Justified rows: (image indexes, row height), each row filling the width exactly."""
    rows: list[tuple[list[int], int]] = []
    current: list[int] = []
    for index in range(len(aspects)):
        current.append(index)
        span = sum(aspects[i] for i in current) * target + gutter * (len(current) - 1)
        if span >= inner:
            total = sum(aspects[i] for i in current)
            rows.append((current, round((inner - gutter * (len(current) - 1)) / total)))
            current = []
    if current:
        total = sum(aspects[i] for i in current)
        fill = round((inner - gutter * (len(current) - 1)) / total)
        rows.append((current, min(target, fill)))
    return rows


def contact_sheet(
    images: list[Path],
    out: Path,
    *,
    title: str,
    subtitle: str | None = None,
    captions: list[str] | None = None,
    width: int = 2400,
    row_height: int | None = None,
) -> Path:
    """Thumbnails in justified rows under a title, each captioned; PNG, or JPEG by suffix.

    A caption "p01 · Instagram · 8 Dec" puts "p01" in bold and the rest beneath it.
    """
    if not images:
        raise PainterError("contact sheet: no images to show")
    if captions is not None and len(captions) != len(images):
        raise PainterError("contact sheet: captions must be one per image")
    fonts = FontSet.shipped()
    margin, gutter = round(width * 0.045), round(width * 0.018)
    inner = width - 2 * margin
    thumbs = [_thumbnail(path) for path in images]
    target = row_height or round(width * 0.19)
    rows = _rows([t.width / t.height for t in thumbs], inner, gutter, target)
    caption_font = load_font(fonts.path("strong"), max(14, round(width * 0.0085)))
    meta_font = load_font(fonts.path("body"), max(13, round(width * 0.0075)))
    title_font = load_font(fonts.path("heavy"), round(width * 0.026))
    sub_font = load_font(fonts.path("body"), round(width * 0.0115))
    caption_h = round(caption_font.size * 1.5 + meta_font.size * 1.5)
    header_h = round(title_font.size * 1.3 + (sub_font.size * 2.0 if subtitle else 0)) + margin // 2
    height = margin + header_h + sum(h + caption_h + gutter for _, h in rows) - gutter + margin
    sheet = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(sheet)
    draw.text((margin, margin), drawable(title), font=title_font, fill=INK, anchor="la")
    if subtitle:
        y = margin + round(title_font.size * 1.25)
        draw.text((margin, y), drawable(subtitle), font=sub_font, fill=MUTED, anchor="la")
    rule_y = margin + header_h - margin // 4
    draw.rectangle((margin, rule_y, width - margin, rule_y + 2), fill=(212, 209, 202))
    y = margin + header_h
    for indexes, row_h in rows:
        x = margin
        for index in indexes:
            thumb = thumbs[index]
            w = round(thumb.width * row_h / thumb.height)
            shown = thumb.resize((w, row_h), Image.Resampling.LANCZOS)
            _shadow(sheet, (x, y, x + w, y + row_h))
            sheet.paste(shown, (x, y))
            label = captions[index] if captions else images[index].stem
            name, _, meta = label.partition(" · ")
            cy = y + row_h + round(caption_font.size * 0.5)
            draw.text((x, cy), drawable(name), font=caption_font, fill=INK, anchor="la")
            line2 = meta or str(thumb.info.get("size", ""))
            draw.text(
                (x, cy + round(caption_font.size * 1.35)),
                drawable(line2),
                font=meta_font,
                fill=MUTED,
                anchor="la",
            )
            x += w + gutter
        y += row_h + caption_h + gutter
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() in (".jpg", ".jpeg"):
        sheet.save(out, "JPEG", quality=88, optimize=True)
    else:
        sheet.save(out, "PNG", optimize=True)
    return out


def _thumbnail(path: Path, longest: int = 900) -> Image.Image:
    try:
        with Image.open(path) as source:
            image = source.convert("RGB")
    except OSError as exc:
        raise PainterError(f"contact sheet: cannot read {path}: {exc}") from None
    size = f"{image.width}×{image.height}"
    image.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    image.info["size"] = size
    return image


def _shadow(sheet: Image.Image, box: tuple[int, int, int, int]) -> None:
    """A soft drop shadow under a thumbnail so light images keep their edge on the paper."""
    x0, y0, x1, y1 = box
    pad = 24
    layer = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 0)
    ImageDraw.Draw(layer).rectangle((pad, pad + 6, pad + x1 - x0, pad + y1 - y0 + 6), fill=70)
    layer = layer.filter(ImageFilter.GaussianBlur(10))
    shade = Image.new("RGB", layer.size, (60, 56, 50))
    sheet.paste(shade, (x0 - pad, y0 - pad), layer)
