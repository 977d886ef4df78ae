"""XMP provenance in PNG files: IPTC Digital Source Type, creator tool, alt text; and reading it back."""

from __future__ import annotations

import datetime as dt
import struct
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image
from PIL.PngImagePlugin import PngInfo

XMP_KEYWORD = "XML:com.adobe.xmp"
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "flambeau": "urn:flambeau:ns:visuals:1/",
}


@dataclass(frozen=True)
class ImageRecord:
    """What the XMP packet of one image says about how it was made and what it shows."""

    digital_source_type: str
    creator_tool: str
    alt_text: str
    lang: str
    title: str
    created_at: dt.datetime
    layout: str
    labels: tuple[str, ...] = ()
    ai_system: str | None = None
    prompt: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _alt(tag: str, text: str, lang: str) -> str:
    return (
        f'<{tag}><rdf:Alt><rdf:li xml:lang="{escape(lang)}">{escape(text)}</rdf:li>'
        f"</rdf:Alt></{tag}>"
    )


def xmp_packet(record: ImageRecord) -> str:
    """An XMP packet (IPTC Photo Metadata 2025.1 properties) for one image."""
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items() if k not in ("x", "rdf"))
    when = record.created_at.isoformat(timespec="seconds")
    parts = [
        f"<Iptc4xmpExt:DigitalSourceType>{escape(record.digital_source_type)}"
        "</Iptc4xmpExt:DigitalSourceType>",
        f"<xmp:CreatorTool>{escape(record.creator_tool)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
        "<dc:format>image/png</dc:format>",
        _alt("dc:title", record.title, "x-default"),
        _alt("dc:description", record.alt_text, record.lang),
        _alt("Iptc4xmpCore:AltTextAccessibility", record.alt_text, record.lang),
        f"<flambeau:Layout>{escape(record.layout)}</flambeau:Layout>",
    ]
    if record.labels:
        items = "".join(f"<rdf:li>{escape(label)}</rdf:li>" for label in record.labels)
        parts.append(f"<flambeau:Labels><rdf:Bag>{items}</rdf:Bag></flambeau:Labels>")
    if record.ai_system:
        parts.append(
            f"<Iptc4xmpExt:AISystemUsed>{escape(record.ai_system)}</Iptc4xmpExt:AISystemUsed>"
        )
    if record.prompt:
        parts.append(
            f"<Iptc4xmpExt:AIPromptInformation>{escape(record.prompt)}</Iptc4xmpExt:AIPromptInformation>"
        )
    for key, value in sorted(record.extra.items()):
        parts.append(f"<flambeau:{key}>{escape(value)}</flambeau:{key}>")
    body = "\n    ".join(parts)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f'  <rdf:Description rdf:about="" {ns}>\n    {body}\n  </rdf:Description>\n'
        " </rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


def save_png(image: Image.Image, path: Path, record: ImageRecord) -> None:
    """Write the image as an optimised PNG with its XMP packet in an iTXt chunk."""
    info = PngInfo()
    info.add_itxt(XMP_KEYWORD, xmp_packet(record), zip=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", pnginfo=info, optimize=False, compress_level=6)


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk of a PNG file."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    chunks, offset = [], 8
    while offset + 8 <= len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        chunks.append((kind, data[offset + 8 : offset + 8 + length]))
        offset += 12 + length
    return chunks


def read_xmp(path: Path) -> str | None:
    """The XMP packet of a PNG file, from its iTXt chunk."""
    for kind, payload in png_chunks(path.read_bytes()):
        if kind != b"iTXt":
            continue
        keyword, _, rest = payload.partition(b"\x00")
        if keyword.decode("latin-1") != XMP_KEYWORD:
            continue
        compressed, rest = rest[0], rest[2:]
        _lang, _, rest = rest.partition(b"\x00")
        _translated, _, text = rest.partition(b"\x00")
        return (zlib.decompress(text) if compressed else text).decode("utf-8")
    return None


def _text(root: ET.Element, tag: str) -> str | None:
    node = root.find(f".//{tag}", NS)
    return node.text if node is not None else None


def _alts(root: ET.Element, tag: str) -> dict[str, str]:
    lang_key = "{http://www.w3.org/XML/1998/namespace}lang"
    return {
        li.get(lang_key, "x-default"): li.text or ""
        for li in root.findall(f".//{tag}/rdf:Alt/rdf:li", NS)
    }


def read_provenance(path: Path) -> dict[str, Any]:
    """What an image says about itself: XMP fields, and its C2PA manifest when it has one."""
    path = Path(path)
    packet = read_xmp(path)
    result: dict[str, Any] = {"xmp": packet is not None}
    if packet is not None:
        root = ET.fromstring(packet.split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
        result.update(
            digital_source_type=_text(root, "Iptc4xmpExt:DigitalSourceType"),
            creator_tool=_text(root, "xmp:CreatorTool"),
            created_at=_text(root, "xmp:CreateDate"),
            alt_text=_alts(root, "Iptc4xmpCore:AltTextAccessibility"),
            layout=_text(root, "flambeau:Layout"),
            labels=[li.text for li in root.findall(".//flambeau:Labels/rdf:Bag/rdf:li", NS)],
            ai_system=_text(root, "Iptc4xmpExt:AISystemUsed"),
            prompt=_text(root, "Iptc4xmpExt:AIPromptInformation"),
        )
    from flambeau.core.visuals.signing import read_manifest

    result["c2pa"] = read_manifest(path)
    return result
