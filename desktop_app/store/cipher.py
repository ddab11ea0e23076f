"""SQLCipher connections that behave like the standard library's ``sqlite3``.

``sqlcipher3`` is a fork of the standard ``sqlite3`` module with its own
exception classes, which are not subclasses of ``sqlite3.Error``. Code that
catches ``sqlite3.Error`` - ours, and sqlite-utils' ``insert(alter=True)`` and
``drop(ignore=True)`` - would let them through. So an encrypted connection is
wrapped: every SQLCipher exception is re-raised as the ``sqlite3`` class of the
same name, with ``sqlite_errorcode``/``sqlite_errorname`` kept. The rest of
the store then handles an encrypted atlas exactly like a plain one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from desktop_app.store import errors

try:  # pragma: no cover - the import either works or the feature is off
    from sqlcipher3 import dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover
    _sqlcipher = None


def available() -> bool:
    """Whether encryption can be used (the ``sqlcipher3`` package is installed)."""
    return _sqlcipher is not None


def _convert(exc: BaseException) -> sqlite3.Error:
    cls = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(new, attr, getattr(exc, attr))
    return new


def _raw_error() -> type[BaseException]:
    return _sqlcipher.Error if _sqlcipher is not None else sqlite3.Error


class CipherCursor:
    """A cursor whose errors are ``sqlite3`` errors."""

    __slots__ = ("_cur",)

    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def execute(self, sql: str, params: Any = ()) -> CipherCursor:
        try:
            self._cur.execute(sql, params)
        except _raw_error() as exc:
            raise _convert(exc) from exc
        return self

    def executemany(self, sql: str, seq: Iterable[Any]) -> CipherCursor:
        try:
            self._cur.executemany(sql, seq)
        except _raw_error() as exc:
            raise _convert(exc) from exc
        return self

    def executescript(self, script: str) -> CipherCursor:
        try:
            self._cur.executescript(script)
        except _raw_error() as exc:
            raise _convert(exc) from exc
        return self

    def fetchone(self) -> Any:
        try:
            return self._cur.fetchone()
        except _raw_error() as exc:
            raise _convert(exc) from exc

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return self._cur.fetchmany(size) if size is not None else self._cur.fetchmany()
        except _raw_error() as exc:
            raise _convert(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return self._cur.fetchall()
        except _raw_error() as exc:
            raise _convert(exc) from exc

    def __iter__(self) -> Iterator[Any]:
        while True:
            row = self.fetchone()
            if row is None:
                return
            yield row

    def close(self) -> None:
        self._cur.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cur, name)


class CipherConnection:
    """An SQLCipher connection with the face (and the exceptions) of ``sqlite3.Connection``."""

    def __init__(self, raw: Any) -> None:
        object.__setattr__(self, "_raw", raw)

    @property
    def raw(self) -> Any:
        return self._raw

    def cursor(self) -> CipherCursor:
        return CipherCursor(self._raw.cursor())

    def execute(self, sql: str, params: Any = ()) -> CipherCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Any]) -> CipherCursor:
        return self.cursor().executemany(sql, seq)

    def executescript(self, script: str) -> CipherCursor:
        return self.cursor().executescript(script)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return getattr(self._raw, method)(*args, **kwargs)
        except _raw_error() as exc:
            raise _convert(exc) from exc

    def commit(self) -> None:
        self._call("commit")

    def rollback(self) -> None:
        self._call("rollback")

    def close(self) -> None:
        self._call("close")

    def backup(self, target: Any, **kwargs: Any) -> None:
        """Online backup into another SQLCipher connection (encrypted with its own key)."""
        if isinstance(target, CipherConnection):
            target = target.raw
        self._call("backup", target, **kwargs)

    def __enter__(self) -> CipherConnection:
        return self

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.rollback()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    if not passphrase or "\x00" in passphrase:
        raise errors.WrongPassphraseError(
            errors.Text(
                "Een wachtwoord mag niet leeg zijn.",
                "A passphrase must not be empty.",
            )
        )
    return "'" + passphrase.replace("'", "''") + "'"


def connect(database: str, *, uri: bool = False, timeout: float = 5.0) -> CipherConnection:
    """An SQLCipher connection (not yet keyed)."""
    if _sqlcipher is None:
        raise errors.AtlasError(
            errors.Text(
                "Versleuteling is niet beschikbaar: het pakket sqlcipher3 ontbreekt.",
                "Encryption is not available: the sqlcipher3 package is missing.",
            )
        )
    try:
        raw = _sqlcipher.connect(database, uri=uri, timeout=timeout, check_same_thread=False)
    except _sqlcipher.Error as exc:
        raise _convert(exc) from exc
    conn = CipherConnection(raw)
    # SQLCipher logs a failed key check to stderr; the caller reports it instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


#: SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 256-bit key.
KDF_ITERATIONS = 256_000
SALT_SIZE = 16


@functools.lru_cache(maxsize=16)
def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)


def salt_of(path: str | os.PathLike[str] | None) -> bytes | None:
    """The salt of an encrypted database file (its first 16 bytes), or None."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(SALT_SIZE)
    except OSError:
        return None
    if len(head) < SALT_SIZE or head == b"SQLite format 3\x00":
        return None
    return head


def key_literal(passphrase: str, salt: bytes) -> str:
    """The derived raw key with its salt, as SQLCipher's ``"x'key salt'"`` literal."""
    return f"\"x'{_derive(passphrase, salt).hex()}{salt.hex()}'\""


def rekey(conn: Any, passphrase: str, salt: bytes) -> None:
    """Re-encrypt the keyed database of ``conn`` for ``passphrase`` (its salt stays)."""
    quote(passphrase)
    conn.execute(f"PRAGMA rekey = \"x'{_derive(passphrase, salt).hex()}'\"")


def new_salt() -> bytes:
    return os.urandom(SALT_SIZE)


def apply_key(
    conn: CipherConnection,
    passphrase: str,
    *,
    path: str | os.PathLike[str] | None = None,
    salt: bytes | None = None,
) -> None:
    """Key ``conn`` and prove the key by reading the schema; a wrong one changes nothing.

    The key derivation (PBKDF2, deliberately slow) runs once per passphrase and
    salt in this process; connections to the same file, and new files given
    that file's ``salt`` (backups), get the derived key as a raw key. The
    result is the same database SQLCipher makes from the passphrase itself.
    """
    quote(passphrase)  # refuses an empty passphrase
    file_salt = salt_of(path)
    use_salt = file_salt or salt
    if use_salt is not None:
        conn.execute(f"PRAGMA key = {key_literal(passphrase, use_salt)}")
    else:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower() or getattr(exc, "sqlite_errorname", "") in (
            "SQLITE_NOTADB",
        ):
            raise errors.WrongPassphraseError(path=str(path) if path else None) from None
        raise


def attach_export(
    conn: Any, dest: str, passphrase: str | None, *, salt: bytes | None = None
) -> None:
    """Copy the whole database of ``conn`` into a new file ``dest`` with ``sqlcipher_export``.

    ``passphrase=None`` writes a plain SQLite file; with a ``salt`` the key is
    derived once for every file converted with it. ``user_version`` and
    ``application_id`` are not copied by SQLCipher, so they are set here.
    """
    if passphrase is None:
        key = "''"
    elif salt is not None:
        key = key_literal(passphrase, salt)
    else:
        key = quote(passphrase)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    literal = "'" + dest.replace("'", "''") + "'"
    conn.execute(f"ATTACH DATABASE {literal} AS zwerm_export KEY {key}")
    try:
        conn.execute("SELECT sqlcipher_export('zwerm_export')").fetchone()
        conn.execute(f"PRAGMA zwerm_export.user_version = {int(version)}")
        conn.execute(f"PRAGMA zwerm_export.application_id = {int(app_id)}")
    finally:
        conn.execute("DETACH DATABASE zwerm_export")
