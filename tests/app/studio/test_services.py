"""Importing a generated campaign and approving its posts through the gate."""

from __future__ import annotations

import pytest

from flambeau.app.studio.models import Approval, Asset, Finding, Post, PostStatus
from flambeau.app.studio.services import campaign_approve, campaign_import, post_approve
from flambeau.core.errors import FlambeauError, GateError

pytestmark = pytest.mark.django_db


def test_import_stores_posts_images_findings_and_audiences(import_campaign, example_brief):
    campaign = import_campaign(["pass", "warn", "block"])
    posts = list(campaign.posts.order_by("key"))
    assert [p.key for p in posts] == ["p01", "p02", "p03"]
    assert [p.verdict for p in posts] == ["pass", "warn", "block"]
    assert campaign.verdict == "block"
    assert Asset.objects.filter(post__campaign=campaign).count() == 3
    asset = posts[0].assets.get()
    assert (asset.width, asset.height) == (64, 32)
    assert asset.file.storage.exists(asset.file.name)
    assert Finding.objects.filter(campaign=campaign, post__isnull=False).count() == 2
    assert campaign.audiences.count() == len(example_brief.audiences) > 0
    assert posts[0].audience is not None
    assert all(p.status == PostStatus.DRAFT for p in posts)


def test_import_keeps_times_aware_and_stores_utc(import_campaign):
    campaign = import_campaign(["pass"])
    post = campaign.posts.get()
    assert post.scheduled_at.utcoffset().total_seconds() == 0
    local = post.scheduled_at.astimezone(campaign.zone)
    assert (local.hour, local.minute) == (11, 30)  # 10:30 + 1h from the factory, Paris time


def test_import_is_all_or_nothing(example_brief, make_plan, data_dirs, db):
    from flambeau.app.studio.services import workspace_ensure

    plan, out_dir = make_plan(example_brief, ["pass", "pass"])
    (out_dir / "images" / "p02.png").unlink()
    with pytest.raises(FlambeauError, match="p02"):
        campaign_import(
            workspace=workspace_ensure(), brief=example_brief, plan=plan, out_dir=out_dir
        )
    assert Post.objects.count() == 0


def test_two_imports_get_distinct_slugs(import_campaign):
    first, second = import_campaign(["pass"]), import_campaign(["pass"])
    assert first.slug != second.slug


def test_approve_pass_post_records_who(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    approval = post_approve(post=post, actor="Claire")
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    assert approval.actor == "Claire" and approval.overridden == [] and not approval.is_override


def test_block_cannot_be_approved(import_campaign):
    post = import_campaign(["block"]).posts.get()
    with pytest.raises(GateError, match=r"test\.block"):
        post_approve(post=post, actor="Claire", reason="I insist")
    post.refresh_from_db()
    assert post.status == PostStatus.DRAFT
    assert not Approval.objects.exists()


def test_warn_needs_a_reason_and_the_override_is_recorded(import_campaign):
    post = import_campaign(["warn"]).posts.get()
    with pytest.raises(GateError, match="say why"):
        post_approve(post=post, actor="Claire")
    approval = post_approve(post=post, actor="Claire", reason="the deadline is real")
    assert approval.overridden == ["test.warn"]
    assert approval.reason == "the deadline is real"
    assert approval.created_at is not None and approval.is_override


def test_approval_needs_an_actor(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    with pytest.raises(GateError, match="who"):
        post_approve(post=post, actor="  ")


def test_approving_twice_keeps_one_approval(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    first = post_approve(post=post, actor="Claire")
    again = post_approve(post=post, actor="Claire")
    assert first.pk == again.pk and post.approvals.count() == 1


def test_campaign_approve_reports_refusals(import_campaign):
    campaign = import_campaign(["pass", "warn", "block"])
    batch = campaign_approve(campaign=campaign, actor="demo", reason="demo auto-approval")
    assert [p.key for p in batch.approved] == ["p01", "p02"]
    assert [p.key for p, _ in batch.refused] == ["p03"]
    assert "blocking" in batch.refused[0][1]


def test_a_plan_with_a_bad_value_names_the_field_and_stores_nothing(
    example_brief, make_plan, data_dirs, db
):
    from flambeau.app.studio.services import workspace_ensure
    from flambeau.app.validation import RecordError

    plan, out_dir = make_plan(example_brief, ["pass", "pass"])
    plan.posts[1].channel = "myspace"
    with pytest.raises(RecordError, match="channel: Value 'myspace' is not a valid choice"):
        campaign_import(
            workspace=workspace_ensure(), brief=example_brief, plan=plan, out_dir=out_dir
        )
    assert Post.objects.count() == 0
