"""Writes for the studio: workspaces and approvals (through the gate); importing, generating
and revising campaigns live in `importing` and `revising`, re-exported here."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from flambeau.app.studio import gate
from flambeau.app.studio.importing import (
    campaign_generate,
    campaign_generate_later,
    campaign_import,
)
from flambeau.app.studio.models import (
    Approval,
    Campaign,
    Post,
    PostStatus,
    Workspace,
)
from flambeau.app.studio.revising import post_revise
from flambeau.app.studio.selectors import post_warn_rules
from flambeau.app.validation import saved
from flambeau.core.errors import GateError

__all__ = [
    "ApprovalBatch",
    "campaign_approve",
    "campaign_generate",
    "campaign_generate_later",
    "campaign_import",
    "post_approve",
    "post_revise",
    "workspace_ensure",
]


@transaction.atomic
def workspace_ensure(*, name: str = "Default", slug: str = "default") -> Workspace:
    """The workspace with this slug, created on first use."""
    found = Workspace.objects.filter(slug=slug).first()
    return found or saved(Workspace(name=name, slug=slug))


@transaction.atomic
def post_approve(
    *,
    post: Post,
    actor: str,
    reason: str = "",
    user: AbstractBaseUser | None = None,
) -> Approval:
    """Approve a post; a `block` refuses, `warn` findings need a reason and are recorded as overridden."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    gate.refuse_if_blocked(post, "approved")
    if not actor.strip():
        raise GateError(f"post {post.key}: an approval must say who approves")
    if post.status != PostStatus.DRAFT:
        latest = post.approvals.order_by("-created_at", "-id").first()
        if latest is not None:
            return latest
    warns = post_warn_rules(post=post)
    if warns and not reason.strip():
        raise GateError(
            f"post {post.key} has warnings ({', '.join(warns)}); approving it overrides them, "
            "so say why"
        )
    approval = saved(
        Approval(post=post, actor=actor.strip(), user=user, reason=reason.strip(), overridden=warns)
    )
    post.status = PostStatus.APPROVED
    saved(post)
    return approval


@dataclass
class ApprovalBatch:
    """What approving a whole campaign did: approved posts, and those refused with why."""

    approved: list[Post] = field(default_factory=list)
    refused: list[tuple[Post, str]] = field(default_factory=list)


def campaign_approve(
    *, campaign: Campaign, actor: str, reason: str, user: AbstractBaseUser | None = None
) -> ApprovalBatch:
    """Approve every draft post that the gate lets through; each post in its own transaction."""
    batch = ApprovalBatch()
    for post in Post.objects.filter(campaign=campaign, status=PostStatus.DRAFT).order_by(
        "scheduled_at", "key"
    ):
        try:
            post_approve(post=post, actor=actor, reason=reason, user=user)
        except GateError as exc:
            batch.refused.append((post, str(exc)))
        else:
            batch.approved.append(post)
    return batch
