"""The atlas: one SQLite file holding everything of one municipality or team.

Open it with :meth:`Atlas.open` (existing file) or :meth:`Atlas.create` (new
file). Every user action is one transaction: wrap it in
:meth:`Atlas.transaction`, which nests through savepoints, so one action made
of several repository calls commits or rolls back whole.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.domain import AtlasInfo
from desktop_app.store import errors, migrations
from desktop_app.store.codec import format_timestamp, utc_now
from desktop_app.store.connection import connect, create_empty, read_header
from desktop_app.store.linked import ObstacleRepository, ProfessionalRepository
from desktop_app.store.networks import NetworkRepository
from desktop_app.store.positions import PositionRepository
from desktop_app.store.tables import (
    AreaRepository,
    MembershipRepository,
    NoteRepository,
    PersonRepository,
    SignalRepository,
    SupportRepository,
    TieRepository,
)

#: Tables counted by ``info`` and checked to be populated by the demo.
ENTITY_TABLES = (
    "areas",
    "networks",
    "persons",
    "memberships",
    "professionals",
    "ties",
    "signals",
    "obstacles",
    "support_cases",
    "notes",
    "positions",
)

ATLAS_SUFFIX = ".zwerm"


def _translated(exc: sqlite3.Error, path: Path) -> Exception:
    return errors.translate(exc, path=str(path)) or exc


class Atlas:
    """An open atlas file. Use as a context manager or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.db = sqlite_utils.Database(conn)
        self.actor = _actor()
        self.areas = AreaRepository(self)
        self.networks = NetworkRepository(self)
        self.persons = PersonRepository(self)
        self.memberships = MembershipRepository(self)
        self.professionals = ProfessionalRepository(self)
        self.ties = TieRepository(self)
        self.signals = SignalRepository(self)
        self.obstacles = ObstacleRepository(self)
        self.support = SupportRepository(self)
        self.notes = NoteRepository(self)
        self.positions = PositionRepository(self)

    # -- opening and closing --------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        name: str,
        is_demo: bool = False,
        migrations_dir: Path | None = None,
    ) -> Atlas:
        """Create a new atlas file at ``path``; refuses to overwrite an existing file."""
        path = Path(path)
        conn = create_empty(path)
        try:
            migrations.apply(conn, migrations.discover(migrations_dir), 0)
        except BaseException:
            conn.close()
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        atlas = cls(conn, path, read_only=False)
        with atlas.transaction():
            atlas.set_setting("atlas.name", name)
            atlas.set_setting("atlas.is_demo", bool(is_demo))
            atlas.set_setting("atlas.created_at", format_timestamp(utc_now()))
        return atlas

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        migrations_dir: Path | None = None,
    ) -> Atlas:
        """Open an existing atlas, migrating it (after a backup) when it is older.

        Raises:
            AtlasNotFoundError, NotAnAtlasError, AtlasTooNewError, AtlasCorruptError,
            AtlasLockedError, AtlasReadOnlyError: the file is left exactly as it was.
        """
        path = Path(path)
        header = read_header(path)
        known = migrations.discover(migrations_dir)
        latest = len(known)
        if header.user_version > latest:
            raise errors.AtlasTooNewError(path=str(path))
        if header.user_version == 0:
            raise errors.NotAnAtlasError(path=str(path))
        _verify(path)
        if read_only and header.user_version < latest:
            raise errors.AtlasReadOnlyError(
                errors.Text(
                    "Deze atlas moet worden bijgewerkt, maar is alleen-lezen geopend.",
                    "This atlas needs an upgrade but was opened read-only.",
                ),
                path=str(path),
            )
        conn = connect(path, read_only=read_only)
        try:
            if header.user_version < latest:
                backup_before_migration(conn, path, header.user_version)
                migrations.apply(conn, known, header.user_version)
        except BaseException:
            conn.close()
            raise
        atlas = cls(conn, path, read_only=read_only)
        if header.user_version < latest:
            with atlas.transaction():
                atlas.audit("migrate", "atlas", f"{header.user_version}->{latest}")
        return atlas

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Atlas:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Atlas]:
        """One user action: commits whole or not at all. Nested calls are savepoints."""
        if self.read_only:
            raise errors.AtlasReadOnlyError(path=str(self.path))
        try:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self
            else:
                # IMMEDIATE takes the write lock now, so a second writer waits
                # (busy timeout) instead of failing halfway through.
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                else:
                    try:
                        self.conn.execute("COMMIT")
                    except BaseException:
                        if self.conn.in_transaction:
                            self.conn.execute("ROLLBACK")
                        raise
        except sqlite3.Error as exc:
            raise _translated(exc, self.path) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Translate SQLite errors of a read into ours."""
        try:
            yield
        except sqlite3.Error as exc:
            raise _translated(exc, self.path) from exc

    # -- bookkeeping ----------------------------------------------------------
    def audit(self, action: str, entity: str, entity_id: str) -> None:
        """Record an action in the audit log: ids only, never names or contact data."""
        self.conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)",
            (format_timestamp(utc_now()), self.actor, action, entity, entity_id),
        )

    def setting(self, key: str, default: Any = None) -> Any:
        with self.reading():
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                """INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value,
                   updated_at = excluded.updated_at""",
                (key, json.dumps(value, ensure_ascii=False), format_timestamp(utc_now())),
            )

    @property
    def name(self) -> str:
        return self.setting("atlas.name", self.path.stem)

    @property
    def is_demo(self) -> bool:
        return bool(self.setting("atlas.is_demo", False))

    @property
    def schema_version(self) -> int:
        with self.reading():
            return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def counts(self) -> dict[str, int]:
        with self.reading():
            return {
                table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ENTITY_TABLES
            }

    def info(self) -> AtlasInfo:
        return AtlasInfo(
            path=str(self.path),
            name=self.name,
            schema_version=self.schema_version,
            is_demo=self.is_demo,
            counts=self.counts(),
        )

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty: all well)."""
        with self.reading():
            problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid}: missing {parent}")
        return problems

    def backup_to(self, dest: str | os.PathLike[str]) -> Path:
        """Copy the atlas with SQLite's online backup API, atomically, and verify the copy."""
        return backup_connection(self.conn, Path(dest))


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _verify(path: Path) -> None:
    """Quick-check the file through a read-only connection before we write to it."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise _translated(exc, path) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise errors.AtlasCorruptError(path=str(path))
    except sqlite3.Error as exc:
        raise _translated(exc, path) from exc
    finally:
        conn.close()


def backup_connection(conn: sqlite3.Connection, dest: Path) -> Path:
    """Online backup of ``conn`` into ``dest`` via a temporary file and an atomic rename."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise errors.AtlasCorruptError(path=str(dest))
        finally:
            target.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise _translated(exc, dest) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:  # ENOSPC
            raise errors.DiskFullError(path=str(dest)) from exc
        raise errors.AtlasError(
            errors.Text(
                "Kan de kopie niet schrijven: {reason}", "Cannot write the copy: {reason}"
            ).format(reason=exc.strerror or str(exc)),
            path=str(dest),
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.v{version}-{stamp}{path.suffix}.bak")
    return backup_connection(conn, dest)
