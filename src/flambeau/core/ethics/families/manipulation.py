"""The `manipulation.*` rules: one per tactic of the manipulation detector.

The detector runs once per text (`TextSubject.tactic_hits`); each rule only picks its
tactic's hits. Default severities: `warn` for pressure that may be true but is used as
pressure (urgency, scarcity, social proof...), `block` for tactics that are deceptive by
construction and blacklisted or banned outright (sneaking: hidden costs, silent renewal,
UCPD Annex I 20-21 and Art. 7; forced action: DSA Art. 25(1)).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from flambeau.core.ethics.model import Severity
from flambeau.core.ethics.rules import Example, Hit, Rule
from flambeau.core.ethics.subjects import TextSubject

BLOCKING_TACTICS = frozenset({"sneaking", "forced_action"})
INFO_TACTICS: frozenset[str] = frozenset()


class TacticRule(Rule):
    """Base of the generated per-tactic rules."""

    tactic: ClassVar[str]
    subjects = ("text",)
    languages = ("en", "fr")

    def check(self, subject: TextSubject) -> Iterable[Hit]:
        hits = subject.tactic_hits(self.tactic)
        if not hits:  # the common case, kept cheap: no generator per tactic and text
            return ()
        return [Hit(hit.message, hit.start, hit.end, hit.suggestion) for hit in hits]


def _severity(tactic: str) -> Severity:
    if tactic in BLOCKING_TACTICS:
        return Severity.BLOCK
    return Severity.INFO if tactic in INFO_TACTICS else Severity.WARN


def tactic_rules() -> list[type[Rule]]:
    """One rule class per tactic the detector knows, documented from its TACTIC_INFO."""
    from flambeau.core.ethics.manipulation import TACTIC_INFO, TACTICS

    rules: list[type[Rule]] = []
    for tactic in TACTICS:
        info: Any = TACTIC_INFO[tactic]
        examples = tuple(
            Example(lang=lang, bad=bad, good=good)
            for lang, pairs in sorted(info.examples.items())
            for bad, good in pairs
        )
        name = "".join(part.title() for part in tactic.split("_")) + "Rule"
        attrs = {
            "id": f"manipulation.{tactic}",
            "tactic": tactic,
            "severity": _severity(tactic),
            "basis": info.basis,
            "title": info.title,
            "description": info.description,
            "examples": examples,
            "__doc__": f"Manipulation tactic: {info.title}.",
            "__module__": __name__,
        }
        rules.append(type(name, (TacticRule,), attrs))
    return rules
