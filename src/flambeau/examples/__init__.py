"""Sample briefs shipped with the package; the demo uses the Pain d'Or one."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

DEMO_BRIEF = "paindor-ateliers.fr.yaml"


def example_names() -> list[str]:
    return sorted(p.name for p in files(__name__).iterdir() if p.name.endswith((".yaml", ".json")))


def example_path(name: str = DEMO_BRIEF) -> Path:
    """A filesystem path to a bundled example brief (the package is installed as files)."""
    with as_file(files(__name__) / name) as path:
        return Path(path)
