"""The LLM writer: model sentences screened before use; provenance tells who wrote what."""

from __future__ import annotations

from dataclasses import replace

import pytest

from flambeau.core.errors import WriterError
from flambeau.core.planning import plan_campaign
from flambeau.core.writing import rewrite_post, summarise, write_plan
from flambeau.core.writing.llm_writer import banned_words, clean_sentence, screen_sentence
from flambeau.core.writing.template import template_copy

from .conftest import ScriptedModel, brief_named


def _context(prefix: str, index: int = 0):  # type: ignore[no-untyped-def]
    from flambeau.core.writing.engine import _SlotWriter
    from flambeau.core.writing.template import TemplateWriter

    brief = brief_named(prefix)
    slot = plan_campaign(brief)[index]
    return _SlotWriter(brief, TemplateWriter(), None).context(slot, machine_written=True)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            '"Spring is here, and so is a quick check." More text',
            "Spring is here, and so is a quick check.",
        ),
        ("- keep your bike safe this spring.", "Keep your bike safe this spring."),
        ("an unfinished thought without an end", None),
    ],
)
def test_clean_sentence(raw: str, clean: str | None) -> None:
    assert clean_sentence(raw) == clean


@pytest.mark.parametrize(
    "sentence",
    [
        "Join Maria at our Newcastle shop for a quick safety check.",  # invented names
        "Our safety check takes 45 minutes and costs £20 for every bike.",  # invented numbers
        "The best safety check in Bristol for every bike this spring.",  # superlative
        "This epic safety check keeps your bike ready for spring riding.",  # avoided word
        "I think a safety check before spring riding is a good idea.",  # speaks as 'I'
        "Write one sentence about a safety check before spring riding.",  # echoes the prompt
        "The ocean is blue and the mountains are very tall indeed.",  # off topic
        "Une vérification rapide de votre vélo avant le printemps.",  # wrong language
    ],
)
def test_screening_rejects_what_a_small_model_gets_wrong(sentence: str) -> None:
    assert screen_sentence(_context("velo"), sentence, question=False)


def test_screening_keeps_a_sound_sentence() -> None:
    sentence = "A quick check of brakes and tyres makes spring riding safer."
    assert screen_sentence(_context("velo"), sentence, question=False) == []


def test_accepted_model_sentences_open_the_post_and_are_labelled(scripted: ScriptedModel) -> None:
    scripted.answers = ["A quick look at brakes and tyres makes spring riding calmer."]
    brief = brief_named("velo")
    slots = [s for s in plan_campaign(brief) if s.angle != "question"][:2]
    drafts = write_plan(brief, slots, writer="scripted")
    first = drafts[0]
    assert first.text.startswith("A quick look at brakes and tyres")
    assert first.provenance.model == "scripted"
    assert first.provenance.writer == "llm:scripted"
    assert first.provenance.model_extra["model_pieces"] == {"hook": "scripted"}
    assert "ai-generated" in first.disclosure and "Written with the help of AI." in first.text
    assert first.provenance.prompt_sha256 and first.provenance.params["temperature"]
    # the same sentence may not open a second post: hooks are never repeated
    assert not drafts[1].text.startswith("A quick look at brakes and tyres")


def test_when_no_model_sentence_passes_the_template_floor_is_kept(
    scripted: ScriptedModel,
) -> None:
    scripted.answers = ["Join Maria in Newcastle for the best check of 2025!"]
    brief = brief_named("velo")
    drafts = write_plan(brief, plan_campaign(brief)[:3], writer="scripted")
    summary = summarise(drafts)
    assert summary["fallback"] == 1.0 and summary["passed"] == 1.0
    for draft in drafts:
        assert "Maria" not in draft.text
        assert draft.provenance.writer == "template" and draft.provenance.model is None
        assert draft.provenance.model_extra["fallback"] is True
        assert "ai-generated" not in draft.disclosure


def test_progress_is_reported_per_slot() -> None:
    brief = brief_named("paindor")
    calls: list[tuple[int, int]] = []
    write_plan(
        brief,
        plan_campaign(brief)[:3],
        writer="template",
        on_progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_unknown_writer_is_a_clear_error() -> None:
    brief = brief_named("paindor")
    with pytest.raises(WriterError, match="known writers"):
        write_plan(brief, plan_campaign(brief)[:1], writer="poet")


def test_rewrite_post_changes_only_that_post() -> None:
    brief = brief_named("velo")
    slots = plan_campaign(brief)
    drafts = write_plan(brief, slots, writer="template")
    target = slots[4].id
    again = rewrite_post(brief, slots, drafts, target, writer="template")
    assert [d.slot_id for d in again] == [d.slot_id for d in drafts]
    for old, new in zip(drafts, again, strict=True):
        if old.slot_id == target:
            assert new.text != old.text and not new.provenance.model_extra.get("problems")
        else:
            assert new == old


def test_rewrite_post_names_the_posts_when_the_id_is_unknown() -> None:
    brief = brief_named("velo")
    slots = plan_campaign(brief)[:2]
    drafts = write_plan(brief, slots, writer="template")
    with pytest.raises(WriterError, match="p01, p02"):
        rewrite_post(brief, slots, drafts, "p99", writer="template")


def test_template_variants_differ(scripted: ScriptedModel) -> None:
    ctx = _context("harbour", 2)
    hooks = {template_copy(ctx, salt).hook for salt in range(4)}
    assert len(hooks) == 4


def test_a_policy_without_the_ai_label_leaves_it_out(scripted: ScriptedModel) -> None:
    from types import SimpleNamespace

    scripted.answers = ["A quick look at brakes and tyres makes spring riding calmer."]
    brief = brief_named("velo")
    slots = [s for s in plan_campaign(brief) if s.angle != "question"][:1]
    draft = write_plan(brief, slots, writer="scripted", policy=SimpleNamespace(ai_label=False))[0]
    assert draft.provenance.model == "scripted"
    assert "ai-generated" not in draft.disclosure
    assert "Written with the help of AI." not in draft.text


def test_screening_rejects_a_negation_the_message_does_not_make() -> None:
    sentence = "We can't believe how a quick safety check helps spring riding."
    assert "negates" in screen_sentence(_context("velo"), sentence, question=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "How do you feel about the new, more expensive way to close the books?",
        "Closing the books is faster than ever with automation at month end?",
    ],
)
def test_screening_rejects_comparisons_and_prices_the_brief_does_not_make(sentence: str) -> None:
    problems = screen_sentence(_context("ledgerly"), sentence, question=True)
    assert any("compares" in p for p in problems)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Automate bank reconciliation in one hour after the session.", "amount or time"),
        ("Close the books faster without cutting corners, today.", "amount or time"),
        ("Close the books faster, without cutting corners.", "restates the message"),
        ("The team answers your questions in ’s live chat with experts.", "a word is missing"),
        ("Automate the reconciliation, The team helps finance teams.", "after a comma"),
        ('Try this: "Your bank reconciliation answered live by experts.', "a word is missing"),
    ],
)
def test_screening_rejects_invented_amounts_echoes_and_broken_sentences(
    sentence: str, problem: str
) -> None:
    ctx = _context("ledgerly")
    message = "Close the books faster without cutting corners"
    ctx = replace(ctx, slot=ctx.slot.model_copy(update={"message": message}))
    problems = screen_sentence(ctx, sentence, question=False)
    assert any(problem in p for p in problems), problems


def test_banned_words_are_what_the_screen_rejects_unless_the_brief_says_them() -> None:
    ctx = _context("velo")
    banned = banned_words(ctx)
    assert {"I", "my", "not", "n't", "best", "cheap", "one"} <= banned
    assert "epic" in banned and "Epic" in banned  # the brand's avoided words
    assert "free" not in banned and "Free" not in banned  # "Free 20-minute safety check"
