"""Find and redact personal data before a text leaves the machine (GDPR Art. 5, 25).

`redact(text)` replaces emails, phone numbers (French and international), IBANs and card
numbers (checksums verified), French NIR, IP addresses, street addresses and secrets in
URLs with placeholders such as `[EMAIL]`; `find_pii(text)` only reports the spans.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

PiiKind = Literal["email", "phone", "iban", "card", "nir", "ip", "address", "secret"]
PII_KINDS: tuple[PiiKind, ...] = (
    "secret", "email", "iban", "card", "nir", "ip", "phone", "address",
)  # fmt: skip


class PiiSpan(BaseModel):
    """One piece of personal data: its kind and where it sits in the original text."""

    model_config = ConfigDict(frozen=True)

    kind: PiiKind
    start: int
    end: int
    value: str

    @property
    def placeholder(self) -> str:
        return f"[{self.kind.upper()}]"


class Redaction(BaseModel):
    """A redacted text and what was taken out of it (spans refer to the original)."""

    model_config = ConfigDict(frozen=True)

    text: str
    found: list[PiiSpan]

    @property
    def kinds(self) -> set[str]:
        return {span.kind for span in self.found}


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL_USERINFO = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/:@]+:([^\s/@]+)@")
_URL_SECRET = re.compile(
    r"(?i)[?&#;](?:access_token|refresh_token|id_token|token|api[_-]?key|apikey|key|secret|"
    r"client_secret|password|passwd|pwd|pass|auth|sig|signature|session|sessionid|sid)"
    r"=([^\s&#]+)"
)
_TOKEN = re.compile(
    r"\b(?:sk-[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|"
    r"xox[abprs]-[A-Za-z0-9-]{10,}|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_CARD = re.compile(r"(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d.,]\d)")
_NIR = re.compile(
    r"(?<!\d)[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AaBb])[ .]?"
    r"\d{3}[ .]?\d{3}(?:[ .]?(\d{2}))?(?!\d)"
)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_PHONE = re.compile(
    r"(?<![\w+(])(?:"
    r"(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?[1-9](?:[ .-]?\d{2}){4}"  # France, international form
    r"|0[1-9](?:[ .-]?\d{2}){4}"  # France, national form
    r"|(?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}"
    r"|\(\+\d{1,3}\)[ .-]?\d{1,4}(?:[ .-]?\d{2,4}){2,4}"  # (+33) 6 12 34 56 78
    r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}"  # North America
    r"|\d{3}[.-]\d{3}[.-]\d{4}"
    r"|0\d{2,4}[ ]\d{3,4}[ ]?\d{3,4}"  # UK national
    r")(?!\w)"
)
_STREET_EN = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Court|Ct|"
    r"Terrace|Close|Crescent|Square|Sq|Parade|Row|Hill|Gardens|Grove|Mews"
)
_STREET_FR = (
    r"rue|avenue|av\.|boulevard|bd|place|pl\.|all[ée]e|impasse|chemin|quai|cours|route|"
    r"square|passage|faubourg|rond-point|esplanade|sentier|voie|villa|cit[ée]"
)
_NAME = r"[A-ZÀ-Ý][\w'’.-]*"
_ADDRESS = re.compile(
    rf"(?<![\w,.])\d{{1,5}}[A-Za-z]?,?[ ](?:{_NAME}[ ]){{1,3}}(?:{_STREET_EN})\b\.?"
    rf"|(?<![\w,.])\d{{1,4}}(?:[ ]?(?:bis|ter|[A-D]))?,?[ ](?i:{_STREET_FR})[ ]"
    rf"(?:(?:de[ ]la|de[ ]l['’]|des|du|de|d['’]|la|le|les|l['’]|aux|au)[ ]?)?{_NAME}"
    rf"(?:[ -](?:(?:de|du|des|la|le|et)[ ])?{_NAME}){{0,4}}"
    rf"(?:,?[ ]\d{{5}}[ ]{_NAME}(?:[ -]{_NAME})?)?"
)


_DIGIT = re.compile(r"\d")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def luhn_valid(number: str) -> bool:
    digits = [int(ch) for ch in _digits(number)]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return len(digits) >= 13 and total % 10 == 0


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def nir_valid(value: str) -> bool:
    compact = value.replace(" ", "").replace(".", "").upper()
    body, key = compact[:13], compact[13:]
    numeric = body.replace("2A", "19").replace("2B", "18")
    if not numeric.isdigit() or len(numeric) != 13:
        return False
    if not key:  # without its key, 13 digits shaped like a NIR are still an identifier
        return True
    return 97 - int(numeric) % 97 == int(key)


def _phone_ok(value: str) -> bool:
    digits = _digits(value)
    return 9 <= len(digits) <= 15


def _ip_ok(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (address.version == 6 and value.count(":") < 3)


def find_pii(text: str) -> list[PiiSpan]:
    """Every piece of personal data found, earliest first, without overlaps."""
    spans: list[tuple[int, int, PiiKind]] = []
    if "@" in text:
        spans += [(m.start(1), m.end(1), "secret") for m in _URL_USERINFO.finditer(text)]
        spans += [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    if "=" in text:
        spans += [(m.start(1), m.end(1), "secret") for m in _URL_SECRET.finditer(text)]
    spans += [(m.start(), m.end(), "secret") for m in _TOKEN.finditer(text)]
    if _DIGIT.search(text):
        spans += [(m.start(), m.end(), "iban") for m in _IBAN.finditer(text) if iban_valid(m[0])]
        spans += [(m.start(), m.end(), "card") for m in _CARD.finditer(text) if luhn_valid(m[0])]
        spans += [(m.start(), m.end(), "nir") for m in _NIR.finditer(text) if nir_valid(m[0])]
        spans += [(m.start(), m.end(), "ip") for m in _IPV4.finditer(text) if _ip_ok(m[0])]
        spans += [(m.start(), m.end(), "phone") for m in _PHONE.finditer(text) if _phone_ok(m[0])]
        spans += [(m.start(), m.end(), "address") for m in _ADDRESS.finditer(text)]
    if "::" in text or text.count(":") >= 3:
        spans += [(m.start(), m.end(), "ip") for m in _IPV6.finditer(text) if _ip_ok(m[0])]
    rank = {kind: index for index, kind in enumerate(PII_KINDS)}
    spans.sort(key=lambda s: (s[0], rank[s[2]], -s[1]))
    kept: list[PiiSpan] = []
    for start, end, kind in spans:
        if kept and start < kept[-1].end:
            continue
        kept.append(PiiSpan(kind=kind, start=start, end=end, value=text[start:end]))
    return kept


def redact(text: str) -> Redaction:
    """The text with each piece of personal data replaced by its placeholder (`[EMAIL]`...)."""
    found = find_pii(text)
    parts: list[str] = []
    cursor = 0
    for span in found:
        parts += [text[cursor : span.start], span.placeholder]
        cursor = span.end
    parts.append(text[cursor:])
    return Redaction(text="".join(parts), found=found)
