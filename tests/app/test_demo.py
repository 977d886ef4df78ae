"""The demo's flow in-process (the pipeline faked; the real one runs in tests/e2e)."""

from __future__ import annotations

import pytest

from flambeau.app import demo
from flambeau.app.publishing.models import Delivery
from flambeau.app.studio import importing
from flambeau.app.studio.models import Approval, PostStatus

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def fake_pipeline(monkeypatch, make_plan):
    def run(brief, out_dir, *, writer, model, on_progress):
        plan, made = make_plan(brief, ["pass", "warn", "block", "pass", "pass"])
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        made.rename(out_dir)
        return plan

    monkeypatch.setattr(importing, "_run_pipeline", run)


def test_demo_publishes_every_publishable_post_in_order(fake_pipeline, data_dirs, example_brief):
    seen = []
    result = demo.run_demo(
        brief=example_brief, writer="template", on_publish=lambda now, done, total: seen.append(now)
    )
    campaign = result.campaign
    assert [p.key for p, _ in result.refused] == ["p03"]
    blocked = campaign.posts.get(key="p03")
    assert blocked.status == PostStatus.DRAFT and not blocked.deliveries.exists()
    published = campaign.posts.filter(status=PostStatus.PUBLISHED)
    assert published.count() == 4
    assert set(Approval.objects.values_list("reason", flat=True)) == {demo.DEMO_REASON}
    assert set(Approval.objects.values_list("actor", flat=True)) == {demo.DEMO_ACTOR}
    deliveries = Delivery.objects.filter(connector="outbox").order_by("delivered_at")
    assert [d.post.key for d in deliveries] == ["p01", "p02", "p04", "p05"]
    assert all(d.delivered_at == d.due_at for d in deliveries)
    assert seen == sorted(seen) and result.rounds == 4
    assert result.feed_path.exists() and result.report_path.parent == result.out_dir


def test_the_simulated_clock_does_not_reach_other_campaigns(
    fake_pipeline, data_dirs, example_brief, import_campaign
):
    from flambeau.app.publishing.services import campaign_schedule
    from flambeau.app.studio.services import campaign_approve

    other = import_campaign(["pass"])  # a real campaign of the same home, due later
    campaign_approve(campaign=other, actor="Claire", reason="ok")
    campaign_schedule(campaign=other)
    demo.run_demo(brief=example_brief, writer="template")
    assert set(Delivery.objects.filter(post__campaign=other).values_list("status", flat=True)) == {
        "pending"
    }
