"""Run a rule's documented examples: the bad one must be found, the good one must pass.

A text example is a string (or `{"text": ..., "brief": {...}}`); other subjects are
scenarios: `brief` (merged onto a small base brief), `post`, `posts`, `audience`,
`allocation`. Tests and `docs/ethics.md` both use these, so docs cannot drift.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from flambeau.core.brief import Audience, Brief
from flambeau.core.ethics.model import Finding
from flambeau.core.ethics.policy import Policy
from flambeau.core.ethics.rules import Example, Rule
from flambeau.core.ethics.subjects import (
    AllocationSubject,
    AudienceSubject,
    PlanSubject,
    PostSubject,
    TextSubject,
)

_BASE: dict[str, dict[str, Any]] = {
    "en": {
        "brand": {"name": "Harbour Food Bank", "language": "en"},
        "campaign": {
            "name": "Winter appeal",
            "start": "2026-12-01",
            "end": "2026-12-31",
            "timezone": "Europe/Paris",
            "channels": {"mastodon": "3/week"},
        },
        "facts": ["A winter food box costs $40"],
        "messages": ["Give a winter food box", "Thank you to the volunteers"],
        "audiences": [
            {"name": "Past donors", "size": 5200, "basis": "consent", "age_min": 18},
            {
                "name": "Local businesses",
                "size": 900,
                "basis": "legitimate-interest",
                "age_min": 18,
            },
        ],
    },
    "fr": {
        "brand": {"name": "Pain d'Or", "language": "fr"},
        "campaign": {
            "name": "Ateliers levain",
            "start": "2026-12-01",
            "end": "2026-12-31",
            "timezone": "Europe/Paris",
            "channels": {"mastodon": "3/week"},
        },
        "facts": ["35 € par personne"],
        "messages": ["Apprendre le levain", "Pétrir entre voisins"],
        "audiences": [
            {"name": "Past donors", "size": 5200, "basis": "consent", "age_min": 18},
            {
                "name": "Local businesses",
                "size": 900,
                "basis": "legitimate-interest",
                "age_min": 18,
            },
        ],
    },
}
_POST: dict[str, Any] = {
    "id": "p01", "channel": "mastodon", "scheduled_at": "2026-12-08T10:30:00+01:00",
    "message": "Give a winter food box", "text": "A winter food box costs $40.",
}  # fmt: skip


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def scenario_brief(lang: str | None, patch: dict[str, Any] | None = None) -> Brief:
    """The small base brief of examples in a language, with a scenario's changes."""
    return Brief.model_validate(_merge(_BASE["fr" if lang == "fr" else "en"], patch or {}))


def scenario_post(patch: dict[str, Any], index: int = 0) -> Any:
    """A post of the base brief with a scenario's fields (posts an hour apart)."""
    from flambeau.core.post import Post

    data = _merge(_POST, patch)
    if "id" not in patch:
        data["id"] = f"p{index + 1:02d}"
    if "scheduled_at" not in patch and index:
        start = dt.datetime.fromisoformat(_POST["scheduled_at"])
        data["scheduled_at"] = (start + dt.timedelta(hours=index)).isoformat()
    return Post.model_validate(data)


def run_side(
    rule: type[Rule], side: str | dict[str, Any], lang: str | None, policy: Policy
) -> list[Finding]:
    """Findings of one rule (alone, at its default options) on one side of an example."""
    from flambeau.core.ethics.engine import _run

    scenario: dict[str, Any] = {"text": side} if isinstance(side, str) else side
    brief = scenario_brief(lang, scenario.get("brief"))
    if rule.subject() == "text" and "brief" not in scenario and not rule.needs_brief:
        brief_or_none: Brief | None = None
    else:
        brief_or_none = brief
    text_lang = lang or brief.lang
    instance = rule()
    kind = rule.subject()
    subject: Any
    if kind == "text":
        subject = TextSubject(scenario["text"], text_lang, policy, brief_or_none)
    elif kind in ("post", "image"):
        subject = PostSubject(scenario_post(scenario.get("post", {})), brief, policy, text_lang)
    elif kind == "plan":
        posts = [scenario_post(p, i) for i, p in enumerate(scenario.get("posts", []))]
        subject = PlanSubject(posts, brief, policy, text_lang)
    elif kind == "audience":
        given = scenario["audience"]
        audience = (
            next(a for a in brief.audiences if a.name == given)
            if isinstance(given, str)
            else Audience.model_validate(given)
        )
        subject = AudienceSubject(audience, brief, policy, text_lang)
    else:
        allocation = scenario["allocation"]
        subject = AllocationSubject(allocation["shares"], allocation["sizes"], policy, text_lang)
    return _run([(instance, rule.severity)], subject)


def run_example(
    rule: type[Rule], example: Example, policy: Policy | None = None
) -> tuple[list[Finding], list[Finding]]:
    """(findings on the bad side, findings on the good side) of one example."""
    policy = policy or Policy(jurisdiction=None)
    return (
        run_side(rule, example.bad, example.lang, policy),
        run_side(rule, example.good, example.lang, policy),
    )
