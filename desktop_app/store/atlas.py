"""The atlas: one SQLite file holding everything of one municipality or team.

Open it with :meth:`Atlas.open` (existing file) or :meth:`Atlas.create` (new
file). Every user action is one transaction: wrap it in
:meth:`Atlas.transaction`, which nests through savepoints, so one action made
of several repository calls commits or rolls back whole.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import itertools
import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop_app.domain import AtlasInfo
from desktop_app.store import (
    backups,
    cipher,
    conversion,
    damage,
    errors,
    migrations,
    wal_check,
)
from desktop_app.store import lock as atlas_lock
from desktop_app.store.backups import backup_connection
from desktop_app.store.changes import ChangeLog
from desktop_app.store.codec import format_timestamp, utc_now
from desktop_app.store.connection import (
    APPLICATION_ID,
    Header,
    connect,
    create_empty,
    location_writable,
    read_header,
)
from desktop_app.store.linked import ObstacleRepository, ProfessionalRepository
from desktop_app.store.networks import NetworkRepository
from desktop_app.store.positions import PositionRepository
from desktop_app.store.readers import ReaderGate
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

__all__ = [
    "ATLAS_SUFFIX",
    "ENTITY_TABLES",
    "Atlas",
    "backup_connection",
    "finish_interrupted_conversion",
]

_log = logging.getLogger(__name__)

#: Asked for the passphrase of an encrypted atlas opened without one; returns
#: None to refuse. The command line sets one (environment variable or prompt).
_passphrase_provider: Callable[[Path], str | None] | None = None


def set_passphrase_provider(provider: Callable[[Path], str | None] | None) -> None:
    global _passphrase_provider
    _passphrase_provider = provider


#: Told about :attr:`Atlas.warnings` as an atlas opens (the command line prints them).
_warning_handler: Callable[[Path, errors.Text], None] | None = None


def set_warning_handler(handler: Callable[[Path, errors.Text], None] | None) -> None:
    global _warning_handler
    _warning_handler = handler


WAL_DAMAGED = errors.Text(
    "Het logboek van de laatste wijzigingen van deze atlas (het bestand -wal) is beschadigd: "
    "wijzigingen van vlak voor de vorige keer dat Zwermkaart stopte, kunnen verloren zijn. "
    "Kijk die na, of zet een reservekopie terug.",
    "The log of this atlas's latest changes (the -wal file) is damaged: changes made just "
    "before Zwermkaart last stopped may be lost. Check them, or restore a backup.",
)
WAL_LOST = errors.Text(
    "Deze atlas is de vorige keer niet goed afgesloten en het logboek van de laatste "
    "wijzigingen (het bestand -wal) ontbreekt: wijzigingen van die keer kunnen verloren zijn. "
    "Kijk die na, of zet een reservekopie terug.",
    "This atlas was not closed properly last time and the log of its latest changes (the "
    "-wal file) is missing: changes made that time may be lost. Check them, or restore a "
    "backup.",
)


def _after_a_crash(path: Path, lock: atlas_lock.AtlasLock | None) -> list[errors.Text]:
    """Look for a damaged or lost WAL when the last writer crashed (before SQLite opens it)."""
    if lock is None:  # read-only: look without taking the lock
        previous = atlas_lock.crashed_holder(path) if not atlas_lock.holders(path) else ""
    elif atlas_lock.holders(path) == 1:
        previous = lock.previous_holder
    else:
        previous = ""  # this process has it open already, and looked then
    if not previous:
        return []
    if wal_check.wal_lost(path, previous):
        return [WAL_LOST]
    if wal_check.wal_damaged(f"{path}-wal"):
        return [WAL_DAMAGED]
    return []


READ_ONLY_LOCATION = errors.Text(
    "Deze atlas staat op een plek waar niet geschreven kan worden; hij is alleen-lezen "
    "geopend. U kunt hem bekijken en exporteren, niet wijzigen.",
    "This atlas is in a place that cannot be written; it was opened read-only. "
    "You can view and export it, not change it.",
)


def _translated(exc: Exception, path: Path) -> Exception:
    return errors.translate(exc, path=str(path)) or exc


class Atlas:
    """An open atlas file. Use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        passphrase: str | None = None,
        lock: atlas_lock.AtlasLock | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._passphrase = passphrase
        self._lock = lock
        #: The readers handed to worker threads (paused while an erasure scrubs).
        self._readers = ReaderGate()
        self._gate: ReaderGate | None = None
        #: Row changes undone by rolled-back transactions (see :meth:`_changed`).
        self._rolled_back = 0
        #: Why the atlas is read-only though writing was asked (its location), else None.
        self.read_only_note: errors.Text | None = None
        #: Why today's automatic backup failed (None: made, or not due). The
        #: atlas opens anyway; the window shows this as a warning.
        self.backup_problem: Exception | None = None
        self._db = None
        self._savepoints = itertools.count()
        #: What was noticed on opening after a crash (a damaged or lost WAL):
        #: shown by the window and the command line.
        self.warnings: list[errors.Text] = []
        #: What each committed write changed (see store/changes.py); none on a reader.
        self.changes = ChangeLog(conn, enabled=not read_only)
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
        #: The seal token the file carried when opened, and the changes made
        #: by this connection by then (see :mod:`damage`).
        self._opened_seal: str | None = None
        self._changes_at_open = conn.total_changes

    # -- opening and closing --------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        name: str,
        is_demo: bool = False,
        migrations_dir: Path | None = None,
        passphrase: str | None = None,
    ) -> Atlas:
        """Create a new atlas file at ``path``; refuses to overwrite an existing file.

        With a ``passphrase`` the atlas is encrypted (SQLCipher) from the start.
        """
        path = Path(path)
        conn = create_empty(path, passphrase=passphrase)
        lock = None
        try:
            lock = atlas_lock.acquire(path)
            migrations.apply(conn, migrations.discover(migrations_dir), 0)
        except BaseException:
            conn.close()
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            if lock is not None:
                lock.release()
            raise
        atlas = cls(conn, path, read_only=False, passphrase=passphrase, lock=lock)
        with atlas.transaction():
            atlas.set_setting("atlas.id", uuid.uuid4().hex)
            atlas.set_setting("atlas.name", name)
            atlas.set_setting("atlas.is_demo", bool(is_demo))
            atlas.set_setting("atlas.created_at", format_timestamp(utc_now()))
        atlas.changes.take()  # a new atlas starts with nothing to tell
        return atlas

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        migrations_dir: Path | None = None,
        passphrase: str | None = None,
        auto_backup: bool = True,
        check_seal: bool = True,
    ) -> Atlas:
        """Open an existing atlas, migrating it (after a backup) when it is older.

        A writable open takes the atlas's writer lock (one app instance at a
        time) and makes the day's first backup. ``passphrase`` opens an
        encrypted atlas; it is ignored for a plain one. ``check_seal=False``
        opens a file whose bytes changed since Zwermkaart closed it (for
        ``check``, which reports that itself); see :mod:`damage`.

        Raises:
            AtlasNotFoundError, NotAnAtlasError, AtlasTooNewError, AtlasCorruptError,
            AtlasLockedError, AtlasReadOnlyError, PassphraseRequiredError,
            WrongPassphraseError: the file is left exactly as it was.
        """
        path = Path(path)
        finish_interrupted_conversion(path)
        try:
            header = read_header(path)
        except errors.NotAnAtlasError:
            # Empty or cut short, but this path was an atlas we made backups of.
            if path.is_file() and backups.atlas_id_for_path(path) is not None:
                raise errors.AtlasCorruptError(path=str(path)) from None
            raise
        if not (header.encrypted or header.in_wal):
            passphrase = None
        elif header.encrypted and passphrase is None:
            passphrase = _passphrase_provider(path) if _passphrase_provider else None
            if passphrase is None:
                raise errors.PassphraseRequiredError(path=str(path))
        known = migrations.discover(migrations_dir)
        latest = len(known)
        # A read-only mount, an immutable file, a -wal that is a folder: open
        # read-only instead of failing on the lock or the first read.
        note = None
        if not location_writable(path):
            read_only, note = True, READ_ONLY_LOCATION
        lock = None if read_only else atlas_lock.acquire(path)
        try:
            noticed = _after_a_crash(path, lock)
            try:
                version, seal = _verify(path, header, passphrase, latest, check_seal)
            except errors.WrongPassphraseError:
                if passphrase is not None and _passphrase_opens_a_backup(path, passphrase):
                    raise errors.AtlasCorruptError(
                        errors.Text(
                            "Het wachtwoord is juist (het opent de reservekopieën), maar de "
                            "atlas zelf is beschadigd.",
                            "The passphrase is right (it opens the backups), but the atlas "
                            "itself is damaged.",
                        ),
                        path=str(path),
                    ) from None
                raise
            if not read_only:
                # From here on the file may change; a crash must not look like damage.
                damage.forget_seal(seal)
            if read_only and version < latest:
                raise errors.AtlasReadOnlyError(
                    errors.Text(
                        "Deze atlas moet worden bijgewerkt, maar is alleen-lezen geopend.",
                        "This atlas needs an upgrade but was opened read-only.",
                    ),
                    path=str(path),
                )
            conn = connect(path, read_only=read_only, passphrase=passphrase)
            try:
                if version < latest:
                    atlas_id = _ensure_id(conn, path)
                    backups.make_backup_of(
                        conn,
                        atlas_id,
                        "migration",
                        passphrase=passphrase,
                        salt=cipher.salt_of(path) if passphrase is not None else None,
                    )
                    audit = (format_timestamp(utc_now()), _actor())
                    migrations.apply(conn, known, version, audit=audit)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        atlas = cls(conn, path, read_only=read_only, passphrase=passphrase, lock=lock)
        atlas._opened_seal = seal
        atlas.read_only_note = note
        if note is not None:
            noticed = [*noticed, note]
        atlas.warnings = noticed
        for text in noticed:
            _log.warning("%s", text.en)
            if _warning_handler is not None:
                _warning_handler(path, text)
        if not read_only:
            try:
                _ensure_id(conn, path)
            except BaseException:
                atlas.close()
                raise
            atlas._changes_at_open = conn.total_changes
            try:
                _finish_scrub(atlas)
            except BaseException:
                atlas.close()
                raise
            if auto_backup:
                try:
                    backups.backup_on_open(atlas)
                except (errors.AtlasError, OSError) as exc:
                    _log.warning("automatic backup failed: %s", type(exc).__name__)
                    atlas.backup_problem = exc
        return atlas

    def reader(self) -> Atlas:
        """A read-only atlas on a connection of its own, for work in another thread.

        An SQLite connection belongs to one thread: a worker that read through
        this atlas's connection would interleave with the window's writes, and
        crash when the window closes the atlas under it. The file was checked
        when this atlas opened, so the reader skips that; in WAL mode it sees
        what was last committed. Close it when done.
        """
        conn = self._readers.enter(
            lambda: connect(self.path, read_only=True, passphrase=self._passphrase)
        )
        try:
            reader = type(self)(conn, self.path, read_only=True, passphrase=self._passphrase)
        except BaseException:
            self._readers.leave(conn)
            conn.close()
            raise
        reader._gate = self._readers
        return reader

    @contextlib.contextmanager
    def readers_paused(self) -> Iterator[None]:
        """No reader of this atlas reads inside the block (see :mod:`readers`)."""
        with self._readers.paused():
            yield

    @classmethod
    def reader_of(cls, path: str | os.PathLike[str], passphrase: str | None = None) -> Atlas:
        """A read-only atlas at ``path`` (opened and checked elsewhere already) for work in
        a process of its own, which reads no resident's data (graph findings: ids and
        network fields); the readers' gate of :meth:`reader` cannot reach another process."""
        path = Path(path)
        conn = connect(path, read_only=True, passphrase=passphrase)
        return cls(conn, path, read_only=True, passphrase=passphrase)

    def close(self) -> None:
        try:
            sealed = None
            with contextlib.suppress(*errors.DB_ERRORS, errors.AtlasError):
                if not self.read_only:
                    _finish_scrub(self)
                    # Only after a change that stayed: PRAGMA optimize may write
                    # statistics (sqlite_stat1), and a session that changed nothing,
                    # or whose import was rolled back, leaves the file byte for byte.
                    if self._changed():
                        self.conn.execute("PRAGMA optimize")
                    sealed = self._seal()
            self.conn.close()
            if sealed is not None:
                damage.record_seal(sealed, self.path)
        finally:
            if self._gate is not None:
                self._gate.leave(self.conn)
                self._gate = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _changed(self) -> bool:
        """Whether this session changed rows that are still changed (not rolled back)."""
        return self.conn.total_changes - self._rolled_back != self._changes_at_open

    def _seal(self) -> str | None:
        """Write a fresh seal token and checkpoint everything into the file.

        Returns the token to record once the connection is closed, or None when
        the file cannot be sealed now (another connection still reads the WAL).
        Nothing written since the open: the token it had is kept, so a file
        opened and closed without a change stays byte for byte the same.
        """
        token = self._opened_seal
        if self._changed() or not token:
            token = damage.new_seal_token()
            with self.transaction():
                self.set_setting(damage.SEAL_KEY, token)
        busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return None if busy else token

    def __enter__(self) -> Atlas:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self):
        """sqlite_utils on this connection (its import is ~0.35 s, so not at start-up)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- transactions -----------------------------------------------------------
    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A nested transaction: undone on its own when the block fails."""
        name = f"nested_{next(self._savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Atlas]:
        """One user action: commits whole or not at all. Nested calls are savepoints."""
        if self.read_only:
            raise errors.AtlasReadOnlyError(path=str(self.path))
        try:
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
            else:
                # IMMEDIATE takes the write lock now, so a second writer waits
                # (busy timeout) instead of failing halfway through.
                start = self.conn.total_changes
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    self.changes.rolled_back()
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    self._rolled_back += self.conn.total_changes - start
                    raise
                else:
                    try:
                        changes = self.changes.read()
                        self.conn.execute("COMMIT")
                    except BaseException:
                        self.changes.rolled_back()
                        if self.conn.in_transaction:
                            self.conn.execute("ROLLBACK")
                            self._rolled_back += self.conn.total_changes - start
                        raise
                    self.changes.committed(changes)
                    if self._lock is not None:
                        # After a crash the next opener knows the WAL held commits.
                        self._lock.note("wrote")
        except errors.DB_ERRORS as exc:
            raise _translated(exc, self.path) from exc

    def _roll_back(self) -> None:
        self.changes.rolled_back()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Translate SQLite errors of a read into ours."""
        try:
            yield
        except errors.DB_ERRORS as exc:
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
    def id(self) -> str:
        """A stable id of this atlas (names its backup folder); survives renames and copies."""
        value = self.setting("atlas.id")
        if not value:  # an old atlas opened read-only
            value = hashlib.sha256(os.path.realpath(self.path).encode()).hexdigest()[:32]
        return str(value)

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted atlas (None: plain); backups use it too."""
        return self._passphrase

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

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
            encrypted=self.encrypted,
        )

    def seal_broken(self) -> bool:
        """Whether the file's bytes changed since Zwermkaart sealed it (see :mod:`damage`)."""
        return damage.seal_broken(self._opened_seal, self.path)

    def check(self, cancelled: Callable[[], bool] | None = None) -> list[str]:
        """Every problem the deep check finds (empty: all well); see :mod:`damage`.

        Integrity (indexes against tables), foreign keys, CHECK constraints and
        the search index against what it indexes. Seconds on a large atlas: run
        it off the GUI thread (a reader). ``cancelled`` stops it early.
        """
        try:
            with self.reading():
                return damage.deep_check(self.conn, cancelled)
        except (UnicodeDecodeError, ValueError) as exc:
            return [f"unreadable value: {exc}"]

    def checkpoint(self) -> None:
        """Copy every committed change from the WAL into the atlas file and empty the WAL."""
        with self.reading():
            busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy and self._lock is not None:
            self._lock.note("")

    def backup_to(self, dest: str | os.PathLike[str]) -> Path:
        """Copy the atlas with SQLite's online backup API, atomically, and verify the copy.

        The copy of an encrypted atlas is encrypted with the same passphrase.
        """
        salt = cipher.salt_of(self.path) if self._passphrase is not None else None
        return backup_connection(self.conn, Path(dest), passphrase=self._passphrase, salt=salt)


def _finish_scrub(atlas: Atlas) -> None:
    """Redo an erasure's scrub that a reader kept from emptying the WAL."""
    from desktop_app.store import privacy

    if privacy.scrub_pending(atlas):
        privacy.scrub(atlas)


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def finish_interrupted_conversion(path: str | os.PathLike[str]) -> None:
    """Finish or undo an encryption or passphrase change a crash interrupted (if any).

    Every open does this first; call it before looking at the file's header
    yourself (``is_encrypted``), which may change.
    """
    if not conversion.pending(path):
        return
    lock = atlas_lock.acquire(path)
    try:
        done = conversion.finish_pending(path)
    finally:
        lock.release()
    if done is not None:
        _log.info("finished an interrupted %s (%s)", done.operation, done.state)


def _ensure_id(conn: Any, path: Path) -> str:
    """The atlas's id, given one first if it is older than ids."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'atlas.id'").fetchone()
    if row:
        return str(json.loads(row[0]))
    value = uuid.uuid4().hex
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES ('atlas.id', ?, ?)",
            (json.dumps(value), format_timestamp(utc_now())),
        )
        conn.execute("COMMIT")
    except errors.DB_ERRORS as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _translated(exc, path) from exc
    return _ensure_id(conn, path)


def _verify(
    path: Path, header: Header, passphrase: str | None, latest: int, check_seal: bool = True
) -> tuple[int, str | None]:
    """Check the file through a read-only connection before we write to it.

    Returns its schema version, read through the connection (a migration may
    sit in the WAL, newer than the main file's header), and the seal token it
    carries. Refuses a file from a newer Zwermkaart, one that is not an atlas,
    one that fails quick_check and one whose bytes changed since it was sealed.
    """
    if not (header.encrypted or header.in_wal):
        if header.user_version > latest:
            raise errors.AtlasTooNewError(path=str(path))
        if header.user_version == 0 and header.application_id != APPLICATION_ID:
            raise errors.NotAnAtlasError(path=str(path))
    try:
        conn = backups.open_copy(path, passphrase)
    except errors.DB_ERRORS as exc:
        raise _translated(exc, path) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID or version == 0:
            raise errors.NotAnAtlasError(path=str(path))
        if version > latest:
            raise errors.AtlasTooNewError(path=str(path))
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise errors.AtlasCorruptError(path=str(path))
        seal = damage.read_seal_token(conn)
        if check_seal and damage.seal_broken(seal, path):
            raise errors.AtlasCorruptError(
                errors.Text(
                    "De atlas is veranderd sinds Zwermkaart hem sloot: het bestand is "
                    "beschadigd of door een ander programma gewijzigd.",
                    "The atlas changed since Zwermkaart closed it: the file is damaged "
                    "or was changed by another program.",
                ),
                path=str(path),
            )
    except errors.DB_ERRORS as exc:
        raise _translated(exc, path) from exc
    except (UnicodeDecodeError, ValueError) as exc:  # a damaged text value
        raise errors.AtlasCorruptError(path=str(path)) from exc
    finally:
        conn.close()
    return version, seal


def _passphrase_opens_a_backup(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens a known backup of the atlas at ``path``."""
    atlas_id = backups.atlas_id_for_path(path)
    if atlas_id is None:
        return False
    for backup in backups.list_backups(atlas_id)[:3]:
        if backups.verify(backup.path, passphrase):
            return True
    return False
