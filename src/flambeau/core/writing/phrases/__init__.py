"""Flambeau's own wording, per language, written by fluent writers (not translated)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Phrasebook:
    """Every sentence Flambeau adds around the brief's facts, per angle where it matters.

    Placeholders: {brand}, {campaign}, {message} (as written), {message_lc} (first letter
    lowered unless it starts a name), {fact}, {cta}, {link}. No phrase states a number, a
    name, a date or a superlative of its own: claims come from the brief only.
    """

    lang: str
    hooks: dict[str, tuple[str, ...]]
    leads: tuple[str, ...]
    fact_intros: tuple[str, ...]
    questions: tuple[str, ...]
    closers: dict[str, tuple[str, ...]]
    cta_lines: tuple[str, ...]
    link_lines: tuple[str, ...]
    link_in_bio: tuple[str, ...]
    default_cta: dict[str, str]
    greeting: str
    signoff: tuple[str, ...]
    email_footer: str
    subjects: tuple[str, ...]
    blog_titles: tuple[str, ...]
    headings: dict[str, str]
    thread_more: str
    bullet: str = "•"
    extra: dict[str, str] = field(default_factory=dict)


def phrasebook(lang: str) -> Phrasebook:
    """The phrasebook for a primary language ('fr', 'en'); English for any other."""
    if lang == "fr":
        from flambeau.core.writing.phrases.fr import FRENCH

        return FRENCH
    from flambeau.core.writing.phrases.en import ENGLISH

    return ENGLISH
