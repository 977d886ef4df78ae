"""Content engine benchmark: the bundled model against the template-only baseline, same run.

For each shared brief (and, with --all, the test briefs): posts per minute, the share of
posts whose text the model wrote (and the share where it only chose a line), validator
pass rate, fallback rate to the template floor, and diversity (mean pairwise distinct-
bigram ratio within a channel: 1.0 when two posts share no word pair, 0.5 when identical).

    .venv/bin/python benchmarks/content.py [--all] [--model SmolLM2]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from flambeau.core.brief import Brief, load_brief
from flambeau.core.channels import get_channel
from flambeau.core.grounding import unsupported_claims
from flambeau.core.planning import plan_campaign
from flambeau.core.post import Draft, Slot
from flambeau.core.writing import summarise, write_plan
from flambeau.core.writing.models import load_text_model
from flambeau.core.writing.variety import bigrams

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FLAMBEAU_SHARED", REPO.parent / "shared")) / "data" / "briefs"
OWN = REPO / "tests" / "data" / "briefs"
TARGET_SHARE = 0.5  # the model contributes to at least half of the posts
TARGET_SECONDS = 60.0  # a 2-week, 4-channel campaign (goal: 30 s)


def diversity(slots: list[Slot], drafts: list[Draft]) -> float:
    """Mean pairwise distinct-bigram ratio |A ∪ B| / (|A| + |B|) over same-channel pairs."""
    by_channel: dict[str, list[frozenset[tuple[str, str]]]] = defaultdict(list)
    for slot, draft in zip(slots, drafts, strict=True):
        by_channel[slot.channel].append(bigrams("\n".join(draft.parts or [draft.text])))
    ratios = [
        len(a | b) / (len(a) + len(b))
        for grams in by_channel.values()
        for a, b in itertools.combinations(grams, 2)
        if a and b
    ]
    return sum(ratios) / len(ratios) if ratios else 1.0


def independently_valid(brief: Brief, slots: list[Slot], drafts: list[Draft]) -> float:
    """Share of drafts that fit their channel and are grounded, checked afresh."""
    good = 0
    for slot, draft in zip(slots, drafts, strict=True):
        spec = get_channel(slot.channel)
        texts = draft.parts or [draft.text]
        fits = all(spec.fits(t) for t in texts) and spec.fits(draft.text)
        grounded = not unsupported_claims("\n".join(texts), brief=brief)
        recorded = not (draft.provenance.model_extra or {}).get("problems")
        good += fits and grounded and recorded
    return good / len(drafts) if drafts else 1.0


def run(brief: Brief, writer: str, model: str | None) -> dict[str, float]:
    slots = plan_campaign(brief)
    start = time.perf_counter()
    drafts = write_plan(brief, slots, writer=writer, model=model)
    seconds = time.perf_counter() - start
    summary = summarise(drafts)
    return {
        "posts": len(drafts),
        "seconds": seconds,
        "per_min": len(drafts) / seconds * 60 if seconds else float("inf"),
        "written": summary["model_written"],
        "chosen": summary["model_chosen"],
        "passed": independently_valid(brief, slots, drafts),
        "fallback": summary["fallback"],
        "diversity": diversity(slots, drafts),
        "days": brief.campaign.days,
        "english": float(brief.lang == "en"),
        "channels": len(brief.campaign.channels),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also the briefs under tests/data")
    parser.add_argument(
        "--model", default=None, help="model id (default: FLAMBEAU_MODEL or SmolLM2)"
    )
    args = parser.parse_args()
    paths = sorted(SHARED.glob("*.yaml")) + (sorted(OWN.glob("*.yaml")) if args.all else [])
    if not paths:
        print(f"no briefs under {SHARED}; set FLAMBEAU_SHARED", file=sys.stderr)
        return 2
    load = os.getloadavg()[0]
    start = time.perf_counter()
    load_text_model(args.model or os.environ.get("FLAMBEAU_MODEL") or "SmolLM2")
    print(
        f"model load: {time.perf_counter() - start:.2f} s; load average at start: {load:.1f} "
        f"on {os.cpu_count()} cores"
    )
    header = (
        f"{'brief':34} {'writer':9} {'posts':>5} {'s':>6} {'posts/min':>9} "
        f"{'written':>7} {'chosen':>6} {'passed':>6} {'fallback':>8} {'divers.':>7}"
    )
    print(header)
    print("-" * len(header))
    totals: dict[str, list[dict[str, float]]] = defaultdict(list)
    for path in paths:
        brief = load_brief(path)
        for writer in ("template", "llm"):
            row = run(brief, writer, args.model)
            totals[writer].append(row)
            print(
                f"{path.name[:34]:34} {writer:9} {row['posts']:5.0f} {row['seconds']:6.1f} "
                f"{row['per_min']:9.0f} {row['written']:7.0%} {row['chosen']:6.0%} "
                f"{row['passed']:6.0%} {row['fallback']:8.0%} {row['diversity']:7.3f}"
            )
    print("-" * len(header))
    for writer, rows in totals.items():
        posts = sum(r["posts"] for r in rows)
        seconds = sum(r["seconds"] for r in rows)
        written = sum(r["written"] * r["posts"] for r in rows) / posts
        chosen = sum(r["chosen"] * r["posts"] for r in rows) / posts
        passed = sum(r["passed"] * r["posts"] for r in rows) / posts
        fallback = sum(r["fallback"] * r["posts"] for r in rows) / posts
        div = sum(r["diversity"] for r in rows) / len(rows)
        print(
            f"{'ALL':34} {writer:9} {posts:5.0f} {seconds:6.1f} {posts / seconds * 60:9.0f} "
            f"{written:7.0%} {chosen:6.0%} {passed:6.0%} {fallback:8.0%} {div:7.3f}"
        )
    llm_rows = totals["llm"]
    contributed = sum((r["written"] + r["chosen"]) * r["posts"] for r in llm_rows) / sum(
        r["posts"] for r in llm_rows
    )
    fortnights = [r for r in llm_rows if r["days"] <= 14 and r["channels"] >= 4]
    # SmolLM2 writes no French (it only chooses lines there): its own text is judged in English.
    english = [(p.name, r) for p, r in zip(paths, llm_rows, strict=True) if r["english"]]
    weakest = min(english, key=lambda e: e[1]["written"], default=None)
    print()
    print(
        f"model contributed (written or chosen) to {contributed:.0%} of posts "
        f"(target {TARGET_SHARE:.0%}): {'OK' if contributed >= TARGET_SHARE else 'BELOW TARGET'}"
    )
    if weakest is not None:
        name, row = weakest
        ok = row["written"] >= TARGET_SHARE
        print(
            f"model wrote its own text in {row['written']:.0%} of posts or more on every "
            f"English brief (weakest: {name}; target {TARGET_SHARE:.0%}): "
            f"{'OK' if ok else 'BELOW TARGET'}"
        )
    for row in fortnights:
        verdict = "OK" if row["seconds"] < TARGET_SECONDS else "OVER"
        print(
            f"2-week {row['channels']:.0f}-channel campaign: {row['seconds']:.1f} s "
            f"(target < {TARGET_SECONDS:.0f} s, goal 30 s): {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
