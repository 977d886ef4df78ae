"""PII redaction: every kind found and replaced, checksums honoured, plain copy untouched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flambeau.core.redaction import find_pii, iban_valid, luhn_valid, nir_valid, redact


def _nir(body: str) -> str:
    numeric = body.replace("2A", "19").replace("2B", "18").replace(" ", "")
    return f"{body} {97 - int(numeric) % 97:02d}"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Écrivez à claire.dupont@gmail.com demain", "email", "claire.dupont@gmail.com"),
        ("Appelez le 06 12 34 56 78.", "phone", "06 12 34 56 78"),
        ("Appelez le 06.12.34.56.78.", "phone", "06.12.34.56.78"),
        ("Tél. +33 6 12 34 56 78", "phone", "+33 6 12 34 56 78"),
        ("Tél. +33 (0)1 42 68 53 00", "phone", "+33 (0)1 42 68 53 00"),
        ("Ring +44 20 7946 0958 now", "phone", "+44 20 7946 0958"),
        ("Call (555) 123-4567 today", "phone", "(555) 123-4567"),
        ("Tél. (+33) 6 12 34 56 78", "phone", "(+33) 6 12 34 56 78"),
        ("Call +1 (415) 555-2671", "phone", "+1 (415) 555-2671"),
        ("Ring 0612345678", "phone", "0612345678"),
        ("Call 0117 496 0000 today", "phone", "0117 496 0000"),
        (
            "IBAN FR76 3000 6000 0112 3456 7890 189 merci",
            "iban",
            "FR76 3000 6000 0112 3456 7890 189",
        ),
        ("Pay GB82WEST12345698765432.", "iban", "GB82WEST12345698765432"),
        ("Card 4111 1111 1111 1111 exp 12/28", "card", "4111 1111 1111 1111"),
        ("Card 5500-0000-0000-0004", "card", "5500-0000-0000-0004"),
        (f"NIR {_nir('1 85 05 78 006 084')}", "nir", _nir("1 85 05 78 006 084")),
        (f"NIR {_nir('2 69 05 2A 123 456')}", "nir", _nir("2 69 05 2A 123 456")),
        ("Server 192.168.1.20 is down", "ip", "192.168.1.20"),
        ("Server 2001:db8::8a2e:370:7334 is down", "ip", "2001:db8::8a2e:370:7334"),
        ("Come to 12 Gloucester Road, Bristol", "address", "12 Gloucester Road"),
        (
            "Au 3 bis rue de la République, 69002 Lyon",
            "address",
            "3 bis rue de la République, 69002 Lyon",
        ),
        ("Au 15 avenue Jean Jaurès demain", "address", "15 avenue Jean Jaurès"),
        ("https://x.example/cb?token=abc123&utm_source=x", "secret", "abc123"),
        ("https://bob:hunter2@host.example/path", "secret", "hunter2"),
        (
            "key sk-abcdefghijklmnopqrstuvwxyz012345",
            "secret",
            "sk-abcdefghijklmnopqrstuvwxyz012345",
        ),
    ],
)
def test_each_kind_is_found_with_its_span(text: str, kind: str, value: str) -> None:
    found = find_pii(text)
    assert [(s.kind, s.value) for s in found] == [(kind, value)]
    assert text[found[0].start : found[0].end] == value
    redacted = redact(text)
    assert value not in redacted.text
    assert f"[{kind.upper()}]" in redacted.text


@pytest.mark.parametrize(
    "text",
    [
        "Le 2026-12-08 à 10h, 35 € par personne, pain et café compris.",
        "1,250 households were helped in 2025; 180 volunteers every week.",
        "Version 1.2.3.4.5 is out. Call to action: book now.",
        "Card 4111 1111 1111 1112 fails Luhn",
        "Atelier de 8 participants, 500 g de pain, depuis 2009.",
        "https://paindor.example/ateliers?utm_source=instagram&utm_campaign=levain",
        "Rendez-vous le 12/12/2026 à 10:00 pour 45 minutes.",
    ],
)
def test_plain_marketing_copy_is_left_alone(text: str) -> None:
    assert find_pii(text) == []
    assert redact(text).text == text


def test_several_kinds_in_one_prompt() -> None:
    text = "Brief: contact jo@example.org or 06 12 34 56 78; pay FR76 3000 6000 0112 3456 7890 189."
    result = redact(text)
    assert result.text == "Brief: contact [EMAIL] or [PHONE]; pay [IBAN]."
    assert result.kinds == {"email", "phone", "iban"}


def test_an_iban_that_fails_mod_97_is_not_reported_as_one() -> None:
    assert "iban" not in redact("FR76 3000 6000 0112 3456 7890 188").kinds


def test_checksums() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("DE89 3704 0044 0532 0130 00") and not iban_valid(
        "DE89 3704 0044 0532 0130 01"
    )
    assert nir_valid(_nir("1 85 05 78 006 084").replace(" ", ""))
    assert not nir_valid("1 85 05 78 006 084 00".replace(" ", ""))


_SAFE_WORDS = st.sampled_from(["bread", "atelier", "samedi", "the", "free", "bike", "café", "€"])


@given(
    words=st.lists(_SAFE_WORDS, min_size=0, max_size=8),
    user=st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,8})?", fullmatch=True),
    digits=st.lists(st.integers(10, 99), min_size=4, max_size=4),
)
def test_redacted_text_never_contains_what_was_found(
    words: list[str], user: str, digits: list[int]
) -> None:
    phone = "06 " + " ".join(str(d) for d in digits)
    text = " ".join([*words, f"{user}@mail.example", "or", phone, *words])
    result = redact(text)
    assert {s.kind for s in result.found} == {"email", "phone"}
    for span in result.found:
        assert span.value not in result.text
    assert redact(result.text).text == result.text  # idempotent
