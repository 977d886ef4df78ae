"""The editorial calendar: when, where, which message, to whom, from which angle."""

from flambeau.core.planning.calendar import posting_days
from flambeau.core.planning.planner import DEFAULT_K, angle_for, plan_campaign, targetable

__all__ = ["DEFAULT_K", "angle_for", "plan_campaign", "posting_days", "targetable"]
