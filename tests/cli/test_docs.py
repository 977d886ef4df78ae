"""Generated docs stay in step with the code: every command and channel is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.cli.docs import GENERATED

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_docs_are_current(name: str) -> None:
    committed = (DOCS / name).read_text(encoding="utf-8")
    assert committed == GENERATED[name](), f"docs/{name} is stale: run python -m flambeau.cli.docs"


def test_readme_names_every_command() -> None:
    from flambeau.cli import cli

    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        if name != "manage":
            assert f"flambeau {name}" in readme, f"README does not document `flambeau {name}`"
