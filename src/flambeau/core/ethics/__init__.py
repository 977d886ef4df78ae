"""The ethics engine: rules as plugins, policies, and checks for texts, posts and plans."""

from flambeau.core.ethics.engine import (
    check_allocation,
    check_audiences,
    check_plan,
    check_post,
    check_text,
    default_policy,
)
from flambeau.core.ethics.model import Finding, Report, Severity
from flambeau.core.ethics.policy import Policy, load_policy
from flambeau.core.ethics.rules import Example, Hit, Rule, register_rule, registry

__all__ = [
    "Example",
    "Finding",
    "Hit",
    "Policy",
    "Report",
    "Rule",
    "Severity",
    "check_allocation",
    "check_audiences",
    "check_plan",
    "check_post",
    "check_text",
    "default_policy",
    "load_policy",
    "register_rule",
    "registry",
]
