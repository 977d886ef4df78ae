"""Findings as the studio shows them: grouped by family with counts, their spans in the text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from flambeau.app.web.highlight import Span

_RANK = {"info": 1, "warn": 2, "block": 3}
TEXT_SUBJECTS = frozenset({"text", "post"})


class FindingLike(Protocol):
    pk: Any
    post_id: int | None
    rule: str
    family: str
    severity: str
    start: int | None
    end: int | None
    subject: str


@dataclass
class FamilyGroup:
    """The findings of one rule family, worst first, with counts per severity."""

    family: str
    findings: list[Any] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(f.severity for f in self.findings)
        return {s: counted[s] for s in ("block", "warn", "info") if counted[s]}

    @property
    def rules(self) -> list[tuple[str, int]]:
        """Each rule of the family with how often it fired, most frequent first."""
        counted = Counter(f.rule for f in self.findings)
        return sorted(counted.items(), key=lambda item: (-item[1], item[0]))

    @property
    def worst(self) -> str:
        return max((f.severity for f in self.findings), key=lambda s: _RANK.get(s, 0))

    def __len__(self) -> int:
        return len(self.findings)


class ShownFinding:
    """A stored finding as a page shows it: the words it points at, and who overrode it."""

    def __init__(self, finding: Any, *, quote: str | None = None, overridden: Any = None) -> None:
        self.finding = finding
        self.quote = quote
        self.overridden = overridden  # the Approval that overrode it, when one did

    def __getattr__(self, name: str) -> Any:
        return getattr(self.finding, name)


def shown(findings: Iterable[Any], *, text: str | None = None, approval: Any = None) -> list[Any]:
    """Findings with their quote (from `text`, else their post's text) and their override."""
    overridden = set(getattr(approval, "overridden", None) or [])
    result = []
    for finding in findings:
        source = (
            text
            if text is not None
            else getattr(finding.post, "text", "")
            if finding.post_id
            else ""
        )
        result.append(
            ShownFinding(
                finding,
                quote=quoted(source or "", finding),
                overridden=approval
                if finding.severity == "warn" and finding.rule in overridden
                else None,
            )
        )
    return result


def group_by_family(findings: Iterable[FindingLike]) -> list[FamilyGroup]:
    """Groups ordered worst family first, then by name; findings worst first within a group."""
    groups: dict[str, FamilyGroup] = {}
    for finding in findings:
        groups.setdefault(finding.family, FamilyGroup(finding.family)).findings.append(finding)
    for group in groups.values():
        group.findings.sort(
            key=lambda f: (-_RANK.get(f.severity, 0), f.post_id or 0, f.start or 0, f.rule)
        )
    return sorted(groups.values(), key=lambda g: (-_RANK.get(g.worst, 0), g.family))


def finding_anchor(finding: FindingLike) -> str:
    return f"finding-{finding.pk}"


def text_spans(findings: Iterable[FindingLike]) -> list[Span]:
    """The spans of findings that point into the post's text."""
    return [
        Span(f.start, f.end, f.severity, finding_anchor(f))
        for f in findings
        if f.subject in TEXT_SUBJECTS and f.start is not None and f.end is not None
    ]


def quoted(text: str, finding: FindingLike) -> str | None:
    """The words a text finding points at, for quoting next to its explanation."""
    if finding.subject not in TEXT_SUBJECTS or finding.start is None or finding.end is None:
        return None
    piece = text[finding.start : finding.end]
    return piece or None


def counts_by_severity(findings: Sequence[FindingLike]) -> dict[str, int]:
    counted = Counter(f.severity for f in findings)
    return {s: counted[s] for s in ("block", "warn", "info") if counted[s]}
