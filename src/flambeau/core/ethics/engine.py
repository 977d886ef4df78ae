"""Run a policy's rules on texts, posts, plans, audiences and allocations; gather reports."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from flambeau.core.brief import Audience, Brief
from flambeau.core.ethics.model import Finding, Report, Severity, Subject
from flambeau.core.ethics.policy import Policy, load_policy
from flambeau.core.ethics.rules import Hit, Rule
from flambeau.core.ethics.subjects import (
    AllocationSubject,
    AudienceSubject,
    PlanSubject,
    PostSubject,
    TextSubject,
)
from flambeau.core.ethics.text import resolve_lang

if TYPE_CHECKING:
    from flambeau.core.post import Post


@lru_cache(maxsize=1)
def default_policy() -> Policy:
    """The bundled `default` policy, loaded once."""
    return load_policy("default")


def _run(
    rules: list[tuple[Rule, Severity]],
    subject: Any,
    kind: Subject | None = None,
    subject_id: str | None = None,
    into: list[Finding] | None = None,
) -> list[Finding]:
    findings = [] if into is None else into
    for rule, severity in rules:
        hits: Iterable[Hit] = rule.check(subject)
        for hit in hits:
            findings.append(
                Finding.model_construct(
                    rule=rule.id,
                    severity=severity,
                    message=hit.message,
                    basis=rule.basis,
                    suggestion=hit.suggestion,
                    start=hit.start,
                    end=hit.end,
                    subject=kind or rule.subject(),
                    subject_id=hit.subject_id or subject_id,
                )
            )
    return findings


def _sorted(findings: list[Finding]) -> Report:
    findings.sort(key=lambda f: (f.start if f.start is not None else -1, f.rule))
    return Report.model_construct(findings=findings)


def check_text(
    text: str,
    *,
    lang: str = "auto",
    policy: Policy | None = None,
    brief: Brief | None = None,
) -> Report:
    """Text rules only (the lint path): fast, no I/O; brief-aware rules run when one is given."""
    policy = policy or default_policy()
    resolved = resolve_lang(lang, text, brief.lang if brief else None)
    subject = TextSubject(text, resolved, policy, brief)
    return _sorted(_run(policy.active("text", brief), subject, "text"))


def _post_lang(post: Post, brief: Brief) -> str:
    return brief.lang if brief.lang in ("fr", "en") else resolve_lang("auto", post.text)


def check_post(post: Post, *, brief: Brief, policy: Policy | None = None) -> Report:
    """Text, post and image rules for one post: labels, length, alt text, sector mentions..."""
    policy = policy or default_policy()
    lang = _post_lang(post, brief)
    findings = _run(
        policy.active("text", brief),
        TextSubject(post.text, lang, policy, brief, post),
        "text",
        post.id,
    )
    post_subject = PostSubject(post, brief, policy, lang)
    _run(policy.active("post", brief), post_subject, "post", post.id, findings)
    _run(policy.active("image", brief), post_subject, "image", post.id, findings)
    return _sorted(findings)


def check_audiences(
    brief: Brief, *, policy: Policy | None = None, audiences: list[Audience] | None = None
) -> Report:
    """Audience rules (k, special categories and proxies, minors, lawful basis, sector bans)."""
    policy = policy or default_policy()
    rules = policy.active("audience", brief)
    findings: list[Finding] = []
    for audience in brief.audiences if audiences is None else audiences:
        subject = AudienceSubject(audience, brief, policy, brief.lang)
        _run(rules, subject, "audience", audience.name, findings)
    return Report.model_construct(findings=findings)


def check_plan(posts: list[Post], *, brief: Brief, policy: Policy | None = None) -> Report:
    """Plan rules (caps, quiet hours, rotation, near-duplicates) and the brief's audiences."""
    policy = policy or default_policy()
    subject = PlanSubject(list(posts), brief, policy, brief.lang)
    findings = _run(policy.active("plan", brief), subject, "plan")
    return Report.model_construct(findings=findings) + check_audiences(brief, policy=policy)


def check_allocation(
    shares: dict[str, float],
    *,
    sizes: dict[str, int],
    policy: Policy | None = None,
    lang: str = "en",
) -> Report:
    """Fairness of an exposure allocation: no audience starved, no skew far beyond size."""
    policy = policy or default_policy()
    subject = AllocationSubject(dict(shares), dict(sizes), policy, lang)
    return Report.model_construct(findings=_run(policy.active("allocation", None), subject))
