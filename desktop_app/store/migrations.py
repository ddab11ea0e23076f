"""Numbered, recorded, transactional schema migrations from ``db/migrations``.

Each ``NNNN_name.sql`` file brings the atlas to schema version ``NNNN``; the
version lives in ``PRAGMA user_version`` and each file runs in one transaction
together with the version bump, so a failed migration changes nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.store import errors
from desktop_app.store.connection import APPLICATION_ID

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def discover(directory: Path | None = None) -> list[Migration]:
    directory = directory or paths.migrations_dir()
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations in {directory} are not numbered 1..n: {versions}")
    return found


def latest_version(directory: Path | None = None) -> int:
    return len(discover(directory))


def apply(conn: sqlite3.Connection, migrations: list[Migration], current: int) -> int:
    """Apply every migration newer than ``current``; return the new version."""
    version = current
    for migration in migrations:
        if migration.version <= version:
            continue
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{migration.sql()}\n;\n"
            f"PRAGMA application_id = {APPLICATION_ID};\n"
            f"PRAGMA user_version = {migration.version};\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise (errors.translate(exc) or exc) from exc
        version = migration.version
    return version
