"""The deterministic template writer: the floor every campaign can rely on, in any case."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel

from flambeau.core.writing.copy import Context, Copy, sentence
from flambeau.core.writing.hashtags import choose_hashtags

# How many facts a post carries, by channel format and angle (threads may take more).
_FACTS_BY_FORMAT = {"short": 1, "long": 3, "caption": 2, "message": 2, "payload": 3}
_RICH_ANGLES = {"how-to", "story"}


def fact_count(ctx: Context) -> int:
    """Facts for this slot: all of them in an email or article, a few elsewhere."""
    total = len(ctx.brief.facts)
    if ctx.spec.format in ("email", "article"):
        return total
    count = _FACTS_BY_FORMAT.get(ctx.spec.format, 1)
    if ctx.slot.angle in _RICH_ANGLES:
        count += 2 if ctx.spec.threads else 1
    return min(total, count)


def choose_facts(ctx: Context, salt: int, usage: dict[int, int] | None = None) -> list[int]:
    """Fact indexes for a variant: the least used first, rotated by slot and variant."""
    total = len(ctx.brief.facts)
    used = usage or {}
    start = (ctx.variant + salt + ctx.slot.message_index) % total
    order = [(start + i) % total for i in range(total)]
    order.sort(key=lambda i: used.get(i, 0))
    return order[: fact_count(ctx)]


def fact_sentences(ctx: Context, indexes: list[int], salt: int) -> tuple[str, ...]:
    """The chosen facts as sentences, the first one introduced by a connector."""
    facts = [sentence(ctx.brief.facts[i]) for i in indexes]
    if not facts:
        return ()
    intro = ctx.pick(ctx.phrases.fact_intros, salt)
    if intro != "{fact}" and ctx.spec.format in ("short", "caption"):
        facts[0] = ctx.fill(intro, fact=ctx.lower_first(facts[0]))
    return tuple(facts)


def template_copy(ctx: Context, salt: int, usage: dict[int, int] | None = None) -> Copy:
    """One complete variant built only from Flambeau's phrasebook and the brief."""
    phrases = ctx.phrases
    angle = ctx.slot.angle if ctx.slot.angle in phrases.hooks else "announcement"
    hook_template = ctx.pick(phrases.hooks[angle], salt)
    hook = ctx.fill(hook_template)
    lead = None if "{message" in hook_template else ctx.fill(ctx.pick(phrases.leads, salt))
    question = ctx.pick(phrases.questions, salt) if angle == "question" else None
    closers = phrases.closers.get(angle, ())
    closer = ctx.pick(closers, salt) if closers and (ctx.variant + salt) % 2 == 0 else None
    cta = ctx.brief.campaign.call_to_action or phrases.default_cta[ctx.brief.campaign.goal.value]
    subject_pool = phrases.subjects if ctx.spec.format == "email" else phrases.blog_titles
    facts = choose_facts(ctx, salt, usage)
    sentences = fact_sentences(ctx, facts, salt)
    first_fact = sentence(ctx.brief.facts[facts[0]]) if facts else ""
    return Copy(
        hook=hook,
        lead=lead,
        facts=sentences,
        question=question,
        closer=closer,
        cta=cta,
        cta_template=ctx.pick(phrases.cta_lines, salt),
        hashtags=tuple(
            choose_hashtags(ctx.brief, ctx.spec, ctx.slot.message, sequence=ctx.slot.sequence)
        ),
        title=ctx.fill(ctx.pick(subject_pool, salt)),
        preheader=first_fact or (lead or hook),
        origin={"hook": "template", "lead": "template", "facts": "brief"},
        choice=f"t{salt}",
        fact_ids=tuple(facts),
    )


class TemplateWriter:
    """Phrasebook variants around the brief's own facts: deterministic, grounded, fast."""

    name: ClassVar[str] = "template"

    class Options(BaseModel):
        variants: int = 4

    def __init__(self, options: TemplateWriter.Options | None = None) -> None:
        self.options = options or self.Options()

    @property
    def label(self) -> str:
        return "template"

    @property
    def model_id(self) -> str | None:
        return None

    def candidates(self, ctx: Context, usage: dict[int, int]) -> list[Copy]:
        return [template_copy(ctx, salt, usage) for salt in range(self.options.variants)]
