"""The REST API: authentication, reads, and the gate on approve and schedule."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from flambeau.app.publishing.models import Delivery
from flambeau.app.studio.models import Approval, PostStatus

pytestmark = pytest.mark.django_db
TOKEN = "s3cret-token"


@pytest.fixture
def api(client, settings):
    settings.FLAMBEAU_API_TOKEN = TOKEN

    class Api:
        def get(self, path, **kw):
            return client.get(f"/api{path}", HTTP_AUTHORIZATION=f"Bearer {TOKEN}", **kw)

        def post(self, path, data=None):
            return client.post(
                f"/api{path}",
                data or {},
                content_type="application/json",
                HTTP_AUTHORIZATION=f"Bearer {TOKEN}",
            )

    return Api()


def test_every_endpoint_needs_auth(client, import_campaign, settings):
    settings.FLAMBEAU_API_TOKEN = TOKEN
    campaign = import_campaign(["pass"])
    assert client.get("/api/campaigns").status_code == 401
    assert client.get("/api/campaigns", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    post = campaign.posts.get()
    response = client.post(
        f"/api/posts/{post.pk}/approve", {"actor": "x"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert not Approval.objects.exists()


def test_no_token_configured_means_tokens_are_refused(client, import_campaign, settings):
    settings.FLAMBEAU_API_TOKEN = None
    import_campaign(["pass"])
    assert client.get("/api/campaigns", HTTP_AUTHORIZATION="Bearer ").status_code == 401


def test_session_user_is_the_actor(client, import_campaign):
    user = get_user_model().objects.create_user("claire", password="pw-123456789")
    client.force_login(user)
    post = import_campaign(["pass"]).posts.get()
    response = client.post(f"/api/posts/{post.pk}/approve", {}, content_type="application/json")
    assert response.status_code == 200, response.content
    assert response.json()["actor"] == "claire"
    assert Approval.objects.get().user == user


def test_list_and_detail(api, import_campaign):
    campaign = import_campaign(["pass", "warn"])
    listed = api.get("/campaigns").json()
    assert [c["id"] for c in listed] == [campaign.pk] and listed[0]["n_posts"] == 2
    detail = api.get(f"/campaigns/{campaign.pk}").json()
    assert detail["summary"]["posts_per_verdict"] == {"pass": 1, "warn": 1}
    posts = api.get(f"/campaigns/{campaign.pk}/posts").json()
    assert [p["key"] for p in posts] == ["p01", "p02"]
    assert posts[1]["findings"][0]["rule"] == "test.warn"
    assert posts[0]["scheduled_local"].endswith("+01:00")
    assert posts[0]["image_url"].startswith("/media/")
    only_warn = api.get(f"/campaigns/{campaign.pk}/posts?verdict=warn").json()
    assert [p["key"] for p in only_warn] == ["p02"]
    assert api.get(f"/posts/{posts[0]['id']}").json()["key"] == "p01"
    assert api.get("/posts/999999").status_code == 404
    assert api.get("/campaigns/999999").status_code == 404
    assert len(api.get(f"/campaigns/{campaign.pk}/findings").json()) == 1


def test_api_cannot_approve_a_blocked_post(api, import_campaign):
    post = import_campaign(["block"]).posts.get()
    response = api.post(f"/posts/{post.pk}/approve", {"actor": "bot", "reason": "please"})
    assert response.status_code == 409
    assert "blocking" in response.json()["detail"]
    post.refresh_from_db()
    assert post.status == PostStatus.DRAFT


def test_api_warn_override_needs_reason(api, import_campaign):
    post = import_campaign(["warn"]).posts.get()
    assert api.post(f"/posts/{post.pk}/approve", {"actor": "bot"}).status_code == 409
    response = api.post(f"/posts/{post.pk}/approve", {"actor": "bot", "reason": "checked"})
    assert response.status_code == 200
    assert response.json()["overridden"] == ["test.warn"]


def test_api_needs_an_actor_with_a_token(api, import_campaign):
    post = import_campaign(["pass"]).posts.get()
    assert api.post(f"/posts/{post.pk}/approve", {}).status_code == 400


def test_api_cannot_schedule_blocked_or_unapproved(api, import_campaign):
    campaign = import_campaign(["block", "pass"])
    blocked, fresh = campaign.posts.order_by("key")
    assert api.post(f"/posts/{blocked.pk}/schedule").status_code == 409
    assert api.post(f"/posts/{fresh.pk}/schedule").status_code == 409
    assert not Delivery.objects.exists()


def test_api_approve_and_schedule_campaign(api, import_campaign):
    campaign = import_campaign(["pass", "block"])
    approved = api.post(
        f"/campaigns/{campaign.pk}/approve", {"actor": "bot", "reason": "ok"}
    ).json()
    assert len(approved["done"]) == 1 and approved["refused"][0]["key"] == "p02"
    scheduled = api.post(f"/campaigns/{campaign.pk}/schedule").json()
    assert len(scheduled["done"]) == 1 and scheduled["refused"][0]["key"] == "p02"
    deliveries = api.get(f"/deliveries?campaign={campaign.pk}").json()
    assert deliveries["count"] == 2
    assert sorted(d["connector"] for d in deliveries["items"]) == ["outbox", "rss"]
    first = api.get(f"/deliveries?campaign={campaign.pk}&limit=1&offset=1").json()
    assert [d["id"] for d in first["items"]] == [deliveries["items"][1]["id"]]


def test_openapi_schema_is_served(api):
    schema = api.get("/openapi.json")
    assert schema.status_code == 200
    assert "/api/posts/{post_id}/approve" in schema.json()["paths"]


def test_api_revise_rechecks_and_unschedule_cancels(api, import_campaign):
    post = import_campaign(["pass"]).posts.get()
    sneaky = (
        "Frais de service ajoutés au paiement. Abonnement reconduit automatiquement sans préavis."
    )
    revised = api.post(f"/posts/{post.pk}/revise", {"actor": "bot", "text": sneaky}).json()
    assert revised["verdict"] == "block" and revised["status"] == "draft"
    assert "manipulation.sneaking" in {f["rule"] for f in revised["findings"]}
    clean = "Un atelier levain chaque samedi à 10h. Texte rédigé avec l'aide d'une IA."
    assert api.post(f"/posts/{post.pk}/revise", {"actor": "bot", "text": clean}).status_code == 200
    assert (
        api.post(f"/posts/{post.pk}/approve", {"actor": "bot", "reason": "ok"}).status_code == 200
    )
    assert api.post(f"/posts/{post.pk}/schedule").status_code == 200
    assert api.post(f"/posts/{post.pk}/revise", {"actor": "bot", "text": clean}).status_code == 409
    cancelled = api.post(f"/posts/{post.pk}/unschedule").json()
    assert {d["status"] for d in cancelled} == {"cancelled"}


def test_session_writes_need_the_csrf_token(import_campaign):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.create_user("claire", password="pw-123456789"))
    post = import_campaign(["pass"]).posts.get()
    response = client.post(f"/api/posts/{post.pk}/approve", {}, content_type="application/json")
    assert response.status_code == 403
    assert not Approval.objects.exists()
