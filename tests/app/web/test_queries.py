"""Query counts per page are pinned, and do not grow with the number of posts (no N+1)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from flambeau.app.publishing.services import campaign_schedule
from flambeau.app.studio.services import campaign_approve

pytestmark = pytest.mark.django_db

SMALL = ["pass", "warn", "block"]
LARGE = ["pass", "warn", "block", "warn", "pass", "block", "pass", "warn", "pass"]

# page name -> queries it takes, whatever the number of posts
PAGES = {
    "web:campaigns": 3,  # workspaces, campaigns with counts, posts per status
    "web:campaign": 6,  # campaign, posts, summary (3), audiences
    "web:campaign_posts": 7,  # campaign, count, a page of posts, assets, findings, approvals, deliveries
    "web:campaign_report": 7,  # campaign, posts (+4 prefetches), findings
    "web:campaign_deliveries": 2,  # campaign, deliveries with post and account
}


def url_for(name: str, campaign) -> str:
    return reverse(name) if name == "web:campaigns" else reverse(name, args=[campaign.pk])


def scheduled(import_campaign, verdicts):
    campaign = import_campaign(verdicts)
    campaign_approve(campaign=campaign, actor="tester", reason="checked")
    campaign_schedule(campaign=campaign)
    return campaign


@pytest.mark.parametrize("verdicts", [SMALL, LARGE], ids=["3-posts", "9-posts"])
@pytest.mark.parametrize("name", list(PAGES))
def test_campaign_pages(client, import_campaign, django_assert_num_queries, name, verdicts):
    campaign = scheduled(import_campaign, verdicts)
    url = url_for(name, campaign)
    with django_assert_num_queries(PAGES[name]):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("verdicts", [SMALL, LARGE], ids=["3-posts", "9-posts"])
def test_calendar_partial(client, import_campaign, django_assert_num_queries, verdicts):
    campaign = scheduled(import_campaign, verdicts)
    url = reverse("web:campaign_calendar", args=[campaign.pk])
    with django_assert_num_queries(2):  # campaign, posts
        assert client.get(url, headers={"HX-Request": "true"}).status_code == 200


# post, assets, findings, approvals, deliveries, their accounts (when there are deliveries), campaign
@pytest.mark.parametrize(("key", "queries"), [("p01", 7), ("p02", 7), ("p03", 6)])
def test_post_page(client, import_campaign, django_assert_num_queries, key, queries):
    campaign = scheduled(import_campaign, SMALL)  # p03 is blocked: never scheduled
    post = campaign.posts.get(key=key)
    with django_assert_num_queries(queries):
        assert client.get(reverse("web:post", args=[post.pk])).status_code == 200
