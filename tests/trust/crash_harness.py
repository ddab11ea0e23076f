"""Kill a process writing an atlas at random moments (SIGKILL) and check what is left.

Two workloads run in a child process through the store:

- ``edit``: transaction k sets the setting ``crash.counter`` to k, sets a
  network's ``size_estimate`` to k and adds one signal, then prints k. After a
  kill all three must agree (one transaction is all there or not at all) and k
  must be the last printed one or the one after (printed = committed).
- ``import``: transaction k adds 10,000 signals with ``add_many`` and prints k.
  After a kill the number of signals is a multiple of 10,000, k or k+1 of them.
- ``backup``: makes verified backups in a loop. After a kill every file under
  a backup's final name passes quick_check (a half copy only ever exists under
  a temporary name).

Every kill is followed by opening the atlas through the store (quick_check)
and ``PRAGMA integrity_check``. Used by tests/trust/test_crash.py (a few kills)
and bench/bench_crash.py (at least 100).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMPORT_ROWS = 10_000
#: Past this many signals an atlas is replaced by a fresh one.
RESET_ROWS = 50_000

CHILD = r"""
import sys
from dataclasses import replace
from datetime import date
from desktop_app.domain import Network, Signal
from desktop_app.domain.enums import Dimension
from desktop_app.store import Atlas

path, mode, network_id = sys.argv[1], sys.argv[2], sys.argv[3]
passphrase = sys.argv[4] if len(sys.argv) > 4 else None
atlas = Atlas.open(path, passphrase=passphrase)
print("ready", flush=True)

def signal_(note=""):
    return Signal(network_id=network_id, date=date(2026, 11, 27),
                  dimension=Dimension.ACTIVITY, valence=1, note=note)

k = atlas.setting("crash.counter", 0)
if mode == "edit":
    network = atlas.networks.get(network_id)
    while True:
        k += 1
        print(f"b{k}", flush=True)
        with atlas.transaction():
            atlas.set_setting("crash.counter", k)
            atlas.networks.update(replace(network, size_estimate=k))
            atlas.signals.add(signal_(str(k)))
        print(k, flush=True)
elif mode == "import":
    while True:
        k += 1
        print(f"b{k}", flush=True)
        with atlas.transaction():
            atlas.set_setting("crash.counter", k)
            atlas.signals.add_many(signal_() for _ in range(ROWS))
        print(k, flush=True)
else:
    from desktop_app.store import backups
    while True:
        backups.make_backup(atlas, "manual")
""".replace("ROWS", str(IMPORT_ROWS))


@dataclass
class CrashStats:
    kills: int = 0
    by_mode: dict[str, int] = field(default_factory=dict)
    #: Kills after which the atlas held the state of a transaction not yet reported
    #: (the kill fell between COMMIT and the print) - evidence of kills mid-way.
    committed_unreported: int = 0
    #: Kills inside an open transaction that left the state before it, per workload.
    rolled_back: dict[str, int] = field(default_factory=dict)
    integrity_failures: int = 0
    inconsistent: list[str] = field(default_factory=list)
    transactions: int = 0
    backups_checked: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        modes = ", ".join(f"{m}: {n}" for m, n in sorted(self.by_mode.items()))
        return (
            f"{self.kills} kills ({modes}), {self.transactions} transactions committed, "
            f"integrity failures: {self.integrity_failures}, "
            f"inconsistent states: {len(self.inconsistent)}, "
            f"killed mid-transaction and rolled back: {self.rolled_back}, "
            f"commit seen before its report: {self.committed_unreported}, "
            f"backups verified after kills: {self.backups_checked}, "
            f"{self.seconds:.1f} s"
        )


def prepare(path: Path, passphrase: str | None = None) -> str:
    """A fresh atlas with one network; returns the network's id."""
    from desktop_app.domain import Network
    from desktop_app.store import Atlas

    with Atlas.create(path, name="Crash", passphrase=passphrase) as atlas:
        return atlas.networks.add(Network(name="Proefnetwerk")).id


def _bad_backups(data: Path, since: float, passphrase: str | None) -> tuple[list[str], int]:
    """Backups (final names) written since ``since`` that fail verification, and the count."""
    from desktop_app.store import backups

    bad, checked = [], 0
    for folder in (data / "backups").glob("*"):
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            made = backups.parse_name(item)
            if made is None or item.stat().st_mtime < since:
                continue
            checked += 1
            if not backups.verify(item, passphrase):
                bad.append(item.name)
    return bad, checked


def _state(path: Path, network_id: str, passphrase: str | None) -> tuple[list[str], int, int, int]:
    from desktop_app.store import Atlas

    with Atlas.open(path, passphrase=passphrase, auto_backup=False) as atlas:
        problems = atlas.check()
        counter = atlas.setting("crash.counter", 0)
        network = atlas.networks.get(network_id)
        signals = atlas.signals.count()
    return problems, counter, network.size_estimate or 0, signals


def run(
    kills: int,
    workdir: Path,
    *,
    seed: int = 1,
    modes: tuple[str, ...] = ("edit", "import", "backup"),
    passphrase: str | None = None,
    max_delay: dict[str, float] | None = None,
) -> CrashStats:
    """Kill ``kills`` children at random moments, checking the atlas after each."""
    rng = random.Random(seed)
    delays = {"edit": 0.4, "import": 1.5, "backup": 0.5, **(max_delay or {})}
    stats = CrashStats()
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZWERMKAART_DATA_DIR": str(workdir / "data")}
    for i in range(kills):
        mode = modes[i % len(modes)]
        path = workdir / f"crash-{mode}.zwerm"
        ids_file = Path(f"{path}.network")
        if not path.exists():
            ids_file.write_text(prepare(path, passphrase))
        network_id = ids_file.read_text()
        args = [sys.executable, "-c", CHILD, str(path), mode, network_id]
        if passphrase is not None:
            args.append(passphrase)
        _, before, _, before_signals = _state(path, network_id, passphrase)
        started_kill = time.time()
        child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        if first != "ready":
            child.kill()
            child.wait()
            raise RuntimeError(f"child did not start: {first!r}")
        time.sleep(rng.uniform(0.0, delays[mode]))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        lines = child.stdout.read().split()
        child.stdout.close()
        printed = [int(line) for line in lines if line.isdigit()]
        begun = [int(line[1:]) for line in lines if line.startswith("b")]
        last = printed[-1] if printed else before
        stats.kills += 1
        stats.by_mode[mode] = stats.by_mode.get(mode, 0) + 1

        problems, counter, size, signals = _state(path, network_id, passphrase)
        if problems:
            stats.integrity_failures += 1
        if mode == "backup":
            bad = _bad_backups(workdir / "data", started_kill - 1, passphrase)
            stats.backups_checked += bad[1]
            stats.inconsistent += [f"kill {i}: unusable backup {name}" for name in bad[0]]
            continue
        if counter not in (last, last + 1):
            stats.inconsistent.append(f"kill {i}: counter {counter}, last reported {last}")
        if counter == last + 1:
            stats.committed_unreported += 1
        elif begun and begun[-1] == last + 1 and counter == last:
            stats.rolled_back[mode] = stats.rolled_back.get(mode, 0) + 1
        stats.transactions += counter - before
        done = counter - before
        if mode == "edit":
            if not (size == counter and signals == before_signals + done):
                stats.inconsistent.append(
                    f"kill {i}: counter {counter}, size {size}, signals {signals}"
                )
        elif signals != before_signals + done * IMPORT_ROWS:
            stats.inconsistent.append(
                f"kill {i}: {signals} signals after {done} imports of {IMPORT_ROWS}"
            )
        if signals > RESET_ROWS:
            # Keep the checks fast: start the next runs on a fresh atlas.
            for suffix in ("", "-wal", "-shm", ".network"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    stats.seconds = time.monotonic() - started
    return stats
