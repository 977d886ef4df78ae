"""Write a plan: per slot, candidates from a writer, validated, ranked, the best kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from flambeau.core.brief import Brief
from flambeau.core.disclosure import required_disclosures
from flambeau.core.errors import WriterError
from flambeau.core.grounding import fold
from flambeau.core.post import Draft, Provenance, Slot
from flambeau.core.writing.copy import Context, Copy, context_for, name_words
from flambeau.core.writing.craft import Rendered, render
from flambeau.core.writing.links import tracked_link
from flambeau.core.writing.models import resolve_model_id
from flambeau.core.writing.template import TemplateWriter, template_copy
from flambeau.core.writing.validators import validate
from flambeau.core.writing.variety import ECHO, NEAR_DUPLICATE, CampaignMemory


class Writer(Protocol):
    """A source of candidate copies for a slot; the engine validates, ranks and shapes them."""

    @property
    def label(self) -> str: ...

    @property
    def model_id(self) -> str | None: ...

    def candidates(self, ctx: Context, usage: dict[int, int]) -> list[Copy]: ...


WriterFactory = Callable[[str | None], Writer]
WRITERS: dict[str, WriterFactory] = {}


def register_writer(name: str, factory: WriterFactory) -> None:
    """Make a writer available by name (built-ins register the same way)."""
    WRITERS[name] = factory


def unregister_writer(name: str) -> None:
    WRITERS.pop(name, None)


def _llm_writer(model: str | None) -> Writer:
    from flambeau.core.writing.llm_writer import LlmWriter

    return LlmWriter(resolve_model_id(model))


register_writer("template", lambda model: TemplateWriter())
register_writer("llm", _llm_writer)


def get_writer(name: str = "llm", *, model: str | None = None) -> Writer:
    """The writer called `name`; WriterError lists the known ones, ModelNotFoundError models."""
    factory = WRITERS.get(name)
    if factory is None:
        raise WriterError(f"unknown writer {name!r}; known writers: {', '.join(sorted(WRITERS))}")
    return factory(model)


def _mandatory_mentions(brief: Brief) -> list[str]:
    try:
        from flambeau.core.ethics.sector import mandatory_mentions
    except ImportError:
        return []
    return list(mandatory_mentions(brief))


def _ethics_problems(ctx: Context, rendered: Rendered, policy: object, strict: bool) -> list[str]:
    """Findings of the ethics engine's text rules: a block always counts, a warn when strict."""
    try:
        from flambeau.core.ethics import check_text
    except ImportError:
        return []
    text = "\n\n".join(rendered.published)
    report = check_text(
        text,
        lang=ctx.lang,
        policy=policy if _is_policy(policy) else None,  # type: ignore[arg-type]
        brief=ctx.brief,
    )
    given = fold(" ".join([*ctx.brief.facts, *ctx.brief.messages, ctx.brief.campaign.name]))
    problems = []
    for finding in report.findings:
        if finding.severity.value == "block":
            problems.append(f"{finding.rule}: {finding.message}")
        elif strict and finding.severity.value == "warn":
            span = text[finding.start : finding.end] if finding.start is not None else ""
            if not span or fold(span) not in given:  # the brief's own words are not the model's
                problems.append(f"{finding.rule}: {finding.message}")
    return problems


def _is_policy(policy: object) -> bool:
    try:
        from flambeau.core.ethics import Policy
    except ImportError:
        return False
    return isinstance(policy, Policy)


@dataclass
class _Candidate:
    copy: Copy
    ctx: Context
    rendered: Rendered
    problems: dict[str, list[str]]
    score: float
    closest: float


class _SlotWriter:
    """Writes one slot at a time against the campaign's memory."""

    def __init__(self, brief: Brief, writer: Writer, policy: object | None) -> None:
        self.brief = brief
        self.writer = writer
        self.policy = policy
        self.memory = CampaignMemory()
        self.names = name_words(brief)
        self.mentions = _mandatory_mentions(brief)
        self.ai_label = bool(getattr(policy, "ai_label", True))

    def context(self, slot: Slot, *, machine_written: bool) -> Context:
        disclosures = required_disclosures(
            self.brief, machine_written=machine_written, ai_label_required=self.ai_label
        )
        return context_for(
            self.brief,
            slot,
            link=tracked_link(self.brief, channel=slot.channel, post_id=slot.id),
            disclosures=disclosures,
            mentions=self.mentions,
            names=self.names,
            used_hooks=frozenset(self.memory.hooks),
            used_openings=frozenset(self.memory.openings.get(slot.channel, set())),
        )

    def _judge(self, slot: Slot, copy: Copy) -> _Candidate:
        ctx = self.context(slot, machine_written=bool(copy.model_pieces))
        rendered = render(ctx, copy)
        problems = validate(ctx, rendered)
        ethics = _ethics_problems(ctx, rendered, self.policy, strict=bool(copy.model_pieces))
        if ethics:
            problems["ethics"] = ethics
        closest = self.memory.closest(slot.channel, rendered.text)
        variety = []
        if self.memory.hook_used(copy.hook):
            variety.append("opening line already used in this campaign")
        if closest >= NEAR_DUPLICATE:
            variety.append(f"near-duplicate of an earlier {slot.channel} post ({closest:.2f})")
        echo = self.memory.echo(rendered.text, self._boilerplate(ctx))
        if echo >= ECHO:
            variety.append(f"repeats an earlier post of the campaign ({echo:.2f} overlap)")
        closest = max(closest, echo)
        if variety:
            problems["variety"] = variety
        return _Candidate(
            copy, ctx, rendered, problems, self._score(ctx, copy, rendered, closest), closest
        )

    @staticmethod
    def _boilerplate(ctx: Context) -> tuple[str, ...]:
        """Lines every post carries (labels, mandatory mentions): not a sign of repetition."""
        return (*(d.label for d in ctx.disclosures), *ctx.mentions)

    def _score(self, ctx: Context, copy: Copy, rendered: Rendered, closest: float) -> float:
        spec = ctx.spec
        score = 1.0 - closest
        if copy.model_pieces:
            score += 0.6 if copy.model_wrote else 0.25
        if spec.format not in ("email", "article"):
            target = spec.ideal_length * 0.7
            score -= 0.3 * abs(spec.measure(rendered.text) - target) / spec.ideal_length
        score -= 0.1 * len(rendered.trimmed)
        usage = self.memory.fact_usage
        if copy.fact_ids:
            mean = sum(usage.values()) / max(1, len(self.brief.facts))
            score += 0.2 * sum(usage.get(i, 0) <= mean for i in copy.fact_ids) / len(copy.fact_ids)
        return score

    def write(self, slot: Slot, *, extra_salt: int = 0) -> Draft:
        copies = self.writer.candidates(
            self.context(slot, machine_written=False), self.memory.fact_usage
        )
        judged = [self._judge(slot, c) for c in copies]
        valid = [c for c in judged if not c.problems]
        reason = "highest score among valid candidates"
        if not valid:
            ctx = self.context(slot, machine_written=False)
            more = [
                template_copy(ctx, salt, self.memory.fact_usage)
                for salt in range(4 + extra_salt, 16 + extra_salt)
            ]
            judged += [self._judge(slot, c) for c in more]
            valid = [c for c in judged if not c.problems]
            reason = "no first-round candidate passed; a further template variant did"
        if not valid:
            valid = [c for c in judged if set(c.problems) <= {"variety"}]
            valid.sort(key=lambda c: c.closest)
            valid = valid[:1]
            reason = "no candidate was fully distinct; the least similar valid one was kept"
        if not valid:
            valid = sorted(judged, key=lambda c: sum(map(len, c.problems.values())))[:1]
            reason = "no candidate passed every validator; the one with fewest problems was kept"
        best = max(valid, key=lambda c: c.score)
        self.memory.remember(
            slot.channel,
            best.rendered.text,
            best.copy.hook,
            list(best.copy.fact_ids),
            self._boilerplate(best.ctx),
        )
        return self._draft(slot, best, judged, reason)

    def _draft(self, slot: Slot, best: _Candidate, judged: list[_Candidate], reason: str) -> Draft:
        copy, rendered = best.copy, best.rendered
        model = self.writer.model_id if copy.model_pieces else None
        rejected = [
            {
                "candidate": c.copy.choice,
                "problems": [p for ps in c.problems.values() for p in ps][:3],
            }
            for c in judged
            if c.problems
        ][:8]
        provenance = Provenance(
            model=_display_model(model),
            writer=self.writer.label if copy.model_pieces else "template",
            params=dict(copy.params),
            prompt_sha256=copy.prompt_sha256,
            created_at=dt.datetime.now(dt.UTC),
            candidate=copy.choice,
            candidates=len(judged),
            valid=sum(1 for c in judged if not c.problems),
            why=f"{reason} (score {best.score:.2f}; closest earlier {slot.channel} post "
            f"{best.closest:.2f})",
            model_pieces={p: copy.origin[p] for p in copy.model_pieces},
            hook=copy.hook,
            fallback=bool(self.writer.model_id) and not copy.model_pieces,
            problems=best.problems or None,
            rejected=rejected,
        )
        return Draft(
            slot_id=slot.id,
            text=rendered.text,
            hashtags=rendered.hashtags,
            link=best.ctx.link,
            disclosure=[d.id for d in best.ctx.disclosures],
            parts=rendered.parts,
            extra=rendered.extra,
            provenance=provenance,
        )

    def remember_draft(self, slot: Slot, draft: Draft) -> None:
        hook = str(getattr(draft.provenance, "hook", "") or draft.text.split("\n", 1)[0])
        self.memory.remember(slot.channel, draft.text, hook, [])


def _display_model(model_id: str | None) -> str | None:
    """The model's public name: SmolLM2 is recorded as the checkpoint it is."""
    if model_id == "SmolLM2":
        return "SmolLM2-135M-Instruct"
    return model_id


def write_plan(
    brief: Brief,
    slots: list[Slot],
    *,
    writer: str = "llm",
    model: str | None = None,
    policy: object | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Draft]:
    """A draft for every slot, in the slots' order, each passing every validator it can."""
    engine = _SlotWriter(brief, get_writer(writer, model=model), policy)
    drafts = []
    for done, slot in enumerate(slots, start=1):
        drafts.append(engine.write(slot))
        if on_progress:
            on_progress(done, len(slots))
    return drafts


def rewrite_post(
    brief: Brief,
    slots: list[Slot],
    drafts: list[Draft],
    only: str,
    *,
    writer: str = "llm",
    model: str | None = None,
    policy: object | None = None,
) -> list[Draft]:
    """The drafts with post `only` written anew (and unlike before); the others kept as they are."""
    ids = [s.id for s in slots]
    if only not in ids:
        raise WriterError(f"no post {only!r} in this plan; posts: {', '.join(ids)}")
    engine = _SlotWriter(brief, get_writer(writer, model=model), policy)
    by_id = {d.slot_id: d for d in drafts}
    for slot in slots:
        if slot.id in by_id:  # the old version too: the new one must differ from it
            engine.remember_draft(slot, by_id[slot.id])
    slot = slots[ids.index(only)]
    new = engine.write(slot.model_copy(update={"sequence": slot.sequence + 1}), extra_salt=4)
    new = new.model_copy(update={"slot_id": only})
    return [new if d.slot_id == only else d for d in drafts]


def summarise(drafts: list[Draft]) -> dict[str, Any]:
    """Counts for reports and benchmarks: model share, fallbacks, validator passes."""
    total = len(drafts) or 1
    extras = [d.provenance.model_extra or {} for d in drafts]
    written = sum(
        1
        for e in extras
        if any(not v.endswith(":chosen") for v in (e.get("model_pieces") or {}).values())
    )
    chosen = sum(1 for e in extras if e.get("model_pieces")) - written
    return {
        "posts": len(drafts),
        "model_written": written / total,
        "model_chosen": chosen / total,
        "fallback": sum(1 for e in extras if e.get("fallback")) / total,
        "passed": sum(1 for e in extras if not e.get("problems")) / total,
    }
