"""One recorded, resumable operation that converts an atlas and all its backups at once.

Encrypting, decrypting and changing the passphrase touch many files: the atlas
and every backup. A crash halfway must never leave some of them old and some
new (plain backups of an encrypted atlas, backups that still open with the old
passphrase). So a conversion runs in stages, recorded in a small journal file
beside the atlas (``<atlas>.conversion``, JSON, file names only)::

    prepare   journal written (state "prepare"), then every file converted to
              its temporary name ``.<name>.conversion`` and verified; the
              originals are untouched
    commit    journal rewritten with state "commit" (one atomic rename: the
              point of no return)
    swap      temporaries renamed over the originals, backups first, the atlas
              last; files listed for removal (plain copies that could not be
              converted) are removed
    done      journal removed

:func:`finish_pending` runs whenever an atlas is opened (and before every new
conversion): a journal in state "prepare" is rolled back (temporaries
removed: all old), one in state "commit" is rolled forward (the remaining
renames: all new). Neither needs the passphrase.

``ZWERMKAART_KILL_AT=<stage>`` makes the process kill itself (SIGKILL) at that
stage; the crash harness (tests/trust/crash_harness.py) uses it to stop a
conversion at each stage in turn. The stages are in :data:`STAGES`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.i18n import Text
from desktop_app.store import errors
from desktop_app.store.atomic import atomic_write_text, fsync_dir, fsync_path

JOURNAL_SUFFIX = ".conversion"
KILL_ENV = "ZWERMKAART_KILL_AT"

#: Where a conversion can be stopped by ``ZWERMKAART_KILL_AT`` (in this order).
STAGES = (
    "backup-made",  # the safety backup exists, nothing else has changed
    "journal-written",  # journal in state "prepare", no temporary yet
    "atlas-converted",  # the atlas's temporary written and verified
    "backup-converted",  # the first backup's temporary written and verified
    "all-converted",  # every temporary verified, not yet committed
    "committed",  # journal in state "commit", nothing renamed yet
    "backup-swapped",  # the first backup replaced by its converted copy
    "all-swapped",  # every file replaced, journal still there
)


def kill_point(stage: str) -> None:
    """Die here (SIGKILL, no clean-up) when the crash harness asks for ``stage``."""
    if os.environ.get(KILL_ENV) == stage:  # pragma: no cover - runs in the harness's child
        os.kill(os.getpid(), signal.SIGKILL)


def journal_path(atlas: str | os.PathLike[str]) -> Path:
    return Path(f"{atlas}{JOURNAL_SUFFIX}")


def temporary_for(path: Path) -> Path:
    """The fixed temporary name of ``path``'s converted copy (hidden, beside it)."""
    return path.with_name(f".{path.name}{JOURNAL_SUFFIX}")


def _debris(tmp: Path) -> list[Path]:
    """A temporary and the rollback journal SQLite may have left next to it."""
    return [tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")]


@dataclass
class Conversion:
    """The plan of one conversion: which files become which, what is removed."""

    atlas: Path
    operation: str  # "encrypt", "decrypt", "passphrase"
    backups: list[Path] = field(default_factory=list)
    remove: list[Path] = field(default_factory=list)
    state: str = "prepare"
    #: False when the atlas is already in the new state and only backups follow.
    convert_atlas: bool = True

    @property
    def journal(self) -> Path:
        return journal_path(self.atlas)

    def swap_order(self) -> list[Path]:
        """Backups first, the atlas last: the atlas's own state tells when all is done."""
        return [*self.backups, self.atlas] if self.convert_atlas else list(self.backups)

    def write_journal(self) -> None:
        data = {
            "operation": self.operation,
            "state": self.state,
            "atlas": str(self.atlas),
            "backups": [str(p) for p in self.backups],
            "remove": [str(p) for p in self.remove],
            "convert_atlas": self.convert_atlas,
        }
        atomic_write_text(self.journal, json.dumps(data, indent=1), private=True)

    @classmethod
    def read(cls, atlas: Path) -> Conversion | None:
        try:
            data = json.loads(journal_path(atlas).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict) or data.get("state") not in ("prepare", "commit"):
            # A journal we cannot read was never committed (it is written
            # atomically): treat it as "prepare" with only the atlas known.
            data = {"state": "prepare", "operation": "?"}
        return cls(
            atlas=atlas,
            operation=str(data.get("operation", "?")),
            backups=[Path(p) for p in data.get("backups", [])],
            remove=[Path(p) for p in data.get("remove", [])],
            state=str(data["state"]),
            convert_atlas=bool(data.get("convert_atlas", True)),
        )

    # -- the stages -----------------------------------------------------------
    def run(self, convert: Callable[[Path, Path], None]) -> None:
        """Convert every file with ``convert(source, temporary)``, then swap them in.

        ``convert`` writes and verifies the temporary (it does not exist yet).
        A failure before the commit removes every temporary and the journal.
        """
        self.state = "prepare"
        self.write_journal()
        kill_point("journal-written")
        try:
            if self.convert_atlas:
                convert(self.atlas, temporary_for(self.atlas))
                kill_point("atlas-converted")
            for number, backup in enumerate(self.backups):
                convert(backup, temporary_for(backup))
                if number == 0:
                    kill_point("backup-converted")
            kill_point("all-converted")
            self.state = "commit"
            self.write_journal()
        except BaseException:
            self.roll_back()
            raise
        kill_point("committed")
        self.roll_forward()

    def roll_back(self) -> None:
        for path in [self.atlas, *self.backups]:
            for item in _debris(temporary_for(path)):
                with contextlib.suppress(FileNotFoundError):
                    item.unlink()
        self._drop_journal()

    def roll_forward(self) -> None:
        for number, path in enumerate(self.swap_order()):
            tmp = temporary_for(path)
            if not tmp.exists():
                continue  # renamed before the crash
            fsync_path(tmp)
            if path == self.atlas:
                # An old WAL must never be applied to the new file.
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        Path(f"{path}{suffix}").unlink()
            os.replace(tmp, path)
            fsync_dir(path.parent)
            if number == 0 and path != self.atlas:
                kill_point("backup-swapped")
        for path in self.remove:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        kill_point("all-swapped")
        self._drop_journal()

    def _drop_journal(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.journal.unlink()
        fsync_dir(self.journal.parent)


def pending(atlas: str | os.PathLike[str]) -> bool:
    return journal_path(atlas).exists()


def finish_pending(atlas: str | os.PathLike[str]) -> Conversion | None:
    """Finish (state "commit") or undo (state "prepare") an interrupted conversion.

    Returns the conversion dealt with, or None when there was none. The caller
    holds the atlas's writer lock (no conversion can be running meanwhile).

    Raises:
        AtlasError: the files cannot be renamed or removed (a read-only folder).
    """
    path = Path(atlas)
    conversion = Conversion.read(path)
    if conversion is None:
        return None
    try:
        if conversion.state == "commit":
            conversion.roll_forward()
        else:
            conversion.roll_back()
    except OSError as exc:
        raise errors.AtlasError(
            Text(
                "Een onderbroken omzetting (versleutelen of wachtwoord wijzigen) kon niet "
                "worden afgemaakt: {reason}",
                "An interrupted conversion (encryption or a passphrase change) could not be "
                "finished: {reason}",
            ).format(reason=exc.strerror or type(exc).__name__),
            path=str(path),
        ) from exc
    return conversion
