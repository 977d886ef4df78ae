"""Every shared brief: every image at its channel's size, text inside, 4.5:1 on pixels, alt text, XMP."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from flambeau.core.brief import load_brief
from flambeau.core.channels import get_channel
from flambeau.core.visuals import paint_post
from tests.core.conftest import SHARED_BRIEFS
from tests.core.visuals.conftest import independent_contrast, posts_for

IPTC_TERMS = {
    "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia",
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
}
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXT = "{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}"
CORE = "{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}"
FRENCH_WORDS = re.compile(
    r"\b(?:de|sur|fond|texte|visuels?|citation|chiffre|annonce|carrousel)\b", re.I
)
ENGLISH_WORDS = re.compile(r"\b(?:on|the|of|graphic|text|background|quote|from|key|slides)\b", re.I)


def xmp_of(path: Path) -> ET.Element:
    """Read the PNG chunks by hand and parse the XMP packet: no code shared with the writer."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset = 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length]
        offset += 12 + length
        if kind == b"iTXt" and body.startswith(b"XML:com.adobe.xmp\x00"):
            rest = body[len(b"XML:com.adobe.xmp\x00") :]
            flag, rest = rest[0], rest[2:]
            rest = rest.split(b"\x00", 2)[2]
            text = (zlib.decompress(rest) if flag else rest).decode("utf-8")
            start, end = text.index("<x:xmpmeta"), text.index("</x:xmpmeta>") + 12
            return ET.fromstring(text[start:end])
    raise AssertionError(f"{path.name} has no XMP packet")


def painted(brief_path: Path, tmp: Path) -> list[tuple[Any, Any]]:
    brief = load_brief(brief_path)
    results = []
    for post in posts_for(brief):
        asset = paint_post(post, brief=brief, out_dir=tmp)
        results.append((post, asset))
    return results


@pytest.fixture(scope="module", params=SHARED_BRIEFS, ids=lambda p: p.name.split(".")[0])
def campaign(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("visuals")
    mp = pytest.MonkeyPatch()
    mp.setenv("FLAMBEAU_C2PA", "off")
    try:
        brief = load_brief(request.param)
        return brief, out, painted(request.param, out)
    finally:
        mp.undo()


def test_every_post_that_takes_an_image_has_one_at_its_channel_size(campaign: Any) -> None:
    _, out, results = campaign
    assert results
    for post, asset in results:
        spec = get_channel(post.channel)
        assert asset is not None, post.id
        sizes = {(s.width, s.height) for s in spec.images}
        for relative in [asset.path, *asset.extra["slides"]]:
            with Image.open(out / relative) as image:
                assert image.size in sizes, (post.id, relative, image.size)
                assert image.size == (asset.width, asset.height)


def test_every_overlay_lies_inside_the_image_and_the_safe_margins(campaign: Any) -> None:
    _, _, results = campaign
    for post, asset in results:
        margin = min(asset.width, asset.height) * 0.03
        for overlay in asset.extra["overlays"]:
            x0, y0, x1, y1 = overlay["box"]
            assert x0 >= margin and y0 >= margin, (post.id, overlay)
            assert x1 <= asset.width - margin and y1 <= asset.height - margin, (post.id, overlay)


def test_every_overlay_passes_aa_contrast_measured_again_on_the_pixels(campaign: Any) -> None:
    """The ink is on the pixels, and every ground colour that covers 2% of the box passes."""
    _, out, results = campaign
    for post, asset in results:
        assert asset.extra["min_contrast"] >= 4.5, post.id
        files = [asset.path, *asset.extra["slides"]]
        images = {i + 1: Image.open(out / f).convert("RGB") for i, f in enumerate(files)}
        for overlay in asset.extra["overlays"]:
            region = images[overlay["slide"]].crop(tuple(overlay["box"]))
            counts = Counter(region.get_flattened_data())
            ink = tuple(int(overlay["ink"][i : i + 2], 16) for i in (1, 3, 5))
            assert counts[ink] > 0, (post.id, overlay["text"], "ink not on the pixels")
            floor = 0.02 * region.width * region.height
            grounds = [c for c, n in counts.items() if n >= floor and c != ink]
            assert grounds, (post.id, overlay["text"])
            worst = min(independent_contrast(ink, g) for g in grounds)
            assert worst >= 4.5, (post.id, overlay["text"], worst)


def test_alt_text_is_present_within_the_limit_and_in_the_brief_language(campaign: Any) -> None:
    brief, _, results = campaign
    words = FRENCH_WORDS if brief.lang == "fr" else ENGLISH_WORDS
    for post, asset in results:
        limit = get_channel(post.channel).alt_text_limit or 1000
        for text in asset.extra["alt_texts"]:
            assert 0 < len(text) <= limit, (post.id, text)
        assert words.search(asset.alt_text) or len(asset.alt_text) < 80, asset.alt_text
        assert (
            post.message[:20] in asset.alt_text
            or "…" in asset.alt_text
            or asset.layout in ("number", "quote")
        ), asset.alt_text


def test_xmp_says_how_the_image_was_made_and_what_it_shows(campaign: Any) -> None:
    brief, out, results = campaign
    for _post, asset in results:
        for index, relative in enumerate([asset.path, *asset.extra["slides"]]):
            root = xmp_of(out / relative)
            source = root.find(f".//{EXT}DigitalSourceType")
            assert source is not None and source.text in IPTC_TERMS
            alt = root.find(f".//{CORE}AltTextAccessibility/{RDF}Alt/{RDF}li")
            assert alt is not None and alt.get(XML_LANG) == brief.language
            assert alt.text == asset.extra["alt_texts"][index]
            tool = root.find(".//{http://ns.adobe.com/xap/1.0/}CreatorTool")
            assert tool is not None and "Flambeau" in (tool.text or "")


def test_the_words_on_each_card_are_whole(campaign: Any) -> None:
    """Never cut: the headline (or quote) overlay holds every word of what it sets."""
    _, _, results = campaign
    for post, asset in results:
        roles = {o["role"]: o["text"] for o in asset.extra["overlays"] if o["slide"] == 1}
        if "headline" in roles:
            assert roles["headline"].split() == post.message.replace("'", "’").split()
        if asset.layout == "quote":
            assert roles["quote"].split() == post.message.replace("'", "’").split()


def test_carousels_are_made_for_instagram_and_linkedin_only(campaign: Any) -> None:
    _, _, results = campaign
    for post, asset in results:
        if asset.layout == "carousel":
            assert post.channel in ("instagram", "linkedin")
            assert len(asset.extra["slides"]) >= 2
        else:
            assert asset.extra["slides"] == []
