"""Wall time of `generate_campaign` per shared brief: bundled model vs template-only baseline.

Run alone: `.venv/bin/python benchmarks/generate.py [BRIEF...]`. Prints one table; the
template writer is the baseline measured in the same run. The first llm row includes
loading the model once per process. "model used": posts whose provenance names a model
(it wrote a sentence or chose among written lines; see benchmarks/content.py for the split).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from flambeau.core.brief import load_brief
from flambeau.core.pipeline import generate_campaign

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "briefs"


def timed(brief_path: Path, writer: str) -> tuple[float, int, int]:
    brief = load_brief(brief_path)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        plan = generate_campaign(brief, Path(folder) / "out", writer=writer)
        elapsed = time.perf_counter() - started
    by_model = sum(1 for p in plan.posts if p.provenance.model)
    return elapsed, len(plan.posts), by_model


def main(paths: list[Path]) -> int:
    warm_up = time.perf_counter()
    from flambeau.core.writing import write_plan  # noqa: F401  (import cost, not generation)

    print(f"import of the writing engine: {time.perf_counter() - warm_up:.2f} s")
    print(
        f"{'brief':<34}{'posts':>6}{'template s':>12}{'llm s':>9}{'llm posts/min':>15}{'by model':>10}"
    )
    for path in paths:
        template_s, posts, _ = timed(path, "template")
        llm_s, _, by_model = timed(path, "llm")
        print(
            f"{path.name:<34}{posts:>6}{template_s:>12.2f}{llm_s:>9.2f}"
            f"{posts / llm_s * 60:>15.0f}{by_model:>9}/{posts}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or sorted(SHARED.glob("*.yaml"))))
