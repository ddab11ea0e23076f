"""Kill ``encrypt``, ``decrypt`` and ``passphrase`` (SIGKILL) at every stage and at random.

Each trial starts from a fresh copy of a small world: an atlas holding one
resident (:data:`NAME`) and three backups, plain (for ``encrypt``) or
encrypted with :data:`OLD` (for ``decrypt`` and ``passphrase``). The command
runs through the command line in a child process and is killed:

- at a stage: ``ZWERMKAART_KILL_AT=<stage>`` (see
  :data:`desktop_app.store.conversion.STAGES`) makes the child kill itself there;
- at random: after a random delay up to the length of an uninterrupted run.

After the kill the atlas is opened as any command would (which finishes or
undoes the interrupted conversion), and the atlas and every backup must then
be all old or all new, each readable. Then the same command runs once more
and must succeed; after it everything must be new: the atlas and every
backup open with the new key and not with the old one, no temporary or
journal is left, and for an encrypted result no file in the atlas's folder or
the data folder (backups, index) contains the resident's name.

Used by tests/trust/test_conversion_crash.py (one kill per stage) and
bench/bench_crash.py (``--conversions``, many random kills).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NAME = "Wilhelmina Kwikstaartje"
OLD = "oud wachtwoord 1"
NEW = "nieuw wachtwoord 2"
BACKUPS = 3
OPERATIONS = ("encrypt", "decrypt", "passphrase")

#: Which key opens a file before and after each operation (None: plain).
KEYS: dict[str, tuple[str | None, str | None]] = {
    "encrypt": (None, NEW),
    "decrypt": (OLD, None),
    "passphrase": (OLD, NEW),
}

CHILD = "import sys; from desktop_app.cli.main import main; sys.exit(main(sys.argv[1:]))"


@dataclass
class ConversionStats:
    kills: int = 0
    by_operation: dict[str, int] = field(default_factory=dict)
    #: After a kill and an open: all old / all new.
    seen_old: int = 0
    seen_new: int = 0
    failures: list[str] = field(default_factory=list)
    #: Stage kills where the child finished instead (the stage was never reached).
    not_reached: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        ops = ", ".join(f"{op}: {n}" for op, n in sorted(self.by_operation.items()))
        return (
            f"{self.kills} kills ({ops}); after kill + open: {self.seen_old} all old, "
            f"{self.seen_new} all new; failures: {len(self.failures)}; "
            f"stages not reached: {len(self.not_reached)}; {self.seconds:.1f} s"
        )


# -- the world -------------------------------------------------------------------
def _make_world(root: Path, passphrase: str | None) -> None:
    """An atlas with one resident and :data:`BACKUPS` backups, under ``root``."""
    from desktop_app.domain import Network, Person
    from desktop_app.store import Atlas, backups

    old_env = os.environ.get("ZWERMKAART_DATA_DIR")
    os.environ["ZWERMKAART_DATA_DIR"] = str(root / "data")
    try:
        (root / "atlas").mkdir(parents=True)
        with Atlas.create(root / "atlas" / "wijk.zwerm", name="Wijk", passphrase=passphrase) as a:
            a.networks.add(Network(name="Buurtmoestuin"))
            a.persons.add(Person(display_name=NAME, contact="06-55512345"))
            for _ in range(BACKUPS):
                backups.make_backup(a, "manual")
    finally:
        if old_env is None:
            os.environ.pop("ZWERMKAART_DATA_DIR", None)
        else:
            os.environ["ZWERMKAART_DATA_DIR"] = old_env


class World:
    """A fresh copy of a prepared world per trial."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.templates: dict[str, Path] = {}
        self.trials = 0

    def fresh(self, operation: str) -> Path:
        start = "plain" if KEYS[operation][0] is None else "encrypted"
        if start not in self.templates:
            template = self.workdir / f"template-{start}"
            _make_world(template, None if start == "plain" else OLD)
            self.templates[start] = template
        self.trials += 1
        root = self.workdir / f"trial-{self.trials:04d}"
        shutil.copytree(self.templates[start], root)
        return root


def _env(root: Path, operation: str, kill_at: str | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "ZWERMKAART_DATA_DIR": str(root / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    old, new = KEYS[operation]
    env.pop("ZWERMKAART_PASSPHRASE", None)
    env.pop("ZWERMKAART_KILL_AT", None)
    if old is not None:
        env["ZWERMKAART_PASSPHRASE"] = old
    if new is not None:
        env["ZWERMKAART_NEW_PASSPHRASE"] = new
    if kill_at is not None:
        env["ZWERMKAART_KILL_AT"] = kill_at
    return env


def _command(root: Path, operation: str) -> list[str]:
    return [sys.executable, "-c", CHILD, operation, str(root / "atlas" / "wijk.zwerm")]


def run_command(
    root: Path, operation: str, *, kill_at: str | None = None, kill_after: float | None = None
) -> int:
    """Run the command; returns its exit code (-9 when killed)."""
    child = subprocess.Popen(
        _command(root, operation),
        env=_env(root, operation, kill_at),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if kill_after is not None:
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
    global _last_error
    _, err = child.communicate()
    _last_error = err.decode(errors="replace").strip()[-300:]
    return child.returncode


_last_error = ""


# -- what is on disk ----------------------------------------------------------------
def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _backup_files(root: Path) -> list[Path]:
    from desktop_app.store import backups

    return [p for p in (root / "data").rglob("*.zwerm") if backups.parse_name(p) is not None]


def _key_of(path: Path) -> str:
    """Which of our keys opens ``path``: "plain", "old", "new" or "unreadable"."""
    from desktop_app.store import backups

    for label, key in (("plain", None), ("old", OLD), ("new", NEW)):
        if key is None and _encrypted(path):
            continue
        if key is not None and not _encrypted(path):
            continue
        if backups.verify(path, key):
            return label
    return "unreadable"


def _encrypted(path: Path) -> bool:
    from desktop_app.store.crypto import is_encrypted

    return is_encrypted(path)


def _label(operation: str, side: int) -> str:
    key = KEYS[operation][side]
    return "plain" if key is None else ("old" if key == OLD else "new")


def _debris(root: Path, *, conversion_only: bool = False) -> list[str]:
    """Journals and temporaries left (``conversion_only``: those of a conversion)."""
    from desktop_app.store.conversion import JOURNAL_SUFFIX

    ends = (JOURNAL_SUFFIX,) if conversion_only else (JOURNAL_SUFFIX, ".tmp")
    return [p.name for p in _files(root) if p.name.endswith(ends) or ".conversion-" in p.name]


def _state_after_open(root: Path) -> list[str]:
    """Finish or undo the pending conversion as an open does; then which side all files are."""
    from desktop_app.store.conversion import finish_pending

    atlas = root / "atlas" / "wijk.zwerm"
    finish_pending(atlas)
    labels = {path.name: _key_of(path) for path in [atlas, *_backup_files(root)]}
    return [f"{n}: {k}" for n, k in sorted(labels.items())]


def _names_found(root: Path) -> list[str]:
    needles = [NAME.encode(), NAME.split()[1].encode(), NAME.encode("utf-16-le")]
    return [p.name for p in _files(root) if any(n in p.read_bytes() for n in needles)]


def check_trial(root: Path, operation: str, stats: ConversionStats, what: str) -> None:
    """After a kill: open (all old or all new), re-run (must succeed), all new, no names."""
    old_label, new_label = _label(operation, 0), _label(operation, 1)
    files = _state_after_open(root)
    states = {f.split(": ")[1] for f in files}
    if states == {old_label}:
        stats.seen_old += 1
    elif states == {new_label}:
        stats.seen_new += 1
    else:
        stats.failures.append(f"{what}: after open, mixed states {files}")
    if debris := _debris(root, conversion_only=True):
        stats.failures.append(f"{what}: after open, debris {debris}")

    code = run_command(root, operation)
    if code != 0:
        stats.failures.append(f"{what}: re-run exited {code}: {_last_error}")
        return
    files = [
        f"{p.name}: {_key_of(p)}" for p in [root / "atlas" / "wijk.zwerm", *_backup_files(root)]
    ]
    if {f.split(": ")[1] for f in files} != {new_label}:
        stats.failures.append(f"{what}: after re-run {files}")
    if len(files) < BACKUPS + 2:
        stats.failures.append(f"{what}: backups lost: {files}")
    if debris := _debris(root):
        stats.failures.append(f"{what}: after re-run, debris {debris}")
    if KEYS[operation][1] is not None and (found := _names_found(root)):
        stats.failures.append(f"{what}: the resident's name in {found}")
    _check_content(root, operation, stats, what)


def _check_content(root: Path, operation: str, stats: ConversionStats, what: str) -> None:
    from desktop_app.store import Atlas

    key = KEYS[operation][1]
    try:
        with Atlas.open(
            root / "atlas" / "wijk.zwerm", passphrase=key, auto_backup=False, read_only=True
        ) as atlas:
            names = [p.display_name for p in atlas.persons.all()]
    except Exception as exc:
        stats.failures.append(f"{what}: atlas does not open: {type(exc).__name__}: {exc}")
        return
    if names != [NAME]:
        stats.failures.append(f"{what}: persons {names}")


# -- the runs ---------------------------------------------------------------------
def _count(stats: ConversionStats, operation: str) -> None:
    stats.kills += 1
    stats.by_operation[operation] = stats.by_operation.get(operation, 0) + 1


def run_stages(
    workdir: Path, operations: tuple[str, ...] = OPERATIONS, stages: tuple[str, ...] | None = None
) -> ConversionStats:
    """One kill at each stage of each operation."""
    from desktop_app.store.conversion import STAGES

    stats = ConversionStats()
    started = time.monotonic()
    world = World(workdir)
    for operation in operations:
        for stage in stages or STAGES:
            root = world.fresh(operation)
            code = run_command(root, operation, kill_at=stage)
            what = f"{operation} killed at {stage}"
            if code != -signal.SIGKILL:
                stats.not_reached.append(f"{what}: exit {code} {_last_error}")
                continue
            _count(stats, operation)
            check_trial(root, operation, stats, what)
            shutil.rmtree(root)
    stats.seconds = time.monotonic() - started
    return stats


def run_random(
    kills: int, workdir: Path, *, seed: int = 1, operations: tuple[str, ...] = OPERATIONS
) -> ConversionStats:
    """``kills`` kills at random moments, spread over the operations."""
    rng = random.Random(seed)
    stats = ConversionStats()
    started = time.monotonic()
    world = World(workdir)
    duration: dict[str, float] = {}
    for operation in operations:  # how long an uninterrupted run takes
        root = world.fresh(operation)
        begun = time.monotonic()
        if run_command(root, operation) != 0:
            raise RuntimeError(f"{operation} fails without a kill")
        duration[operation] = time.monotonic() - begun
        shutil.rmtree(root)
    for i in range(kills):
        operation = operations[i % len(operations)]
        root = world.fresh(operation)
        delay = rng.uniform(0.0, duration[operation])
        code = run_command(root, operation, kill_after=delay)
        what = f"{operation} killed after {delay:.2f} s"
        if code != -signal.SIGKILL:
            continue  # finished before the kill: no trial
        _count(stats, operation)
        check_trial(root, operation, stats, what)
        shutil.rmtree(root)
    stats.seconds = time.monotonic() - started
    return stats
