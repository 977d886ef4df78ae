"""No personal data in a prompt that leaves the machine (GDPR Art. 5, 25)."""

from __future__ import annotations

import regex

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = regex.compile(r"(?<!\w)\+?\d[\d .\-()\u00a0]{7,}\d(?!\w)")


def redact_prompt(text: str) -> str:
    """The text with personal data replaced by placeholders, before any remote model call."""
    try:
        from flambeau.core.redaction import redact
    except ImportError:  # the ethics engine's redaction is the reference; this is the floor
        redacted = text
    else:
        redacted = redact(text).text
    redacted = str(_EMAIL.sub("[email]", redacted))
    return str(_PHONE.sub("[phone]", redacted))
