"""The feed: Atom and RSS written with feedgen, read back with feedparser; idempotent by key."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest

from flambeau.connectors import build_connector
from flambeau.core.errors import ConnectorError


def _parse(path):
    parsed = feedparser.parse(str(path))
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def test_feed_entries_read_back(tmp_path, publication):
    feed = build_connector("rss", {"root": str(tmp_path), "title": "Pain d'Or"})
    pub = publication()
    receipt = feed.publish(pub)
    for name in ("feed.xml", "rss.xml"):
        parsed = _parse(tmp_path / name)
        assert parsed.feed.title == "Pain d'Or"
        (entry,) = parsed.entries
        assert entry.id == receipt.external_id == f"urn:flambeau:{pub.key}"
        assert entry.link == pub.link
        assert "levain" in entry.title
    rss_entry = _parse(tmp_path / "rss.xml").entries[0]
    assert rss_entry.enclosures[0]["href"].endswith(f"media/{pub.key}.png")
    atom_entry = _parse(tmp_path / "feed.xml").entries[0]
    assert "Une miche dorée" in atom_entry.content[0].value
    assert {t.term for t in atom_entry.tags} >= {"instagram", "PainDOr"}
    assert (tmp_path / "media" / f"{pub.key}.png").exists()


def test_same_key_twice_is_one_entry(tmp_path, publication):
    feed = build_connector("rss", {"root": str(tmp_path)})
    first = feed.publish(publication())
    again = feed.publish(publication(text="other"))
    assert first.external_id == again.external_id
    assert len(_parse(tmp_path / "feed.xml").entries) == 1


def test_entries_are_in_publication_order_and_capped(tmp_path, publication):
    feed = build_connector("rss", {"root": str(tmp_path), "max_entries": 3})
    start = dt.datetime(2026, 12, 8, tzinfo=dt.UTC)
    for n in (3, 1, 4, 2):
        feed.publish(
            publication(key=f"k{n}", published_at=start + dt.timedelta(hours=n), image=None)
        )
    ids = [e.id for e in _parse(tmp_path / "feed.xml").entries]
    assert ids == ["urn:flambeau:k2", "urn:flambeau:k3", "urn:flambeau:k4"]


def test_a_damaged_entries_file_is_a_clear_error(tmp_path, publication):
    (tmp_path / "entries.json").write_text("{not json")
    with pytest.raises(ConnectorError, match="damaged"):
        build_connector("rss", {"root": str(tmp_path)}).publish(publication())


def test_special_characters_survive(tmp_path, publication):
    feed = build_connector("rss", {"root": str(tmp_path)})
    feed.publish(publication(text="<b>Pain & levain</b> — « 35 € »", image=None))
    entry = _parse(tmp_path / "feed.xml").entries[0]
    assert "&lt;b&gt;Pain &amp; levain" in entry.content[0].value
    assert "« 35 € »" in entry.title
