"""Contact sheets: one campaign's images on a page, the way a designer reviews them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from flambeau.core.errors import PainterError
from flambeau.core.visuals.typesetting import FontSet, drawable, load_font

PAPER = (244, 242, 238)
INK = (28, 28, 30)
MUTED = (92, 92, 98)  # 6.1:1 on PAPER


def contact_sheet(
    images: list[Path],
    out: Path,
    *,
    title: str,
    subtitle: str | None = None,
    captions: list[str] | None = None,
    columns: int = 4,
    width: int = 2400,
) -> Path:
    """A grid of thumbnails under a title, each captioned; PNG, or JPEG when `out` says so."""
    if not images:
        raise PainterError("contact sheet: no images to show")
    if captions is not None and len(captions) != len(images):
        raise PainterError("contact sheet: captions must be one per image")
    fonts = FontSet.shipped()
    columns = max(1, min(columns, len(images)))
    margin, gutter = round(width * 0.045), round(width * 0.022)
    cell = (width - 2 * margin - (columns - 1) * gutter) // columns
    cell_h = round(cell * 1.25)
    caption_font = load_font(fonts.path("strong"), max(14, round(cell * 0.045)))
    meta_font = load_font(fonts.path("body"), max(13, round(cell * 0.04)))
    title_font = load_font(fonts.path("heavy"), round(width * 0.03))
    sub_font = load_font(fonts.path("body"), round(width * 0.012))
    caption_h = round(caption_font.size * 1.5 + meta_font.size * 1.4) + gutter // 2
    header_h = round(title_font.size * 1.3 + (sub_font.size * 2.2 if subtitle else 0)) + margin // 2
    rows = (len(images) + columns - 1) // columns
    height = margin + header_h + rows * (cell_h + caption_h + gutter) - gutter + margin
    sheet = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(sheet)
    draw.text((margin, margin), drawable(title), font=title_font, fill=INK, anchor="la")
    if subtitle:
        y = margin + round(title_font.size * 1.25)
        draw.text((margin, y), drawable(subtitle), font=sub_font, fill=MUTED, anchor="la")
    rule_y = margin + header_h - margin // 4
    draw.rectangle((margin, rule_y, width - margin, rule_y + 2), fill=(212, 209, 202))
    for index, path in enumerate(images):
        row, col = divmod(index, columns)
        x = margin + col * (cell + gutter)
        y = margin + header_h + row * (cell_h + caption_h + gutter)
        thumb = _thumbnail(path, cell, cell_h)
        tx, ty = x + (cell - thumb.width) // 2, y + (cell_h - thumb.height)
        _shadow(sheet, (tx, ty, tx + thumb.width, ty + thumb.height))
        sheet.paste(thumb, (tx, ty))
        label = captions[index] if captions else path.stem
        name, _, meta = label.partition(" · ")
        cy = y + cell_h + gutter // 3
        draw.text((x, cy), drawable(name), font=caption_font, fill=INK, anchor="la")
        line2 = meta or f"{thumb.info.get('size', '')}"
        draw.text(
            (x, cy + round(caption_font.size * 1.45)),
            drawable(line2),
            font=meta_font,
            fill=MUTED,
            anchor="la",
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() in (".jpg", ".jpeg"):
        sheet.save(out, "JPEG", quality=88, optimize=True)
    else:
        sheet.save(out, "PNG", optimize=True)
    return out


def _thumbnail(path: Path, width: int, height: int) -> Image.Image:
    try:
        with Image.open(path) as source:
            image = source.convert("RGB")
    except OSError as exc:
        raise PainterError(f"contact sheet: cannot read {path}: {exc}") from None
    size = f"{image.width}×{image.height}"
    image.thumbnail((width, height), Image.Resampling.LANCZOS)
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
