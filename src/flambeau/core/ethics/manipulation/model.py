"""Value objects of the manipulation detector: a hit in a text and what a tactic is."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

Examples = dict[str, list[tuple[str, str]]]


class ManipulationHit(BaseModel):
    """One pressure tactic found in a text, with its span in the original string."""

    model_config = ConfigDict(frozen=True)

    tactic: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    basis: str
    confidence: float = Field(ge=0.0, le=1.0)


class TacticInfo(BaseModel):
    """What a tactic is, why it harms, its legal basis, and bad/good examples per language."""

    model_config = ConfigDict(frozen=True)

    name: str
    title: str
    description: str
    basis: str
    examples: Examples
