"""Editing a post from its page: counted as the platform counts, checked again, approved again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.app.publishing.services import post_schedule
from flambeau.app.studio.models import PostStatus
from flambeau.app.studio.services import post_approve

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_the_counter_counts_as_the_channel_does(client, posts):
    url = reverse("web:post_measure", args=[posts["p03"].pk])  # Mastodon: a URL counts 23
    text = "Atelier samedi https://paindor.example/ateliers?utm_source=mastodon&utm_medium=social"
    html = client.post(url, {"text": text}, headers={"HX-Request": "true"}).content.decode()
    assert f">{len('Atelier samedi ') + 23}/500<" in html
    assert 'id="edit-counter"' in html and "counter--ok" in html
    over = client.post(url, {"text": "x" * 501}).content.decode()
    assert "501/500" in over and "counter--over" in over and "too long" in over


def test_editing_a_blocked_post_checks_it_again_and_lifts_the_block(client, posts):
    post = posts["p03"]
    page = client.get(reverse("web:post", args=[post.pk])).content.decode()
    assert reverse("web:post_edit", args=[post.pk]) in page
    assert "<details open>" in page  # a blocked post opens its editor
    text = (
        "Un atelier levain chaque samedi à 10h, en décembre.\n\nTexte rédigé avec l'aide d'une IA."
    )
    response = client.post(
        reverse("web:post_edit", args=[post.pk]),
        {"actor": "Claire", "text": text, "alt_text": "Une miche de pain"},
        follow=True,
    )
    [message] = messages_of(response)
    post.refresh_from_db()
    words = {"pass": "Pass", "warn": "Warning", "block": "Blocked"}
    assert message == f"p03 saved and checked again: {words[post.verdict]}."
    assert post.verdict != "block"
    assert post.text == text and post.status == PostStatus.DRAFT
    assert not post.findings.filter(rule="test.block").exists()  # the old finding is gone
    assert post.assets.get().alt_text == "Une miche de pain"
    assert post.provenance.get("edited_by") == "Claire"


def test_an_empty_text_or_no_name_is_refused_and_nothing_changes(client, posts):
    post = posts["p01"]
    before = post.text
    url = reverse("web:post_edit", args=[post.pk])
    empty = client.post(url, {"actor": "Claire", "text": "   "}, follow=True)
    assert "must not be empty" in messages_of(empty)[0]
    nameless = client.post(url, {"actor": "", "text": "Bonjour"}, follow=True)
    assert "must say who" in messages_of(nameless)[0]
    post.refresh_from_db()
    assert post.text == before


def test_a_scheduled_post_is_unscheduled_before_it_can_be_edited(client, posts):
    post = posts["p01"]
    post_approve(post=post, actor="Claire")
    post_schedule(post=post)
    page = client.get(reverse("web:post", args=[post.pk])).content.decode()
    assert reverse("web:post_edit", args=[post.pk]) not in page
    refused = client.post(
        reverse("web:post_edit", args=[post.pk]), {"actor": "Claire", "text": "New"}, follow=True
    )
    assert "unschedule it before editing" in messages_of(refused)[0]
    done = client.post(reverse("web:post_unschedule", args=[post.pk]), follow=True)
    assert messages_of(done) == ["p01 taken off the calendar: its deliveries are cancelled."]
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    assert set(Delivery.objects.filter(post=post).values_list("status", flat=True)) == {
        DeliveryStatus.CANCELLED
    }
    again = client.post(reverse("web:post_unschedule", args=[post.pk]), follow=True)
    assert "not scheduled" in messages_of(again)[0]
