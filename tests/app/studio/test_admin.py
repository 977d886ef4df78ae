"""The admin: every model is there, and the gate holds (no field sets a status by hand)."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model

from flambeau.app.studio.models import Approval, PostStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw-123456789")
    client.force_login(user)
    return client


def test_every_flambeau_model_is_in_the_admin():
    ours = [m for m in apps.get_models() if m.__module__.startswith("flambeau.app.")]
    assert ours
    missing = [m.__name__ for m in ours if not admin.site.is_registered(m)]
    assert missing == []


def test_admin_pages_render(staff, import_campaign):
    campaign = import_campaign(["pass", "block"])
    post = campaign.posts.first()
    for url in (
        "/admin/studio/campaign/",
        f"/admin/studio/campaign/{campaign.pk}/change/",
        "/admin/studio/post/",
        f"/admin/studio/post/{post.pk}/change/",
        "/admin/studio/finding/",
        "/admin/publishing/delivery/",
        "/admin/jobs/job/",
    ):
        assert staff.get(url).status_code == 200, url


def test_admin_action_cannot_approve_a_blocked_post(staff, import_campaign):
    campaign = import_campaign(["pass", "block"])
    ok, blocked = campaign.posts.order_by("key")
    response = staff.post(
        "/admin/studio/post/",
        {"action": "approve_selected", "_selected_action": [ok.pk, blocked.pk]},
        follow=True,
    )
    assert response.status_code == 200
    ok.refresh_from_db()
    blocked.refresh_from_db()
    assert ok.status == PostStatus.APPROVED
    assert blocked.status == PostStatus.DRAFT
    assert Approval.objects.filter(post=blocked).count() == 0
    assert "blocking" in response.content.decode()


def test_admin_change_form_cannot_set_status(staff, import_campaign):
    post = import_campaign(["block"]).posts.get()
    staff.post(f"/admin/studio/post/{post.pk}/change/", {"status": "scheduled", "verdict": "pass"})
    post.refresh_from_db()
    assert post.status == PostStatus.DRAFT and post.verdict == "block"


def test_admin_cannot_add_approvals_or_delete_findings(staff, import_campaign):
    import_campaign(["block"])
    assert staff.get("/admin/studio/approval/add/").status_code == 403
    finding = import_campaign(["block"]).findings.first()
    assert (
        staff.post(f"/admin/studio/finding/{finding.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )


def test_post_list_shows_the_campaign_time(staff, import_campaign):
    post = import_campaign(["pass"]).posts.get()
    page = staff.get("/admin/studio/post/").content.decode()
    assert f"{post.scheduled_local:%Y-%m-%d %H:%M} Europe/Paris" in page
