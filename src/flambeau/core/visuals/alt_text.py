"""Alt text: what the image shows and says, in the post's language, within the channel's limit."""

from __future__ import annotations

from flambeau.core.visuals.colours import colour_name
from flambeau.core.visuals.content import Card
from flambeau.core.visuals.contrast import RGB
from flambeau.core.visuals.labels import VisualLabel

DEFAULT_LIMIT = 1000


def _q(text: str, lang: str) -> str:
    return f"« {text} »" if lang == "fr" else f"“{text}”"


def _main(card: Card, picture: str | None, slides: int) -> str:
    fr = card.lang == "fr"
    head, brand = _q(card.headline, card.lang), card.brand
    if picture:
        if fr:
            return f"Image générée par IA : {picture}. Texte : {head}."
        return f"AI-generated image: {picture}. Text: {head}."
    if card.layout == "number" and card.number:
        caption = card.caption or ""
        if fr:
            return f"Chiffre clé de {brand} : {_q(card.number, 'fr')}, {caption.lower()}."
        return f"{brand} key figure: {_q(card.number, 'en')}, {caption[:1].lower()}{caption[1:]}."
    if card.layout == "event":
        parts = [f"Quand : {card.when}" if fr else f"When: {card.when}"]
        if card.where:
            parts.append(f"Où : {card.where}" if fr else f"Where: {card.where}")
        lead = f"Annonce de {brand} : {head}." if fr else f"{brand} announcement: {head}."
        return f"{lead} {'. '.join(parts)}."
    if card.layout == "quote":
        who = card.attribution or brand
        words = _q(card.quote or card.headline, card.lang)
        return f"Citation de {who} : {words}." if fr else f"Quote from {who}: {words}."
    if card.layout == "carousel":
        if fr:
            return f"Carrousel de {slides} visuels de {brand}, couverture : {head}."
        return f"{brand} carousel of {slides} slides, cover: {head}."
    return f"Visuel de {brand} : {head}." if fr else f"{brand} graphic: {head}."


def _short_main(card: Card, picture: str | None) -> str:
    """The words on the image, and whether a model made the picture, in the fewest words."""
    head = _q(card.quote or card.headline if card.layout == "quote" else card.headline, card.lang)
    if card.layout == "number" and card.number:
        head = _q(f"{card.number} {card.caption or ''}".strip(), card.lang)
    if picture:
        return (
            f"Image générée par IA, texte : {head}."
            if card.lang == "fr"
            else (f"AI-generated image, text: {head}.")
        )
    return f"{card.brand} : {head}." if card.lang == "fr" else f"{card.brand}: {head}."


def _look(ink: RGB, ground: RGB, lang: str) -> str:
    if lang == "fr":
        return f"Texte {colour_name(ink, lang)} sur fond {colour_name(ground, lang)}."
    return (
        f"{colour_name(ink, lang).capitalize()} text on a {colour_name(ground, lang)} background."
    )


def _footer(card: Card) -> str | None:
    bits = [b for b in (card.cta, card.footer) if b]
    if not bits:
        return None
    return f"En bas : {', '.join(bits)}." if card.lang == "fr" else f"Below: {', '.join(bits)}."


def _labels(labels: list[VisualLabel], lang: str) -> str | None:
    if not labels:
        return None
    texts = ", ".join(_q(label.text, lang) for label in labels)
    return f"Mention : {texts}." if lang == "fr" else f"Label: {texts}."


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis: alt text may be abridged, never overflow."""
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)].rsplit(" ", 1)[0].rstrip(" ,;:«“")
    return f"{cut}…"


def alt_text(
    card: Card,
    *,
    ink: RGB,
    ground: RGB,
    labels: list[VisualLabel],
    limit: int | None,
    picture: str | None = None,
    slides: int = 1,
) -> str:
    """Sentences in order of importance, kept while they fit: words, labels, look, footer."""
    limit = limit or DEFAULT_LIMIT
    main = _main(card, picture, slides)
    ranked = [
        ("main", main),
        ("labels", _labels(labels, card.lang)),
        ("look", None if picture else _look(ink, ground, card.lang)),
        ("footer", _footer(card)),
    ]
    order = ["main", "look", "footer", "labels"]
    chosen: dict[str, str] = {}
    used = 0
    for key, sentence in ranked:
        if sentence is None:
            continue
        cost = len(sentence) + (1 if chosen else 0)
        if used + cost <= limit:
            chosen[key] = sentence
            used += cost
    if "main" not in chosen:
        short = _short_main(card, picture)
        rest = " ".join(chosen.values())
        if len(short) + len(rest) + (1 if rest else 0) <= limit:
            chosen["main"] = short
            return " ".join(chosen[key] for key in order if key in chosen)
        if len(short) <= limit:
            return short
        room = limit - len(rest) - (1 if rest else 0)
        if room < 20:
            chosen = {}
            room = limit
        chosen["main"] = _shorten(_q(card.headline, card.lang), room)
    return " ".join(chosen[key] for key in order if key in chosen)


def slide_alt_text(card: Card, text: str, index: int, total: int, limit: int | None) -> str:
    lead = f"Visuel {index} sur {total} : " if card.lang == "fr" else f"Slide {index} of {total}: "
    return _shorten(lead + _q(text, card.lang), limit or DEFAULT_LIMIT)
