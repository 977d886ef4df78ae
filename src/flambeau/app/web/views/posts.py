"""Post pages: a campaign's posts as their channels show them, and one post in full."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify

from flambeau.app.publishing.selectors import OPEN_STATUSES
from flambeau.app.studio import selectors
from flambeau.app.studio.models import Campaign, Post, PostStatus, Verdict
from flambeau.app.web.briefs import channels_of
from flambeau.app.web.findings import (
    FamilyGroup,
    counts_by_severity,
    group_by_family,
    shown,
    text_spans,
)
from flambeau.app.web.highlight import highlight
from flambeau.app.web.previews import ChannelPreview, channel_preview, channel_spec
from flambeau.app.web.views.common import (
    campaign_or_404,
    post_or_404,
    remembered_actor,
    signed_in_name,
)

POSTS_PER_PAGE = 12


@dataclass
class PostView:
    """A post with what its preview and findings panel need, computed once."""

    post: Post
    preview: ChannelPreview
    body_html: str
    image: Any
    groups: list[FamilyGroup]
    counts: dict[str, int]
    approval: Any

    @property
    def handle(self) -> str:
        return "@" + slugify(self.post.campaign.brand.name).replace("-", "")


def post_view(post: Post, campaign: Campaign) -> PostView:
    """Everything a preview shows, from a post whose relations are prefetched."""
    post.campaign = campaign  # the page's campaign already holds brand and workspace
    findings = list(post.findings.all())
    approval = next(iter(post.approvals.all()), None)
    return PostView(
        post=post,
        preview=channel_preview(post.channel, text=post.text, parts=post.parts, extra=post.extra),
        body_html=highlight(post.text, text_spans(findings)),
        image=next(iter(post.assets.all()), None),
        groups=group_by_family(shown(findings, text=post.text, approval=approval)),
        counts=counts_by_severity(findings),
        approval=approval,
    )


def campaign_posts(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Every post of a campaign as its channel shows it, optionally one channel only."""
    campaign = campaign_or_404(campaign_id)
    channel = request.GET.get("channel") or None
    verdict = request.GET.get("verdict") or None
    if verdict not in Verdict.values:
        verdict = None
    posts = selectors.post_list(campaign=campaign, channel=channel, verdict=verdict)
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    views = [post_view(p, campaign) for p in page.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    channels = [channel for channel, _ in channels_of(campaign.brief)]
    context = {
        "campaign": campaign,
        "tab": "posts",
        "nav": "campaigns",
        "views": views,
        "page": page,
        "query": query.urlencode(),
        "channels": channels,
        "channel": channel,
        "verdict": verdict,
        "verdicts": Verdict.values,
        "brand_name": campaign.brand.name,
    }
    return render(request, "web/posts/list.html", context)


def post_detail(request: HttpRequest, post_id: int) -> HttpResponse:
    """One post: its preview, image, labels, provenance, findings, review and deliveries."""
    post = post_or_404(post_id)
    campaign = campaign_or_404(post.campaign_id)
    return render(request, "web/posts/detail.html", post_context(request, post, campaign))


def deliveries_context(deliveries: list[Any]) -> dict[str, Any]:
    """Deliveries, and whether any is still owed (then the page refreshes them while open)."""
    return {
        "deliveries": deliveries,
        "deliveries_open": any(d.status in OPEN_STATUSES for d in deliveries),
    }


def post_deliveries(request: HttpRequest, post_id: int) -> HttpResponse:
    """The post's deliveries panel alone, for htmx to refresh while the worker publishes."""
    post = post_or_404(post_id)
    context = {"post": post, **deliveries_context(list(post.deliveries.all()))}
    with timezone.override(post.campaign.zone):
        response = render(request, "web/posts/_deliveries.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def post_context(request: HttpRequest, post: Post, campaign: Campaign) -> dict[str, Any]:
    """The post page's context; the review panel re-renders from it after an action."""
    view = post_view(post, campaign)
    spec = channel_spec(post.channel)
    warn_rules = selectors.post_warn_rules(post=post)
    alt_text = view.image.alt_text if view.image else post.alt_text
    return {
        "campaign": campaign,
        "nav": "campaigns",
        "post": post,
        "view": view,
        "preview": view.preview,
        "body_html": view.body_html,
        "image": view.image,
        "brand_name": campaign.brand.name,
        "handle": view.handle,
        "spec": spec,
        "alt_text": alt_text,
        "alt_length": len(alt_text or ""),
        "groups": view.groups,
        "has_spans": bool(text_spans(list(post.findings.all()))),
        **deliveries_context(list(post.deliveries.all())),
        "approvals": list(post.approvals.all()),
        "warn_rules": warn_rules,
        "can_approve": post.verdict != Verdict.BLOCK and post.status == PostStatus.DRAFT,
        "can_schedule": post.verdict != Verdict.BLOCK and post.status == PostStatus.APPROVED,
        "can_edit": post.status in (PostStatus.DRAFT, PostStatus.APPROVED),
        "signed_in_as": signed_in_name(request),
        "actor": remembered_actor(request),
    }
