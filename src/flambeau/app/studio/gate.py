"""The ethics gate, one function per action; services and the publishing task all call it."""

from __future__ import annotations

from flambeau.app.studio.models import Finding, Post, PostStatus, Severity, Verdict
from flambeau.core.errors import GateError


def blocking_rules(post: Post) -> list[str]:
    """Rule ids of the post's blocking findings, read fresh from the database."""
    rules = Finding.objects.filter(post_id=post.pk, severity=Severity.BLOCK).values_list(
        "rule", flat=True
    )
    return sorted(set(rules))


def refuse_if_blocked(post: Post, action: str) -> None:
    """Raise GateError when the post carries a `block`: nothing can approve, schedule or publish it."""
    rules = blocking_rules(post)
    if rules or post.verdict == Verdict.BLOCK:
        named = ", ".join(rules) or "its ethics verdict is block"
        raise GateError(
            f"post {post.key} cannot be {action}: it has blocking findings ({named}); "
            "edit it so that the findings go away"
        )


def refuse_unless_approved(post: Post, action: str) -> None:
    """Raise GateError unless the post went through approval."""
    if post.status not in (PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED):
        raise GateError(f"post {post.key} cannot be {action}: it has not been approved")
    if not post.approvals.exists():
        raise GateError(f"post {post.key} cannot be {action}: no approval is recorded")
