"""Editing a post: its text is checked again and it needs approval again."""

from __future__ import annotations

import html
from typing import Any

from django.db import transaction

from flambeau.app.studio.importing import finding_from, worst_verdict
from flambeau.app.studio.models import (
    Finding,
    Post,
    PostStatus,
)
from flambeau.app.validation import saved, validated
from flambeau.core.errors import GateError
from flambeau.core.post import Post as PlanPost

# Findings about the plan (caps, rotation, audiences) survive an edit of the post's text.
_PLAN_SUBJECTS = ("plan", "audience", "allocation")


def _html_of(text: str) -> str:
    """Plain text as simple HTML: paragraphs on blank lines, line breaks kept."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{html.escape(b.strip()).replace(chr(10), '<br>')}</p>" for b in blocks)


def _follow_edit(
    parts: list[str], extra: dict[str, Any], text: str
) -> tuple[list[str], dict[str, Any]]:
    """What gets published, kept in step with the edited text.

    A thread's first part is the post's text; an email's plain body and an article's Markdown
    are too, and their HTML renderings are rebuilt from the edit.
    """
    parts = [text, *parts[1:]] if parts else parts
    extra = dict(extra)
    for body in ("plain", "markdown"):
        if body in extra:
            extra[body] = text
    if "html" in extra:
        extra["html"] = _html_of(text)
    return parts, extra


def _as_plan_post(post: Post) -> PlanPost:
    asset = post.assets.first()
    return PlanPost(
        id=post.key,
        channel=post.channel,
        scheduled_at=post.scheduled_at,
        message=post.message,
        audience=post.audience.name if post.audience else None,
        angle=post.angle or None,
        text=post.text,
        hashtags=post.hashtags,
        link=post.link or None,
        image=asset.file.name if asset else None,
        alt_text=(asset.alt_text if asset else post.alt_text) or None,
        disclosure=post.disclosure,
        parts=post.parts,
        extra=post.extra,
        provenance=post.provenance or {},
    )


@transaction.atomic
def post_revise(*, post: Post, actor: str, text: str, alt_text: str | None = None) -> Post:
    """Edit a post's text (and alt text), check it again; it must then be approved again."""
    from flambeau.app.studio.briefs import campaign_brief
    from flambeau.core.ethics import check_post, load_policy

    post = (
        Post.objects.select_for_update(of=("self",))
        .select_related("campaign", "audience")
        .get(pk=post.pk)
    )
    if post.status in (PostStatus.SCHEDULED, PostStatus.PUBLISHED):
        raise GateError(f"post {post.key} is {post.status}: unschedule it before editing")
    if not text.strip():
        raise GateError(f"post {post.key}: the text must not be empty")
    if not actor.strip():
        raise GateError(f"post {post.key}: an edit must say who makes it")
    post.text = text
    post.parts, post.extra = _follow_edit(post.parts, post.extra, text)
    if alt_text is not None:
        post.alt_text = alt_text
        post.assets.update(alt_text=alt_text)
    campaign = post.campaign
    brief = campaign_brief(campaign)
    policy = load_policy(
        campaign.generator.get("policy") or brief.policy, base_dir=brief.source_dir
    )
    report = check_post(_as_plan_post(post), brief=brief, policy=policy)
    post.findings.exclude(subject__in=_PLAN_SUBJECTS).delete()
    Finding.objects.bulk_create(
        [
            validated(finding_from(campaign, post, f.model_dump(mode="json")))
            for f in report.findings
        ]
    )
    kept = list(post.findings.values_list("severity", flat=True))
    post.verdict = worst_verdict(["pass", *({"info": "pass"}.get(s, s) for s in kept)])
    post.status = PostStatus.DRAFT
    post.provenance = {**post.provenance, "edited_by": actor.strip(), "edited": True}
    saved(post)
    verdicts = list(campaign.posts.values_list("verdict", flat=True))
    plan_level = campaign.findings.filter(post__isnull=True).values_list("severity", flat=True)
    campaign.verdict = worst_verdict([*verdicts, *({"info": "pass"}.get(s, s) for s in plan_level)])
    saved(campaign)
    return post
