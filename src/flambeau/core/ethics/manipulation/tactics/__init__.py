"""The tactic catalogue, in the order of TACTICS."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.spec import TacticSpec
from flambeau.core.ethics.manipulation.tactics import appeals, bait, claims, crowd, hidden, pressure

_ALL = [*pressure.SPECS, *crowd.SPECS, *appeals.SPECS, *bait.SPECS, *hidden.SPECS, *claims.SPECS]
ORDER = (
    "urgency",
    "scarcity",
    "social_proof",
    "confirmshaming",
    "fear",
    "guilt",
    "fomo",
    "clickbait",
    "engagement_bait",
    "sneaking",
    "forced_action",
    "exaggeration",
)
SPECS: list[TacticSpec] = sorted(_ALL, key=lambda spec: ORDER.index(spec.name))
