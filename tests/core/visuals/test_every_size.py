"""Every layout at every channel's image size, in both languages: made, whole, legible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from flambeau.core.brief import Brief
from flambeau.core.channels import CHANNELS
from flambeau.core.post import Post
from flambeau.core.visuals import LAYOUTS, paint_post

CHANNELS_WITH_IMAGES = [c for c, spec in CHANNELS.items() if spec.takes_images and spec.images]


@pytest.mark.parametrize("brief_name", ["harbour-foodbank-winter", "paindor-ateliers"])
@pytest.mark.parametrize("channel", CHANNELS_WITH_IMAGES)
def test_every_layout_paints_at_this_channel_size(
    brief_name: str,
    channel: str,
    briefs: dict[str, Brief],
    make_post: Callable[..., Post],
    tmp_path: Path,
) -> None:
    brief = briefs[brief_name]
    sizes = {(s.width, s.height) for s in CHANNELS[channel].images}
    for layout in LAYOUTS:
        asset = paint_post(
            make_post(brief, channel, layout=layout), brief=brief, out_dir=tmp_path / layout
        )
        assert asset is not None
        assert (asset.width, asset.height) in sizes
        assert asset.extra["min_contrast"] >= 4.5, (layout, asset.extra["overlays"])
        with Image.open(tmp_path / layout / asset.path) as image:
            assert image.size == (asset.width, asset.height)
        for overlay in asset.extra["overlays"]:
            x0, y0, x1, y1 = overlay["box"]
            assert 0 <= x0 < x1 <= asset.width and 0 <= y0 < y1 <= asset.height
