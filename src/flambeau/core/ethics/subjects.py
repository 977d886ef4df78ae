"""What a rule's `check` receives: one object per kind of subject, with shared lazy work."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flambeau.core.brief import Audience, Brief
from flambeau.core.ethics.text import fold

if TYPE_CHECKING:
    from flambeau.core.ethics.manipulation import ManipulationHit
    from flambeau.core.ethics.policy import Policy
    from flambeau.core.post import Post


class TextSubject:
    """One text, its language, the optional brief and post; folding and detection done once."""

    __slots__ = ("_folded", "_tactics", "brief", "lang", "memo", "policy", "post", "text")

    def __init__(
        self,
        text: str,
        lang: str,
        policy: Policy,
        brief: Brief | None = None,
        post: Post | None = None,
    ) -> None:
        self.text = text
        self.lang = lang
        self.policy = policy
        self.brief = brief
        self.post = post
        self._folded: str | None = None
        self._tactics: dict[str, list[ManipulationHit]] | None = None
        self.memo: dict[str, Any] = {}  # work several rules share (PII spans...)

    @property
    def folded(self) -> str:
        """Lower case, no accents, same length as `text`."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def tactic_hits(self, tactic: str) -> list[ManipulationHit]:
        """The manipulation detector's hits for one tactic (the detector runs once per text)."""
        if self._tactics is None:
            from flambeau.core.ethics.manipulation import find_manipulation

            grouped: dict[str, list[ManipulationHit]] = {}
            for hit in find_manipulation(self.text, lang=self.lang):
                grouped.setdefault(hit.tactic, []).append(hit)
            self._tactics = grouped
        return self._tactics.get(tactic, [])

    def facts_folded(self) -> str:
        """The brief's facts, folded and joined: what a claim may lean on."""
        return fold(" \n ".join(self.brief.facts)) if self.brief else ""


@dataclass
class PostSubject:
    """One post of a campaign with its brief and policy (post and image rules)."""

    post: Post
    brief: Brief
    policy: Policy
    lang: str

    @property
    def audience(self) -> Audience | None:
        return next((a for a in self.brief.audiences if a.name == self.post.audience), None)

    def image_meta(self) -> dict[str, Any]:
        """What the painter recorded about the image (`post.extra["image"]` or top level)."""
        nested = self.post.extra.get("image")
        return nested if isinstance(nested, dict) else self.post.extra


@dataclass
class PlanSubject:
    """Every post of a plan, in order, with the brief and policy."""

    posts: list[Post]
    brief: Brief
    policy: Policy
    lang: str


@dataclass
class AudienceSubject:
    """One audience of a brief."""

    audience: Audience
    brief: Brief
    policy: Policy
    lang: str


@dataclass
class AllocationSubject:
    """Exposure shares per audience (summing to about 1) and the audiences' sizes."""

    shares: dict[str, float]
    sizes: dict[str, int]
    policy: Policy
    lang: str = "en"
    extra: dict[str, Any] = field(default_factory=dict)
