"""Random byte flips in copies of an atlas: how many are found (issue 16, point 5).

    python bench/bench_corruption.py [--copies 100] [--networks 300]

Prints, for copies sealed by the app (closed by Zwermkaart, then damaged in place,
as a failing disk or a broken sync would) and for unsealed ones (a crash, a copy
from another machine: SQLite's checks only), how each opened: reported damaged,
opened with the right content, or opened silently wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--networks", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ZWERMKAART_DATA_DIR"] = str(Path(tmp) / "data")
        from desktop_app.store.demo import create_demo
        from tests.trust.test_damage import flip_trial

        original = create_demo(Path(tmp) / "demo.zwerm", networks=args.networks, seed=5)
        for sealed in (True, False):
            started = time.perf_counter()
            outcome = flip_trial(original, args.copies, args.seed, sealed=sealed)
            took = time.perf_counter() - started
            label = "sealed (closed by the app)" if sealed else "unsealed (SQLite checks only)"
            print(f"{label:32} {args.copies} copies, {took:.1f} s: {outcome}")


if __name__ == "__main__":
    main()
