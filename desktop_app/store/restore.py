"""Restoring an atlas from a backup, and recovering a damaged one.

A restore first backs up the current state (reason ``restore``), so the
restore itself can be undone by restoring that backup. It copies the backup
into the open atlas with SQLite's backup API, in one step, so a crash leaves
either the old or the restored state. The audit log is carried over from the
current atlas (it only grows), and persons erased since the backup was made
are erased again (from the audit log and from the record of erasures kept
outside the atlas, :mod:`erasure_ledger`, which survives a damaged file): a
restore or recovery never brings back someone who asked to be forgotten.

A damaged atlas is never written to: :func:`recover` moves it aside
(``name.damaged-YYYYmmdd-HHMMSS.zwerm``) and restores a verified backup in
its place; :func:`recovery_options` tells the user beforehand which backup
that would be and from when (what would be lost).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.i18n import Text
from desktop_app.store import backups, damage, errors, privacy
from desktop_app.store import lock as atlas_lock
from desktop_app.store.atlas import Atlas
from desktop_app.store.connection import APPLICATION_ID, file_looks_encrypted


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    #: The backup of the state just before the restore (None when there was no atlas).
    undo_backup: backups.Backup | None
    #: Where a damaged atlas was moved to (recover only).
    damaged_moved_to: Path | None = None


@dataclass(frozen=True, slots=True)
class RecoveryOptions:
    """What can be offered for a damaged atlas."""

    path: Path
    atlas_id: str | None
    newest: backups.Backup | None
    backups: list[backups.Backup] = field(default_factory=list)

    @property
    def lost_since(self) -> datetime | None:
        """Changes made after this moment would be lost by restoring ``newest``."""
        return self.newest.made_at if self.newest else None

    def describe(self) -> Text:
        if self.newest is None:
            return Text(
                "Er is geen bruikbare reservekopie van deze atlas gevonden.",
                "No usable backup of this atlas was found.",
            )
        return Text(
            "De nieuwste goede reservekopie is van {when}. Wijzigingen van daarna gaan verloren.",
            "The newest good backup is from {when}. Changes made after it will be lost.",
        ).format(when=self.newest.label())


def _is_encrypted_file(path: Path) -> bool:
    return file_looks_encrypted(path)


def check_backup(path: Path, passphrase: str | None = None) -> bool:
    """Raise a clear error unless ``path`` is a good atlas copy; True if it is encrypted."""
    path = Path(path)
    if not path.is_file():
        raise errors.AtlasNotFoundError(path=str(path))
    encrypted = _is_encrypted_file(path)
    if encrypted and passphrase is None:
        raise errors.PassphraseRequiredError(path=str(path))
    try:
        conn = backups.open_copy(path, passphrase if encrypted else None)
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(path)) or exc) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise errors.NotAnAtlasError(path=str(path))
        if not backups.quick_check(conn):
            raise errors.AtlasCorruptError(path=str(path))
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(path)) or exc) from exc
    finally:
        conn.close()
    return encrypted


def restore(
    path: str | os.PathLike[str],
    backup_path: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
) -> RestoreResult:
    """Put the atlas at ``path`` back to the state of ``backup_path``.

    The atlas must not be open in another instance (AtlasLockedError). If
    ``path`` does not exist (a damaged file moved aside) it is created.
    """
    path, backup_path = Path(path), Path(backup_path)
    encrypted = check_backup(backup_path, passphrase)
    key = passphrase if encrypted else None
    if not path.exists():
        lock = atlas_lock.acquire(path)
        try:
            src = backups.open_copy(backup_path, key)
            try:
                backups.backup_connection(src, path, passphrase=key)
            finally:
                src.close()
        finally:
            lock.release()
        with Atlas.open(path, passphrase=key, auto_backup=False) as atlas:
            with atlas.transaction():
                atlas.audit("restore", "atlas", backup_path.name)
            privacy.reapply_erasures(atlas)
            backups.remember(path, atlas.id)
        return RestoreResult(backup_path, None)

    try:
        return _restore_open_atlas(path, backup_path, passphrase, encrypted, key)
    except _CurrentStateDamaged:
        # Its safety copy cannot be trusted: keep the damaged file aside instead.
        return recover(path, backup_path, passphrase=passphrase)


class _CurrentStateDamaged(Exception):
    """The atlas to restore over is damaged (so is any copy made of it)."""


def _restore_open_atlas(
    path: Path, backup_path: Path, passphrase: str | None, encrypted: bool, key: str | None
) -> RestoreResult:
    try:
        opened = Atlas.open(path, passphrase=passphrase, auto_backup=False)
    except (errors.AtlasCorruptError, errors.NotAnAtlasError) as exc:
        raise _CurrentStateDamaged() from exc
    with opened as atlas:
        if atlas.encrypted != encrypted:
            raise errors.AtlasError(
                Text(
                    "Deze reservekopie is {kind} en past niet bij de atlas.",
                    "This backup is {kind} and does not match the atlas.",
                ).format(kind="versleuteld" if encrypted else "niet versleuteld"),
                path=str(backup_path),
            )
        try:
            undo = backups.make_backup(atlas, "restore")
        except errors.AtlasCorruptError as exc:
            raise _CurrentStateDamaged() from exc
        audit_rows = atlas.conn.execute(
            "SELECT seq, at, actor, action, entity, entity_id FROM audit_log ORDER BY seq"
        ).fetchall()
        _copy_into(atlas, backup_path, key)
        with atlas.transaction():
            atlas.conn.execute("DELETE FROM audit_log")
            atlas.conn.executemany(
                """INSERT INTO audit_log (seq, at, actor, action, entity, entity_id)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                audit_rows,
            )
            atlas.audit("restore", "atlas", backup_path.name)
        # The audit rows just carried over name who was erased; the ledger too.
        privacy.reapply_erasures(atlas)
    return RestoreResult(backup_path, undo)


def _copy_into(atlas: Atlas, backup_path: Path, key: str | None) -> None:
    """Replace the atlas's content with the backup's, in one step (SQLite backup API)."""
    src = backups.open_copy(backup_path, key)
    try:
        src.backup(atlas.conn)
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(atlas.path)) or exc) from exc
    finally:
        src.close()
    # The copy's header says journal_mode=DELETE; the atlas keeps working in WAL.
    atlas.conn.execute("PRAGMA journal_mode = WAL")


# -- damaged atlases -------------------------------------------------------------
def _read_id(path: Path, passphrase: str | None) -> str | None:
    """The atlas id from a (possibly damaged) file, read without writing to it."""
    if not path.is_file():
        return None
    if not _is_encrypted_file(path):
        return damage.lenient_atlas_id(path)
    if passphrase is None:
        return None
    try:
        conn: Any = backups.open_copy(path, passphrase)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'atlas.id'").fetchone()
        finally:
            conn.close()
    except (errors.AtlasError, *errors.DB_ERRORS):
        return None
    if not row:
        return None
    with contextlib.suppress(ValueError, TypeError):
        value = json.loads(row[0])
        return value if isinstance(value, str) else None
    return None


def recovery_options(
    path: str | os.PathLike[str], *, passphrase: str | None = None
) -> RecoveryOptions:
    """The newest verified backup of the atlas at ``path``, and the others."""
    path = Path(path)
    atlas_id = backups.atlas_id_for_path(path) or _read_id(path, passphrase)
    if atlas_id is None:
        return RecoveryOptions(path, None, None)
    found = backups.list_backups(atlas_id)
    newest = backups.newest_verified(atlas_id, passphrase)
    return RecoveryOptions(path, atlas_id, newest, found)


def damaged_name(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")


def set_aside(path: str | os.PathLike[str]) -> Path:
    """Move a damaged atlas (with its -wal and -shm) aside, untouched; return its new name."""
    path = Path(path)
    dest = damaged_name(path)
    n = 1
    while dest.exists():
        n += 1
        dest = dest.with_name(f"{damaged_name(path).stem}-{n}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, f"{dest}{suffix}")
    os.replace(path, dest)
    return dest


def recover(
    path: str | os.PathLike[str],
    backup_path: str | os.PathLike[str] | None = None,
    *,
    passphrase: str | None = None,
) -> RestoreResult:
    """Move a damaged atlas aside and restore a verified backup (default: the newest)."""
    path = Path(path)
    if backup_path is None:
        options = recovery_options(path, passphrase=passphrase)
        if options.newest is None:
            raise errors.AtlasCorruptError(options.describe(), path=str(path))
        backup_path = options.newest.path
    check_backup(Path(backup_path), passphrase)
    moved = None
    if path.exists():
        lock = atlas_lock.acquire(path)
        try:
            moved = set_aside(path)
        finally:
            lock.release()
    result = restore(path, backup_path, passphrase=passphrase)
    return RestoreResult(result.restored_from, None, moved)
