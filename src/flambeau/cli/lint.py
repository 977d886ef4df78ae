"""`flambeau lint`: check texts against an ethics policy, with no database (BRIEF.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import click

from flambeau.core.brief import load_brief
from flambeau.core.errors import ProblemsError
from flambeau.core.ethics import Finding, Report, check_text, load_policy

_COLOURS = {"info": "cyan", "warn": "yellow", "block": "red", "pass": "green"}


class LintInputError(ProblemsError):
    """Texts to lint that cannot be read (a missing file, a bad JSON line)."""


class TextsBlocked(click.ClickException):
    """Exit status 1: at least one text has a blocking finding (the output says which)."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


@dataclass(frozen=True)
class LintText:
    """One text to check and where it came from (`file:line`)."""

    text: str
    where: str
    lang: str | None = None


def _read_jsonl(stream: TextIO, name: str, problems: list[str]) -> Iterator[LintText]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not valid JSON ({error.msg})")
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            problems.append(f"{where}: expected an object with a string 'text' field")
            continue
        lang = record.get("lang")
        yield LintText(text, where, lang if lang in ("fr", "en") else None)


def read_texts(sources: tuple[str, ...], stdin: TextIO) -> list[LintText]:
    """Every text of the given files, in order; LintInputError names each bad input."""
    texts: list[LintText] = []
    problems: list[str] = []
    for source in sources:
        if source == "-":
            lines = (line.rstrip("\r\n") for line in stdin)
            texts += [LintText(t, f"<stdin>:{n}") for n, t in enumerate(lines, 1) if t.strip()]
            continue
        path = Path(source)
        if not path.is_file():
            problems.append(f"{source}: no such file")
            continue
        try:
            with path.open(encoding="utf-8") as stream:
                if path.suffix.lower() in (".jsonl", ".ndjson"):
                    texts += list(_read_jsonl(stream, source, problems))
                else:
                    texts.append(LintText(stream.read().strip("\n"), source))
        except UnicodeDecodeError:
            problems.append(f"{source}: not UTF-8 text")
        except OSError as error:
            problems.append(f"{source}: cannot be read ({error.strerror})")
    if problems:
        raise LintInputError("lint", problems)
    return texts


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "start": finding.start,
        "end": finding.end,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "basis": finding.basis,
    }


def lint_record(text: str, report: Report) -> dict[str, Any]:
    """One line of `--format jsonl`, with the keys BRIEF.md names, in its order."""
    return {
        "text": text,
        "verdict": report.verdict,
        "manipulative": any(f.family == "manipulation" for f in report.findings),
        "findings": [finding_record(f) for f in report.findings],
    }


def _underline(text: str, finding: Finding) -> list[str]:
    if finding.start is None or finding.end is None:
        return []
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.start)
    line_end = len(text) if line_end == -1 else line_end
    width = max(1, min(finding.end, line_end) - finding.start)
    return [
        "    " + text[line_start:line_end],
        "    " + " " * (finding.start - line_start) + click.style("^" * width, fg="red", bold=True),
    ]


def render_human(item: LintText, report: Report) -> list[str]:
    """A text's findings for a person: span underlined, reason, basis, suggestion."""
    verdict = click.style(report.verdict, fg=_COLOURS[report.verdict], bold=True)
    lines = [f"{click.style(item.where, bold=True)}  {verdict}"]
    if not report.findings:
        return lines
    for finding in report.findings:
        severity = click.style(finding.severity.value, fg=_COLOURS[finding.severity.value])
        lines += _underline(item.text, finding)
        lines.append(f"  {severity} {finding.rule}: {finding.message}")
        lines.append(f"    basis: {finding.basis}")
        if finding.suggestion:
            lines.append(f"    suggestion: {finding.suggestion}")
    return lines


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--lang",
    type=click.Choice(["fr", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the texts.",
)
@click.option(
    "--policy",
    "policy_name",
    default=None,
    metavar="NAME|PATH",
    help="Bundled policy name or a policy YAML file (default: the brief's, else default).",
)
@click.option(
    "--brief",
    "brief_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="A campaign brief: adds its avoid words, facts, sector and jurisdiction.",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["human", "json", "jsonl"]),
    default="human",
    show_default=True,
    help="Output format.",
)
def lint(
    files: tuple[str, ...],
    lang: str,
    policy_name: str | None,
    brief_path: str | None,
    output: str,
) -> None:
    """Check texts for manipulation, privacy, honesty and accessibility problems.

    FILE is a .txt file (one text), a .jsonl file (one {"text": ...} object per line)
    or - for standard input (one text per line). Exit status: 0 when no text is
    blocked, 1 when one is, 2 for bad input.
    """
    brief = load_brief(brief_path) if brief_path else None
    if policy_name is None and brief is not None:
        policy = load_policy(brief.policy, base_dir=brief.source_dir)
    else:
        policy = load_policy(policy_name or "default", base_dir=Path.cwd())
    texts = read_texts(files, sys.stdin)
    blocked = False
    records: list[dict[str, Any]] = []
    counts = {"pass": 0, "warn": 0, "block": 0}
    for item in texts:
        text_lang = lang if lang != "auto" else (item.lang or "auto")
        report = check_text(item.text, lang=text_lang, policy=policy, brief=brief)
        blocked = blocked or report.blocked
        counts[report.verdict] += 1
        if output == "jsonl":
            click.echo(json.dumps(lint_record(item.text, report), ensure_ascii=False))
        elif output == "json":
            records.append(lint_record(item.text, report))
        else:
            click.echo("\n".join(render_human(item, report)))
    if output == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif output == "human":
        summary = ", ".join(f"{n} {verdict}" for verdict, n in counts.items())
        click.echo(f"\n{len(texts)} text(s): {summary}")
    if blocked:
        raise TextsBlocked(f"{counts['block']} text(s) blocked.")


commands: list[click.Command] = [lint]
