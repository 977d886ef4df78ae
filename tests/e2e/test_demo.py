"""`flambeau demo` end to end, as `make demo` runs it, in a fresh process and a fresh home."""

from __future__ import annotations

import json
import sqlite3

import feedparser
import pytest


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    from tests.e2e.conftest import flambeau

    home = tmp_path_factory.mktemp("demo-home")
    result = flambeau("demo", "--writer", "template", "--home", str(home), home=home, timeout=900)
    return home, result


def test_demo_exits_zero_without_traceback(demo_run):
    _home, result = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_every_publishable_post_is_in_the_outbox_and_the_feed_in_schedule_order(demo_run):
    home, _result = demo_run
    (plan_path,) = home.glob("campaigns/*/plan.json")
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    publishable = [p for p in plan["posts"] if p["ethics"]["verdict"] != "block"]
    assert publishable, "the demo campaign has nothing to publish"
    outbox = sorted(home.glob("outbox/*/post.json"))
    assert len(outbox) == len(publishable)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in outbox]
    assert sorted(r["post_id"] for r in records) == sorted(p["id"] for p in publishable)
    for record in records:
        assert record["published_at"] == record["scheduled_at"]  # simulated clock: on time
    feed = feedparser.parse(str(home / "feed" / "feed.xml"))
    assert not feed.bozo
    assert len(feed.entries) == len(publishable)
    published = [e.published_parsed for e in feed.entries]
    assert published == sorted(published)


def test_demo_records_the_auto_approval_and_deliveries(demo_run):
    home, _ = demo_run
    db = sqlite3.connect(home / "flambeau.sqlite3")
    reasons = {r for (r,) in db.execute("select reason from studio_approval")}
    assert reasons == {"demo auto-approval"}
    statuses = dict(db.execute("select status, count(*) from publishing_delivery group by status"))
    assert set(statuses) == {"delivered"}
    blocked = db.execute(
        "select count(*) from studio_post p where p.verdict = 'block' and p.status != 'draft'"
    ).fetchone()[0]
    assert blocked == 0
    connectors = {c for (c,) in db.execute("select distinct connector from publishing_delivery")}
    assert connectors == {"outbox", "rss"}


def test_demo_summary_names_the_paths_and_the_studio_command(demo_run):
    home, result = demo_run
    out = result.stdout
    assert "report.html" in out and "feed.xml" in out
    assert f"flambeau serve --home {home}" in out
    assert "total" in out
    (report,) = home.glob("campaigns/*/report.html")
    assert str(report) in out
