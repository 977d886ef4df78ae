"""Optional C2PA manifests (c2pa-python), signed after the XMP is written.

By default a development certificate chain is generated in memory for the process (a
CA and a signer, both marked "Flambeau development"), so signed files verify as intact
but untrusted. Production sets FLAMBEAU_C2PA_CERT (PEM chain, signer first) and
FLAMBEAU_C2PA_KEY (PEM private key). FLAMBEAU_C2PA=off turns signing off; by default it
is on when c2pa-python is installed (`pip install 'flambeau[c2pa]'`).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flambeau import __version__
from flambeau.core.errors import PainterError


def available() -> bool:
    return importlib.util.find_spec("c2pa") is not None


@dataclass(frozen=True)
class SigningSettings:
    """Whether and how to sign: None paths mean the in-memory development certificate."""

    enabled: bool
    cert: Path | None = None
    key: Path | None = None
    alg: str = "es256"
    tsa_url: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> SigningSettings:
        env = dict(os.environ) if env is None else env
        mode = env.get("FLAMBEAU_C2PA", "auto").strip().lower()
        if mode not in ("auto", "on", "off", "1", "0", "true", "false"):
            raise PainterError(f"FLAMBEAU_C2PA: {mode!r} is not one of auto, on, off")
        enabled = available() if mode == "auto" else mode in ("on", "1", "true")
        cert, key = env.get("FLAMBEAU_C2PA_CERT"), env.get("FLAMBEAU_C2PA_KEY")
        if bool(cert) != bool(key):
            raise PainterError("FLAMBEAU_C2PA_CERT and FLAMBEAU_C2PA_KEY must be set together")
        return cls(
            enabled=enabled,
            cert=Path(cert) if cert else None,
            key=Path(key) if key else None,
            alg=env.get("FLAMBEAU_C2PA_ALG", "es256").lower(),
            tsa_url=env.get("FLAMBEAU_C2PA_TSA_URL") or None,
        )

    @property
    def development(self) -> bool:
        return self.cert is None


@functools.lru_cache(maxsize=1)
def development_credentials() -> tuple[bytes, bytes, bytes]:
    """(signer chain PEM, signer key PEM, CA PEM): a throwaway ES256 chain for this process."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, common),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Flambeau development (untrusted)"),
            ]
        )

    def usage(*, sign: bool) -> x509.KeyUsage:
        return x509.KeyUsage(
            digital_signature=sign,
            content_commitment=False,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=not sign,
            crl_sign=not sign,
            encipher_only=False,
            decipher_only=False,
        )

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Flambeau development CA"))
        .issuer_name(name("Flambeau development CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage(sign=False), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(name("Flambeau development signer"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(sign=True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + ca.public_bytes(pem)
    key_pem = key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return chain, key_pem, ca.public_bytes(pem)


def _credentials(settings: SigningSettings) -> tuple[bytes, bytes]:
    if settings.cert is None or settings.key is None:
        chain, key, _ = development_credentials()
        return chain, key
    try:
        return settings.cert.read_bytes(), settings.key.read_bytes()
    except OSError as exc:
        raise PainterError(f"C2PA certificate or key cannot be read: {exc}") from None


def manifest_for(
    *, title: str, digital_source_type: str, agent: str, model: str | None
) -> dict[str, Any]:
    """The C2PA manifest: one `c2pa.created` action with the IPTC digital source type."""
    action: dict[str, Any] = {
        "action": "c2pa.created",
        "digitalSourceType": digital_source_type,
        "softwareAgent": {"name": agent},
    }
    if model:
        action["parameters"] = {"model": model}
    return {
        "claim_generator_info": [{"name": "Flambeau", "version": __version__}],
        "title": title,
        "format": "image/png",
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [action]}}],
    }


def sign_png(path: Path, manifest: dict[str, Any], settings: SigningSettings) -> None:
    """Embed a signed C2PA manifest into the PNG at `path`, in place."""
    import c2pa

    chain, key = _credentials(settings)
    try:
        info = c2pa.C2paSignerInfo(
            alg=settings.alg.encode(),
            sign_cert=chain,
            private_key=key,
            ta_url=settings.tsa_url.encode() if settings.tsa_url else None,
        )
        signer = c2pa.Signer.from_info(info)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".png", delete=False) as tmp:
            target = Path(tmp.name)
        try:
            builder = c2pa.Builder(json.dumps(manifest))
            with path.open("rb") as source, target.open("w+b") as dest:
                builder.sign(signer, "image/png", source, dest)
            target.replace(path)
        finally:
            target.unlink(missing_ok=True)
    except c2pa.C2paError as exc:
        raise PainterError(f"C2PA signing failed for {path.name}: {exc}") from None


def read_manifest(path: Path, *, trust_anchors: bytes | None = None) -> dict[str, Any] | None:
    """The active C2PA manifest and its validation state, or None when there is none."""
    if not available():
        return None
    import c2pa

    try:
        if trust_anchors is not None:
            context = c2pa.Context.from_dict(
                {
                    "verify": {"verify_trust": True},
                    "trust": {"trust_anchors": trust_anchors.decode()},
                }
            )
            with path.open("rb") as stream:
                reader = c2pa.Reader("image/png", stream, context=context)
        else:
            reader = c2pa.Reader(str(path))
    except c2pa.C2paError.ManifestNotFound:
        return None
    except c2pa.C2paError as exc:
        return {"error": str(exc)}
    manifest = reader.get_active_manifest() or {}
    actions = [
        act
        for assertion in manifest.get("assertions", [])
        if assertion.get("label", "").startswith("c2pa.actions")
        for act in assertion.get("data", {}).get("actions", [])
    ]
    return {
        "validation_state": reader.get_validation_state(),
        "title": manifest.get("title"),
        "signer": manifest.get("signature_info", {}).get("common_name"),
        "issuer": manifest.get("signature_info", {}).get("issuer"),
        "digital_source_type": next(
            (a.get("digitalSourceType") for a in actions if a.get("digitalSourceType")), None
        ),
        "actions": [a.get("action") for a in actions],
    }
