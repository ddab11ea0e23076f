"""The foundation's figures: demo generation, opening an atlas, latest signal per network.

For each size (default 300, 10,000 and 50,000 networks) it generates a demo
atlas in a temporary folder, opens it (read-only, and writable without the
day's first backup) and runs ``atlas.signals.latest_per_network()``. Wall
and CPU seconds are printed; on a shared machine the wall time is the noisy
one.

    python bench/bench_store.py [--sizes 300 10000 50000] [--keep DIR]

Needs about 1 GB of free disk for 50,000 networks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def line(label: str, wall: float, cpu: float, extra: str = "") -> None:
    print(f"  {label:<44} {wall:9.3f} s wall {cpu:9.3f} s cpu  {extra}", flush=True)


def bench_size(folder: Path, networks: int) -> None:
    from desktop_app.store import Atlas
    from desktop_app.store.demo import create_demo

    path = folder / f"demo-{networks}.zwerm"
    print(f"{networks:,} networks".replace(",", "."), flush=True)
    wall, cpu, _ = timed(lambda: create_demo(path, networks=networks, reference=date(2026, 11, 27)))
    size_mb = path.stat().st_size / 1e6
    line("generate demo", wall, cpu, f"{size_mb:.0f} MB")

    wall, cpu, atlas = timed(lambda: Atlas.open(path, read_only=True))
    counts = atlas.counts()
    line("Atlas.open read-only", wall, cpu)
    runs = []
    for _ in range(3):
        runs.append(timed(atlas.signals.latest_per_network))
    latest = runs[0][2]
    line(
        "signals.latest_per_network (first run)",
        runs[0][0],
        runs[0][1],
        f"{len(latest):,} networks of {counts['networks']:,}, {counts['signals']:,} signals",
    )
    best = min(runs[1:], key=lambda r: r[0])
    line("signals.latest_per_network (warm, best of 2)", best[0], best[1])
    atlas.close()

    wall, cpu, atlas = timed(lambda: Atlas.open(path, auto_backup=False))
    line("Atlas.open writable (no daily backup)", wall, cpu)
    atlas.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 10_000, 50_000])
    parser.add_argument("--keep", type=Path, help="write the atlases here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="zwermkaart-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    # Backups and the demo copy go to a scratch data folder, never the user's.
    os.environ["ZWERMKAART_DATA_DIR"] = str(folder / "userdata")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    try:
        for size in args.sizes:
            bench_size(folder, size)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"load at the end {os.getloadavg()[0]:.1f} (other work on the machine slows wall time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
