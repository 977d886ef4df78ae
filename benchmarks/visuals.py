"""Images per second, per layout and size, for the cards painter (run: python benchmarks/visuals.py).

Baseline, measured in the same run: a flat PNG of the same size with one line of text,
drawn and saved with Pillow alone — the floor any painter pays. The ratio shows what the
layout, the fitting, the pixel contrast checks and the XMP cost on top of it. A last
table adds C2PA signing (development certificate) when c2pa-python is installed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flambeau.core.brief import load_brief  # noqa: E402
from flambeau.core.planning import plan_campaign  # noqa: E402
from flambeau.core.post import Draft, Post  # noqa: E402
from flambeau.core.visuals import paint_post  # noqa: E402
from flambeau.core.visuals.signing import (  # noqa: E402
    SigningSettings,
    available,
    development_credentials,
)
from flambeau.core.visuals.typesetting import FontSet  # noqa: E402

BRIEF = ROOT / "src" / "flambeau" / "examples" / "paindor-ateliers.fr.yaml"
SIZES = {  # channel that paints at this size
    "1080×1350 instagram": "instagram",
    "1600×900 x": "x",
    "1200×627 linkedin": "linkedin",
    "1200×400 newsletter": "newsletter",
    "1000×1500 pinterest": "pinterest",
    "1080×1920 tiktok": "tiktok",
}
LAYOUTS = ("headline", "quote", "number", "event")


def _post(brief_path: Path, channel: str, layout: str) -> tuple[object, Post]:
    brief = load_brief(brief_path)
    slot = plan_campaign(brief)[0].model_copy(update={"channel": channel, "angle": "question"})
    post = Post.assemble(slot, Draft(slot_id=slot.id, text=slot.message), None)
    return brief, post.model_copy(update={"extra": {"layout": layout}})


def _rate(brief: object, post: Post, out: Path, repeat: int, signing: SigningSettings) -> float:
    paint_post(post, brief=brief, out_dir=out, signing=signing)  # type: ignore[arg-type]  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        asset = paint_post(post, brief=brief, out_dir=out, signing=signing)  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
        assert asset is not None
    slides = 1 + len(asset.extra["slides"])
    return slides / statistics.median(times)


def _baseline(width: int, height: int, out: Path, repeat: int) -> float:
    font = FontSet.shipped().font("heavy", 64)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        image = Image.new("RGB", (width, height), (122, 75, 30))
        ImageDraw.Draw(image).text((80, 80), "Apprendre le levain", font=font, fill=(243, 227, 195))
        image.save(out / "baseline.png", "PNG", compress_level=6)
        times.append(time.perf_counter() - start)
    return 1 / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--brief", type=Path, default=BRIEF)
    args = parser.parse_args()
    off = SigningSettings(enabled=False)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        print(f"cards painter, images/s (median of {args.repeat}), brief {args.brief.name}\n")
        header = f"{'size':<22}" + "".join(f"{name:>10}" for name in LAYOUTS)
        print(header + f"{'baseline':>10}{'headline/base':>15}")
        print("-" * len(header + " " * 25))
        for label, channel in SIZES.items():
            rates = []
            for layout in LAYOUTS:
                brief, post = _post(args.brief, channel, layout)
                rates.append(_rate(brief, post, out, args.repeat, off))
            width, height = (int(v) for v in label.split()[0].split("×"))
            base = _baseline(width, height, out, args.repeat)
            cells = "".join(f"{rate:>10.1f}" for rate in rates)
            print(f"{label:<22}{cells}{base:>10.1f}{rates[0] / base:>14.2f}x")
        print("\ncarousel, slides/s")
        for label, channel in (
            ("1080×1350 instagram", "instagram"),
            ("1080×1080 linkedin", "linkedin"),
        ):
            brief, post = _post(args.brief, channel, "carousel")
            print(f"{label:<22}{_rate(brief, post, out, args.repeat, off):>10.1f}")
        if available():
            development_credentials()
            on = SigningSettings(enabled=True)
            print("\nwith C2PA signing (development certificate), images/s")
            for label in ("1080×1350 instagram", "1600×900 x"):
                brief, post = _post(args.brief, SIZES[label], "headline")
                plain = _rate(brief, post, out, args.repeat, off)
                signed = _rate(brief, post, out, args.repeat, on)
                print(f"{label:<22}{plain:>10.1f} unsigned{signed:>10.1f} signed")
        else:
            print("\nc2pa-python not installed: signing not measured")


if __name__ == "__main__":
    main()
