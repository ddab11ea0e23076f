"""Erasing in the atlas's copies: its backups and the damaged copies a recovery kept.

An erased resident must not survive in a backup (all of them, in the backup
folder now chosen and in folders chosen before) nor in a damaged copy that a
recovery set aside next to the atlas. After an erasure each backup is
rewritten without the person (a copy of it is changed, checked and renamed
over it, so a crash leaves the old or the new backup); a backup that cannot
be opened to do so (damaged, another passphrase) can no longer be restored
either, and is deleted. Damaged copies are deleted: they cannot be changed
reliably, and their content is in the backups.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.store import backups, erasure_ledger, errors
from desktop_app.store.atomic import atomic_target
from desktop_app.store.connection import SQLITE_MAGIC

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CopiesReport:
    backups_erased: int = 0
    backups_removed: int = 0
    copies_removed: int = 0


class _Unchanged(Exception):
    """The backup did not hold the person: leave the file as it is."""


def backups_of(atlas_id: str) -> list[backups.Backup]:
    return backups.list_backups(atlas_id)


def damaged_copies(path: str | os.PathLike[str]) -> list[Path]:
    """The damaged copies of the atlas at ``path`` (``name.damaged-*.zwerm``)."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.glob(f"{path.stem}.damaged-*{path.suffix}") if p.is_file())


def remove_damaged_copies(path: str | os.PathLike[str]) -> int:
    """Delete the damaged copies of an atlas (with their -wal and -shm)."""
    removed = 0
    for copy in damaged_copies(path):
        for side in (Path(f"{copy}-wal"), Path(f"{copy}-shm"), copy):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        removed += 1
    return removed


def _is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16).startswith(SQLITE_MAGIC)
    except OSError:
        return False


def erase_in_backup(path: Path, ledger: erasure_ledger.Ledger, passphrase: str | None) -> bool:
    """Rewrite one backup without the ledger's persons; False when it held none of them.

    Raises an AtlasError or sqlite3 error when the backup cannot be opened or checked.
    """
    from desktop_app.store import privacy
    from desktop_app.store.atlas import Atlas

    key = None if _is_plain(path) else passphrase
    if key is None and not _is_plain(path):
        raise errors.PassphraseRequiredError(path=str(path))
    try:
        with atomic_target(path, private=True) as tmp:
            shutil.copyfile(path, tmp)
            conn = backups.open_copy(tmp, key, read_only=False)
            conn.isolation_level = None  # our own BEGIN/COMMIT, and VACUUM outside them
            try:
                copy = Atlas(conn, tmp, read_only=False, passphrase=key)
                marked = copy.setting(privacy.LEDGER_APPLIED, 0)
                changed = privacy.apply_ledger(copy, ledger)
                if not changed and copy.setting(privacy.LEDGER_APPLIED, 0) == marked:
                    raise _Unchanged
                conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
                conn.execute("PRAGMA temp_store = MEMORY")
                conn.execute("VACUUM")
                if not backups.quick_check(conn):
                    raise errors.AtlasCorruptError(path=str(path))
            finally:
                conn.close()
    except _Unchanged:
        return False
    return True


#: One rewrite of an atlas's copies at a time (the window runs it in a worker).
_busy = threading.Lock()


def apply_to_copies(inputs: tuple[str, Path, str | None], state: Any = None) -> CopiesReport:
    """Erase the ledger's persons in every backup of the atlas; delete its damaged copies.

    ``inputs``: (atlas id, atlas path, passphrase). A plain ``run(inputs, state)``
    function: the window runs it off the GUI thread (``state`` gets progress),
    the command line directly. It never cancels halfway: each backup is
    rewritten whole, and all of them are.
    """
    atlas_id, path, passphrase = inputs
    with _busy:
        ledger = erasure_ledger.load(atlas_id)
        found = backups_of(atlas_id)
        erased = removed = 0
        for i, backup in enumerate(found):
            if state is not None:
                state.set_progress(i, len(found))
            try:
                if erase_in_backup(backup.path, ledger, passphrase):
                    erased += 1
            except (errors.AtlasError, *errors.DB_ERRORS, OSError) as exc:
                _log.warning("erasure: backup unusable, deleted: %s", type(exc).__name__)
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed += 1
        copies = remove_damaged_copies(path)
    return CopiesReport(erased, removed, copies)


def apply_everywhere(atlas: Atlas) -> CopiesReport:
    """:func:`apply_to_copies` for an open atlas."""
    return apply_to_copies((atlas.id, atlas.path, atlas.passphrase))
