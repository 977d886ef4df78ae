"""The local outbox: one folder per post with post.json and the image; idempotent by key."""

from __future__ import annotations

import json

import pytest

from flambeau.connectors import build_connector
from flambeau.connectors.outbox import OutboxConnector
from flambeau.core.errors import ConnectorError


def test_publish_writes_post_json_and_image(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path / "out")})
    pub = publication()
    receipt = outbox.publish(pub)
    folder = tmp_path / "out" / pub.key
    record = json.loads((folder / "post.json").read_text(encoding="utf-8"))
    assert record["text"] == pub.text and record["channel"] == "instagram"
    assert (folder / record["image"]).read_bytes() == pub.image.read_bytes()
    assert receipt.external_id == pub.key and receipt.url == folder.as_uri()


def test_publishing_a_key_twice_keeps_one_folder_and_the_first_receipt(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path)})
    first = outbox.publish(publication())
    second = outbox.publish(publication(text="changed text"))
    assert first == second
    assert outbox.published_keys() == [first.key]
    assert "changed" not in (tmp_path / first.key / "post.json").read_text()


def test_a_half_written_folder_is_replaced(tmp_path, publication):
    pub = publication()
    (tmp_path / pub.key).mkdir()
    (tmp_path / pub.key / "image.png").write_bytes(b"partial")
    build_connector("outbox", {"root": str(tmp_path)}).publish(pub)
    assert (tmp_path / pub.key / "post.json").exists()


def test_post_without_image(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path)})
    outbox.publish(publication(image=None))
    assert sorted(p.name for p in (tmp_path / "demo-p01-outbox1-abc123").iterdir()) == ["post.json"]


def test_missing_image_is_an_error_and_leaves_nothing(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path / "out")})
    with pytest.raises(ConnectorError, match="does not exist"):
        outbox.publish(publication(image=tmp_path / "nope.png"))
    assert outbox.published_keys() == []
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".lock"]


@pytest.mark.parametrize("key", ["", "../evil", ".hidden", "a/b"])
def test_unsafe_keys_are_refused(tmp_path, publication, key):
    with pytest.raises(ConnectorError, match="key"):
        build_connector("outbox", {"root": str(tmp_path)}).publish(publication(key=key))


def test_delete_removes_the_folder(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path)})
    receipt = outbox.publish(publication())
    outbox.delete(receipt)
    assert outbox.published_keys() == []


def test_options_are_validated_with_the_key_named():
    with pytest.raises(ConnectorError, match="root"):
        OutboxConnector.build({})
    with pytest.raises(ConnectorError, match="colour"):
        OutboxConnector.build({"root": "/tmp", "colour": "red"})


def test_validate_credentials_reports_an_unwritable_root(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    problems = OutboxConnector.build({"root": str(blocker / "sub")}).validate_credentials()
    assert problems and problems[0].startswith("root:")
    assert OutboxConnector.build({"root": str(tmp_path / "ok")}).validate_credentials() == []


def test_email_html_and_article_markdown_are_written_beside(tmp_path, publication):
    outbox = build_connector("outbox", {"root": str(tmp_path)})
    pub = publication(
        channel="newsletter", extra={"html": "<h1>Levain</h1>", "markdown": "# Levain"}
    )
    outbox.publish(pub)
    folder = tmp_path / pub.key
    assert (folder / "message.html").read_text(encoding="utf-8") == "<h1>Levain</h1>"
    assert (folder / "article.md").read_text(encoding="utf-8") == "# Levain"
