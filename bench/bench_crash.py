"""Crash-safety benchmark: SIGKILL a writing process at random moments, many times.

    python3 bench/bench_crash.py [--kills 120] [--seed 1] [--encrypted]

Half the kills hit single edits (a counter in three tables per transaction),
half hit 10,000-row imports in one transaction. After every kill the atlas
must pass quick_check (on open) and integrity_check, and hold exactly the
state before or after the interrupted transaction. Prints the counts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.trust import crash_harness


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true", help="SQLCipher atlas")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zwerm-crash-") as tmp:
        stats = crash_harness.run(
            args.kills,
            Path(tmp),
            seed=args.seed,
            passphrase="bench passphrase" if args.encrypted else None,
        )
    print(("encrypted: " if args.encrypted else "plain: ") + stats.summary())
    for line in stats.inconsistent:
        print("  ", line)
    ok = stats.integrity_failures == 0 and not stats.inconsistent
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
