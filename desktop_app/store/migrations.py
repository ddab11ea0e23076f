"""Numbered, recorded, transactional schema migrations from ``db/migrations``.

Each ``NNNN_name.sql`` file brings the atlas to schema version ``NNNN``; the
version lives in ``PRAGMA user_version`` and each file runs in one transaction
together with the version bump and its row in the audit log, so a failed
(or interrupted) migration changes nothing, and every migrated state records
how it came about.
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


def _literal(text: str) -> str:
    """An SQL string literal (executescript takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _audit_row(at: str, actor: str, before: int, after: int) -> str:
    values = ", ".join(_literal(v) for v in (at, actor, "migrate", "atlas", f"{before}->{after}"))
    return f"INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ({values});\n"


def apply(
    conn: sqlite3.Connection,
    migrations: list[Migration],
    current: int,
    *,
    audit: tuple[str, str] | None = None,
) -> int:
    """Apply every migration newer than ``current``; return the new version.

    ``audit=(timestamp, actor)``: each step writes its ``migrate`` row to the
    audit log in its own transaction (an existing atlas being upgraded).
    """
    version = current
    for migration in migrations:
        if migration.version <= version:
            continue
        record = _audit_row(*audit, version, migration.version) if audit and version else ""
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{migration.sql()}\n;\n"
            f"{record}"
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
