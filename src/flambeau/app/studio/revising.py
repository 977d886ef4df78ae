"""Editing a post: its text is checked again and it needs approval again."""

from __future__ import annotations

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
