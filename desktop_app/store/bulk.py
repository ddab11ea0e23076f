"""Bulk writes for import, its undo, and restoring an exported atlas.

Kept apart from the repositories because only the interop layer needs them:
deleting thousands of rows in one statement per chunk (undoing an import of
100,000 signals one row at a time would take minutes), and putting back a
network's status history exactly as it was exported.
"""

from __future__ import annotations

import json
import operator
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from desktop_app.domain import Position, StatusPeriod
from desktop_app.store.codec import field_types, format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas
    from desktop_app.store.repository import Repository

_CHUNK = 500
#: Page cache while a bulk insert runs (KiB, as a negative cache_size): random
#: index inserts of 100,000 rows otherwise spill pages out of the default 2 MB.
_BULK_CACHE_KIB = 64_000


def fresh_ids(count: int) -> list[str]:
    """``count`` random 128-bit ids in hex, like ``new_id()`` but in one system call."""
    blob = os.urandom(16 * count).hex()
    return [blob[i : i + 32] for i in range(0, 32 * count, 32)]


def _row_function(model: type, columns: Sequence[str], now: str) -> Callable[[Any], tuple]:
    """A function from object to row tuple, generated once per call of :func:`insert_many`.

    Generated code (as ``dataclasses`` does) instead of a loop over columns: one
    call per row, which is what keeps 100,000 rows well under a second.
    """
    types = field_types(model)
    parts = []
    for name in columns:
        if not name.isidentifier():  # pragma: no cover - our own schema's columns
            raise ValueError(name)
        hint = types[name]
        value = f"o.{name}"
        if hint is datetime:
            parts.append(f"(now if {value} is None else fmt({value}))")
        elif hint is date:
            parts.append(f"(None if {value} is None else {value}.isoformat())")
        elif hint is bool:
            parts.append(f"(None if {value} is None else int({value}))")
        elif isinstance(hint, type) and issubclass(hint, Enum):
            # A StrEnum binds as its value already.
            parts.append(
                value if issubclass(hint, str) else f"(None if {value} is None else {value}.value)"
            )
        elif hint in (str, int, float):
            parts.append(value)
        else:
            parts.append(f"jl({value})")
    source = f"def row(o):\n    return ({', '.join(parts)},)\n"
    namespace: dict[str, Any] = {"now": now, "fmt": format_timestamp, "jl": _json_list}
    exec(source, namespace)
    return namespace["row"]


def _json_list(value: Any) -> Any:
    return None if value is None else json.dumps(list(value), ensure_ascii=False)


def insert_many(atlas: Atlas, repository: Repository, objs: Iterable[Any]) -> int:
    """Insert new objects fast: rows encoded per column, sorted by id, one executemany.

    Does what ``repository.add_many`` does (timestamps for objects without them,
    join tables and status history through the repository), for large imports.
    """
    from desktop_app.store.repository import Repository

    columns = repository.columns
    to_row = _row_function(repository.model, columns, format_timestamp(utc_now()))
    needs_extra = type(repository)._write_extra is not Repository._write_extra
    extras: list[Any] = []
    if needs_extra:
        extras = list(objs)
        objs = extras
    rows = [to_row(obj) for obj in objs]
    # In id order the primary-key index grows at its end instead of splitting pages;
    # a table that refers to itself (areas) keeps the caller's parents-first order.
    with atlas.reading():
        references = atlas.conn.execute(
            f"SELECT \"table\" FROM pragma_foreign_key_list('{repository.table}')"
        ).fetchall()
    if (repository.table,) not in references:
        rows.sort(key=operator.itemgetter(columns.index("id")))
    sql = (
        f"INSERT INTO {repository.table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    conn = atlas.conn
    previous = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
    try:
        with atlas.transaction(), atlas.changes.bulk(repository.table):
            conn.executemany(sql, rows)
            for obj in extras:
                repository._write_extra(obj)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous)}")
    return len(rows)


def delete_many(atlas: Atlas, repository: Repository, ids: Iterable[str]) -> int:
    """Delete the rows with ``ids`` from ``repository``'s table in one transaction.

    Dependent rows go by the schema's ON DELETE rules; one audit entry records the count.
    """
    ids = list(ids)
    table = repository.table
    with atlas.transaction(), atlas.changes.bulk(table):
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            atlas.conn.execute(
                f"DELETE FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
        atlas.audit("delete", repository.entity, f"{len(ids)} rows")
    return len(ids)


def replace_status_history(atlas: Atlas, periods: Iterable[StatusPeriod]) -> int:
    """Make the status history of the networks in ``periods`` exactly ``periods``."""
    periods = list(periods)
    network_ids = sorted({p.network_id for p in periods})
    with atlas.transaction():
        for start in range(0, len(network_ids), _CHUNK):
            chunk = network_ids[start : start + _CHUNK]
            atlas.conn.execute(
                f"DELETE FROM network_statuses WHERE network_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        return atlas.networks.add_status_periods(periods)


def forget_tombstones(atlas: Atlas, table: str, ids: Iterable[str]) -> None:
    """Drop the tombstones of rows that are back (redo of an undone import)."""
    ids = list(ids)
    with atlas.transaction(), atlas.changes.bulk(table):
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            atlas.conn.execute(
                f"DELETE FROM tombstones WHERE table_name = ? AND row_id IN"
                f" ({', '.join('?' * len(chunk))})",
                (table, *chunk),
            )


def all_settings(atlas: Atlas) -> dict[str, Any]:
    """Every setting of the atlas (JSON export)."""
    with atlas.reading():
        rows = atlas.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    return {key: json.loads(value) for key, value in rows}


def all_status_periods(atlas: Atlas) -> list[StatusPeriod]:
    """The status history of every network, oldest first (JSON export)."""
    from desktop_app.store.codec import from_row

    keys = ("network_id", "status", "since", "until", "id", "created_at", "updated_at")
    with atlas.reading():
        rows = atlas.conn.execute(
            f"SELECT {', '.join(keys)} FROM network_statuses ORDER BY network_id, since, rowid"
        ).fetchall()
    return [from_row(StatusPeriod, dict(zip(keys, r, strict=True))) for r in rows]


def restore_positions(atlas: Atlas, positions: Iterable[Position]) -> int:
    """Insert positions exactly as exported, their ``updated_at`` included."""
    now = format_timestamp(utc_now())
    rows = [
        (
            p.network_id,
            float(p.x),
            float(p.y),
            int(p.pinned),
            format_timestamp(p.updated_at) if p.updated_at else now,
        )
        for p in positions
    ]
    with atlas.transaction():
        atlas.conn.executemany(
            "INSERT INTO positions (network_id, x, y, pinned, updated_at) VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


def column_values(atlas: Atlas, repository_name: str, columns: Sequence[str]) -> list[tuple]:
    """Plain stored values of ``columns`` of every row (duplicate keys for a big import)."""
    repository = getattr(atlas, repository_name)
    known = set(repository.columns)
    if not set(columns) <= known:
        raise ValueError(f"unknown columns: {sorted(set(columns) - known)}")
    with atlas.reading():
        return atlas.conn.execute(f"SELECT {', '.join(columns)} FROM {repository.table}").fetchall()


def insert_rows(
    atlas: Atlas,
    repository: Repository,
    columns: Sequence[str],
    rows: Sequence[tuple],
    *,
    between: Callable[[int], None] | None = None,
    chunk: int = 2_000,
) -> int:
    """Insert rows given as stored values in ``columns`` order; timestamps are set to now.

    The fast path of an import: the caller has encoded the values already.
    ``between(rows_done)`` is called between chunks; an exception it raises
    (a cancel) rolls the whole insert back.
    """
    known = set(repository.columns)
    if not set(columns) <= known or "id" not in columns:
        raise ValueError(f"unknown columns: {sorted(set(columns) - known)}")
    stamps = [c for c in ("created_at", "updated_at") if c in known and c not in columns]
    now = format_timestamp(utc_now())
    # The timestamp is one literal for all rows (digits, '-', ':', 'T', 'Z' only).
    sql = (
        f"INSERT INTO {repository.table} ({', '.join([*columns, *stamps])}) "
        f"VALUES ({', '.join(['?'] * len(columns) + [repr(now)] * len(stamps))})"
    )
    ordered = sorted(rows, key=operator.itemgetter(list(columns).index("id")))
    conn = atlas.conn
    previous = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
    try:
        with atlas.transaction(), atlas.changes.bulk(repository.table):
            for start in range(0, len(ordered), chunk):
                if between is not None and start:
                    between(start)
                conn.executemany(sql, ordered[start : start + chunk])
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous)}")
    return len(ordered)
