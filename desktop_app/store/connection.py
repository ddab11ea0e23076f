"""Recognising an atlas file and opening SQLite connections with our profile."""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store import errors

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
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise errors.NotAnAtlasError(path=str(path))
    (page_size,) = struct.unpack(">H", head[16:18])
    if page_size == 1:
        page_size = 65536
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise errors.NotAnAtlasError(path=str(path))
    # A file cut short (a copy that broke off, a full disk) is shorter than its
    # header says. A WAL may hold later pages, so only the main file is checked.
    if page_size < 512 or size < page_size or (page_count and size < page_size * page_count):
        wal = Path(f"{path}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            raise errors.AtlasCorruptError(path=str(path))
    return Header(page_size, page_count, user_version, application_id)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with our profile: WAL, synchronous=FULL, foreign keys, busy timeout.

    Read-only connections use ``mode=ro`` and change nothing in the file.
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    try:
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise (errors.translate(exc, path=str(path)) or errors.AtlasError(path=str(path))) from exc
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


def create_empty(path: Path) -> sqlite3.Connection:
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
            ).format(reason=exc.strerror or str(exc)),
            path=str(path),
        ) from exc
    os.close(fd)
    return connect(path)
