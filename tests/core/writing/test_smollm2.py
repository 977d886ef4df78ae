"""The bundled SmolLM2 for real (loaded once, on CPU): useful, and never trusted."""

from __future__ import annotations

import pytest

from flambeau.core.grounding import unsupported_claims
from flambeau.core.planning import plan_campaign
from flambeau.core.writing import near_duplicates, summarise, write_plan
from flambeau.core.writing.models import LocalLlama, load_text_model
from flambeau.core.writing.variety import hook_key

from .conftest import brief_named

pytestmark = pytest.mark.slow


def test_smollm2_loads_once_and_runs_in_process() -> None:
    model = load_text_model("SmolLM2")
    assert isinstance(model, LocalLlama) and model.local
    assert load_text_model("SmolLM2") is model
    text = model.generate(system="You write short posts.", prompt="Say hello.", max_tokens=8)
    assert isinstance(text, str)


def test_smollm2_contributes_to_english_posts_that_all_pass_every_check() -> None:
    brief = brief_named("velo")
    slots = plan_campaign(brief)[:12]
    drafts = write_plan(brief, slots)
    summary = summarise(drafts)
    assert summary["passed"] == 1.0
    assert summary["model_written"] + summary["model_chosen"] > 0
    assert (
        near_duplicates([d.text for s, d in zip(slots, drafts, strict=True) if s.channel == "x"])
        == []
    )
    hooks = [hook_key(str(d.provenance.model_extra["hook"])) for d in drafts]
    assert len(hooks) == len(set(hooks))
    for draft in drafts:
        assert unsupported_claims("\n".join(draft.parts or [draft.text]), brief=brief) == []
        if draft.provenance.model:
            assert draft.provenance.model == "SmolLM2-135M-Instruct"
            assert "Written with the help of AI." in draft.text


def test_smollm2_in_french_only_chooses_among_written_lines() -> None:
    brief = brief_named("paindor")
    drafts = write_plan(brief, plan_campaign(brief)[:6])
    summary = summarise(drafts)
    assert summary["passed"] == 1.0 and summary["model_written"] == 0.0
    for draft in drafts:
        pieces = draft.provenance.model_extra.get("model_pieces") or {}
        assert all(who.endswith(":chosen") for who in pieces.values())


def test_smollm2_never_samples_an_avoided_word_or_a_digit() -> None:
    model = load_text_model("SmolLM2")
    avoid = frozenset({"I", "I'm", "my", "not", "n't", "price", "prices"})
    for seed in range(4):
        text = model.generate(
            system="You are a person who loves numbers.",
            prompt="Tell me about yourself, your age and your favourite prices.",
            temperature=1.0,
            max_tokens=24,
            seed=seed,
            avoid=avoid,
        )
        words = text.replace("’", "'").split()
        assert not any(ch.isdigit() for ch in text), text
        assert not {"I", "my", "not"} & set(words), text
