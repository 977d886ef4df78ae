"""Review actions go through the app's services; the gate's refusals are messages, never 500s."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.app.publishing.services import post_schedule
from flambeau.app.studio.models import Approval, PostStatus
from flambeau.app.studio.services import post_approve

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def approve_url(post) -> str:
    return reverse("web:post_approve", args=[post.pk])


def test_blocked_post_has_no_approve_button_and_a_pass_post_has_one(client, posts):
    blocked = client.get(reverse("web:post", args=[posts["p03"].pk])).content.decode()
    assert approve_url(posts["p03"]) not in blocked
    assert "This post cannot be approved." in blocked
    passing = client.get(reverse("web:post", args=[posts["p01"].pk])).content.decode()
    assert approve_url(posts["p01"]) in passing


def test_posting_an_approval_of_a_blocked_post_is_refused_with_a_message(client, posts):
    post = posts["p03"]
    response = client.post(
        approve_url(post), {"actor": "Mallory", "reason": "ship it"}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain == [(reverse("web:post", args=[post.pk]), 302)]
    [message] = messages_of(response)
    assert message.startswith("Refused: post p03 cannot be approved")
    assert "test.block" in message
    post.refresh_from_db()
    assert post.status == PostStatus.DRAFT
    assert not Approval.objects.filter(post=post).exists()


def test_approving_a_pass_post_records_the_name_given(client, posts):
    post = posts["p01"]
    response = client.post(approve_url(post), {"actor": "Claire"}, follow=True)
    assert messages_of(response) == ["p01 approved by Claire."]
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    approval = post.approvals.get()
    assert (approval.actor, approval.overridden, approval.user) == ("Claire", [], None)
    # The name is remembered for the next review in this session.
    html = client.get(reverse("web:post", args=[posts["p02"].pk])).content.decode()
    assert 'name="actor" value="Claire"' in html


def test_approval_without_a_name_is_refused(client, posts):
    response = client.post(approve_url(posts["p01"]), {"actor": "  "}, follow=True)
    assert "must say who approves" in messages_of(response)[0]
    posts["p01"].refresh_from_db()
    assert posts["p01"].status == PostStatus.DRAFT


def test_overriding_a_warning_needs_a_reason_and_records_who_when_why(client, posts):
    post = posts["p02"]
    page = client.get(reverse("web:post", args=[post.pk])).content.decode()
    assert "Approving overrides 1 warning" in page and "test.warn" in page
    refused = client.post(approve_url(post), {"actor": "Claire", "reason": ""}, follow=True)
    assert "so say why" in messages_of(refused)[0]
    done = client.post(
        approve_url(post), {"actor": "Claire", "reason": "The claim is in the brief"}, follow=True
    )
    assert messages_of(done) == ["p02 approved by Claire, overriding test.warn."]
    approval = post.approvals.get()
    assert approval.overridden == ["test.warn"]
    assert approval.reason == "The claim is in the brief"
    assert approval.created_at is not None
    html = done.content.decode()
    assert "Approved by Claire" in html and "The claim is in the brief" in html
    assert "Overridden" in html  # the finding says who overrode it


def test_a_signed_in_reviewer_is_recorded_by_their_account(client, posts):
    user = get_user_model().objects.create_user("claire")
    client.force_login(user)
    page = client.get(reverse("web:post", args=[posts["p01"].pk])).content.decode()
    assert "Approving as claire." in page and 'name="actor"' not in page
    client.post(approve_url(posts["p01"]), {"actor": "someone else"})
    approval = posts["p01"].approvals.get()
    assert (approval.actor, approval.user) == ("claire", user)


def test_htmx_approval_swaps_the_review_panel_with_messages_out_of_band(client, posts):
    post = posts["p01"]
    response = client.post(approve_url(post), {"actor": "Claire"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="review"')
    assert '<div id="messages" aria-live="polite" hx-swap-oob="true">' in html
    assert "p01 approved by Claire." in html
    assert reverse("web:post_schedule", args=[post.pk]) in html  # next step offered
    assert "<html" not in html
    assert '<div id="edit-slot" hx-swap-oob="true">' in html  # the editor follows the status


def test_htmx_scheduling_removes_the_editor(client, posts):
    post = posts["p01"]
    post_approve(post=post, actor="Claire")
    url = reverse("web:post_schedule", args=[post.pk])
    html = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert '<div id="edit-slot" hx-swap-oob="true"></div>' in html
    assert reverse("web:post_unschedule", args=[post.pk]) in html


def test_htmx_refusal_is_a_message_in_the_panel(client, posts):
    response = client.post(
        approve_url(posts["p03"]), {"actor": "Mallory"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "Refused: post p03 cannot be approved" in response.content.decode()


def test_schedule_after_approval_creates_deliveries(client, posts):
    post = posts["p01"]
    post_approve(post=post, actor="Claire")
    response = client.post(reverse("web:post_schedule", args=[post.pk]), follow=True)
    assert messages_of(response) == ["p01 scheduled: 2 deliveries, to Outbox, Feed."]
    post.refresh_from_db()
    assert post.status == PostStatus.SCHEDULED
    assert Delivery.objects.filter(post=post).count() == 2


def test_scheduling_a_draft_or_a_blocked_post_is_refused(client, posts):
    for key, reason in (("p01", "has not been approved"), ("p03", "blocking findings")):
        response = client.post(reverse("web:post_schedule", args=[posts[key].pk]), follow=True)
        assert reason in messages_of(response)[0]
        assert not Delivery.objects.filter(post=posts[key]).exists()


def test_a_failed_delivery_can_be_tried_again(client, posts):
    post = posts["p01"]
    post_approve(post=post, actor="Claire")
    delivery = post_schedule(post=post)[0]
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.FAILED, attempts=5, last_error="ConnectorError: disk full"
    )
    page = client.get(reverse("web:post", args=[post.pk])).content.decode()
    assert "ConnectorError: disk full" in page
    retry = reverse("web:delivery_retry", args=[delivery.pk])
    assert retry in page
    response = client.post(retry, follow=True)
    assert messages_of(response) == [f"Delivery {delivery.key} will be tried again."]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 0)
    again = client.post(retry, follow=True)
    assert "not failed" in messages_of(again)[0]


def test_actions_only_accept_post(client, posts):
    assert client.get(approve_url(posts["p01"])).status_code == 405
    assert client.post(reverse("web:post_approve", args=[999])).status_code == 404


def test_bulk_approval_takes_only_passing_posts(client, campaign, posts):
    url = reverse("web:campaign_approve", args=[campaign.pk])
    response = client.post(url, {"actor": "Claire"}, follow=True)
    assert messages_of(response) == [
        "1 post approved by Claire; 2 with findings wait for a review one by one."
    ]
    statuses = {p.key: p.status for p in campaign.posts.all()}
    assert statuses == {"p01": "approved", "p02": "draft", "p03": "draft"}


def test_bulk_approval_needs_a_name(client, campaign):
    response = client.post(reverse("web:campaign_approve", args=[campaign.pk]), follow=True)
    assert messages_of(response) == ["Refused: say who approves"]
    assert not Approval.objects.exists()


def test_bulk_schedule_takes_only_approved_posts(client, campaign, posts):
    post_approve(post=posts["p01"], actor="Claire")
    response = client.post(reverse("web:campaign_schedule", args=[campaign.pk]), follow=True)
    assert messages_of(response) == ["1 post scheduled; 2 not approved or blocked."]
    assert set(Delivery.objects.values_list("post__key", flat=True)) == {"p01"}
