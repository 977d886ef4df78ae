"""Ethics test fixtures: a fake third-party rule, registered the way a plugin would."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flambeau.core.ethics import Hit, Rule, Severity, register_rule, registry
from flambeau.core.ethics.rules import Example


class ShoutingRule(Rule):
    """A stand-in third-party rule: flags the word SHOUT."""

    id = "testing.shout"
    severity = Severity.WARN
    subjects = ("text",)
    languages = ("en",)
    basis = "the test suite"
    title = "Shouting"
    description = "Flags the word SHOUT."
    examples = (Example(lang="en", bad="SHOUT", good="speak"),)

    def check(self, subject: Any) -> Iterator[Hit]:
        index = subject.text.find("SHOUT")
        if index >= 0:
            yield Hit("Shouting.", index, index + 5, "Speak.")


@pytest.fixture
def fake_rule() -> Iterator[type[Rule]]:
    """Register the fake rule through the plugin callback; always unregister it."""
    register_rule(ShoutingRule)
    try:
        yield ShoutingRule
    finally:
        registry.unregister(ShoutingRule.id)
