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

    def __add__(self, other: Report) -> Report:
        return Report(findings=[*self.findings, *other.findings])
