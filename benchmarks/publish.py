"""Publishing benchmark: deliveries per second through the whole app path (gate, job runner,
django-tasks database worker, outbox + feed connectors, SQLite WAL or DATABASE_URL), against
the bare connector calls for the same posts in the same run (the cost of the bookkeeping).

    .venv/bin/python benchmarks/publish.py [--posts 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET_PER_SECOND = 20.0  # app path: a two-week campaign of ~50 posts publishes in seconds


def _plan(brief, n_posts: int, folder: Path):  # type: ignore[no-untyped-def]
    from PIL import Image

    from flambeau.core.campaign import CampaignPlan
    from flambeau.core.post import Post

    (folder / "images").mkdir(parents=True)
    start = dt.datetime.combine(brief.campaign.start, dt.time(9), tzinfo=brief.campaign.zone)
    channels = list(brief.campaign.channels)
    posts = []
    for n in range(n_posts):
        key = f"p{n + 1:03d}"
        Image.new("RGB", (1080, 1080), (122, 75, 30)).save(folder / "images" / f"{key}.png")
        posts.append(
            Post(
                id=key,
                channel=channels[n % len(channels)],
                scheduled_at=start + dt.timedelta(minutes=37 * n),
                message=brief.messages[n % len(brief.messages)],
                text=f"Post {key}: {brief.messages[n % len(brief.messages)]}",
                image=f"images/{key}.png",
                alt_text=f"Card {key}",
            )
        )
    return CampaignPlan(brief=CampaignPlan.header_for(brief), generator={}, posts=posts)


def _publications(brief, plan, folder: Path):  # type: ignore[no-untyped-def]
    from flambeau.connectors import Publication

    return [
        Publication(
            key=f"bare-{post.id}",
            post_id=post.id,
            channel=post.channel,
            campaign=brief.campaign.name,
            brand=brief.brand.name,
            language=brief.language,
            text=post.text,
            image=folder / post.image,
            alt_text=post.alt_text,
            scheduled_at=post.scheduled_at,
            published_at=post.scheduled_at,
        )
        for post in plan.posts
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="flambeau-bench-"))
    os.environ["FLAMBEAU_HOME"] = str(home)
    os.environ.setdefault("FLAMBEAU_BLOCK_PLUGINS", "1")
    from flambeau.app import setup

    setup()
    from django.conf import settings
    from django.core.management import call_command

    from flambeau.app.demo import publish_with_simulated_clock
    from flambeau.app.publishing.models import Delivery
    from flambeau.app.publishing.services import campaign_schedule
    from flambeau.app.studio.services import campaign_approve, campaign_import, workspace_ensure
    from flambeau.connectors import build_connector
    from flambeau.core.brief import load_brief
    from flambeau.examples import example_path

    call_command("migrate", interactive=False, verbosity=0)
    brief = load_brief(example_path())
    plan = _plan(brief, args.posts, home / "plan")
    campaign = campaign_import(
        workspace=workspace_ensure(), brief=brief, plan=plan, out_dir=home / "plan"
    )
    campaign_approve(campaign=campaign, actor="bench", reason="benchmark")
    campaign_schedule(campaign=campaign)
    deliveries = Delivery.objects.filter(post__campaign=campaign).count()

    began = time.perf_counter()
    rounds, _, _ = publish_with_simulated_clock(campaign=campaign)
    app_seconds = time.perf_counter() - began
    delivered = Delivery.objects.filter(post__campaign=campaign, status="delivered").count()

    outbox = build_connector("outbox", {"root": str(home / "bare-outbox")})
    feed = build_connector("rss", {"root": str(home / "bare-feed")})
    publications = _publications(brief, plan, home / "plan")
    began = time.perf_counter()
    for publication in publications:
        outbox.publish(publication)
        feed.publish(publication)
    bare_seconds = time.perf_counter() - began

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    app_rate, bare_rate = delivered / app_seconds, 2 * len(publications) / bare_seconds
    print(f"{args.posts} posts, {deliveries} deliveries, database {engine}, {rounds} worker rounds")
    print(f"{'path':<34}{'deliveries':>11}{'seconds':>9}{'per second':>12}")
    print(
        f"{'bare connector calls (baseline)':<34}{2 * len(publications):>11}{bare_seconds:>9.2f}{bare_rate:>12.1f}"
    )
    print(
        f"{'app: gate + runner + worker + db':<34}{delivered:>11}{app_seconds:>9.2f}{app_rate:>12.1f}"
    )
    print(f"bookkeeping overhead: {app_rate and bare_rate / app_rate:.1f}x the bare calls")
    ok = delivered == deliveries and app_rate >= TARGET_PER_SECOND
    print(
        f"target ≥ {TARGET_PER_SECOND:g} deliveries/s on the app path: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
