"""Storing a generated campaign (brief, audiences, posts, images, findings), or generating one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify

from flambeau.app.studio.briefs import brief_document
from flambeau.app.studio.models import (
    Asset,
    Audience,
    Brand,
    Campaign,
    Finding,
    Post,
    Verdict,
    Workspace,
)
from flambeau.app.validation import saved, validated
from flambeau.core.brief import Brief, load_brief
from flambeau.core.campaign import CampaignPlan
from flambeau.core.errors import FlambeauError
from flambeau.core.post import Post as PlanPost

_VERDICT_RANK = {Verdict.PASS: 0, Verdict.WARN: 1, Verdict.BLOCK: 2}


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


def worst_verdict(verdicts: list[str]) -> str:
    """The most severe of pass / warn / block."""
    return str(max(verdicts, key=lambda v: _VERDICT_RANK[Verdict(v)], default=Verdict.PASS))


def finding_from(campaign: Campaign, post: Post | None, data: dict[str, Any]) -> Finding:
    """A Finding row (unsaved) from a finding as the ethics engine dumps it."""
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
            findings.append(finding_from(campaign, post, data))
            on_posts.add((data["rule"], str(data.get("subject_id") or ""), data["message"]))
    for data in plan.ethics.findings:  # plan-level, unless already attached to a post
        if (data["rule"], str(data.get("subject_id") or ""), data["message"]) not in on_posts:
            findings.append(finding_from(campaign, None, data))
    Finding.objects.bulk_create([validated(f) for f in findings])
    campaign.verdict = worst_verdict([plan.ethics.verdict, *(p.ethics.verdict for p in plan.posts)])
    return saved(campaign)


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
