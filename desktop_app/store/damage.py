"""Finding damage that SQLite's quick check on open does not see.

Three defences, from cheap to thorough:

- **The header.** A plain atlas whose first bytes were overwritten still has a
  plausible SQLite header after them; it is damaged, not encrypted (an
  encrypted file is random from its first byte on).
- **The seal.** When Zwermkaart closes an atlas it wrote to, it checkpoints
  the WAL into the file, writes a fresh random token into the atlas and
  records ``token -> SHA-256 of the file`` in the data folder. On the next
  open, a file that still carries that token must still have that digest: any
  byte changed since (a failing disk, a broken copy, another program) is
  found, whatever SQLite's checks say. The record holds no content, only the
  token and the digest. A writable open forgets the token first, so a crash
  afterwards (the file then legitimately differs) never raises a false alarm;
  files without a known token (another machine, after a crash) rely on the
  checks below alone.
- **The deep check** (:func:`deep_check`): ``PRAGMA integrity_check`` (indexes
  against their tables), foreign keys, every CHECK constraint (SQLite skips
  them on a read-only connection), and the search index against the names and
  notes it indexes. It takes seconds on a large atlas: the window runs it in
  the background after opening, ``zwermkaart check`` runs it in full.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.domain import POSITION_LIMIT
from desktop_app.i18n import Text
from desktop_app.paths import user_data_dir
from desktop_app.store.atomic import WriteFailedError, atomic_write_text
from desktop_app.store.connection import SQLITE_MAGIC, plausible_plain_header

SEAL_KEY = "atlas.seal"
SEALS_NAME = "seals.json"
#: Seals kept (the newest); older atlases simply go unsealed.
MAX_SEALS = 500


# -- reading what can be read from a damaged file ----------------------------------
_ID_PATTERN = re.compile(rb'atlas\.id"([0-9a-f]{32})"')


def lenient_atlas_id(path: Path) -> str | None:
    """The atlas id stored in a possibly damaged plain file, or None.

    Tried in turn: SQLite on the file as it is; SQLite on a temporary copy with
    the file's magic restored (its first bytes overwritten); a scan of the raw
    bytes for the settings row. Never writes to ``path``.
    """
    value = _id_via_sqlite(path)
    if value is None:
        value = _id_via_repaired_copy(path)
    if value is None:
        value = _id_via_scan(path)
    return value


def _id_via_sqlite(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'atlas.id'").fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    return value if isinstance(value, str) else None


def _id_via_repaired_copy(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if head.startswith(SQLITE_MAGIC) or not plausible_plain_header(head):
        return None
    with tempfile.TemporaryDirectory(prefix="zwermkaart-") as tmp:
        copy = Path(tmp) / "copy.zwerm"
        try:
            shutil.copyfile(path, copy)
            with copy.open("r+b") as fh:
                fh.write(SQLITE_MAGIC)
        except OSError:
            return None
        return _id_via_sqlite(copy)


def _id_via_scan(path: Path, limit: int = 8_000_000) -> str | None:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit)
    except OSError:
        return None
    match = _ID_PATTERN.search(data)
    return match.group(1).decode() if match else None


# -- the seal --------------------------------------------------------------------
def _seals_path() -> Path:
    return user_data_dir() / SEALS_NAME


def _read_seals() -> dict[str, Any]:
    try:
        data = json.loads(_seals_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_seals(seals: dict[str, Any]) -> None:
    if len(seals) > MAX_SEALS:
        seals = dict(list(seals.items())[-MAX_SEALS:])
    with contextlib.suppress(WriteFailedError, OSError):
        _seals_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(_seals_path(), json.dumps(seals, indent=0), private=True)


def file_digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def new_seal_token() -> str:
    return secrets.token_hex(16)


def record_seal(token: str, path: Path) -> None:
    """Remember that the file at ``path``, carrying ``token``, has its present bytes."""
    try:
        stat = path.stat()
        digest = file_digest(path)
    except OSError:
        return
    seals = _read_seals()
    seals.pop(token, None)
    seals[token] = {
        "sha256": digest,
        "size": stat.st_size,
        "file": [os.path.realpath(path), stat.st_dev, stat.st_ino],
    }
    _write_seals(seals)


def forget_seal(token: str | None) -> None:
    """The file carrying ``token`` is about to change: its seal no longer applies."""
    if not token:
        return
    seals = _read_seals()
    if seals.pop(token, None) is not None:
        _write_seals(seals)


def seal_broken(token: str | None, path: Path) -> bool:
    """True when ``path`` carries a known seal but its bytes changed since.

    Only meaningful while nothing has been written to the file since it was
    sealed: call before opening it for writing, or while a read transaction
    started on an empty WAL holds the checkpointer off.
    """
    if not token:
        return False
    entry = _read_seals().get(token)
    if not isinstance(entry, dict):
        return False
    wal = Path(f"{path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False  # written to since (by a session that did not close)
        stat = path.stat()
        # The same file, not a copy of it elsewhere or a file renamed over it
        # (a conversion writes a new file): those carry the token legitimately.
        if entry.get("file") != [os.path.realpath(path), stat.st_dev, stat.st_ino]:
            return False
        if stat.st_size != entry.get("size"):
            return True
        return file_digest(path) != entry.get("sha256")
    except OSError:
        return False


def read_seal_token(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (SEAL_KEY,)).fetchone()
        value = json.loads(row[0]) if row else None
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, str) else None


# -- the deep check -----------------------------------------------------------------
def deep_check(conn: Any, cancelled: Any = None) -> list[str]:
    """Every problem SQLite and the schema can find; empty when all is well.

    ``cancelled``: an optional callable; when it returns True the check stops
    early and returns what it found so far.
    """
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid}: missing {parent}")
    for table, expression in check_constraints(conn):
        if cancelled is not None and cancelled():
            return problems
        try:
            bad = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE NOT coalesce(({expression}), 1)'
            ).fetchone()[0]
        except sqlite3.Error as exc:  # an unreadable page
            if "interrupt" in str(exc):
                raise  # stopped by an erasure's scrub (store.readers): not damage
            problems.append(f"{table}: {exc}")
            continue
        if bad:
            problems.append(f"{table}: {bad} row(s) break CHECK ({expression})")
    if cancelled is None or not cancelled():
        problems.extend(search_index_problems(conn))
    problems.extend(position_problems(conn))
    return problems


def position_problems(conn: Any) -> list[str]:
    """Map positions no view can show (infinite or absurd; NaN is stored as NULL)."""
    try:
        bad = conn.execute(
            "SELECT network_id FROM positions WHERE x IS NULL OR y IS NULL"
            " OR NOT (abs(x) <= ? AND abs(y) <= ?)",
            (POSITION_LIMIT, POSITION_LIMIT),
        ).fetchall()
    except sqlite3.Error as exc:  # an unreadable page
        return [f"positions: {exc}"]
    return [
        str(
            Text(
                "positie van netwerk {id}: geen bruikbare coördinaten (oneindig of te groot); "
                "leg de kaart opnieuw uit",
                "position of network {id}: no usable coordinates (infinite or too large); "
                "run the layout again",
            ).format(id=network_id)
        )
        for (network_id,) in bad
    ]


def check_constraints(conn: Any) -> list[tuple[str, str]]:
    """``(table, expression)`` of every CHECK constraint in the schema."""
    found = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    ):
        for expression in _check_expressions(sql):
            found.append((name, expression))
    return found


def _check_expressions(sql: str) -> list[str]:
    out = []
    for match in re.finditer(r"\bCHECK\s*\(", sql, re.IGNORECASE):
        depth, start = 1, match.end()
        i = start
        quote = ""
        while i < len(sql) and depth:
            ch = sql[i]
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            i += 1
        if depth == 0:
            out.append(sql[start : i - 1].strip())
    return out


def search_index_problems(conn: Any) -> list[str]:
    """Names and notes that the search index holds differently from their tables."""
    try:
        indexed = {
            (kind, ref): (title, body)
            for kind, ref, title, body in conn.execute(
                "SELECT ref_type, ref_id, title, body FROM search_index"
            )
        }
        networks = conn.execute("SELECT id, name, description FROM networks").fetchall()
    except sqlite3.Error as exc:
        return [f"search_index: {exc}"]
    differing = 0
    for network_id, name, description in networks:
        entry = indexed.get(("network", network_id))
        if entry is not None and (entry[0] != name or entry[1] != description):
            differing += 1
    if differing:
        return [f"networks: {differing} name(s) or description(s) differ from the search index"]
    return []


def run_deep_check(atlas: Any, state: Any) -> list[str]:
    """A job (``run(inputs, state)``): the deep check of an open atlas on a reader of its own.

    Reads only, in one read transaction, so it can run beside the window's edits.
    """
    reader = atlas.reader()
    try:
        return reader.check(state.cancelled)
    finally:
        reader.close()
