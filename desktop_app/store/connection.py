"""Recognising an atlas file and opening SQLite connections with our profile."""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop_app.i18n import os_reason
from desktop_app.store import cipher, errors

#: ``PRAGMA application_id`` of every atlas: "ZWRM" in ASCII.
APPLICATION_ID = 0x5A57524D
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class Header:
    """The fields of an SQLite file header we look at before connecting."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int
    #: SQLCipher encrypts the header too: then only the size is known, and the
    #: other fields are read after the passphrase has opened the file.
    encrypted: bool = False
    #: The main file is still empty and everything is in the WAL (an atlas just
    #: created and still open elsewhere): read the fields through a connection.
    in_wal: bool = False


def plausible_plain_header(head: bytes) -> bool:
    """Whether bytes 16–23 of ``head`` are those of an unencrypted SQLite file.

    Bytes 21–23 are fixed by the file format (64, 32, 32); the page size is a
    power of two and the read/write versions are 1 or 2. In an encrypted file
    these bytes are random (a false match: about one in 2**30), so a file that
    has them but lacks the magic is a plain atlas whose first bytes were
    overwritten: damaged, not encrypted.
    """
    if len(head) < 24:
        return False
    (page_size,) = struct.unpack(">H", head[16:18])
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        return False
    return head[18] in (1, 2) and head[19] in (1, 2) and head[21:24] == b"\x40\x20\x20"


def file_looks_encrypted(path: str | os.PathLike[str]) -> bool:
    """Whether the file is SQLCipher-encrypted: no SQLite magic and no plain header either."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return False
    return (
        len(head) >= 24 and not head.startswith(SQLITE_MAGIC) and not plausible_plain_header(head)
    )


def read_header(path: Path) -> Header:
    """Read the header without opening a connection (which could write to the file).

    Raises:
        AtlasNotFoundError, NotAnAtlasError, AtlasCorruptError.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise errors.AtlasNotFoundError(path=str(path)) from None
    except IsADirectoryError:
        raise errors.NotAnAtlasError(path=str(path)) from None
    except PermissionError:
        raise errors.AtlasError(
            errors.Text(
                "Geen toestemming om dit bestand te lezen.",
                "No permission to read this file.",
            ),
            path=str(path),
        ) from None
    if len(head) < 100:
        if len(head) == 0 and _committed_wal(path):
            return Header(0, 0, 0, 0, in_wal=True)
        raise errors.NotAnAtlasError(path=str(path))
    if not head.startswith(SQLITE_MAGIC):
        if plausible_plain_header(head):  # a plain atlas with its first bytes overwritten
            raise errors.AtlasCorruptError(path=str(path))
        # Encrypted pages look random; an atlas is a whole number of pages.
        if size >= 1024 and size % 512 == 0:
            return Header(0, 0, 0, 0, encrypted=True)
        raise errors.NotAnAtlasError(path=str(path))
    (page_size,) = struct.unpack(">H", head[16:18])
    if page_size == 1:
        page_size = 65536
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    # Another process may remove its -wal between two looks: one stat, vanished is empty.
    wal_pending = _committed_wal(path)
    if application_id != APPLICATION_ID:
        if wal_pending:  # created (or migrated) and not yet checkpointed
            return Header(page_size, page_count, user_version, application_id, in_wal=True)
        raise errors.NotAnAtlasError(path=str(path))
    # A file cut short (a copy that broke off, a full disk) is shorter than its
    # header says. A WAL may hold later pages, so only the main file is checked.
    short = page_size < 512 or size < page_size or (page_count and size < page_size * page_count)
    if short and not wal_pending:
        raise errors.AtlasCorruptError(path=str(path))
    return Header(page_size, page_count, user_version, application_id)


def _companions(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def location_writable(path: Path) -> bool:
    """Whether the atlas at ``path`` can be opened for writing.

    Its file and folder must be writable (not a read-only mount, not
    ``chattr +i``; ``os.access`` asks the kernel, so this holds for root too),
    and its ``-wal``/``-shm``, when present, regular writable files.
    """
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    for companion in _companions(path):
        # Another process may remove its -wal and -shm at any moment (closing):
        # a companion that is gone is no obstacle.
        try:
            mode = os.stat(companion).st_mode
        except FileNotFoundError:
            continue
        except OSError:
            return False
        if not stat.S_ISREG(mode):
            return False
        if not os.access(companion, os.W_OK) and os.path.exists(companion):
            return False
    return True


def _committed_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection to ``path`` (which changes nothing in the file).

    On a read-only location without ``-wal``/``-shm`` beside the atlas SQLite
    cannot open it even with ``mode=ro`` ("unable to open database file"): it
    must create the ``-shm`` to read a WAL-mode file. ``immutable=1`` reads
    the file as it is, which is right when nothing can change it anyway
    (and when a ``-wal`` that is a directory can hold no data). A ``-wal``
    with data is never ignored: then the plain read-only open is tried.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not location_writable(path) and not _committed_wal(path):
        uri += "&immutable=1"
    return uri


def connect(
    path: Path, *, read_only: bool = False, passphrase: str | None = None
) -> sqlite3.Connection:
    """A connection with our profile: WAL, synchronous=FULL, foreign keys, busy timeout.

    Read-only connections use ``mode=ro`` and change nothing in the file. With
    a ``passphrase`` the connection is an SQLCipher one (see :mod:`cipher`),
    keyed and checked before anything else is done, so a wrong passphrase
    raises WrongPassphraseError and leaves the file untouched.
    """
    uri = read_only_uri(path) if read_only else f"{path.resolve().as_uri()}?mode=rw"
    try:
        if passphrase is None:
            conn = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        else:
            conn = cipher.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)  # type: ignore[assignment]
    except sqlite3.Error as exc:
        raise (errors.translate(exc, path=str(path)) or errors.AtlasError(path=str(path))) from exc
    if passphrase is not None:
        try:
            cipher.apply_key(conn, passphrase, path=path)  # type: ignore[arg-type]
        except BaseException:
            conn.close()
            raise
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            # Deleted personal data is overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise (errors.translate(exc, path=str(path)) or errors.AtlasError(path=str(path))) from exc
    return conn


def create_empty(path: Path, *, passphrase: str | None = None) -> sqlite3.Connection:
    """Create a new, empty database file at ``path`` (which must not exist)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise errors.AtlasExistsError(path=str(path)) from None
    except OSError as exc:
        raise errors.AtlasError(
            errors.Text(
                "Kan het bestand niet aanmaken: {reason}",
                "Cannot create the file: {reason}",
            ).format(reason=os_reason(exc)),
            path=str(path),
        ) from exc
    os.close(fd)
    return connect(path, passphrase=passphrase)
