"""Campaign pages: the list, a campaign with its week calendar, its ethics report, deliveries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from flambeau.app.clock import get_clock
from flambeau.app.publishing import selectors as publishing_selectors
from flambeau.app.publishing.selectors import OPEN_STATUSES
from flambeau.app.studio import selectors
from flambeau.app.studio.models import Campaign, Post
from flambeau.app.web import selectors as web_selectors
from flambeau.app.web.briefs import channels_of, quiet_hours_of
from flambeau.app.web.calendar import (
    CalendarEntry,
    WeekGrid,
    first_week,
    parse_week,
    week_grid,
)
from flambeau.app.web.findings import counts_by_severity, group_by_family, shown
from flambeau.app.web.views.common import (
    campaign_or_404,
    is_htmx,
    remembered_actor,
    signed_in_name,
)


@dataclass(frozen=True)
class CampaignRow:
    campaign: Campaign
    channels: list[tuple[str, str]]
    statuses: list[tuple[str, int]]


def campaign_list(request: HttpRequest, workspace_slug: str | None = None) -> HttpResponse:
    """Every campaign (of one workspace when a slug is given), newest first."""
    workspaces = list(selectors.workspace_list())
    workspace = None
    if workspace_slug is not None:
        workspace = next((w for w in workspaces if w.slug == workspace_slug), None)
        if workspace is None:
            raise Http404("no such workspace")
    campaigns = list(selectors.campaign_list(workspace=workspace))
    statuses = web_selectors.post_status_counts(campaign_ids=[c.pk for c in campaigns])
    rows = [
        CampaignRow(campaign=c, channels=channels_of(c.brief), statuses=statuses.get(c.pk, []))
        for c in campaigns
    ]
    context = {"rows": rows, "workspaces": workspaces, "workspace": workspace, "nav": "campaigns"}
    return render(request, "web/campaigns/list.html", context)


def _calendar_posts(campaign: Campaign) -> list[Post]:
    """The campaign's posts for the grid: one query, none of the heavy relations."""
    return list(selectors.post_list(campaign=campaign).prefetch_related(None))


def _grid(request: HttpRequest, campaign: Campaign, posts: list[Post]) -> WeekGrid:
    entries = [
        CalendarEntry(
            key=p.key,
            channel=p.channel,
            verdict=p.verdict,
            status=p.status,
            scheduled_at=p.scheduled_at,
            url=reverse("web:post", args=[p.pk]),
            title=p.message,
        )
        for p in posts
    ]
    today = get_clock().now().astimezone(campaign.zone).date()
    default = first_week(
        entries,
        zone=campaign.timezone,
        first_day=campaign.start,
        last_day=campaign.end,
        today=today,
    )
    return week_grid(
        entries,
        zone=campaign.timezone,
        week_of=parse_week(request.GET.get("week"), default),
        first_day=campaign.start,
        last_day=campaign.end,
        quiet=quiet_hours_of(campaign.brief),
        today=today,
    )


def _calendar_context(request: HttpRequest, campaign: Campaign) -> dict[str, object]:
    posts = _calendar_posts(campaign)
    return {
        "campaign": campaign,
        "grid": _grid(request, campaign, posts),
        "legend": sorted({p.channel for p in posts}),
        "quiet": quiet_hours_of(campaign.brief),
    }


def campaign_detail(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """A campaign at a glance: its summary and its calendar, one week at a time."""
    campaign = campaign_or_404(campaign_id)
    context = _calendar_context(request, campaign)
    context |= {
        "tab": "overview",
        "nav": "campaigns",
        "channels": channels_of(campaign.brief),
        "summary": selectors.campaign_summary(campaign=campaign),
        "audiences": list(campaign.audiences.all()),
        "signed_in_as": signed_in_name(request),
        "actor": remembered_actor(request),
    }
    return render(request, "web/campaigns/detail.html", context)


def campaign_calendar(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """One week of the calendar: the grid alone for htmx, the whole campaign page otherwise."""
    if not is_htmx(request):
        return campaign_detail(request, campaign_id)
    campaign = campaign_or_404(campaign_id)
    response = render(request, "web/partials/week.html", _calendar_context(request, campaign))
    patch_vary_headers(response, ["HX-Request"])
    return response


def campaign_report(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The campaign's ethics report: every finding grouped by family, a verdict per post."""
    campaign = campaign_or_404(campaign_id)
    posts = list(selectors.post_list(campaign=campaign))
    latest_approval = {p.pk: next(iter(p.approvals.all()), None) for p in posts}
    findings = list(selectors.campaign_findings(campaign=campaign))
    displayed = [
        item
        for post_id in dict.fromkeys(f.post_id for f in findings)
        for item in shown(
            [f for f in findings if f.post_id == post_id],
            approval=latest_approval.get(post_id) if post_id is not None else None,
        )
    ]
    rows = [(post, counts_by_severity(list(post.findings.all()))) for post in posts]
    context = {
        "campaign": campaign,
        "tab": "report",
        "nav": "campaigns",
        "groups": group_by_family(displayed),
        "rows": rows,
        "totals": counts_by_severity(findings),
        "verdicts": dict(Counter(post.verdict for post in posts)),
        "plan_count": sum(1 for f in findings if f.post_id is None),
        "severities": ("block", "warn", "info"),
    }
    return render(request, "web/campaigns/report.html", context)


def campaign_deliveries(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Where each post went: status, attempts, errors, links."""
    campaign = campaign_or_404(campaign_id)
    deliveries = list(publishing_selectors.delivery_list(campaign=campaign))
    context = {
        "campaign": campaign,
        "tab": "deliveries",
        "nav": "campaigns",
        "deliveries": deliveries,
        "deliveries_open": any(d.status in OPEN_STATUSES for d in deliveries),
        "counts": dict(Counter(d.status for d in deliveries)),
    }
    if is_htmx(request):  # the table alone: the page refreshes it while deliveries are owed
        response = render(request, "web/campaigns/_deliveries_table.html", context)
    else:
        response = render(request, "web/campaigns/deliveries.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response
