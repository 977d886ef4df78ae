"""Write a generated campaign folder all at once: a failure leaves the old one untouched."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# What `flambeau generate` owns inside its output folder; anything else there is left alone.
OWNED = ("plan.json", "report.html", "images", "contact-sheets")


@contextmanager
def staged_output(out_dir: Path) -> Iterator[Path]:
    """Yield a staging folder beside `out_dir`; on success its contents replace ours in out_dir."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        yield staging
        _publish(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _publish(staging: Path, out_dir: Path) -> None:
    out_dir.mkdir(exist_ok=True)
    for name in OWNED:
        new = staging / name
        old = out_dir / name
        if not new.exists():
            continue
        if old.is_dir() and not old.is_symlink():
            trash = staging / f".old-{name}"
            old.rename(trash)
        new.replace(old)
