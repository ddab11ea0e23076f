"""Encryption at rest: encrypt, decrypt and change the passphrase of an atlas file.

An encrypted atlas is an SQLCipher 4 database (AES-256, key from the
passphrase by PBKDF2); its WAL pages and all its backups are encrypted with
the same passphrase. A conversion takes a safety backup, then converts the
atlas and every backup to temporary files (``sqlcipher_export``), verifies
each, and swaps them all in as one recorded operation
(:mod:`desktop_app.store.conversion`): after a crash at any moment the next
open finishes or undoes it, so the atlas and its backups are all old or all
new, and no plain copy of residents' data is left behind.

Running a conversion again finishes the job: encrypting an atlas already
encrypted with that passphrase (or decrypting a plain one, or changing to a
passphrase it already has) converts whatever backup is still in the old state.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any

from desktop_app.i18n import Text
from desktop_app.store import atomic, backups, cipher, conversion, erasure_copies, errors
from desktop_app.store import lock as atlas_lock
from desktop_app.store.atlas import Atlas
from desktop_app.store.connection import file_looks_encrypted
from desktop_app.store.conversion import kill_point


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """Whether the file at ``path`` is encrypted (its header is not plain SQLite)."""
    return file_looks_encrypted(path)


def _still_open_error(path: Path) -> errors.AtlasError:
    return errors.AtlasLockedError(
        Text(
            "De atlas is nog geopend. Sluit hem eerst en probeer het opnieuw.",
            "The atlas is still open. Close it first and try again.",
        ),
        path=str(path),
    )


def _close_for_swap(atlas: Atlas) -> None:
    """Checkpoint everything into the main file and close, so no WAL is left."""
    path = atlas.path
    if atlas_lock.holders(path) > 2:  # ours, this atlas's, and someone else's
        atlas.close()
        raise _still_open_error(path)
    atlas.checkpoint()
    atlas.close()
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Another connection in this process still reads it.
        raise _still_open_error(path)


def _export(
    src_path: Path, src_key: str | None, dest: Path, dest_key: str | None, salt: bytes | None
) -> None:
    """Write the whole of ``src_path`` into ``dest`` (encrypted with ``dest_key``, or plain)."""
    uri = f"{src_path.resolve().as_uri()}?mode=ro"
    conn = cipher.connect(uri, uri=True)
    try:
        if src_key is not None:
            cipher.apply_key(conn, src_key, path=str(src_path))
        cipher.attach_export(conn, str(dest), dest_key, salt=salt)
    finally:
        conn.close()


def _check_copy(path: Path, key: str | None, expected_tables: int) -> None:
    conn: Any = backups.open_copy(path, key)
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not backups.quick_check(conn) or tables != expected_tables:
            raise errors.AtlasCorruptError(path=str(path))
    finally:
        conn.close()


def _table_count(path: Path, key: str | None) -> int:
    conn: Any = backups.open_copy(path, key)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()


def _opens(path: Path, passphrase: str | None) -> bool:
    """Whether ``passphrase`` (None: no key) opens the file at ``path``."""
    try:
        conn: Any = backups.open_copy(path, passphrase)
    except (errors.AtlasError, *errors.DB_ERRORS):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except errors.DB_ERRORS:
        return False
    finally:
        conn.close()


def _clean_debris(path: Path, atlas_id: str) -> None:
    """Remove what crashed runs left: half-made backups and half-written copies."""
    folders = {backups.backup_dir(atlas_id)} | {
        b.path.parent for b in backups.list_backups(atlas_id)
    }
    for folder in folders:  # backup folders chosen before too
        atomic.clean_stale(folder)
    atomic.clean_stale(path.parent, f".{glob.escape(path.name)}.*{atomic.TEMP_SUFFIX}")


def _plan(
    path: Path, atlas_id: str, old: str | None, new: str | None, operation: str, *, atlas: bool
) -> tuple[conversion.Conversion, dict[Path, str | None]]:
    """Which files to convert from which key (None: plain), and which plain copies to drop."""
    sources: dict[Path, str | None] = {}
    if atlas:
        sources[path] = old
    remove: list[Path] = []
    for backup in backups.list_backups(atlas_id):
        encrypted = is_encrypted(backup.path)
        if encrypted and old is None:
            continue  # encrypted with a passphrase we were not given
        key = old if encrypted else None
        if key == new:
            continue  # already in the new state (a plain backup when decrypting)
        if not backups.verify(backup.path, key):
            if not encrypted and new is not None:
                # A damaged plain copy of residents' data: it cannot be converted,
                # and must not outlive the encryption.
                remove.append(backup.path)
            continue  # another passphrase, or damaged
        sources[backup.path] = key
    plan = conversion.Conversion(
        atlas=path,
        operation=operation,
        backups=[p for p in sources if p != path],
        remove=remove,
        convert_atlas=atlas,
    )
    return plan, sources


def _convert_all(
    path: Path,
    atlas_id: str,
    old: str | None,
    new: str | None,
    operation: str,
    *,
    atlas: bool = True,
) -> None:
    """Convert the atlas (``atlas=True``) and its backups from ``old`` to ``new`` as one step."""
    _clean_debris(path, atlas_id)
    plan, sources = _plan(path, atlas_id, old, new, operation, atlas=atlas)
    if not plan.backups and not plan.remove and not atlas:
        return
    salt = cipher.new_salt() if new is not None else None  # one key derivation for all
    atlas_mode = path.stat().st_mode & 0o777  # the atlas keeps its permissions

    def convert(source: Path, tmp: Path) -> None:
        for item in (tmp, Path(f"{tmp}-journal")):
            item.unlink(missing_ok=True)
        tables = _table_count(source, sources[source])
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        _export(source, sources[source], tmp, new, salt)
        _check_copy(tmp, new, tables)
        os.chmod(tmp, atlas_mode if source == path else 0o600)
        atomic.fsync_path(tmp)

    try:
        plan.run(convert)
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(path)) or exc) from exc
    except OSError as exc:
        raise atomic.write_error(exc, path) from exc


def _safety_backup(atlas: Atlas) -> str:
    """The backup before a conversion; closes the atlas for the swap. Returns its id."""
    atlas_id = atlas.id
    try:
        backups.make_backup(atlas, "encryption")
    except BaseException:
        atlas.close()
        raise
    kill_point("backup-made")
    _close_for_swap(atlas)
    return atlas_id


def _atlas_id(path: Path, passphrase: str | None) -> str:
    with Atlas.open(path, passphrase=passphrase, auto_backup=False) as atlas:
        return atlas.id


def _already_encrypted(path: Path) -> errors.AtlasError:
    return errors.AtlasError(
        Text("Deze atlas is al versleuteld.", "This atlas is already encrypted."),
        path=str(path),
    )


def encrypt_atlas(path: str | os.PathLike[str], passphrase: str) -> None:
    """Encrypt a plain atlas in place, and its backups."""
    path = Path(path)
    cipher.quote(passphrase)  # refuse an empty passphrase before anything happens
    lock = atlas_lock.acquire(path)
    try:
        conversion.finish_pending(path)
        if is_encrypted(path):
            if not _opens(path, passphrase):
                raise _already_encrypted(path)
            # Done before (perhaps by a run that was interrupted): the backups follow.
            _convert_all(
                path, _atlas_id(path, passphrase), None, passphrase, "encrypt", atlas=False
            )
        else:
            atlas_id = _safety_backup(Atlas.open(path, auto_backup=False))
            _convert_all(path, atlas_id, None, passphrase, "encrypt")
        # A damaged copy set aside by a recovery would stay readable by anyone.
        erasure_copies.remove_damaged_copies(path)
    finally:
        lock.release()


def decrypt_atlas(path: str | os.PathLike[str], passphrase: str) -> None:
    """Turn an encrypted atlas back into a plain one, and its backups."""
    path = Path(path)
    lock = atlas_lock.acquire(path)
    try:
        conversion.finish_pending(path)
        if not is_encrypted(path):
            # Done before: backups still encrypted with this passphrase follow.
            _convert_all(path, _atlas_id(path, None), passphrase, None, "decrypt", atlas=False)
            return
        atlas_id = _safety_backup(Atlas.open(path, passphrase=passphrase, auto_backup=False))
        _convert_all(path, atlas_id, passphrase, None, "decrypt")
    finally:
        lock.release()


def change_passphrase(path: str | os.PathLike[str], old: str, new: str) -> None:
    """Give an encrypted atlas and its backups a new passphrase (and a new salt)."""
    path = Path(path)
    cipher.quote(new)
    lock = atlas_lock.acquire(path)
    try:
        conversion.finish_pending(path)
        if not is_encrypted(path):
            raise errors.AtlasError(
                Text("Deze atlas is niet versleuteld.", "This atlas is not encrypted."),
                path=str(path),
            )
        if old != new and _opens(path, new) and not _opens(path, old):
            # Done before: backups still on the old passphrase follow.
            _convert_all(path, _atlas_id(path, new), old, new, "passphrase", atlas=False)
            return
        atlas_id = _safety_backup(Atlas.open(path, passphrase=old, auto_backup=False))
        _convert_all(path, atlas_id, old, new, "passphrase")
    finally:
        lock.release()
