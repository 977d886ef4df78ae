"""Fixtures for the manipulation detector: the labelled corpus, dev.jsonl and a scorer."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from flambeau.core.ethics.manipulation import find_manipulation

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "data" / "labelled.jsonl"
REPO = HERE.parents[3]
SHARED = Path(os.environ.get("FLAMBEAU_SHARED", REPO.parent / "shared"))
DEV_JSONL = SHARED / "data" / "copy" / "dev.jsonl"


@dataclass(frozen=True)
class Scores:
    """Binary detection scores: a text is flagged when it gets at least one hit."""

    n: int
    accuracy: float
    precision: float
    recall: float
    misses: tuple[str, ...]
    false_alarms: tuple[str, ...]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(rows: list[dict[str, Any]]) -> Scores:
    """Run the detector on labelled rows and compute accuracy, precision and recall."""
    tp = fp = fn = tn = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for row in rows:
        flagged = bool(find_manipulation(row["text"], lang=row.get("lang", "auto")))
        if flagged and row["manipulative"]:
            tp += 1
        elif flagged:
            fp += 1
            false_alarms.append(row["text"])
        elif row["manipulative"]:
            fn += 1
            misses.append(row["text"])
        else:
            tn += 1
    n = tp + fp + fn + tn
    return Scores(
        n=n,
        accuracy=(tp + tn) / n,
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        misses=tuple(misses),
        false_alarms=tuple(false_alarms),
    )


@pytest.fixture(scope="session")
def labelled() -> list[dict[str, Any]]:
    return read_jsonl(LABELLED)


@pytest.fixture(scope="session")
def dev_rows() -> list[dict[str, Any]]:
    if not DEV_JSONL.exists():
        pytest.skip(f"shared dev set not found at {DEV_JSONL}")
    return read_jsonl(DEV_JSONL)
