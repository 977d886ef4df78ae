"""The campaign at a glance as one self-contained HTML page: calendar, posts, ethics report."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from flambeau.core.brief import Brief
from flambeau.core.campaign import CampaignPlan
from flambeau.core.channels import get_channel
from flambeau.core.post import Post

_ENV = Environment(
    loader=PackageLoader("flambeau.core.report", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


@dataclass
class Week:
    start: dt.date
    days: list[tuple[dt.date, list[Post]]] = field(default_factory=list)


def calendar_weeks(posts: list[Post], brief: Brief) -> list[Week]:
    """Monday-to-Sunday weeks covering the campaign, each day with its posts in local time."""
    zone = brief.campaign.zone
    by_day: dict[dt.date, list[Post]] = {}
    for post in sorted(posts, key=lambda p: p.scheduled_at):
        by_day.setdefault(post.scheduled_at.astimezone(zone).date(), []).append(post)
    first = brief.campaign.start - dt.timedelta(days=brief.campaign.start.weekday())
    weeks = []
    day = first
    while day <= brief.campaign.end:
        week = Week(start=day)
        for offset in range(7):
            current = day + dt.timedelta(days=offset)
            week.days.append((current, by_day.get(current, [])))
        weeks.append(week)
        day += dt.timedelta(days=7)
    return weeks


def findings_by_family(plan: CampaignPlan) -> list[tuple[str, list[dict[str, Any]]]]:
    """Every finding of the campaign (posts and plan), grouped by family, unique per rule+subject+span."""
    seen: set[tuple[Any, ...]] = set()
    groups: dict[str, list[dict[str, Any]]] = {}
    sources: list[tuple[str | None, list[dict[str, Any]]]] = [
        (p.id, p.ethics.findings) for p in plan.posts
    ]
    sources.append((None, plan.ethics.findings))
    for post_id, findings in sources:
        for finding in findings:
            subject = finding.get("subject_id") or post_id
            key = (finding["rule"], subject, finding.get("start"), finding.get("end"))
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(finding["rule"].split(".")[0], []).append(
                {**finding, "where": subject}
            )
    for items in groups.values():
        items.sort(key=lambda f: (_SEVERITY_ORDER.get(f["severity"], 3), f["rule"]))
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def render_report(plan: CampaignPlan, *, brief: Brief, contact_sheets: list[str]) -> str:
    zone = brief.campaign.zone
    verdicts = Counter(p.ethics.verdict for p in plan.posts)
    channels = Counter(p.channel for p in plan.posts)
    template = _ENV.get_template("report.html.j2")
    return template.render(
        plan=plan,
        brief=brief,
        weeks=calendar_weeks(plan.posts, brief),
        families=findings_by_family(plan),
        verdicts=verdicts,
        channels=channels,
        contact_sheets=contact_sheets,
        local=lambda moment: moment.astimezone(zone),
        spec=get_channel,
        generated_at=dt.datetime.now(dt.UTC).astimezone(zone),
        lang=brief.lang,
    )


def write_report(plan: CampaignPlan, *, brief: Brief, out_dir: Path) -> Path:
    """Write `report.html` (and the contact sheet it shows) into `out_dir`."""
    sheets = _contact_sheets(plan, brief=brief, out_dir=out_dir)
    path = out_dir / "report.html"
    path.write_text(render_report(plan, brief=brief, contact_sheets=sheets), encoding="utf-8")
    return path


def _contact_sheets(plan: CampaignPlan, *, brief: Brief, out_dir: Path) -> list[str]:
    from flambeau.core.visuals import contact_sheet

    zone = brief.campaign.zone
    shown = [p for p in plan.posts if p.image and (out_dir / p.image).is_file()]
    if not shown:
        return []
    folder = out_dir / "contact-sheets"
    folder.mkdir(exist_ok=True)
    target = folder / "campaign.png"
    contact_sheet(
        [out_dir / p.image for p in shown if p.image],
        target,
        title=f"{brief.brand.name} — {brief.campaign.name}",
        subtitle=f"{brief.campaign.start} → {brief.campaign.end} · {len(shown)} images",
        captions=[
            f"{p.id} · {get_channel(p.channel).name} · {p.scheduled_at.astimezone(zone):%d/%m %H:%M}"
            for p in shown
        ],
    )
    return [str(target.relative_to(out_dir))]
