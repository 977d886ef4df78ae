"""Selectors: what they return, and query counts pinned so no N+1 slips in."""

from __future__ import annotations

import datetime as dt

import pytest

from flambeau.app.publishing.selectors import (
    deliveries_due,
    deliveries_open_count,
    delivery_list,
    delivery_next_due_at,
)
from flambeau.app.publishing.services import campaign_schedule
from flambeau.app.studio import selectors
from flambeau.app.studio.services import campaign_approve, post_approve

pytestmark = pytest.mark.django_db


def _touch_post(post):
    """Read everything a post page or API item shows."""
    list(post.assets.all())
    list(post.findings.all())
    list(post.approvals.all())
    list(post.deliveries.all())
    return post.audience, post.campaign.timezone


@pytest.mark.parametrize("n_posts", [1, 6])
def test_post_list_query_count_does_not_grow_with_posts(
    import_campaign, django_assert_num_queries, n_posts
):
    campaign = import_campaign(["warn"] * n_posts)
    campaign_approve(campaign=campaign, actor="t", reason="r")
    with django_assert_num_queries(
        5
    ):  # posts (+audience, campaign), assets, findings, approvals, deliveries
        for post in selectors.post_list(campaign=campaign):
            _touch_post(post)


def test_post_get_query_count(import_campaign, django_assert_num_queries):
    post = import_campaign(["warn"]).posts.get()
    with django_assert_num_queries(5):
        _touch_post(selectors.post_get(post_id=post.pk))


@pytest.mark.parametrize("n_campaigns", [1, 4])
def test_campaign_list_is_one_query(import_campaign, django_assert_num_queries, n_campaigns):
    for _ in range(n_campaigns):
        import_campaign(["pass", "warn", "block"])
    with django_assert_num_queries(1):
        rows = [
            (c.brand.name, c.workspace.name, c.n_posts, c.n_block, c.n_warn)
            for c in selectors.campaign_list()
        ]
    assert rows[0][2:] == (3, 1, 1)


def test_campaign_summary_counts(import_campaign, django_assert_num_queries):
    campaign = import_campaign(["pass", "warn", "block", "pass"])
    campaign_approve(campaign=campaign, actor="t", reason="r")
    campaign_schedule(campaign=campaign)
    with django_assert_num_queries(3):
        summary = selectors.campaign_summary(campaign=campaign)
    assert sum(summary.posts_per_channel.values()) == 4
    assert summary.posts_per_verdict == {"pass": 2, "warn": 1, "block": 1}
    assert summary.posts_per_status == {"scheduled": 3, "draft": 1}
    assert summary.findings_per_severity == {"warn": 1, "block": 1}
    assert summary.findings_per_family == {"test": 2}
    assert summary.deliveries_per_status == {"pending": 6}
    assert summary.deliveries_per_connector == {"outbox": 3, "rss": 3}


def test_findings_by_family_with_counts(import_campaign, django_assert_num_queries):
    campaign = import_campaign(["warn", "block", "warn"])
    with django_assert_num_queries(1):
        groups = selectors.campaign_findings_by_family(campaign=campaign)
        [f.post.key for g in groups for f in g.findings]
    assert [g.family for g in groups] == ["test"]
    assert groups[0].counts == {"warn": 2, "block": 1}


def test_post_list_filters(import_campaign):
    campaign = import_campaign(["pass", "warn", "block"])
    assert [p.key for p in selectors.post_list(campaign=campaign, verdict="warn")] == ["p02"]
    first = selectors.post_list(campaign=campaign).first()
    post_approve(post=first, actor="t")
    assert [p.key for p in selectors.post_list(campaign=campaign, status="approved")] == ["p01"]
    start = first.scheduled_at + dt.timedelta(minutes=1)
    assert [p.key for p in selectors.post_list(campaign=campaign, start=start)] == ["p02", "p03"]
    channel = first.channel
    assert all(
        p.channel == channel for p in selectors.post_list(campaign=campaign, channel=channel)
    )


def test_post_warn_rules(import_campaign):
    campaign = import_campaign(["warn", "pass"])
    warn, ok = campaign.posts.order_by("key")
    assert selectors.post_warn_rules(post=warn) == ["test.warn"]
    assert selectors.post_warn_rules(post=ok) == []


def test_delivery_selectors(import_campaign, django_assert_num_queries):
    campaign = import_campaign(["pass", "pass"])
    campaign_approve(campaign=campaign, actor="t", reason="r")
    campaign_schedule(campaign=campaign)
    first = campaign.posts.order_by("scheduled_at").first().scheduled_at
    assert delivery_next_due_at(campaign=campaign) == first
    assert deliveries_open_count(campaign=campaign) == 4
    assert list(deliveries_due(now=first - dt.timedelta(seconds=1))) == []
    assert deliveries_due(now=first).count() == 2
    with django_assert_num_queries(1):
        [
            (d.post.key, d.post.campaign.name, d.account.name)
            for d in delivery_list(campaign=campaign)
        ]
