"""paint_post: one post's visual, at its channel's size, labelled, described and signed."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from flambeau.core.brief import Brief
from flambeau.core.channels import ChannelSpec, ImageSize, get_channel
from flambeau.core.errors import PainterError
from flambeau.core.post import ImageAsset, Post, Provenance
from flambeau.core.visuals.alt_text import alt_text, slide_alt_text
from flambeau.core.visuals.canvas import Canvas, pill_size
from flambeau.core.visuals.content import Card, plan_card
from flambeau.core.visuals.contrast import luminance
from flambeau.core.visuals.frame import label_font_size, make_frame
from flambeau.core.visuals.labels import VisualLabel, is_french_jurisdiction, visual_labels
from flambeau.core.visuals.painter import Artwork, Frame, Painter, PaintRequest
from flambeau.core.visuals.palette import Palette
from flambeau.core.visuals.provenance import ImageRecord, save_png
from flambeau.core.visuals.registry import get_painter
from flambeau.core.visuals.signing import SigningSettings, manifest_for, sign_png
from flambeau.core.visuals.typesetting import FontSet, load_font


def _size_for(spec: ChannelSpec, layout: str) -> ImageSize:
    if layout == "carousel":
        for size in spec.images:
            if size.name == "carousel":
                return size
    assert spec.image is not None
    return spec.image


def _fonts(brief: Brief) -> FontSet:
    if not brief.brand.fonts:
        return FontSet.shipped()
    path = brief.resolve(brief.brand.fonts[0])
    if not path.is_file():
        raise PainterError(f"brand.fonts: {path} is not a font file")
    return FontSet.shipped(display=path)


def _logo(brief: Brief) -> Path | None:
    if not brief.brand.logo:
        return None
    path = brief.resolve(brief.brand.logo)
    if not path.is_file():
        raise PainterError(f"brand.logo: {path} does not exist")
    return path


def _band(labels: list[VisualLabel], frame: Frame) -> int:
    """Height of the rows of label pills at the top of the safe area (0 when none)."""
    if not labels:
        return 0
    font = load_font(FontSet.shipped().path("strong"), label_font_size(frame.width, frame.height))
    gap = round(frame.unit * 0.4)
    width = frame.safe[2] - frame.safe[0]
    rows, x, height = 1, 0, 0
    for label in labels:
        w, height = pill_size(label.text, font)
        if x and x + w > width:
            rows, x = rows + 1, 0
        x += w + gap
    return rows * height + (rows - 1) * gap + round(frame.unit * 1.2)


def draw_labels(canvas: Canvas, labels: list[VisualLabel], frame: Frame, palette: Palette) -> None:
    """Label pills at the top left of the safe area, dark on light grounds and light on dark."""
    font = load_font(FontSet.shipped().path("strong"), label_font_size(frame.width, frame.height))
    gap = round(frame.unit * 0.4)
    x0, y0, x1, _ = frame.safe
    x, y = x0, y0
    for label in labels:
        w, h = pill_size(label.text, font)
        if x > x0 and x + w > x1:
            x, y = x0, y + h + gap
        region = canvas.image.crop((x, y, x + w, y + h)).resize((1, 1))
        sample = region.getpixel((0, 0))
        assert isinstance(sample, tuple)
        light_ground = luminance((int(sample[0]), int(sample[1]), int(sample[2]))) > 0.35
        dark, light = palette.paper_ink, palette.paper
        fill, ink = (dark, light) if light_ground else (light, dark)
        canvas.pill(label.text, font, (x, y), fill, ink, role=f"label:{label.id}")
        x += w + gap


def paint_post(
    post: Post,
    *,
    brief: Brief,
    out_dir: Path,
    painter: str | Painter = "cards",
    policy: object | None = None,
    signing: SigningSettings | None = None,
) -> ImageAsset | None:
    """Paint a post's visual into `out_dir/images/`; None when its channel takes no image."""
    try:
        spec = get_channel(post.channel)
    except KeyError as exc:
        raise PainterError(f"post {post.id}: channel: {exc.args[0]}") from None
    if not spec.takes_images or not spec.images:
        return None
    worker = get_painter(painter) if isinstance(painter, str) else painter
    card = plan_card(post, brief, spec)
    size = _size_for(spec, card.layout)
    trained = bool(getattr(worker, "trained", False))
    expected = visual_labels(
        brief,
        post,
        trained_picture=trained,
        machine_text=card.machine_written,
        shows_person=trained and is_french_jurisdiction(brief),
        policy=policy,
    )
    plain = make_frame(size.width, size.height, size_name=size.name)
    frame = make_frame(size.width, size.height, size_name=size.name, band=_band(expected, plain))
    palette = Palette.from_brand(brief.brand.colors)
    request = PaintRequest(
        card=card,
        frame=frame,
        palette=palette,
        fonts=_fonts(brief),
        channel=spec.id,
        post_id=post.id,
        logo=_logo(brief),
        voice=tuple(brief.brand.voice),
    )
    artwork = worker.paint(request)
    card = artwork.card or card
    labels = visual_labels(
        brief,
        post,
        trained_picture=trained,
        machine_text=card.machine_written,
        shows_person=artwork.shows_person,
        policy=policy,
    )
    return _finish(
        post,
        brief,
        spec,
        card,
        artwork,
        labels,
        frame,
        palette,
        out_dir,
        signing or SigningSettings.from_env(),
        getattr(worker, "name", "custom"),
    )


def _finish(
    post: Post,
    brief: Brief,
    spec: ChannelSpec,
    card: Card,
    artwork: Artwork,
    labels: list[VisualLabel],
    frame: Frame,
    palette: Palette,
    out_dir: Path,
    signing: SigningSettings,
    painter_name: str,
) -> ImageAsset:
    """Labels, final contrast measure, XMP, optional C2PA, and the asset record."""
    created = dt.datetime.now(dt.UTC)
    total = len(artwork.canvases)
    cover = artwork.canvases[0]
    main = [o for o in cover.overlays if o.role in ("headline", "number", "quote")]
    ink = _hex(main[0].ink) if main else palette.ink
    sample = cover.image.getpixel((frame.margin // 2, frame.height // 2))
    assert isinstance(sample, tuple)
    ground = (int(sample[0]), int(sample[1]), int(sample[2]))
    text = alt_text(
        card,
        ink=ink,
        ground=ground,
        labels=labels,
        limit=spec.alt_text_limit,
        picture=artwork.picture,
        slides=total,
    )
    paths: list[str] = []
    alts: list[str] = []
    overlays: list[dict[str, Any]] = []
    for i, canvas in enumerate(artwork.canvases):
        draw_labels(canvas, labels, frame, palette)
        overlays.extend(o.as_dict() | {"slide": i + 1} for o in canvas.remeasure())
        name = f"{post.id}.png" if i == 0 else f"{post.id}-{i + 1}.png"
        if i == 0:
            slide_alt = text
        elif 0 < i <= len(card.slides):
            slide_alt = slide_alt_text(
                card, card.slides[i - 1].text, i + 1, total, spec.alt_text_limit
            )
        else:
            slide_alt = slide_alt_text(
                card, card.cta or card.headline, i + 1, total, spec.alt_text_limit
            )
        alts.append(slide_alt)
        record = ImageRecord(
            digital_source_type=artwork.digital_source_type,
            creator_tool=artwork.creator_tool,
            alt_text=slide_alt,
            lang=brief.language,
            title=f"{brief.brand.name} — {post.id}",
            created_at=created,
            layout=card.layout,
            labels=tuple(label.id for label in labels),
            ai_system=artwork.model,
            prompt=artwork.prompt,
        )
        target = out_dir / "images" / name
        save_png(canvas.image, target, record)
        if signing.enabled:
            sign_png(
                target,
                manifest_for(
                    title=name,
                    digital_source_type=artwork.digital_source_type,
                    agent=artwork.creator_tool,
                    model=artwork.model,
                ),
                signing,
            )
        paths.append(f"images/{name}")
    digest = hashlib.sha256(artwork.prompt.encode()).hexdigest() if artwork.prompt else None
    return ImageAsset(
        path=paths[0],
        width=frame.width,
        height=frame.height,
        alt_text=text,
        layout=card.layout,
        labels=[label.id for label in labels],
        provenance=Provenance(
            model=artwork.model,
            writer=painter_name,
            prompt_sha256=digest,
            created_at=created,
            params={**artwork.params, "digital_source_type": artwork.digital_source_type},
        ),
        extra={
            "slides": paths[1:],
            "alt_texts": alts,
            "min_contrast": min((o["contrast"] for o in overlays), default=21.0),
            "overlays": overlays,
            "label_texts": [label.text for label in labels],
            "digital_source_type": artwork.digital_source_type,
            "size": frame.width and f"{frame.width}x{frame.height}",
            "c2pa": signing.enabled,
            "c2pa_certificate": ("development" if signing.development else "configured")
            if signing.enabled
            else None,
        },
    )


def _hex(value: str) -> tuple[int, int, int]:
    from flambeau.core.visuals.contrast import hex_to_rgb

    return hex_to_rgb(value)
