"""The image-API painter against a local fake OpenAI-compatible server."""

from __future__ import annotations

import base64
import io
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flambeau.core.brief import Brief
from flambeau.core.errors import PainterError
from flambeau.core.post import Post
from flambeau.core.visuals import TRAINED, get_painter, paint_post, read_provenance
from flambeau.core.visuals.image_api import shows_person
from tests.core.visuals.test_shared_briefs import xmp_of

ENDPOINT = "/v1/images/generations"


def busy_picture(width: int = 1024, height: int = 1024) -> str:
    """A loud, high-contrast picture (white and black blocks): the worst ground for text."""
    rng = random.Random(4)
    image = Image.new("RGB", (width, height))
    block = 32
    for y in range(0, height, block):
        for x in range(0, width, block):
            colour = rng.choice([(255, 255, 255), (0, 0, 0), (250, 200, 40), (30, 120, 220)])
            image.paste(colour, (x, y, x + block, y + block))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


@pytest.fixture
def server(httpserver: HTTPServer) -> HTTPServer:
    def answer(request: Request) -> Response:
        body = json.loads(request.data)
        width, height = (int(v) for v in body["size"].split("x"))
        data = {"b64_json": busy_picture(width, height), "revised_prompt": "A baker's hands. More."}
        return Response(json.dumps({"created": 1, "data": [data]}), content_type="application/json")

    httpserver.expect_request(ENDPOINT, method="POST").respond_with_handler(answer)
    return httpserver


def painter_for(server: HTTPServer, **options: object) -> object:
    return get_painter(
        "image-api",
        base_url=server.url_for("/"),
        api_key="sk-test",
        model="test-diffusion",
        **options,
    )


def test_the_picture_is_sized_labelled_described_and_marked_as_trained_media(
    server: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["velo-verde-tuneup"]
    post = make_post(brief, "x")
    asset = paint_post(post, brief=brief, out_dir=tmp_path, painter=painter_for(server))  # type: ignore[arg-type]
    assert asset is not None
    with Image.open(tmp_path / asset.path) as image:
        assert image.size == (1600, 900)
    assert asset.labels == ["ai-generated"]
    assert asset.extra["label_texts"] == ["AI-generated image"]
    assert asset.extra["min_contrast"] >= 4.5
    assert (
        asset.alt_text.startswith("AI-generated image: A baker’s hands")
        or "AI-generated" in asset.alt_text
    )
    assert asset.provenance.model == "test-diffusion" and asset.provenance.prompt_sha256
    root = xmp_of(tmp_path / asset.path)
    source = root.find(".//{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}DigitalSourceType")
    assert source is not None and source.text == TRAINED
    assert read_provenance(tmp_path / asset.path)["ai_system"] == "test-diffusion"
    ((request, _),) = server.log
    assert request.headers["Authorization"] == "Bearer sk-test"
    sent = json.loads(request.data)
    assert sent["response_format"] == "b64_json" and sent["size"] == "1536x1024"
    assert "No text" in sent["prompt"] and "@" not in sent["prompt"]


def test_policy_without_ai_label_still_marks_the_metadata(
    server: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    from types import SimpleNamespace

    brief = briefs["velo-verde-tuneup"]
    asset = paint_post(
        make_post(brief, "facebook"),
        brief=brief,
        out_dir=tmp_path,
        painter=painter_for(server),
        policy=SimpleNamespace(ai_label=False),
    )  # type: ignore[arg-type]
    assert asset is not None and asset.labels == []
    assert read_provenance(tmp_path / asset.path)["digital_source_type"] == TRAINED


def test_people_in_a_french_campaign_get_images_virtuelles(
    server: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["paindor-ateliers"]
    post = make_post(brief, "instagram").model_copy(
        update={"message": "Le plaisir de pétrir ensemble, entre voisins"}
    )
    asset = paint_post(post, brief=brief, out_dir=tmp_path, painter=painter_for(server))  # type: ignore[arg-type]
    assert asset is not None
    assert asset.labels == ["ai-generated", "images-virtuelles"]
    assert asset.extra["label_texts"] == ["Image générée par IA", "Images virtuelles"]
    assert len(asset.alt_text) <= 100 and "IA" in asset.alt_text


def test_no_people_no_images_virtuelles(
    server: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    brief = briefs["paindor-ateliers"]
    painter = painter_for(server, shows_person=False)
    asset = paint_post(make_post(brief, "mastodon"), brief=brief, out_dir=tmp_path, painter=painter)  # type: ignore[arg-type]
    assert asset is not None and asset.labels == ["ai-generated"]


def test_server_errors_become_clear_painter_errors(
    httpserver: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    httpserver.expect_request(ENDPOINT).respond_with_json(
        {"error": {"message": "model not loaded"}}, status=503
    )
    brief = briefs["velo-verde-tuneup"]
    with pytest.raises(PainterError, match="503: model not loaded"):
        paint_post(
            make_post(brief, "x"), brief=brief, out_dir=tmp_path, painter=painter_for(httpserver)
        )  # type: ignore[arg-type]


def test_an_answer_without_an_image_is_refused(
    httpserver: HTTPServer, briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    httpserver.expect_request(ENDPOINT).respond_with_json(
        {"data": [{"b64_json": "bm90IGFuIGltYWdl"}]}
    )
    brief = briefs["velo-verde-tuneup"]
    with pytest.raises(PainterError, match="unreadable image"):
        paint_post(
            make_post(brief, "x"), brief=brief, out_dir=tmp_path, painter=painter_for(httpserver)
        )  # type: ignore[arg-type]


def test_an_unreachable_server_is_named(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    painter = get_painter("image-api", base_url="http://127.0.0.1:9", timeout=2)
    brief = briefs["velo-verde-tuneup"]
    with pytest.raises(PainterError, match="unreachable"):
        paint_post(make_post(brief, "x"), brief=brief, out_dir=tmp_path, painter=painter)


def test_person_detection_reads_english_and_french() -> None:
    assert shows_person("a baker kneading dough") and shows_person("une boulangère au four")
    assert shows_person("des voisins autour d'une table")
    assert not shows_person("a loaf of sourdough on a wooden board")


def test_chosen_by_name_with_settings_from_the_environment_and_signed_as_trained(
    server: HTTPServer,
    briefs: dict[str, Brief],
    make_post: Callable[..., Post],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("c2pa")
    from flambeau.core.visuals.signing import SigningSettings, read_manifest

    monkeypatch.setenv("FLAMBEAU_IMAGE_API_URL", server.url_for("/v1"))
    monkeypatch.setenv("FLAMBEAU_IMAGE_MODEL", "local-sdxl")
    brief = briefs["harbour-foodbank-winter"]
    asset = paint_post(
        make_post(brief, "linkedin"),
        brief=brief,
        out_dir=tmp_path,
        painter="image-api",
        signing=SigningSettings(enabled=True),
    )
    assert asset is not None and asset.provenance.writer == "image-api"
    manifest = read_manifest(tmp_path / asset.path)
    assert manifest is not None and manifest["validation_state"] == "Valid"
    assert manifest["digital_source_type"] == TRAINED
    ((request, _),) = server.log
    assert json.loads(request.data)["model"] == "local-sdxl"
    assert "Authorization" not in request.headers
