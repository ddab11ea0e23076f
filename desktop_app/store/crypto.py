"""Encryption at rest: encrypt, decrypt and change the passphrase of an atlas file.

An encrypted atlas is an SQLCipher 4 database (AES-256, key from the
passphrase by PBKDF2); its WAL pages and all its backups are encrypted with
the same passphrase. Conversions write a complete new file beside the atlas
(``sqlcipher_export``), verify it, and swap it in with a rename, so a crash
leaves either the old or the new file. A backup is taken first, and the
atlas's backups are converted along with it, so no plain copy of residents'
data is left behind in the backup folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from desktop_app.i18n import Text
from desktop_app.store import backups, cipher, erasure_copies, errors
from desktop_app.store import lock as atlas_lock
from desktop_app.store.atlas import Atlas
from desktop_app.store.atomic import atomic_target
from desktop_app.store.connection import file_looks_encrypted


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
    atlas.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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


def _convert_file(
    path: Path, old: str | None, new: str | None, *, private: bool, salt: bytes | None = None
) -> None:
    """Replace ``path`` by a verified copy encrypted with ``new`` (None: plain)."""
    tables = _table_count(path, old)
    mode = path.stat().st_mode & 0o777  # the atlas keeps its permissions
    try:
        with atomic_target(path, private=private, mode=mode) as tmp:
            tmp.unlink()  # sqlcipher_export attaches a new, empty database
            _export(path, old, tmp, new, salt)
            _check_copy(tmp, new, tables)
            # An old WAL must never be applied to the new file.
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{path}{suffix}").unlink()
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(path)) or exc) from exc


def _convert_backups(
    atlas_id: str, old: str | None, new: str | None, salt: bytes | None = None
) -> int:
    """Convert every backup readable with ``old`` to ``new``; returns how many."""
    done = 0
    for backup in backups.list_backups(atlas_id):
        if is_encrypted(backup.path) != (old is not None):
            continue
        if not backups.verify(backup.path, old):
            continue  # another passphrase, or damaged: leave it as it is
        if old is not None and new is not None:
            salt_ = cipher.salt_of(backup.path)
            assert salt_ is not None
            conn: Any = backups.open_copy(backup.path, old, read_only=False)
            try:
                cipher.rekey(conn, new, salt_)
            finally:
                conn.close()
        else:
            _convert_file(backup.path, old, new, private=True, salt=salt)
        done += 1
    return done


def encrypt_atlas(path: str | os.PathLike[str], passphrase: str) -> None:
    """Encrypt a plain atlas in place, and its backups."""
    path = Path(path)
    cipher.quote(passphrase)  # refuse an empty passphrase before anything happens
    if is_encrypted(path):
        raise errors.AtlasError(
            Text("Deze atlas is al versleuteld.", "This atlas is already encrypted."),
            path=str(path),
        )
    lock = atlas_lock.acquire(path)
    try:
        atlas = Atlas.open(path, auto_backup=False)
        atlas_id = atlas.id
        try:
            backups.make_backup(atlas, "encryption")
        except BaseException:
            atlas.close()
            raise
        _close_for_swap(atlas)
        salt = cipher.new_salt()  # one key derivation for the atlas and all its backups
        _convert_file(path, None, passphrase, private=False, salt=salt)  # keeps its mode
        _convert_backups(atlas_id, None, passphrase, salt)
        # A damaged copy set aside by a recovery would stay readable by anyone.
        erasure_copies.remove_damaged_copies(path)
    finally:
        lock.release()


def decrypt_atlas(path: str | os.PathLike[str], passphrase: str) -> None:
    """Turn an encrypted atlas back into a plain one, and its backups."""
    path = Path(path)
    lock = atlas_lock.acquire(path)
    try:
        atlas = Atlas.open(path, passphrase=passphrase, auto_backup=False)
        if not atlas.encrypted:
            atlas.close()
            raise errors.AtlasError(
                Text("Deze atlas is niet versleuteld.", "This atlas is not encrypted."),
                path=str(path),
            )
        atlas_id = atlas.id
        try:
            backups.make_backup(atlas, "encryption")
        except BaseException:
            atlas.close()
            raise
        _close_for_swap(atlas)
        _convert_file(path, passphrase, None, private=False)  # keeps the atlas's mode
        _convert_backups(atlas_id, passphrase, None)
    finally:
        lock.release()


def change_passphrase(path: str | os.PathLike[str], old: str, new: str) -> None:
    """Re-key an encrypted atlas (``PRAGMA rekey``) and its backups."""
    path = Path(path)
    cipher.quote(new)
    with Atlas.open(path, passphrase=old, auto_backup=False) as atlas:
        if not atlas.encrypted:
            raise errors.AtlasError(
                Text("Deze atlas is niet versleuteld.", "This atlas is not encrypted."),
                path=str(path),
            )
        backups.make_backup(atlas, "encryption")
        try:
            salt = cipher.salt_of(path)
            assert salt is not None
            cipher.rekey(atlas.conn, new, salt)
        except errors.DB_ERRORS as exc:
            raise (errors.translate(exc, path=str(path)) or exc) from exc
        atlas_id = atlas.id
    _convert_backups(atlas_id, old, new)
