"""Reads that only the studio's pages need (the shared ones live in studio.selectors)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count

from flambeau.app.studio.models import Post, PostStatus

STATUS_ORDER = tuple(PostStatus.values)  # draft, approved, scheduled, published


def post_status_counts(*, campaign_ids: Iterable[int]) -> dict[int, list[tuple[str, int]]]:
    """Posts per status for each campaign, in workflow order (one query for all of them)."""
    rows = (
        Post.objects.filter(campaign_id__in=list(campaign_ids))
        .values_list("campaign_id", "status")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts: dict[int, dict[str, int]] = {}
    for campaign_id, status, n in rows:
        counts.setdefault(campaign_id, {})[status] = n
    return {
        campaign_id: sorted(
            per_status.items(),
            key=lambda item: STATUS_ORDER.index(item[0]) if item[0] in STATUS_ORDER else 99,
        )
        for campaign_id, per_status in counts.items()
    }
