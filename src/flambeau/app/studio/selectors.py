"""Reads for the studio, the API and the CLI; each returns a bounded number of queries."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from flambeau.app.studio.models import (
    Approval,
    Campaign,
    Finding,
    Post,
    Severity,
    Verdict,
    Workspace,
)


def workspace_list() -> QuerySet[Workspace]:
    return Workspace.objects.all()


def campaign_list(*, workspace: Workspace | None = None) -> QuerySet[Campaign]:
    """Campaigns with their brand and per-verdict post counts (`n_posts`, `n_block`, `n_warn`)."""
    campaigns = Campaign.objects.select_related("brand", "workspace").annotate(
        n_posts=Count("posts", distinct=True),
        n_block=Count("posts", filter=Q(posts__verdict=Verdict.BLOCK), distinct=True),
        n_warn=Count("posts", filter=Q(posts__verdict=Verdict.WARN), distinct=True),
        n_approved=Count("posts", filter=~Q(posts__status="draft"), distinct=True),
    )
    if workspace is not None:
        campaigns = campaigns.filter(workspace=workspace)
    return campaigns


def campaign_get(*, campaign_id: int) -> Campaign:
    """One campaign with its brand and workspace (raises Campaign.DoesNotExist)."""
    return Campaign.objects.select_related("brand", "workspace").get(pk=campaign_id)


def post_list(
    *,
    campaign: Campaign,
    channel: str | None = None,
    status: str | None = None,
    verdict: str | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> QuerySet[Post]:
    """A campaign's posts in schedule order, with assets, findings, approvals and deliveries."""
    posts = (
        Post.objects.filter(campaign=campaign)
        .select_related("audience", "campaign")
        .prefetch_related(
            "assets",
            "findings",
            Prefetch("approvals", queryset=Approval.objects.order_by("-created_at", "-id")),
            "deliveries",
        )
    )
    if channel:
        posts = posts.filter(channel=channel)
    if status:
        posts = posts.filter(status=status)
    if verdict:
        posts = posts.filter(verdict=verdict)
    if start is not None:
        posts = posts.filter(scheduled_at__gte=start)
    if end is not None:
        posts = posts.filter(scheduled_at__lt=end)
    return posts.order_by("scheduled_at", "key")


def post_get(*, post_id: int) -> Post:
    """One post with everything its page shows (raises Post.DoesNotExist)."""
    return (
        Post.objects.select_related("audience", "campaign", "campaign__brand")
        .prefetch_related(
            "assets",
            "findings",
            Prefetch("approvals", queryset=Approval.objects.order_by("-created_at", "-id")),
            "deliveries__account",
        )
        .get(pk=post_id)
    )


def post_warn_rules(*, post: Post) -> list[str]:
    """Rule ids of the post's `warn` findings: what an approval would override."""
    return sorted({f.rule for f in post.findings.all() if f.severity == Severity.WARN})


def campaign_findings(*, campaign: Campaign) -> QuerySet[Finding]:
    """Every finding of a campaign (plan-level first), grouped by family then severity."""
    return (
        Finding.objects.filter(campaign=campaign)
        .select_related("post")
        .order_by("family", "-severity", "post__scheduled_at", "id")
    )


@dataclass(frozen=True)
class FamilyFindings:
    """Findings of one rule family, with counts per severity."""

    family: str
    findings: list[Finding]
    counts: dict[str, int] = field(default_factory=dict)


def campaign_findings_by_family(*, campaign: Campaign) -> list[FamilyFindings]:
    """The campaign report: every finding grouped by family with counts (one query)."""
    groups: dict[str, list[Finding]] = {}
    for finding in campaign_findings(campaign=campaign):
        groups.setdefault(finding.family, []).append(finding)
    return [
        FamilyFindings(
            family=family, findings=items, counts=dict(Counter(f.severity for f in items))
        )
        for family, items in sorted(groups.items())
    ]


@dataclass(frozen=True)
class CampaignSummary:
    """Counts for a campaign at a glance: posts per channel, findings, deliveries."""

    posts_per_channel: dict[str, int]
    posts_per_status: dict[str, int]
    posts_per_verdict: dict[str, int]
    findings_per_severity: dict[str, int]
    findings_per_family: dict[str, int]
    deliveries_per_status: dict[str, int]
    deliveries_per_connector: dict[str, int]


def campaign_summary(*, campaign: Campaign) -> CampaignSummary:
    """Aggregates for the summary table of the demo, the studio and the API (three queries)."""
    from flambeau.app.publishing.models import Delivery

    posts = Post.objects.filter(campaign=campaign).values_list("channel", "status", "verdict")
    per_channel: Counter[str] = Counter()
    per_status: Counter[str] = Counter()
    per_verdict: Counter[str] = Counter()
    for channel, status, verdict in posts:
        per_channel[channel] += 1
        per_status[status] += 1
        per_verdict[verdict] += 1
    findings = Finding.objects.filter(campaign=campaign).values_list("severity", "family")
    per_severity: Counter[str] = Counter()
    per_family: Counter[str] = Counter()
    for severity, family in findings:
        per_severity[severity] += 1
        per_family[family] += 1
    deliveries = Delivery.objects.filter(post__campaign=campaign).values_list("status", "connector")
    per_delivery: Counter[str] = Counter()
    per_connector: Counter[str] = Counter()
    for status, connector in deliveries:
        per_delivery[status] += 1
        per_connector[connector] += 1
    return CampaignSummary(
        posts_per_channel=dict(sorted(per_channel.items())),
        posts_per_status=dict(per_status),
        posts_per_verdict=dict(per_verdict),
        findings_per_severity=dict(per_severity),
        findings_per_family=dict(sorted(per_family.items())),
        deliveries_per_status=dict(per_delivery),
        deliveries_per_connector=dict(sorted(per_connector.items())),
    )
