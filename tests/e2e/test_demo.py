"""`flambeau demo` end to end, as `make demo` runs it, in a fresh process and a fresh home."""

from __future__ import annotations

import json
import os
import sqlite3

import feedparser
import pytest


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, e2e_database_url):
    """The demo with the template writer, on SQLite, or on PostgreSQL when DATABASE_URL says so."""
    from tests.e2e.conftest import flambeau

    home = tmp_path_factory.mktemp("demo-home")
    result = flambeau(
        "demo",
        "--writer",
        "template",
        "--home",
        str(home),
        home=home,
        timeout=900,
        database_url=e2e_database_url,
    )
    return home, result, e2e_database_url


def _query(home, database_url, sql):
    if database_url:
        import psycopg

        with psycopg.connect(database_url) as db:
            return db.execute(sql).fetchall()
    db = sqlite3.connect(home / "flambeau.sqlite3")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_demo_exits_zero_without_traceback(demo_run):
    _home, result, _ = demo_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_every_publishable_post_is_in_the_outbox_and_the_feed_in_schedule_order(demo_run):
    home, _result, _ = demo_run
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
    home, _, url = demo_run
    reasons = {r for (r,) in _query(home, url, "select reason from studio_approval")}
    assert reasons == {"demo auto-approval"}
    statuses = dict(
        _query(home, url, "select status, count(*) from publishing_delivery group by status")
    )
    assert set(statuses) == {"delivered"}
    blocked = _query(
        home, url, "select count(*) from studio_post where verdict = 'block' and status != 'draft'"
    )[0][0]
    assert blocked == 0
    connectors = {
        c for (c,) in _query(home, url, "select distinct connector from publishing_delivery")
    }
    assert connectors == {"outbox", "rss"}
    if url is None:
        assert (home / "flambeau.sqlite3").exists()
    else:
        assert not (home / "flambeau.sqlite3").exists()


def test_demo_summary_names_the_paths_and_the_studio_command(demo_run):
    home, result, _ = demo_run
    out = result.stdout
    assert "report.html" in out and "feed.xml" in out
    assert f"flambeau serve --home {home}" in out
    assert "total" in out
    (report,) = home.glob("campaigns/*/report.html")
    assert str(report) in out


@pytest.mark.slow
@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the model run is the same on both databases; it runs once, on SQLite",
)
def test_demo_with_the_bundled_model(tmp_path, run_flambeau):
    """What `make demo` runs: the default llm writer on the bundled SmolLM2."""
    result = run_flambeau("demo", "--home", str(tmp_path), home=tmp_path, timeout=1200)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    (plan_path,) = tmp_path.glob("campaigns/*/plan.json")
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    assert plan["generator"]["writer"].startswith("llm:")
    publishable = [p for p in plan["posts"] if p["ethics"]["verdict"] != "block"]
    assert len(list(tmp_path.glob("outbox/*/post.json"))) == len(publishable)
    feed = feedparser.parse(str(tmp_path / "feed" / "feed.xml"))
    assert len(feed.entries) == len(publishable)
