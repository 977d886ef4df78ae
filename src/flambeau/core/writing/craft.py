"""Per-channel craft: one Copy shaped as a post, a thread, a caption, an email or an article."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from flambeau.core.disclosure import apply_disclosures
from flambeau.core.writing.copy import Context, Copy, sentence
from flambeau.core.writing.language import french_typography

LINK_IN_BIO_CHANNELS = {"instagram", "tiktok"}  # captions whose links are not clickable
_MAX_PARTS = 6


@dataclass
class Rendered:
    """A post as it will be published: `text` (the first post of a thread), parts, extras."""

    text: str
    parts: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    hashtags: list[str] = field(default_factory=list)
    trimmed: list[str] = field(default_factory=list)  # optional pieces left out to fit

    @property
    def published(self) -> list[str]:
        """Every text a reader will see: the parts of a thread, else the one text."""
        return self.parts or [self.text]

    @property
    def everything(self) -> str:
        """All published text, plus subject, preheader and title: what validators read."""
        extras = [str(self.extra.get(k, "")) for k in ("subject", "preheader", "title")]
        return "\n\n".join([*self.published, *(e for e in extras if e)])


def _typeset(ctx: Context, text: str) -> str:
    return french_typography(text) if ctx.lang == "fr" else text


def _cta_line(ctx: Context, copy: Copy) -> str | None:
    cta = copy.cta or ctx.brief.campaign.call_to_action
    if ctx.slot.channel in LINK_IN_BIO_CHANNELS and ctx.link:
        bio = ctx.pick(ctx.phrases.link_in_bio, 1)
        return f"{cta}. {bio}" if cta else bio
    if ctx.link and cta:
        return ctx.fill(copy.cta_template, cta=cta, link=ctx.link)
    if ctx.link:
        return ctx.fill(ctx.pick(ctx.phrases.link_lines), link=ctx.link)
    return f"{cta}." if cta else None


def _facts_block(ctx: Context, facts: tuple[str, ...], *, bullets: bool) -> str:
    if bullets and len(facts) > 1:
        return "\n".join(f"{ctx.phrases.bullet} {fact}" for fact in facts)
    return " ".join(facts)


def _social(ctx: Context, copy: Copy, *, facts: tuple[str, ...], closer: bool, lead: bool) -> str:
    spec = ctx.spec
    long_form = spec.format in ("long", "caption", "message", "payload")
    opening = " ".join(p for p in (copy.hook, copy.lead if lead else None) if p)
    blocks = [opening]
    if facts:
        blocks.append(_facts_block(ctx, facts, bullets=long_form and spec.format != "caption"))
    tail = " ".join(p for p in (copy.question, copy.closer if closer else None) if p)
    if tail:
        blocks.append(tail)
    cta = _cta_line(ctx, copy)
    if cta:
        blocks.append(cta)
    blocks.extend(ctx.mentions)
    if copy.hashtags and not _tags_in_first_comment(ctx):
        blocks.append(" ".join(copy.hashtags))
    body = "\n\n".join(b for b in blocks if b)
    return _typeset(ctx, apply_disclosures(body, list(ctx.disclosures)))


def _tags_in_first_comment(ctx: Context) -> bool:
    option = ctx.brief.extensions.get("x-instagram-hashtags")
    return ctx.slot.channel == "instagram" and option == "first-comment"


def _fitting_social(ctx: Context, copy: Copy) -> Rendered:
    """The fullest version that reads well at the channel's length, else a thread."""
    spec = ctx.spec
    has_message_in_hook = copy.lead is None
    tries: list[tuple[tuple[str, ...], bool, bool, list[str]]] = []
    facts = copy.facts
    for count in range(len(facts), 0, -1):
        tries.append((facts[:count], True, True, ["facts"] if count < len(facts) else []))
        tries.append(
            (facts[:count], False, True, ["closer", *(["facts"] if count < len(facts) else [])])
        )
    if not has_message_in_hook:
        tries.append((facts[:1], False, False, ["closer", "lead", "facts"]))
    tries.append(((), False, True, ["closer", "facts"]))
    extra: dict[str, Any] = {}
    if _tags_in_first_comment(ctx):
        extra["first_comment"] = " ".join(copy.hashtags)
    if spec.format == "caption" and spec.title_limit:
        extra["title"] = _trim(ctx.fill(ctx.pick(ctx.phrases.blog_titles)), spec.title_limit)
    for chosen, closer, lead, trimmed in tries:
        if copy.facts and not chosen:
            break  # a post with a fact at the hard limit beats one without at the ideal length
        text = _social(ctx, copy, facts=chosen, closer=closer, lead=lead)
        if spec.measure(text) <= spec.ideal_length:
            return Rendered(text, extra=extra, hashtags=list(copy.hashtags), trimmed=trimmed)
    if spec.threads and len(copy.facts) > 1:
        return _thread(ctx, copy, extra)
    for chosen, closer, lead, trimmed in tries:
        text = _social(ctx, copy, facts=chosen, closer=closer, lead=lead)
        if spec.fits(text):
            return Rendered(text, extra=extra, hashtags=list(copy.hashtags), trimmed=trimmed)
    if spec.threads:
        return _thread(ctx, copy, extra)
    text = _social(ctx, copy, facts=(), closer=False, lead=False)
    return Rendered(text, extra=extra, hashtags=list(copy.hashtags), trimmed=["all"])


def _thread(ctx: Context, copy: Copy, extra: dict[str, Any]) -> Rendered:
    """Split and number: opening (with labels), facts packed per post, then the CTA and tags."""
    spec = ctx.spec
    start = [d for d in ctx.disclosures if d.position == "start"]
    end = [d for d in ctx.disclosures if d.position == "end"]
    first_body = "\n\n".join(
        p for p in (" ".join(x for x in (copy.hook, copy.lead) if x), *ctx.mentions) if p
    )
    first = apply_disclosures(first_body, [*start, *end])
    closing = "\n\n".join(
        p for p in (copy.question, _cta_line(ctx, copy), " ".join(copy.hashtags)) if p
    )
    chunks: list[str] = []
    current = ""
    room = spec.text_limit - 8  # the " 10/10" counter
    for fact in copy.facts:
        candidate = f"{current} {fact}".strip()
        if current and spec.measure(candidate) > room:
            chunks.append(current)
            candidate = fact
        current = candidate
    if current:
        chunks.append(current)
    if chunks and spec.measure(f"{chunks[-1]}\n\n{closing}") <= room:
        chunks[-1] = f"{chunks[-1]}\n\n{closing}"
    elif closing:
        chunks.append(closing)
    bodies = [first, *chunks][:_MAX_PARTS]
    total = len(bodies)
    parts = [_typeset(ctx, f"{body} {i}/{total}") for i, body in enumerate(bodies, start=1)]
    extra = {**extra, "thread": True}
    return Rendered(parts[0], parts=parts, extra=extra, hashtags=list(copy.hashtags))


def _trim(text: str, limit: int) -> str:
    """`text` cut at a word boundary to `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-")
    return cut + "…"


def _email(ctx: Context, copy: Copy) -> Rendered:
    """Subject, preheader, plain-text and HTML bodies; `text` is the plain body."""
    phrases, brand = ctx.phrases, ctx.brief.brand
    subject = _typeset(ctx, _trim(copy.title, ctx.spec.title_limit or 78))
    preheader = _typeset(ctx, _trim(copy.preheader, 110))
    intro = " ".join(p for p in (copy.hook, copy.lead) if p)
    cta = copy.cta or ctx.brief.campaign.call_to_action
    signoff = ctx.fill(ctx.pick(phrases.signoff))
    footer = ctx.fill(phrases.email_footer)
    tail = " ".join(p for p in (copy.question, copy.closer) if p)
    plain_blocks = [phrases.greeting, intro, "\n".join(f"- {f}" for f in copy.facts)]
    if tail:
        plain_blocks.append(tail)
    if ctx.link:
        plain_blocks.append(f"{cta} : {ctx.link}" if ctx.lang == "fr" else f"{cta}: {ctx.link}")
    plain_blocks += [*ctx.mentions, signoff, footer]
    plain = _typeset(ctx, apply_disclosures("\n\n".join(plain_blocks), list(ctx.disclosures)))
    start = [d.label for d in ctx.disclosures if d.position == "start"]
    end = [d.label for d in ctx.disclosures if d.position == "end"]

    def para(text: str, style: str = "") -> str:
        escaped = html.escape(_typeset(ctx, text)).replace("\n", "<br>")
        return f'<p style="{style}">{escaped}</p>' if style else f"<p>{escaped}</p>"

    items = "".join(f"<li>{html.escape(_typeset(ctx, f))}</li>" for f in copy.facts)
    button = ""
    if ctx.link and cta:
        button = (
            f'<p><a href="{html.escape(ctx.link)}" style="display:inline-block;padding:12px 20px;'
            f"background:{brand.primary_color};color:#ffffff;text-decoration:none;"
            f'border-radius:4px">{html.escape(_typeset(ctx, cta))}</a></p>'
        )
    small = "font-size:12px;color:#666666"
    body = "".join(
        [
            f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>',
            *(para(label, "font-weight:bold") for label in start),
            para(phrases.greeting),
            para(intro),
            f"<ul>{items}</ul>",
            para(tail) if tail else "",
            button,
            *(para(m, small) for m in ctx.mentions),
            para(signoff),
            *(para(label, small) for label in end),
            para(footer, small),
        ]
    )
    lang = ctx.brief.language
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head>"
        f'<body style="font-family:Georgia,serif;line-height:1.5;max-width:600px;margin:auto">'
        f"{body}</body></html>"
    )
    extra = {"subject": subject, "preheader": preheader, "html": page, "plain": plain}
    return Rendered(plain, extra=extra)


def _article(ctx: Context, copy: Copy) -> Rendered:
    """A blog article: title, Markdown and HTML; `text` is the Markdown."""
    from markdown_it import MarkdownIt

    phrases = ctx.phrases
    title = _typeset(ctx, _trim(copy.title, ctx.spec.title_limit or 90))
    cta = copy.cta or ctx.brief.campaign.call_to_action or phrases.default_cta["awareness"]
    heads = phrases.headings
    blocks = [f"# {title}", " ".join(p for p in (copy.hook, copy.lead) if p)]
    others = [m for m in ctx.brief.messages if m != ctx.slot.message]
    if others:
        blocks += [f"## {heads['why']}", " ".join(sentence(m) for m in others)]
    blocks += [f"## {heads['details']}", "\n".join(f"- {f}" for f in copy.facts)]
    tail = " ".join(p for p in (copy.question, copy.closer) if p)
    if ctx.link:
        blocks += [f"## {heads['take_part']}", f"[{cta}]({ctx.link})"]
    if tail:
        blocks.append(tail)
    blocks.extend(ctx.mentions)
    markdown = _typeset(ctx, apply_disclosures("\n\n".join(blocks), list(ctx.disclosures)))
    rendered = MarkdownIt("commonmark", {"html": False}).render(markdown)
    extra = {"title": title, "markdown": markdown, "html": rendered}
    return Rendered(markdown, extra=extra)


def render(ctx: Context, copy: Copy) -> Rendered:
    """The post for the slot's channel, built from `copy`."""
    if ctx.spec.format == "email":
        return _email(ctx, copy)
    if ctx.spec.format == "article":
        return _article(ctx, copy)
    return _fitting_social(ctx, copy)
