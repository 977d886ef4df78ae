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


def test_readme_documents_every_environment_variable() -> None:
    import re

    source = DOCS.parent / "src"
    names = {
        match
        for path in source.rglob("*.py")
        for match in re.findall(
            r"[\"'](FLAMBEAU_[A-Z0-9_]+)[\"']", path.read_text(encoding="utf-8")
        )
    }
    assert "FLAMBEAU_HOME" in names, "the scan finds the variables"
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"README does not document {missing}"
