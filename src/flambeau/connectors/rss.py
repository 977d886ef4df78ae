"""An Atom and RSS feed of published posts (feedgen), kept in `root/` with its images."""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path
from typing import Any, ClassVar, Literal

from feedgen.feed import FeedGenerator
from pydantic import BaseModel, ConfigDict

from flambeau.connectors.base import BaseConnector, Publication, Receipt
from flambeau.connectors.files import locked, write_atomic
from flambeau.core.errors import ConnectorError

ENTRIES_FILE = "entries.json"
ATOM_FILE = "feed.xml"
RSS_FILE = "rss.xml"


class FeedConnector(BaseConnector):
    """Adds each post once (by key) to the feed's entries, then rewrites both feed files."""

    id: ClassVar[str] = "rss"
    name: ClassVar[str] = "RSS/Atom feed"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")

        root: Path
        title: str = "Flambeau"
        link: str = "http://127.0.0.1:8000/"
        description: str = "Posts published by Flambeau"
        language: str = "en"
        max_entries: int = 500
        formats: list[Literal["atom", "rss"]] = ["atom", "rss"]

    options: Options

    @property
    def atom_path(self) -> Path:
        return self.options.root / ATOM_FILE

    @property
    def rss_path(self) -> Path:
        return self.options.root / RSS_FILE

    def entry_id(self, key: str) -> str:
        return f"urn:flambeau:{key}"

    def publish(self, publication: Publication) -> Receipt:
        root = self.options.root
        with locked(root):
            entries = self._entries()
            existing = entries.get(publication.key)
            if existing is None:
                existing = self._entry(publication)
                entries[publication.key] = existing
                self._write(entries)
        return Receipt(
            connector=self.id,
            key=publication.key,
            external_id=existing["id"],
            url=existing.get("link"),
            published_at=dt.datetime.fromisoformat(existing["published"]),
            extra={"feed": str(self.atom_path)},
        )

    def _entry(self, publication: Publication) -> dict[str, Any]:
        image = None
        if publication.image is not None:
            if not publication.image.is_file():
                raise ConnectorError(f"feed: image {publication.image} does not exist")
            media = self.options.root / "media"
            media.mkdir(parents=True, exist_ok=True)
            image = media / f"{publication.key}{publication.image.suffix or '.png'}"
            shutil.copyfile(publication.image, image)
        first_line = publication.text.strip().splitlines()[0] if publication.text.strip() else ""
        return {
            "id": self.entry_id(publication.key),
            "key": publication.key,
            "title": publication.title or _shorten(first_line, 90) or publication.post_id,
            "text": publication.text,
            "link": publication.link,
            "channel": publication.channel,
            "campaign": publication.campaign,
            "brand": publication.brand,
            "language": publication.language,
            "hashtags": publication.hashtags,
            "image": image.name if image else None,
            "image_size": image.stat().st_size if image else None,
            "alt_text": publication.alt_text,
            "published": publication.published_at.isoformat(),
        }

    def _entries(self) -> dict[str, dict[str, Any]]:
        path = self.options.root / ENTRIES_FILE
        if not path.exists():
            return {}
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ConnectorError(f"feed: {path} is damaged ({exc.msg})") from None
        return {item["key"]: item for item in items}

    def _write(self, entries: dict[str, dict[str, Any]]) -> None:
        ordered = sorted(entries.values(), key=lambda e: (e["published"], e["key"]))
        write_atomic(
            self.options.root / ENTRIES_FILE,
            (json.dumps(ordered, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
        )
        recent = ordered[-self.options.max_entries :]
        if "atom" in self.options.formats:  # the image is in the HTML content
            write_atomic(self.atom_path, self._feed(recent, enclosures=False).atom_str(pretty=True))
        if "rss" in self.options.formats:  # the image is also an enclosure
            write_atomic(self.rss_path, self._feed(recent, enclosures=True).rss_str(pretty=True))

    def _feed(self, entries: list[dict[str, Any]], *, enclosures: bool) -> FeedGenerator:
        opts = self.options
        feed = FeedGenerator()
        feed.id(f"urn:flambeau:feed:{opts.title}")
        feed.title(opts.title)
        feed.link(href=opts.link, rel="alternate")
        feed.description(opts.description)
        feed.language(opts.language)
        feed.generator("Flambeau")
        if entries:
            feed.updated(dt.datetime.fromisoformat(entries[-1]["published"]))
        for item in entries:
            entry = feed.add_entry(order="append")
            entry.id(item["id"])
            entry.guid(item["id"], permalink=False)
            entry.title(item["title"])
            entry.published(dt.datetime.fromisoformat(item["published"]))
            entry.updated(dt.datetime.fromisoformat(item["published"]))
            if item.get("link"):
                entry.link(href=item["link"], rel="alternate")
            entry.author(name=item["brand"])
            entry.category(term=item["channel"], label=item["channel"])
            for tag in item.get("hashtags") or []:
                entry.category(term=tag.lstrip("#"))
            entry.content(_html(item), type="html")
            entry.summary(item["text"])
            if enclosures and item.get("image"):
                url = (self.options.root / "media" / item["image"]).as_uri()
                entry.enclosure(url, str(item.get("image_size") or 0), "image/png")
        return feed


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _html(item: dict[str, Any]) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in item["text"].splitlines() if line)
    if item.get("image"):
        alt = html.escape(item.get("alt_text") or "", quote=True)
        body += f'<p><img src="media/{html.escape(item["image"], quote=True)}" alt="{alt}"/></p>'
    return body
