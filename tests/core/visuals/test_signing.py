"""C2PA manifests: written after the XMP, verified back with the C2PA reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from flambeau.core.brief import Brief
from flambeau.core.errors import PainterError
from flambeau.core.post import Post
from flambeau.core.visuals import ALGORITHMIC, paint_post, read_provenance
from flambeau.core.visuals.signing import SigningSettings, development_credentials, read_manifest
from tests.core.visuals.test_shared_briefs import xmp_of

pytest.importorskip("c2pa")


@pytest.fixture
def signed(briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path) -> Path:
    brief = briefs["harbour-foodbank-winter"]
    asset = paint_post(
        make_post(brief, "facebook"),
        brief=brief,
        out_dir=tmp_path,
        signing=SigningSettings(enabled=True),
    )
    assert asset is not None and asset.extra["c2pa"] is True
    assert asset.extra["c2pa_certificate"] == "development"
    return tmp_path / asset.path


def test_the_manifest_is_valid_and_records_the_digital_source_type(signed: Path) -> None:
    manifest = read_manifest(signed)
    assert manifest is not None
    assert manifest["validation_state"] == "Valid"
    assert manifest["digital_source_type"] == ALGORITHMIC
    assert manifest["actions"] == ["c2pa.created"]
    assert manifest["signer"] == "Flambeau development signer"


def test_the_development_chain_is_trusted_once_its_ca_is_a_trust_anchor(signed: Path) -> None:
    _, _, ca = development_credentials()
    manifest = read_manifest(signed, trust_anchors=ca)
    assert manifest is not None and manifest["validation_state"] == "Trusted"


def test_the_xmp_written_before_signing_survives_it(signed: Path) -> None:
    root = xmp_of(signed)
    assert (
        root.find(".//{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}DigitalSourceType") is not None
    )
    provenance = read_provenance(signed)
    assert provenance["digital_source_type"] == ALGORITHMIC
    assert provenance["c2pa"]["validation_state"] == "Valid"


def test_a_changed_pixel_breaks_the_manifest(signed: Path) -> None:
    data = bytearray(signed.read_bytes())
    idat = data.index(b"IDAT")
    data[idat + 40] ^= 0xFF
    signed.write_bytes(bytes(data))
    manifest = read_manifest(signed)
    assert manifest is not None and manifest.get("validation_state") != "Valid"


def test_a_configured_certificate_is_used_for_production(
    briefs: dict[str, Brief], make_post: Callable[..., Post], tmp_path: Path
) -> None:
    chain, key, _ = development_credentials()
    (tmp_path / "chain.pem").write_bytes(chain)
    (tmp_path / "key.pem").write_bytes(key)
    settings = SigningSettings.from_env(
        {
            "FLAMBEAU_C2PA": "on",
            "FLAMBEAU_C2PA_CERT": str(tmp_path / "chain.pem"),
            "FLAMBEAU_C2PA_KEY": str(tmp_path / "key.pem"),
        }
    )
    assert settings.enabled and not settings.development
    brief = briefs["velo-verde-tuneup"]
    asset = paint_post(make_post(brief, "x"), brief=brief, out_dir=tmp_path, signing=settings)
    assert asset is not None and asset.extra["c2pa_certificate"] == "configured"
    assert read_manifest(tmp_path / asset.path)["validation_state"] == "Valid"  # type: ignore[index]


def test_signing_settings_name_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(PainterError, match="FLAMBEAU_C2PA"):
        SigningSettings.from_env({"FLAMBEAU_C2PA": "maybe"})
    with pytest.raises(PainterError, match="set together"):
        SigningSettings.from_env({"FLAMBEAU_C2PA_CERT": "x.pem"})
    assert SigningSettings.from_env({"FLAMBEAU_C2PA": "off"}).enabled is False
    missing = SigningSettings(enabled=True, cert=tmp_path / "no.pem", key=tmp_path / "no.key")
    from flambeau.core.visuals.signing import sign_png

    with pytest.raises(PainterError, match="cannot be read"):
        sign_png(tmp_path / "x.png", {}, missing)
