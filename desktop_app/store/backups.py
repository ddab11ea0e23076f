"""Automatic, verified backups of an atlas in the user's data folder.

A backup is made with SQLite's online backup API when an atlas is opened (at
most once a day), before a migration, an import, a restore and a change of
encryption. Each copy is quick-checked before it replaces anything and
before older copies are thinned (all of the last 24 hours, then the newest of
each of the last 7 days, 4 weeks and 6 calendar months: none but the newest is
older than 6 months).

Backups live in ``user_data_dir()/backups/<atlas id>/``, never next to the
atlas: that may be a shared drive, and a backup there shares its fate. An
encrypted atlas has encrypted backups (same passphrase).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.store import cipher, errors
from desktop_app.store.atomic import (
    WriteFailedError,
    atomic_target,
    atomic_write_text,
    clean_stale,
)
from desktop_app.store.backup_policy import load_policy, previous_roots
from desktop_app.store.connection import read_only_uri

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

REASONS = ("open", "migration", "import", "restore", "manual", "encryption")
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)-([a-z]+)\.zwerm$")
_STAMP = "%Y%m%dT%H%M%S.%fZ"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
INDEX_NAME = "index.json"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of an atlas."""

    path: Path
    made_at: datetime  # UTC
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    @property
    def local_time(self) -> datetime:
        return self.made_at.astimezone()

    def label(self) -> str:
        """The moment as users read it: 27-11-2026 09:30."""
        return self.local_time.strftime("%d-%m-%Y %H:%M")


# -- where ------------------------------------------------------------------
def backup_root() -> Path:
    # ship: the folder chosen in Settings (default: backups in the user's data folder).
    return load_policy().root()


def backup_dir(atlas_id: str) -> Path:
    if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", atlas_id):
        raise ValueError(f"not an atlas id: {atlas_id!r}")
    return backup_root() / atlas_id


def parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return Backup(path, made, match.group(2))


def list_backups(atlas_id: str) -> list[Backup]:
    """The backups of an atlas, newest first (in backup folders chosen before too)."""
    backup_dir(atlas_id)  # checks the id
    found = []
    for root in (backup_root(), *previous_roots()):
        folder = root / atlas_id
        if folder.is_dir():
            found += [b for p in folder.iterdir() if (b := parse_name(p)) and p.is_file()]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


# -- the index: which atlas file had which id (to find backups of a damaged file)
def _read_index() -> dict[str, Any]:
    try:
        data = json.loads((backup_root() / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(path: Path, atlas_id: str) -> None:
    """Note that the atlas file ``path`` has ``atlas_id`` (for recovery of a damaged file)."""
    key = os.path.realpath(path)
    index = _read_index()
    if index.get(key) == atlas_id:
        return
    index[key] = atlas_id
    backup_root().mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(WriteFailedError):
        atomic_write_text(backup_root() / INDEX_NAME, json.dumps(index, indent=1), private=True)


def atlas_id_for_path(path: Path) -> str | None:
    return _read_index().get(os.path.realpath(path))


# -- making and checking copies ------------------------------------------------
def open_copy(
    path: Path, passphrase: str | None, *, read_only: bool = True, salt: bytes | None = None
) -> Any:
    """A connection to a backup file (or any atlas-shaped file), keyed when encrypted.

    ``salt``: for a new encrypted file, the atlas's salt (saves a key derivation).
    """
    uri = read_only_uri(path) if read_only else f"{path.resolve().as_uri()}?mode=rwc"
    if passphrase is None:
        return sqlite3.connect(uri, uri=True, timeout=5)
    conn = cipher.connect(uri, uri=True)
    try:
        cipher.apply_key(conn, passphrase, path=path, salt=salt)
    except BaseException:
        conn.close()
        raise
    return conn


def quick_check(conn: Any) -> bool:
    return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def verify(path: Path, passphrase: str | None = None) -> bool:
    """Whether ``path`` is a readable, undamaged atlas copy (quick_check)."""
    try:
        conn = open_copy(path, passphrase)
    except (errors.AtlasError, *errors.DB_ERRORS):
        return False
    try:
        return quick_check(conn)
    except errors.DB_ERRORS:
        return False
    finally:
        conn.close()


def backup_connection(
    conn: Any, dest: Path, *, passphrase: str | None = None, salt: bytes | None = None
) -> Path:
    """Online backup of ``conn`` into ``dest``, verified, via a temporary file and a rename.

    With a ``passphrase`` the copy is encrypted with it (``conn`` must then be
    an SQLCipher connection). ``dest`` is only replaced by a verified copy.
    """
    dest = Path(dest)
    if conn.in_transaction:
        # The copy would include the uncommitted changes of this connection.
        raise RuntimeError("backup inside a transaction; make it before the transaction starts")
    try:
        with atomic_target(dest, private=True) as tmp:
            target = open_copy(tmp, passphrase, read_only=False, salt=salt)
            try:
                conn.backup(target)
                # A copy is not the sealed file: it must not carry its seal (a copy
                # restored where the original was could reuse its inode, and would
                # then look changed since it was sealed). See damage.py.
                target.execute("DELETE FROM settings WHERE key = 'atlas.seal'")
                target.commit()
                target.execute("PRAGMA journal_mode = DELETE")
                if not quick_check(target):
                    raise errors.AtlasCorruptError(path=str(dest))
            finally:
                target.close()
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(dest)) or exc) from exc
    return dest


def _new_name(folder: Path, reason: str) -> Path:
    while True:
        stamp = datetime.now(UTC).strftime(_STAMP)
        dest = folder / f"{stamp}-{reason}.zwerm"
        if not dest.exists():
            return dest
        time.sleep(0.001)


def make_backup_of(
    conn: Any,
    atlas_id: str,
    reason: str,
    *,
    passphrase: str | None = None,
    salt: bytes | None = None,
) -> Backup:
    """Back up an open connection into the atlas's backup folder, then thin the folder."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir(atlas_id)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise WriteFailedError(path=str(folder)) from exc
    dest = backup_connection(conn, _new_name(folder, reason), passphrase=passphrase, salt=salt)
    backup = parse_name(dest)
    assert backup is not None
    thin(atlas_id)
    return backup


def make_backup(atlas: Atlas, reason: str = "manual") -> Backup:
    """A verified backup of an open atlas (call it outside a transaction)."""
    backup = make_backup_of(
        atlas.conn,
        atlas.id,
        reason,
        passphrase=atlas.passphrase,
        salt=cipher.salt_of(atlas.path) if atlas.encrypted else None,
    )
    remember(atlas.path, atlas.id)
    return backup


def backup_before_import(atlas: Atlas) -> Backup:
    """The backup an import makes first; call it before the import's transaction."""
    return make_backup(atlas, "import")


def backup_on_open(atlas: Atlas, *, now: datetime | None = None) -> Backup | None:
    """The once-a-day backup when an atlas is opened; None when today's exists."""
    today = (now or datetime.now(UTC)).astimezone().date()
    for backup in list_backups(atlas.id):
        if backup.reason == "open" and backup.local_time.date() == today:
            remember(atlas.path, atlas.id)
            return None
    return make_backup(atlas, "open")


def newest_verified(atlas_id: str, passphrase: str | None = None) -> Backup | None:
    for backup in list_backups(atlas_id):
        if verify(backup.path, passphrase):
            return backup
    return None


# -- thinning ----------------------------------------------------------------
def keep_set(backups: list[Backup], now: datetime, policy: Any = None) -> set[Path]:
    """Which backups to keep: the newest; all of the last 24 hours; the newest of
    each of the last 7 calendar days, 4 ISO weeks and 6 months (or the counts of
    ``policy``, a :class:`~desktop_app.store.backup_policy.BackupPolicy`). So no
    backup but the newest is older than the monthly count in months."""
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    if not ordered:
        return keep
    keep.add(ordered[0].path)
    keep.update(b.path for b in ordered if now - b.made_at <= timedelta(hours=24))

    def newest_per(key: Any, allowed: set[Any]) -> None:
        seen: set[Any] = set()
        for b in ordered:
            k = key(b.local_time)
            if k in allowed and k not in seen:
                seen.add(k)
                keep.add(b.path)

    daily = policy.daily if policy is not None else KEEP_DAILY  # ship: Settings
    weekly = policy.weekly if policy is not None else KEEP_WEEKLY
    monthly = policy.monthly if policy is not None else KEEP_MONTHLY
    # The last N calendar days, weeks and months (not the last N that have a
    # backup): what the app promises about how long a backup is kept holds.
    today = now.astimezone().date()
    newest_per(lambda t: t.date(), {today - timedelta(days=i) for i in range(daily)})
    newest_per(
        lambda t: t.isocalendar()[:2],
        {(today - timedelta(weeks=i)).isocalendar()[:2] for i in range(weekly)},
    )
    month = today.year * 12 + today.month - 1
    newest_per(
        lambda t: (t.year, t.month),
        {((month - i) // 12, (month - i) % 12 + 1) for i in range(monthly)},
    )
    return keep


def thin(atlas_id: str, *, now: datetime | None = None) -> list[Path]:
    """Remove backups outside :func:`keep_set` and leftovers of interrupted backups."""
    now = now or datetime.now(UTC)
    backups = list_backups(atlas_id)
    keep = keep_set(backups, now, load_policy())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    # Half-made copies of crashed backups (plain copies of an atlas, perhaps).
    clean_stale(backup_dir(atlas_id))
    return removed
