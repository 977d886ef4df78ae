"""The output folder is replaced all at once: a failure leaves what was there."""

from __future__ import annotations

from pathlib import Path

import pytest

from flambeau.core.output import staged_output


def test_success_replaces_owned_entries_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "images").mkdir(parents=True)
    (out / "images" / "old.png").write_bytes(b"old")
    (out / "plan.json").write_text("old")
    (out / "notes.txt").write_text("mine")
    with staged_output(out) as staging:
        (staging / "images").mkdir()
        (staging / "images" / "p01.png").write_bytes(b"new")
        (staging / "plan.json").write_text("new")
    assert (out / "plan.json").read_text() == "new"
    assert sorted(p.name for p in (out / "images").iterdir()) == ["p01.png"]
    assert (out / "notes.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging folder left behind"


def test_failure_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "plan.json").write_text("previous")
    with pytest.raises(RuntimeError), staged_output(out) as staging:
        (staging / "plan.json").write_text("half")
        raise RuntimeError("model crashed")
    assert (out / "plan.json").read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_failure_on_a_new_folder_creates_nothing(tmp_path: Path) -> None:
    out = tmp_path / "new"
    with pytest.raises(RuntimeError), staged_output(out):
        raise RuntimeError("boom")
    assert not out.exists()
