"""One exception hierarchy whose messages are written for the person who reads them."""

from __future__ import annotations


class FlambeauError(Exception):
    """Base of every error Flambeau raises on purpose; its message is for the user."""


class ProblemsError(FlambeauError):
    """An input with one or more problems, each naming the field path it concerns."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        lines = [f"{self.source}: {len(self.problems)} problem(s)"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


class BriefError(ProblemsError):
    """A campaign brief that cannot be used as it is."""


class PolicyError(ProblemsError):
    """An ethics policy file that cannot be used as it is."""


class WriterError(FlambeauError):
    """Text generation failed in a way the user must know about."""


class ModelNotFoundError(WriterError):
    """The configured text model id is not one the `llm` library knows."""


class PainterError(FlambeauError):
    """Image generation failed in a way the user must know about."""


class ConnectorError(FlambeauError):
    """A channel connector could not do what was asked."""


class GateError(FlambeauError):
    """The ethics gate refused an action (approve, schedule, publish)."""
