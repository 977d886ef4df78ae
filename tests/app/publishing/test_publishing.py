"""Scheduling, dispatch and publishing: idempotent, gated, retried with backoff."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import feedparser
import pytest

from flambeau.app.jobs.models import Job, JobStatus
from flambeau.app.publishing import delivering, services
from flambeau.app.publishing.models import ChannelAccount, Delivery, DeliveryStatus
from flambeau.app.publishing.tasks import publish_delivery
from flambeau.app.studio.models import Finding, Post, PostStatus
from flambeau.app.studio.services import post_approve
from flambeau.connectors.outbox import OutboxConnector
from flambeau.core.errors import GateError

pytestmark = pytest.mark.django_db(transaction=True)


def _outbox_keys(settings) -> list[str]:
    return OutboxConnector.build({"root": str(settings.FLAMBEAU_OUTBOX_DIR)}).published_keys()


def _feed_entries(settings) -> list:
    parsed = feedparser.parse(str(settings.FLAMBEAU_FEED_DIR / "feed.xml"))
    assert not parsed.bozo, parsed.bozo_exception
    return parsed.entries


def test_schedule_creates_one_outbox_and_one_feed_delivery_per_post(scheduled_campaign):
    campaign = scheduled_campaign(["pass", "pass"])
    deliveries = Delivery.objects.filter(post__campaign=campaign)
    assert sorted(deliveries.values_list("connector", flat=True)) == [
        "outbox",
        "outbox",
        "rss",
        "rss",
    ]
    for delivery in deliveries:
        assert delivery.due_at == delivery.post.scheduled_at
        assert delivery.status == DeliveryStatus.PENDING
    assert set(campaign.posts.values_list("status", flat=True)) == {PostStatus.SCHEDULED}


def test_scheduling_twice_creates_no_second_delivery(scheduled_campaign):
    campaign = scheduled_campaign(["pass"])
    post = campaign.posts.get()
    again = services.post_schedule(post=post)
    assert Delivery.objects.filter(post=post).count() == len(again) == 2


def test_channel_with_its_own_account_does_not_use_the_outbox(import_campaign):
    from flambeau.app.studio.services import campaign_approve

    campaign = import_campaign(["pass"])
    post = campaign.posts.get()
    services.channel_accounts_ensure(workspace=campaign.workspace)
    ChannelAccount.objects.create(
        workspace=campaign.workspace,
        name="Own",
        connector="outbox",
        channel=post.channel,
        options={"root": "/tmp/unused"},
    )
    campaign_approve(campaign=campaign, actor="t", reason="r")
    names = sorted(d.account.name for d in services.post_schedule(post=post))
    assert names == ["Feed", "Own"]


def test_worker_publishes_every_post_in_schedule_order(
    scheduled_campaign, run_worker_until_idle, settings
):
    campaign = scheduled_campaign(["pass", "warn", "pass", "pass"])
    run_worker_until_idle()
    deliveries = Delivery.objects.filter(post__campaign=campaign)
    assert set(deliveries.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    assert len(_outbox_keys(settings)) == 4
    entries = _feed_entries(settings)
    assert len(entries) == 4
    published = [
        d.delivered_at for d in deliveries.filter(connector="outbox").order_by("delivered_at")
    ]
    due = [d.due_at for d in deliveries.filter(connector="outbox").order_by("due_at")]
    assert published == due  # the simulated clock stood at each due time
    assert set(campaign.posts.values_list("status", flat=True)) == {PostStatus.PUBLISHED}


def test_outbox_folder_holds_the_post_and_its_image(
    scheduled_campaign, run_worker_until_idle, settings
):
    campaign = scheduled_campaign(["pass"])
    run_worker_until_idle()
    delivery = Delivery.objects.get(post__campaign=campaign, connector="outbox")
    folder = settings.FLAMBEAU_OUTBOX_DIR / delivery.key
    record = json.loads((folder / "post.json").read_text())
    assert record["text"] == campaign.posts.get().text
    assert (folder / record["image"]).stat().st_size > 0
    assert delivery.receipt["external_id"] == delivery.key


def test_enqueue_twice_and_run_worker_twice_publishes_once(
    scheduled_campaign, run_worker_until_idle, settings
):
    campaign = scheduled_campaign(["pass", "pass"])
    ids = list(Delivery.objects.filter(post__campaign=campaign).values_list("pk", flat=True))
    run_worker_until_idle()
    for delivery_id in ids:  # enqueue every delivery again, twice, and run the worker again
        publish_delivery.enqueue(delivery_id=delivery_id)
        publish_delivery.enqueue(delivery_id=delivery_id)
    run_worker_until_idle()
    run_worker_until_idle()
    assert len(_outbox_keys(settings)) == 2
    assert len(_feed_entries(settings)) == 2
    assert Job.objects.filter(status=JobStatus.SKIPPED).count() == 2 * len(ids)


def test_a_task_that_runs_early_does_nothing(scheduled_campaign, simulated_clock, settings):
    campaign = scheduled_campaign(["pass"])
    delivery = Delivery.objects.filter(post__campaign=campaign).first()
    publish_delivery.call(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 0
    assert _outbox_keys(settings) == []


def test_failure_is_recorded_and_retried_with_backoff(
    scheduled_campaign, run_worker_until_idle, simulated_clock, settings, monkeypatch
):
    campaign = scheduled_campaign(["pass"])
    calls = {"n": 0}
    real_publish = OutboxConnector.publish

    def flaky(self, publication):
        calls["n"] += 1
        if calls["n"] <= 2:
            raise OSError("disk full")
        return real_publish(self, publication)

    monkeypatch.setattr(OutboxConnector, "publish", flaky)
    delivery = Delivery.objects.get(post__campaign=campaign, connector="outbox")
    simulated_clock.advance_to(delivery.due_at)
    services.deliveries_dispatch(now=simulated_clock.now())
    from flambeau.app.publishing.worker import drain_queue

    drain_queue()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING
    assert "disk full" in delivery.last_error
    first_retry = delivery.next_attempt_at - simulated_clock.now()
    assert first_retry == dt.timedelta(seconds=settings.FLAMBEAU_DELIVERY_BACKOFF_SECONDS)
    failed = Job.objects.get(subject=f"delivery:{delivery.pk}", status=JobStatus.RETRYING)
    assert "OSError" in failed.traceback and "disk full" in failed.error
    run_worker_until_idle()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 3
    retries = list(
        Job.objects.filter(subject=f"delivery:{delivery.pk}").order_by("started_at", "id")
    )
    gaps = [b.started_at - a.started_at for a, b in itertools.pairwise(retries)]
    assert gaps[1] > gaps[0]  # the backoff grows
    assert len(_outbox_keys(settings)) == 1


def test_failing_every_attempt_marks_failed_and_keeps_it(
    scheduled_campaign, run_worker_until_idle, monkeypatch, settings
):
    campaign = scheduled_campaign(["pass"])

    def broken(self, publication):
        raise OSError("no such device")

    monkeypatch.setattr(OutboxConnector, "publish", broken)
    run_worker_until_idle()
    delivery = Delivery.objects.get(post__campaign=campaign, connector="outbox")
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == delivery.max_attempts
    assert Job.objects.filter(subject=f"delivery:{delivery.pk}").count() == delivery.max_attempts
    monkeypatch.undo()
    services.delivery_retry(delivery=delivery)
    run_worker_until_idle()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED


class Crash(BaseException):
    """The worker process dying: no handler in our code catches it."""


def test_crash_after_publishing_never_publishes_twice(
    scheduled_campaign, run_worker_until_idle, simulated_clock, monkeypatch, settings
):
    campaign = scheduled_campaign(["pass"])

    def die(*args, **kwargs):
        raise Crash

    monkeypatch.setattr(delivering, "_mark_delivered", die)
    run_worker_until_idle()  # the connector published, then the worker "died"
    stuck = Delivery.objects.filter(post__campaign=campaign, status=DeliveryStatus.PUBLISHING)
    assert stuck.count() == 2
    assert len(_outbox_keys(settings)) == 1 and len(_feed_entries(settings)) == 1
    monkeypatch.undo()
    simulated_clock.advance(services.STALE_AFTER + dt.timedelta(seconds=1))
    run_worker_until_idle()
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    assert len(_outbox_keys(settings)) == 1 and len(_feed_entries(settings)) == 1
    abandoned = Job.objects.filter(status=JobStatus.FAILED, error__contains="worker stopped")
    assert abandoned.count() == 2  # the two runs the crash interrupted are closed, not "running"
    assert not Job.objects.filter(status=JobStatus.RUNNING).exists()


def test_blocked_post_cannot_be_scheduled(import_campaign):
    post = import_campaign(["block"]).posts.get()
    with pytest.raises(GateError, match="blocking"):
        services.post_schedule(post=post)
    assert not Delivery.objects.exists()


def test_unapproved_post_cannot_be_scheduled(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    with pytest.raises(GateError, match="not been approved"):
        services.post_schedule(post=post)


def test_publish_task_checks_the_gate_again(scheduled_campaign, run_worker_until_idle, settings):
    campaign = scheduled_campaign(["pass"])
    post = campaign.posts.get()
    # A finding added after scheduling (a policy re-check, an edit): the task must refuse.
    Finding.objects.create(
        campaign=campaign,
        post=post,
        rule="privacy.pii",
        family="privacy",
        severity="block",
        message="an email address",
    )
    run_worker_until_idle()
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.BLOCKED}
    assert _outbox_keys(settings) == []
    assert not (settings.FLAMBEAU_FEED_DIR / "feed.xml").exists()


def test_publish_task_refuses_a_post_whose_status_was_forced(
    import_campaign, run_worker_until_idle, settings
):
    campaign = import_campaign(["block"])
    post = campaign.posts.get()
    services.channel_accounts_ensure(workspace=campaign.workspace)
    Post.objects.filter(pk=post.pk).update(status=PostStatus.SCHEDULED)  # bypassing services
    account = ChannelAccount.objects.get(name="Outbox")
    delivery = Delivery.objects.create(
        post=post,
        account=account,
        key="forced",
        connector="outbox",
        due_at=post.scheduled_at,
        next_attempt_at=post.scheduled_at,
    )
    run_worker_until_idle()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.BLOCKED and "blocking" in delivery.last_error
    assert _outbox_keys(settings) == []


def test_approve_after_block_is_removed_then_publishes(
    import_campaign, run_worker_until_idle, settings
):
    campaign = import_campaign(["block"])
    post = campaign.posts.get()
    post.findings.all().delete()
    Post.objects.filter(pk=post.pk).update(verdict="pass")
    post.refresh_from_db()
    post_approve(post=post, actor="Claire")
    services.post_schedule(post=post)
    run_worker_until_idle()
    assert len(_outbox_keys(settings)) == 1


def test_worker_round_on_the_real_clock_publishes_what_is_due_only(import_campaign, settings):
    from django.utils import timezone

    from flambeau.app.publishing.worker import run_worker
    from flambeau.app.studio.services import campaign_approve

    start = timezone.now() - dt.timedelta(days=1, hours=2)  # posts 1 and 2 are due, 3 is not
    campaign = import_campaign(["pass", "pass", "pass"], start=start)
    campaign_approve(campaign=campaign, actor="t", reason="r")
    services.campaign_schedule(campaign=campaign)
    ticks = []
    run_worker(once=True, on_tick=ticks.append)
    statuses = dict(campaign.posts.values_list("key", "status"))
    assert statuses == {"p01": "published", "p02": "published", "p03": "scheduled"}
    assert ticks == [4] and len(_outbox_keys(settings)) == 2
