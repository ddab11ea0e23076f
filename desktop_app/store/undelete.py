"""Deleting a row together with everything that depends on it, so it can be undone.

Deleting a network cascades to its memberships, ties, signals, support cases,
notes, position and status history, and clears references (SET NULL) to it.
:func:`delete_with_dependents` records all of that before it deletes;
:func:`undelete` puts it back exactly, in one transaction, and removes the
tombstones the delete left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.store import errors

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

# Tables whose rows point at a subject through (subject_type, subject_id), not a foreign key.
_SUBJECT_TYPES = {
    "areas": "area",
    "networks": "network",
    "persons": "person",
    "professionals": "professional",
    "ties": "tie",
    "obstacles": "obstacle",
    "support_cases": "support_case",
}


@dataclass
class DeletedRows:
    """What a delete removed or changed; opaque outside the store."""

    table: str
    row_id: str
    #: (table, columns, rows) in insertion order: parents before children.
    removed: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = field(default_factory=list)
    #: (table, column, pk column, pk values) of references that were set to NULL.
    nulled: list[tuple[str, str, str, list[Any]]] = field(default_factory=list)


def _foreign_keys(atlas: Atlas) -> dict[str, list[tuple[str, str, str, str]]]:
    """parent table -> [(child table, child column, parent column, on_delete)]."""
    result: dict[str, list[tuple[str, str, str, str]]] = {}
    tables = [
        r[0]
        for r in atlas.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        )
    ]
    for child in tables:
        for fk in atlas.conn.execute(f"PRAGMA foreign_key_list({child})"):
            parent, from_col, to_col, on_delete = fk[2], fk[3], fk[4] or "id", fk[6]
            result.setdefault(parent, []).append((child, from_col, to_col, on_delete))
    return result


def _columns(atlas: Atlas, table: str) -> tuple[str, ...]:
    return tuple(r[1] for r in atlas.conn.execute(f"PRAGMA table_info({table})"))


def _primary_key(atlas: Atlas, table: str) -> str:
    pks = [r[1] for r in atlas.conn.execute(f"PRAGMA table_info({table})") if r[5]]
    return pks[0] if len(pks) == 1 else "rowid"


def _collect(atlas: Atlas, table: str, where: str, params: tuple, out: DeletedRows, fks) -> None:
    columns = _columns(atlas, table)
    rows = atlas.conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", params
    ).fetchall()
    if not rows:
        return
    out.removed.append((table, columns, rows))
    for child, col, parent_col, on_delete in fks.get(table, []):
        values = [row[columns.index(parent_col)] for row in rows]
        marks = ", ".join("?" * len(values))
        if on_delete == "CASCADE":
            _collect(atlas, child, f"{col} IN ({marks})", tuple(values), out, fks)
        elif on_delete == "SET NULL":
            pk = _primary_key(atlas, child)
            pk_values = [
                r[0]
                for r in atlas.conn.execute(
                    f"SELECT {pk} FROM {child} WHERE {col} IN ({marks})", tuple(values)
                )
            ]
            if pk_values:
                # One entry per parent value keeps the restore exact.
                for value in values:
                    ids = [
                        r[0]
                        for r in atlas.conn.execute(
                            f"SELECT {pk} FROM {child} WHERE {col} = ?", (value,)
                        )
                    ]
                    if ids:
                        out.nulled.append((child, col, pk, [value, *ids]))
    subject = _SUBJECT_TYPES.get(table)
    if subject and table != "notes":
        ids = [row[columns.index("id")] for row in rows]
        marks = ", ".join("?" * len(ids))
        _collect(
            atlas,
            "notes",
            f"subject_type = ? AND subject_id IN ({marks})",
            (subject, *ids),
            out,
            fks,
        )


def delete_with_dependents(atlas: Atlas, table: str, row_id: str, entity: str) -> DeletedRows:
    """Delete one row and what depends on it, returning what is needed to undo it."""
    out = DeletedRows(table, row_id)
    with atlas.transaction():
        fks = _foreign_keys(atlas)
        _collect(atlas, table, "id = ?", (row_id,), out, fks)
        if not out.removed:
            raise errors.NotFoundError()
        atlas.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        atlas.audit("delete", entity, row_id)
    return out


def undelete(atlas: Atlas, deleted: DeletedRows, entity: str) -> None:
    """Put back everything :func:`delete_with_dependents` removed, in one transaction."""
    with atlas.transaction():
        for table, columns, rows in deleted.removed:
            atlas.conn.executemany(
                f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                rows,
            )
            if "id" in columns:
                index = columns.index("id")
                atlas.conn.executemany(
                    "DELETE FROM tombstones WHERE table_name = ? AND row_id = ?",
                    [(table, row[index]) for row in rows],
                )
            elif table == "positions":
                atlas.conn.executemany(
                    "DELETE FROM tombstones WHERE table_name = 'positions' AND row_id = ?",
                    [(row[0],) for row in rows],
                )
        for child, col, pk, (value, *ids) in deleted.nulled:
            atlas.conn.executemany(
                f"UPDATE {child} SET {col} = ? WHERE {pk} = ?", [(value, i) for i in ids]
            )
        atlas.audit("create", entity, deleted.row_id)
