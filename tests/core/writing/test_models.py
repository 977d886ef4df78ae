"""Any model through `llm`: ids resolved or refused, remote prompts redacted, errors retried."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flambeau.core.brief import Brief
from flambeau.core.errors import ModelNotFoundError, WriterError
from flambeau.core.planning import plan_campaign
from flambeau.core.writing import available_models, resolve_model_id, write_plan
from flambeau.core.writing.models import load_text_model

from .conftest import brief_named
from .fake_openai import FakeOpenAI, Reply


@pytest.fixture
def remote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A fake OpenAI-compatible server registered as model 'fake-remote' in a tmp llm dir."""
    server = FakeOpenAI()
    with server:
        (tmp_path / "extra-openai-models.yaml").write_text(
            f"- model_id: fake-remote\n  model_name: fake-remote\n  api_base: {server.url}\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("LLM_USER_PATH", str(tmp_path))
        monkeypatch.setenv("FLAMBEAU_MODEL_RETRIES", "3")
        monkeypatch.setenv("FLAMBEAU_MODEL_BACKOFF", "0.01")
        monkeypatch.setenv("FLAMBEAU_MODEL_TIMEOUT", "5")
        load_text_model.cache_clear()
        try:
            yield server
        finally:
            load_text_model.cache_clear()


def _with_personal_data(brief: Brief) -> Brief:
    facts = [*brief.facts, "Questions : écrivez à claire.martin@paindor.fr ou au 04 78 12 34 56"]
    return brief.model_copy(update={"facts": facts})


def test_the_bundled_model_is_available_and_resolves() -> None:
    assert "SmolLM2" in available_models()
    assert resolve_model_id("SmolLM2") == "SmolLM2"


def test_an_unknown_model_is_refused_with_the_available_ones_listed() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        resolve_model_id("gpt-99-imaginary")
    assert "gpt-99-imaginary" in str(caught.value)
    assert "SmolLM2" in str(caught.value)


def test_write_plan_refuses_an_unknown_model_before_writing() -> None:
    brief = brief_named("paindor")
    with pytest.raises(ModelNotFoundError):
        write_plan(brief, plan_campaign(brief)[:1], model="no-such-model")


def test_flambeau_model_env_chooses_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLAMBEAU_MODEL", "also-not-a-model")
    with pytest.raises(ModelNotFoundError, match="also-not-a-model"):
        resolve_model_id(None)


def test_remote_model_receives_prompts_without_personal_data(remote: FakeOpenAI) -> None:
    brief = _with_personal_data(brief_named("velo"))
    brief = brief.model_copy(
        update={"facts": [*brief.facts, "Call Sam on +44 117 496 0123 or sam@veloverde.example"]}
    )
    slots = plan_campaign(brief)[:3]
    remote.replies = [Reply(content="A quick check keeps your bike safe for spring riding.")]
    drafts = write_plan(brief, slots, model="fake-remote")
    assert len(remote.requests) >= 3
    sent = remote.prompts()
    assert "Velo Verde" in sent and brief.facts[0] in sent  # the prompts did reach the server
    for secret in (
        "claire.martin@paindor.fr",
        "04 78 12 34 56",
        "+44 117 496 0123",
        "sam@veloverde.example",
        "496 0123",
    ):
        assert secret not in sent
    assert all(not d.provenance.model_extra.get("problems") for d in drafts)
    assert any(d.provenance.model == "fake-remote" for d in drafts)


def test_rate_limit_then_success_is_retried(remote: FakeOpenAI) -> None:
    brief = brief_named("velo")
    remote.replies = [Reply(status=429, headers={"retry-after": "0"}), Reply()]
    write_plan(brief, plan_campaign(brief)[:1], model="fake-remote")
    assert len(remote.requests) >= 2


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(status=500), "HTTP 500"),
        (Reply(status=429), "rate limiting"),
        (Reply(raw="{not json"), "malformed"),
        (Reply(raw='{"choices": "nope"}'), "malformed"),
    ],
    ids=["500", "429", "malformed-json", "wrong-shape"],
)
def test_persistent_failures_end_in_a_clear_writer_error(
    remote: FakeOpenAI, reply: Reply, words: str
) -> None:
    brief = brief_named("velo")
    remote.replies = [reply]
    with pytest.raises(WriterError) as caught:
        write_plan(brief, plan_campaign(brief)[:1], model="fake-remote")
    message = str(caught.value)
    assert words in message and "fake-remote" in message and "3 attempts" in message
    assert len(remote.requests) == 3


def test_a_server_that_does_not_answer_times_out(
    remote: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLAMBEAU_MODEL_TIMEOUT", "0.3")
    monkeypatch.setenv("FLAMBEAU_MODEL_RETRIES", "2")
    load_text_model.cache_clear()
    brief = brief_named("velo")
    remote.replies = [Reply(delay=2.0)]
    with pytest.raises(WriterError, match="timeout"):
        write_plan(brief, plan_campaign(brief)[:1], model="fake-remote")
    assert len(remote.requests) == 2


def test_a_refusal_is_not_retried(remote: FakeOpenAI) -> None:
    brief = brief_named("velo")
    remote.replies = [Reply(status=401)]
    with pytest.raises(WriterError, match="HTTP 401"):
        write_plan(brief, plan_campaign(brief)[:1], model="fake-remote")
    assert len(remote.requests) == 1
