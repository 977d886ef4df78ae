"""Writes for the studio: importing a generated campaign, approving posts (through the gate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify

from flambeau.app.studio import gate
from flambeau.app.studio.briefs import brief_document
from flambeau.app.studio.models import (
    Approval,
    Asset,
    Audience,
    Brand,
    Campaign,
    Finding,
    Post,
    PostStatus,
    Verdict,
    Workspace,
)
from flambeau.app.studio.selectors import post_warn_rules
from flambeau.app.validation import saved, validated
from flambeau.core.brief import Brief, load_brief
from flambeau.core.campaign import CampaignPlan
from flambeau.core.errors import FlambeauError, GateError
from flambeau.core.post import Post as PlanPost

_VERDICT_RANK = {Verdict.PASS: 0, Verdict.WARN: 1, Verdict.BLOCK: 2}


@transaction.atomic
def workspace_ensure(*, name: str = "Default", slug: str = "default") -> Workspace:
    """The workspace with this slug, created on first use."""
    found = Workspace.objects.filter(slug=slug).first()
    return found or saved(Workspace(name=name, slug=slug))


def _brand_upsert(*, workspace: Workspace, brief: Brief) -> Brand:
    brand = Brand.objects.filter(workspace=workspace, name=brief.brand.name).first() or Brand(
        workspace=workspace, name=brief.brand.name
    )
    b = brief.brand
    brand.language = b.language
    brand.voice, brand.avoid, brand.colors, brand.hashtags = b.voice, b.avoid, b.colors, b.hashtags
    brand.website = b.website or ""
    brand.sector = b.sector or ""
    brand.jurisdiction = b.jurisdiction or ""
    return saved(brand)


def _unique_slug(workspace: Workspace, name: str) -> str:
    base = slugify(name)[:100] or "campaign"
    slug, n = base, 1
    while Campaign.objects.filter(workspace=workspace, slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _worst(verdicts: list[str]) -> str:
    return str(max(verdicts, key=lambda v: _VERDICT_RANK[Verdict(v)], default=Verdict.PASS))


def _finding(campaign: Campaign, post: Post | None, data: dict[str, Any]) -> Finding:
    rule = str(data["rule"])
    return Finding(
        campaign=campaign,
        post=post,
        rule=rule,
        family=rule.split(".", 1)[0],
        severity=str(data["severity"]),
        message=str(data.get("message") or ""),
        basis=str(data.get("basis") or ""),
        suggestion=str(data.get("suggestion") or ""),
        start=data.get("start"),
        end=data.get("end"),
        subject=str(data.get("subject") or "text"),
        subject_id=str(data.get("subject_id") or ""),
    )


def _post(campaign: Campaign, item: PlanPost, audiences: dict[str, Audience]) -> Post:
    return saved(
        Post(
            campaign=campaign,
            key=item.id,
            channel=item.channel,
            scheduled_at=item.scheduled_at,
            message=item.message,
            audience=audiences.get(item.audience or ""),
            angle=item.angle or "",
            text=item.text,
            hashtags=item.hashtags,
            link=item.link or "",
            alt_text=item.alt_text or "",
            disclosure=item.disclosure,
            parts=item.parts,
            extra=item.extra,
            provenance=item.provenance.model_dump(mode="json"),
            verdict=item.ethics.verdict,
        )
    )


def _asset(post: Post, item: PlanPost, out_dir: Path) -> Asset | None:
    if not item.image:
        return None
    source = out_dir / item.image
    if not source.is_file():
        raise FlambeauError(f"post {item.id}: image {source} is missing from the plan's folder")
    asset = Asset(
        post=post,
        alt_text=item.alt_text or "",
        provenance=item.image_provenance.model_dump(mode="json") if item.image_provenance else {},
    )
    from PIL import Image

    with Image.open(source) as image:
        asset.width, asset.height = image.size
    with source.open("rb") as handle:
        asset.file.save(f"c{post.campaign_id}-{post.key}{source.suffix}", File(handle), save=False)
    return saved(asset)


@transaction.atomic
def campaign_import(
    *, workspace: Workspace, brief: Brief, plan: CampaignPlan, out_dir: Path
) -> Campaign:
    """Store a generated campaign: brief, audiences, posts, images, findings (all or nothing)."""
    c = brief.campaign
    campaign = saved(
        Campaign(
            workspace=workspace,
            brand=_brand_upsert(workspace=workspace, brief=brief),
            name=c.name,
            slug=_unique_slug(workspace, c.name),
            goal=str(c.goal),
            start=c.start,
            end=c.end,
            timezone=c.timezone,
            language=brief.language,
            brief=brief_document(brief),
            generator=plan.generator,
            out_dir=str(out_dir),
        )
    )
    audiences = {
        a.name: saved(
            Audience(
                campaign=campaign,
                name=a.name,
                size=a.size,
                basis=str(a.basis) if a.basis else "",
                age_min=a.age_min,
                age_max=a.age_max,
                interests=a.interests,
            )
        )
        for a in brief.audiences
    }
    findings: list[Finding] = []
    on_posts: set[tuple[str, str, str]] = set()
    for item in plan.posts:
        post = _post(campaign, item, audiences)
        _asset(post, item, out_dir)
        for data in item.ethics.findings:
            findings.append(_finding(campaign, post, data))
            on_posts.add((data["rule"], str(data.get("subject_id") or ""), data["message"]))
    for data in plan.ethics.findings:  # plan-level, unless already attached to a post
        if (data["rule"], str(data.get("subject_id") or ""), data["message"]) not in on_posts:
            findings.append(_finding(campaign, None, data))
    Finding.objects.bulk_create([validated(f) for f in findings])
    campaign.verdict = _worst([plan.ethics.verdict, *(p.ethics.verdict for p in plan.posts)])
    return saved(campaign)


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


Progress = Callable[[str, int, int], None]


def _run_pipeline(
    brief: Brief, out_dir: Path, *, writer: str, model: str | None, on_progress: Progress | None
) -> CampaignPlan:
    from flambeau.core.pipeline import generate_campaign  # heavy: models, painters, rules

    return generate_campaign(brief, out_dir, writer=writer, model=model, on_progress=on_progress)


def campaign_generate(
    *,
    workspace: Workspace,
    brief: Brief,
    writer: str = "llm",
    model: str | None = None,
    on_progress: Progress | None = None,
) -> Campaign:
    """Generate a campaign into the home's campaigns folder, then store it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    name = slugify(brief.campaign.name)[:60] or "campaign"
    out_dir = Path(settings.FLAMBEAU_CAMPAIGNS_DIR) / f"{name}-{stamp}"
    plan = _run_pipeline(brief, out_dir, writer=writer, model=model, on_progress=on_progress)
    return campaign_import(workspace=workspace, brief=brief, plan=plan, out_dir=out_dir)


def campaign_generate_later(
    *, workspace: Workspace, brief_path: Path, writer: str = "llm", model: str | None = None
) -> None:
    """Check the brief now (a bad one fails here), generate it in the background worker."""
    from flambeau.app.studio.tasks import generate_campaign_task

    load_brief(brief_path)
    arguments = {
        "workspace_id": workspace.pk,
        "brief_path": str(Path(brief_path).resolve()),
        "writer": writer,
        "model": model,
    }
    transaction.on_commit(lambda: generate_campaign_task.enqueue(**arguments))


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

    post = Post.objects.select_for_update().select_related("campaign", "audience").get(pk=post.pk)
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
        [validated(_finding(campaign, post, f.model_dump(mode="json"))) for f in report.findings]
    )
    kept = list(post.findings.values_list("severity", flat=True))
    post.verdict = _worst(["pass", *({"info": "pass"}.get(s, s) for s in kept)])
    post.status = PostStatus.DRAFT
    post.provenance = {**post.provenance, "edited_by": actor.strip(), "edited": True}
    saved(post)
    verdicts = list(campaign.posts.values_list("verdict", flat=True))
    plan_level = campaign.findings.filter(post__isnull=True).values_list("severity", flat=True)
    campaign.verdict = _worst([*verdicts, *({"info": "pass"}.get(s, s) for s in plan_level)])
    saved(campaign)
    return post
