"""One campaign, brief to folder: plan → write → paint → check → plan.json, images, report."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from flambeau import __version__
from flambeau.core.brief import Brief
from flambeau.core.campaign import CampaignPlan, draft_of, slot_of, with_report
from flambeau.core.ethics import Policy, check_plan, check_post, load_policy
from flambeau.core.ethics.model import Report
from flambeau.core.output import staged_output
from flambeau.core.planning import plan_campaign
from flambeau.core.post import Draft, EthicsSummary, Post, Slot
from flambeau.core.report import write_report
from flambeau.core.visuals import paint_post
from flambeau.core.writing import rewrite_post, write_plan

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    """No progress output."""


def _writer_label(writer: str, drafts: list[Draft]) -> str:
    models = sorted({d.provenance.model for d in drafts if d.provenance.model})
    if writer == "template" or not models:
        return "template"
    return "llm:" + "+".join(m.removesuffix("-135M-Instruct") for m in models)


def generate_campaign(
    brief: Brief,
    out_dir: Path,
    *,
    writer: str = "llm",
    model: str | None = None,
    painter: str = "cards",
    policy_name: str | None = None,
    only: str | None = None,
    on_progress: Progress | None = None,
) -> CampaignPlan:
    """Generate (or, with `only`, regenerate one post of) a campaign into `out_dir`."""
    progress = on_progress or _quiet
    policy = load_policy(policy_name or brief.policy, base_dir=brief.source_dir)
    with staged_output(out_dir) as staging:
        if only is None:
            slots = plan_campaign(brief, k=policy.k, adult_age=policy.adult_age)
            progress("write", 0, len(slots))
            drafts = write_plan(
                brief,
                slots,
                writer=writer,
                model=model,
                policy=policy,
                on_progress=lambda done, total: progress("write", done, total),
            )
            kept: dict[str, Post] = {}
        else:
            previous = CampaignPlan.read(out_dir / "plan.json")
            previous.post(only)  # a clear error for an unknown id, before any work
            slots = [slot_of(p) for p in previous.posts]
            drafts = rewrite_post(
                brief,
                slots,
                [draft_of(p) for p in previous.posts],
                only,
                writer=writer,
                model=model,
                policy=policy,
            )
            if (out_dir / "images").is_dir():
                shutil.copytree(out_dir / "images", staging / "images")
            kept = {p.id: p for p in previous.posts if p.id != only}
        posts = _paint(brief, slots, drafts, staging, kept, painter, policy, progress)
        posts, plan_report = _check(brief, posts, policy)
        plan = CampaignPlan(
            brief=CampaignPlan.header_for(brief),
            generator={
                "writer": _writer_label(writer, drafts),
                "painter": painter,
                "policy": policy.name,
                "version": __version__,
            },
            posts=posts,
            ethics=EthicsSummary.of(plan_report),
        )
        (staging / "plan.json").write_text(plan.to_json(), encoding="utf-8")
        progress("report", 0, 1)
        write_report(plan, brief=brief, out_dir=staging)
        progress("report", 1, 1)
    return plan


def _paint(
    brief: Brief,
    slots: list[Slot],
    drafts: list[Draft],
    staging: Path,
    kept: dict[str, Post],
    painter: str,
    policy: Policy,
    progress: Progress,
) -> list[Post]:
    """Paint every post, except those in `kept` (by id), whose images stay as they were."""
    posts = []
    for done, (slot, draft) in enumerate(zip(slots, drafts, strict=True), start=1):
        previous = kept.get(slot.id)
        if previous is None:
            post = Post.assemble(slot, draft, None)
            image = paint_post(post, brief=brief, out_dir=staging, painter=painter, policy=policy)
            posts.append(Post.assemble(slot, draft, image))
        else:
            posts.append(
                Post.assemble(slot, draft, None).model_copy(
                    update={
                        "image": previous.image,
                        "alt_text": previous.alt_text,
                        "image_provenance": previous.image_provenance,
                    }
                )
            )
        progress("paint", done, len(slots))
    return posts


def _check(brief: Brief, posts: list[Post], policy: Policy) -> tuple[list[Post], Report]:
    """Check each post and the plan; plan findings about a post (or its audience) join its report."""
    plan_report = check_plan(posts, brief=brief, policy=policy)
    checked = []
    for post in posts:
        report = check_post(post, brief=brief, policy=policy)
        related = [
            f
            for f in plan_report.findings
            if f.subject_id in (post.id, post.audience) and f.subject_id
        ]
        checked.append(with_report(post, report + Report(findings=related)))
    return checked, plan_report
