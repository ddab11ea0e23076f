"""The shared shape of every table's repository: add, get, update, delete, list.

A repository speaks domain dataclasses; rows never leave the store. Each
write runs in the atlas's current transaction (or one of its own), stamps
``created_at``/``updated_at`` and leaves an audit entry with the id only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from desktop_app.store import errors
from desktop_app.store.codec import row_decoder, row_encoder, to_row, utc_now
from desktop_app.store.undelete import DeletedRows, delete_with_dependents, undelete

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

T = TypeVar("T")


class Repository(Generic[T]):
    table: ClassVar[str]
    model: ClassVar[type]
    #: Name used in the audit log.
    entity: ClassVar[str]
    order_by: ClassVar[str] = "rowid"

    def __init__(self, atlas: Atlas) -> None:
        self._atlas = atlas
        self._columns: tuple[str, ...] | None = None

    # -- plumbing -----------------------------------------------------------
    @property
    def conn(self):
        return self._atlas.conn

    @property
    def columns(self) -> tuple[str, ...]:
        if self._columns is None:
            rows = self.conn.execute(f"PRAGMA table_info({self.table})").fetchall()
            self._columns = tuple(r[1] for r in rows)
        return self._columns

    def _build(self, rows: Sequence[Any]) -> list[T]:
        """Domain objects for rows from ``SELECT *`` (extra fields attached by subclasses)."""
        decode = row_decoder(self.model, self.columns)
        return [decode(row) for row in rows]

    def _select(self, where: str = "", params: Iterable[Any] = (), order: str | None = None):
        sql = f"SELECT {', '.join(self.columns)} FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order or self.order_by}"
        with self._atlas.reading():
            return self._build(self.conn.execute(sql, tuple(params)).fetchall())

    def _write_extra(self, obj: T) -> None:
        """Write what lives outside the main row (join tables). Runs inside the transaction."""

    def _write_extra_many(self, objs: list[T]) -> None:
        """:meth:`_write_extra` for rows just inserted by :meth:`add_many`."""
        for obj in objs:
            self._write_extra(obj)

    # -- reading ------------------------------------------------------------
    def find(self, id_: str) -> T | None:
        found = self._select("id = ?", (id_,))
        return found[0] if found else None

    def get(self, id_: str) -> T:
        found = self.find(id_)
        if found is None:
            raise errors.NotFoundError()
        return found

    def all(self) -> list[T]:
        return self._select()

    def many(self, ids: Iterable[str]) -> list[T]:
        ids = list(ids)
        result: list[T] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            result += self._select(f"id IN ({', '.join('?' * len(chunk))})", chunk)
        return result

    def count(self) -> int:
        with self._atlas.reading():
            return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    # -- writing ------------------------------------------------------------
    def add(self, obj: T) -> T:
        now = utc_now()
        obj = dataclasses.replace(obj, created_at=now, updated_at=now)  # type: ignore[type-var]
        row = to_row(obj, self.columns)
        with self._atlas.transaction():
            self.conn.execute(
                f"INSERT INTO {self.table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            self._write_extra(obj)
            self._atlas.audit("create", self.entity, obj.id)  # type: ignore[attr-defined]
        return obj

    def add_many(self, objs: Iterable[T], *, audit: bool = False) -> int:
        """Insert many objects in one transaction with ``executemany`` (demo, import)."""
        now = utc_now()
        columns = self.columns
        sql = (
            f"INSERT INTO {self.table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        encode = row_encoder(self.model, columns)
        count = 0
        with self._atlas.transaction(), self._atlas.changes.bulk(self.table):
            batch: list[list[Any]] = []
            extras: list[T] = []
            for obj in objs:
                if obj.created_at is None:  # type: ignore[attr-defined]
                    obj = dataclasses.replace(obj, created_at=now, updated_at=now)  # type: ignore[type-var]
                batch.append(encode(obj))
                extras.append(obj)
                if len(batch) >= 5000:
                    self._flush_many(sql, batch, extras)
                count += 1
            self._flush_many(sql, batch, extras)
            if audit:
                self._atlas.audit("import", self.entity, f"{count} rows")
        return count

    def _flush_many(self, sql: str, batch: list[list[Any]], extras: list[T]) -> None:
        """Insert a batch, then its join-table rows; batches keep memory flat for big inputs."""
        if batch:
            self.conn.executemany(sql, batch)
        self._write_extra_many(extras)
        batch.clear()
        extras.clear()

    def update(self, obj: T) -> T:
        obj = dataclasses.replace(obj, updated_at=utc_now())  # type: ignore[type-var]
        row = to_row(obj, self.columns)
        row.pop("id")
        row.pop("created_at", None)
        with self._atlas.transaction():
            cur = self.conn.execute(
                f"UPDATE {self.table} SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
                (*row.values(), obj.id),  # type: ignore[attr-defined]
            )
            if cur.rowcount == 0:
                raise errors.NotFoundError()
            self._write_extra(obj)
            self._atlas.audit("update", self.entity, obj.id)  # type: ignore[attr-defined]
        return self.get(obj.id)  # type: ignore[attr-defined]

    def delete(self, id_: str) -> None:
        with self._atlas.transaction():
            cur = self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (id_,))
            if cur.rowcount == 0:
                raise errors.NotFoundError()
            self._atlas.audit("delete", self.entity, id_)

    def delete_undoable(self, id_: str) -> DeletedRows:
        """Delete the row and what depends on it; the result undoes it via :meth:`undelete`."""
        return delete_with_dependents(self._atlas, self.table, id_, self.entity)

    def undelete(self, deleted: DeletedRows) -> None:
        undelete(self._atlas, deleted, self.entity)

    def restore(self, obj: T) -> T:
        """Put back a deleted object exactly as it was (undo of a delete)."""
        row = to_row(obj, self.columns)
        with self._atlas.transaction():
            self.conn.execute(
                f"INSERT INTO {self.table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            self.conn.execute(
                "DELETE FROM tombstones WHERE table_name = ? AND row_id = ?",
                (self.table, obj.id),  # type: ignore[attr-defined]
            )
            self._write_extra(obj)
            self._atlas.audit("create", self.entity, obj.id)  # type: ignore[attr-defined]
        return obj
