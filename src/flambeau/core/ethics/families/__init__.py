"""The built-in rule families; `register` is the `flambeau.rules` entry point they share."""

from __future__ import annotations

from collections.abc import Callable

from flambeau.core.ethics.rules import Rule

FAMILIES = (
    "manipulation", "honesty", "disclosure", "privacy", "wellbeing", "diversity", "fairness",
    "accessibility", "sector", "brand",
)  # fmt: skip


def builtin_rules() -> list[type[Rule]]:
    """Every built-in rule class, family by family (manipulation from its detector)."""
    from flambeau.core.ethics.families import (
        accessibility,
        audiences,
        brand,
        disclosure,
        diversity,
        fairness,
        honesty,
        privacy,
        sector,
        sector_mentions,
        wellbeing,
    )
    from flambeau.core.ethics.families.manipulation import tactic_rules

    modules = (
        honesty,
        disclosure,
        privacy,
        audiences,
        wellbeing,
        diversity,
        fairness,
        accessibility,
        sector_mentions,
        sector,
        brand,
    )
    return [*tactic_rules(), *(rule for module in modules for rule in module.RULES)]


def register(register_rule: Callable[[type[Rule]], type[Rule]]) -> None:
    """Register the built-in rules with the callback a third-party plugin also receives."""
    for rule in builtin_rules():
        register_rule(rule)
