"""App commands (they run the Django project): `demo`, `serve`, `worker`, `migrate`, `manage`."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
from collections.abc import Callable, Iterator
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from flambeau.app.demo import DemoResult

HOME_HELP = "Data folder (default: $FLAMBEAU_HOME, else ~/.local/share/flambeau)."


def _use_home(home: Path | None) -> None:
    """Point Django at `home` (before its settings are read) and set it up."""
    if home is not None:
        os.environ["FLAMBEAU_HOME"] = str(home.expanduser().resolve())
    from flambeau.app import setup

    setup()


def _require_migrated() -> None:
    """Refuse to start on a database that is missing tables, with the command that fixes it."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from flambeau.core.errors import FlambeauError

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise FlambeauError(
            f"the database has {len(pending)} migration(s) to apply; run `flambeau migrate` first"
        )


def _migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


@click.command()
@click.option("--home", type=click.Path(path_type=Path, file_okay=False), help=HOME_HELP)
def migrate(home: Path | None) -> None:
    """Create or update the database tables."""
    _use_home(home)
    _migrate(verbosity=1)


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Django's management commands (createsuperuser, shell, dbshell...): flambeau manage help."""
    from flambeau.app.manage import main

    main(list(args))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--home", type=click.Path(path_type=Path, file_okay=False), help=HOME_HELP)
@click.option("--no-migrate", is_flag=True, help="Do not apply migrations first.")
@click.option("--threads", default=8, show_default=True, type=int, help="Request threads.")
@click.option("--dev", is_flag=True, help="Django's development server, reloading on changes.")
def serve(
    home: Path | None, host: str, port: int, no_migrate: bool, threads: int, dev: bool
) -> None:
    """Run the web studio (and the API at /api/, the admin at /admin/)."""
    _use_home(home)
    from django.conf import settings
    from django.core.management import call_command

    if not no_migrate:
        _migrate()
    click.echo(f"Flambeau studio on http://{host}:{port}/  (data: {settings.HOME}; Ctrl+C stops)")
    if host not in ("127.0.0.1", "localhost", "::1") and host not in settings.ALLOWED_HOSTS:
        click.echo(
            f"note: requests are only answered for FLAMBEAU_ALLOWED_HOSTS "
            f"({','.join(settings.ALLOWED_HOSTS)}); add this machine's name to it",
            err=True,
        )
    if dev:
        call_command("runserver", f"{host}:{port}", use_reloader=True)
        return
    from waitress import serve as waitress_serve

    from flambeau.app.wsgi import application

    try:
        waitress_serve(application, host=host, port=port, threads=threads, ident="Flambeau")
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None


@click.command()
@click.option("--home", type=click.Path(path_type=Path, file_okay=False), help=HOME_HELP)
@click.option(
    "--interval", default=5.0, show_default=True, type=float, help="Seconds between rounds."
)
@click.option("--once", is_flag=True, help="Run one round (dispatch due posts, run the queue).")
def worker(home: Path | None, interval: float, once: bool) -> None:
    """Publish due posts and run background tasks (the django-tasks database worker)."""
    import logging

    _use_home(home)
    _require_migrated()
    from flambeau.app.publishing.worker import run_worker

    logging.getLogger("flambeau").setLevel(logging.INFO)

    def tick(due: int) -> None:
        if due:
            click.echo(f"dispatched {due} due deliveries")

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # an interrupted publish is recovered: its delivery has a key

    signal.signal(signal.SIGTERM, stop)
    if not once:
        click.echo(f"Flambeau worker: every {interval:g}s; Ctrl+C stops")
    try:
        run_worker(interval=interval, once=once, on_tick=tick)
    except KeyboardInterrupt:
        click.echo("worker stopped")


@click.command()
@click.option(
    "--home",
    type=click.Path(path_type=Path, file_okay=False),
    help="Data folder for the demo (default: a new temporary folder).",
)
@click.option(
    "--writer",
    type=click.Choice(["llm", "template"]),
    default="llm",
    show_default=True,
    help="llm: the bundled SmolLM2 (or --model); template: no model, fastest.",
)
@click.option("--model", default=None, envvar="FLAMBEAU_MODEL", help="Model id for the llm writer.")
@click.option(
    "--brief",
    "brief_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A brief instead of the bundled Pain d'Or one.",
)
def demo(home: Path | None, writer: str, model: str | None, brief_path: Path | None) -> None:
    """One whole campaign: generate, store, approve, schedule, publish (simulated clock)."""
    import tempfile

    from flambeau.core.brief import load_brief
    from flambeau.examples import example_path

    brief = load_brief(brief_path or example_path())  # a bad brief fails before anything is made
    home = home or Path(tempfile.mkdtemp(prefix="flambeau-demo-"))
    _use_home(home)
    from django.conf import settings

    from flambeau.app import demo as steps
    from flambeau.cli.core_commands import progress_display

    click.echo(f"Flambeau demo — data in {settings.HOME}")
    with progress_display(True) as on_progress:
        campaign, out_dir = steps.generate_and_store(
            brief=brief, writer=writer, model=model, on_progress=on_progress
        )
    refused = steps.approve_and_schedule(campaign=campaign)
    with _publish_display(campaign.zone) as on_publish:
        rounds, first, last = steps.publish_with_simulated_clock(
            campaign=campaign, on_publish=on_publish
        )
    result = steps.DemoResult(
        campaign=campaign,
        out_dir=out_dir,
        refused=refused,
        rounds=rounds,
        first_due=first,
        last_due=last,
    )
    _print_summary(result, home=Path(settings.HOME))


@contextlib.contextmanager
def _publish_display(zone: tzinfo) -> Iterator[Callable[[dt.datetime, int, int], None] | None]:
    """A bar for publishing, showing the simulated date; nothing when not on a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    bars = Progress(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[when]}"),
        console=Console(stderr=True),
    )
    task: TaskID | None = None

    def update(now: dt.datetime, done: int, total: int) -> None:
        nonlocal task
        when = f"simulated clock {now.astimezone(zone):%Y-%m-%d %H:%M %Z}"
        if task is None:
            task = bars.add_task("Publishing", total=total, when=when)
        bars.update(task, completed=done, total=total, when=when)

    with bars:
        yield update


def _print_summary(result: DemoResult, *, home: Path) -> None:
    """The demo's closing table: posts per channel, findings, deliveries; then the paths."""
    from rich.console import Console
    from rich.table import Table

    from flambeau.app.publishing.models import Delivery
    from flambeau.app.studio.models import Finding
    from flambeau.app.studio.selectors import campaign_summary

    campaign = result.campaign
    console = Console(highlight=False)
    table = Table(title=f"{campaign.brand.name} — {campaign.name}")
    for column in ("channel", "posts", "published", "info", "warn", "block", "outbox", "feed"):
        table.add_column(column, justify="left" if column == "channel" else "right")
    totals = [0] * 7
    for channel in sorted(set(campaign.posts.values_list("channel", flat=True))):
        posts = campaign.posts.filter(channel=channel)
        findings = Finding.objects.filter(post__in=posts)
        delivered = Delivery.objects.filter(post__in=posts, status="delivered")
        row = [
            posts.count(),
            posts.filter(status="published").count(),
            findings.filter(severity="info").count(),
            findings.filter(severity="warn").count(),
            findings.filter(severity="block").count(),
            delivered.filter(connector="outbox").count(),
            delivered.filter(connector="rss").count(),
        ]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        table.add_row(channel, *map(str, row))
    table.add_row("total", *map(str, totals), end_section=True)
    console.print(table)
    summary = campaign_summary(campaign=campaign)
    if summary.findings_per_family:
        families = ", ".join(f"{k} {v}" for k, v in summary.findings_per_family.items())
        click.echo(f"Findings by family: {families}")
    plan_level = Finding.objects.filter(campaign=campaign, post__isnull=True).count()
    if plan_level:
        click.echo(f"Plan-level findings (not tied to one post): {plan_level}")
    failed = Delivery.objects.filter(post__campaign=campaign).exclude(status="delivered").count()
    if failed:
        console.print(f"[bold]{failed} deliveries did not go out[/] (see the studio).")
    for post, reason in result.refused:
        click.echo(f"Not published: {post.key} ({post.channel}): {reason}")
    if result.first_due and result.last_due:
        span = result.last_due - result.first_due
        first, last = (t.astimezone(campaign.zone) for t in (result.first_due, result.last_due))
        click.echo(
            f"Simulated clock: {first:%Y-%m-%d %H:%M} → {last:%Y-%m-%d %H:%M %Z}"
            f" ({campaign.timezone}; {span.days} days, {result.rounds} worker rounds)"
        )
    click.echo(f"Report:  {result.report_path}")
    click.echo(f"Feed:    {result.feed_path}")
    click.echo(f"Outbox:  {result.outbox_path}")
    click.echo(f"Open the studio:  flambeau serve --home {home}")


commands: list[click.Command] = [demo, serve, worker, migrate, manage]
