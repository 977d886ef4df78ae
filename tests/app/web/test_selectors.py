"""The studio's own reads."""

import pytest

from flambeau.app.studio.services import post_approve
from flambeau.app.web.selectors import post_status_counts

pytestmark = pytest.mark.django_db


def test_posts_per_status_for_many_campaigns_in_one_query(
    import_campaign, django_assert_num_queries
):
    first = import_campaign(["pass", "pass", "warn"])
    second = import_campaign(["pass"])
    post_approve(post=first.posts.get(key="p01"), actor="Claire")
    with django_assert_num_queries(1):
        counts = post_status_counts(campaign_ids=[first.pk, second.pk])
    assert counts == {first.pk: [("draft", 2), ("approved", 1)], second.pk: [("draft", 1)]}
    assert post_status_counts(campaign_ids=[]) == {}
