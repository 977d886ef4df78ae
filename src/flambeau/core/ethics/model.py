"""The ethics engine's data model: severities, findings, reports (see ETHICS.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Subject = Literal["text", "image", "audience", "post", "plan", "allocation"]


class Severity(StrEnum):
    INFO = "info"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return {"info": 1, "warn": 2, "block": 3}[self.value]


class Finding(BaseModel):
    """One thing a rule found: what, where, why it matters, its source, and a fix."""

    model_config = ConfigDict(frozen=True)

    rule: str  # "family.name"
    severity: Severity
    message: str
    basis: str
    suggestion: str | None = None
    start: int | None = None  # span in the text, when the finding has one
    end: int | None = None
    subject: Subject = "text"
    subject_id: str | None = None  # post id, audience name...

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]


class Report(BaseModel):
    """Findings for one subject or a whole campaign; the verdict is the worst severity."""

    findings: list[Finding] = Field(default_factory=list)

    @property
    def verdict(self) -> Literal["pass", "warn", "block"]:
        worst = max((f.severity.rank for f in self.findings), default=0)
        return "block" if worst == 3 else "warn" if worst == 2 else "pass"

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    def by_family(self) -> dict[str, list[Finding]]:
        groups: dict[str, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.family, []).append(finding)
        return groups

    def counts(self) -> dict[str, dict[str, int]]:
        """Findings per family and severity ({"manipulation": {"warn": 2}}), for summaries."""
        counts: dict[str, dict[str, int]] = {}
        for finding in self.findings:
            family = counts.setdefault(finding.family, {})
            family[finding.severity.value] = family.get(finding.severity.value, 0) + 1
        return counts

    def about(self, subject_id: str) -> Report:
        """The findings about one subject (a post id, an audience name)."""
        return Report(findings=[f for f in self.findings if f.subject_id == subject_id])

    def __add__(self, other: Report) -> Report:
        return Report(findings=[*self.findings, *other.findings])
