"""Core commands that need no database: `generate`, `plan`, `channels`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from flambeau.core.brief import load_brief
from flambeau.core.channels import CHANNELS
from flambeau.core.planning import plan_campaign

Progress = Callable[[str, int, int], None]
_STAGES = {"write": "Writing posts", "paint": "Painting images", "report": "Writing the report"}


@contextmanager
def progress_display(enabled: bool) -> Iterator[Progress | None]:
    """A progress bar on a terminal; nothing otherwise (logs and pipes stay clean)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bars

    bars = Bars(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(_STAGES.get(stage, stage), total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update


@click.command()
@click.argument("brief", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder to write plan.json, images/ and report.html into.",
)
@click.option(
    "--writer",
    type=click.Choice(["llm", "template"]),
    default="llm",
    show_default=True,
    help="llm: a language model through `llm`; template: deterministic templates only.",
)
@click.option(
    "--model",
    default=None,
    envvar="FLAMBEAU_MODEL",
    help="Model id for the llm writer (default: the bundled SmolLM2). Env: FLAMBEAU_MODEL.",
)
@click.option("--painter", default="cards", show_default=True, help="Image painter by name.")
@click.option(
    "--policy",
    "policy_name",
    default=None,
    help="Ethics policy name or YAML path (default: the brief's `policy`).",
)
@click.option(
    "--only",
    default=None,
    metavar="ID",
    help="Rewrite and repaint one post of an existing plan in --out, keeping the others.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def generate(
    brief: Path,
    out_dir: Path,
    writer: str,
    model: str | None,
    painter: str,
    policy_name: str | None,
    only: str | None,
    quiet: bool,
) -> None:
    """Plan, write, illustrate and check a campaign from BRIEF, with no database."""
    from flambeau.core.pipeline import generate_campaign  # heavy: models, painters, rules

    loaded = load_brief(brief)
    with progress_display(not quiet) as on_progress:
        plan = generate_campaign(
            loaded,
            out_dir,
            writer=writer,
            model=model,
            painter=painter,
            policy_name=policy_name,
            only=only,
            on_progress=on_progress,
        )
    if quiet:
        return
    verdicts = {
        v: sum(p.ethics.verdict == v for p in plan.posts) for v in ("pass", "warn", "block")
    }
    click.echo(
        f"{len(plan.posts)} posts ({', '.join(f'{n} {v}' for v, n in verdicts.items())}), "
        f"writer {plan.generator['writer']}"
    )
    click.echo(f"plan:   {out_dir / 'plan.json'}")
    click.echo(f"report: {out_dir / 'report.html'}")


@click.command()
@click.argument("brief", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def plan(brief: Path, fmt: str) -> None:
    """Show the editorial calendar of BRIEF (slots only: nothing is written)."""
    loaded = load_brief(brief)
    slots = plan_campaign(loaded)
    if fmt == "json":
        click.echo(
            json.dumps([s.model_dump(mode="json") for s in slots], ensure_ascii=False, indent=2)
        )
        return
    for slot in slots:
        click.echo(
            f"{slot.id}  {slot.scheduled_at:%a %Y-%m-%d %H:%M}  {slot.channel:<10}  {slot.angle:<17}  "
            f"{slot.message}" + (f"  → {slot.audience}" if slot.audience else "")
        )
    click.echo(f"{len(slots)} slots, times in {loaded.campaign.timezone}")


@click.command()
def channels() -> None:
    """List every channel id with its limits and how it counts length."""
    click.echo(
        f"{'id':<11}{'name':<18}{'limit':>7}  {'counts':<10}{'hashtags':>9}  {'image':<11}{'alt':>6}"
    )
    for spec in CHANNELS.values():
        image = f"{spec.image.width}x{spec.image.height}" if spec.image else "-"
        alt = str(spec.alt_text_limit) if spec.alt_text_limit else "-"
        click.echo(
            f"{spec.id:<11}{spec.name:<18}{spec.text_limit:>7}  {spec.counting:<10}"
            f"{spec.hashtags_max:>9}  {image:<11}{alt:>6}"
        )


commands: list[click.Command] = [generate, plan, channels]
