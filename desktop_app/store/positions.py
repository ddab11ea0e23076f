"""Where networks sit on the map."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.domain import Position
from desktop_app.store.codec import format_timestamp, from_row, utc_now

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

_COLUMNS = ("network_id", "x", "y", "pinned", "updated_at")
#: More positions than this (a layout) are saved without a change logged per row.
_BULK = 2000
_none = contextlib.nullcontext


class PositionRepository:
    table = "positions"

    def __init__(self, atlas: Atlas) -> None:
        self._atlas = atlas

    def all(self) -> dict[str, Position]:
        with self._atlas.reading():
            rows = self._atlas.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM positions")
            return {r[0]: from_row(Position, dict(zip(_COLUMNS, r, strict=True))) for r in rows}

    def get(self, network_id: str) -> Position | None:
        with self._atlas.reading():
            row = self._atlas.conn.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM positions WHERE network_id = ?",
                (network_id,),
            ).fetchone()
        return from_row(Position, dict(zip(_COLUMNS, row, strict=True))) if row else None

    def save(self, positions: Iterable[Position]) -> int:
        """Insert or move positions, all in one transaction."""
        now = format_timestamp(utc_now())
        rows = [(p.network_id, float(p.x), float(p.y), int(p.pinned), now) for p in positions]
        bulk = len(rows) > _BULK
        with self._atlas.transaction(), self._atlas.changes.bulk(self.table) if bulk else _none():
            self._atlas.conn.executemany(
                """INSERT INTO positions (network_id, x, y, pinned, updated_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (network_id) DO UPDATE SET
                       x = excluded.x, y = excluded.y, pinned = excluded.pinned,
                       updated_at = excluded.updated_at""",
                rows,
            )
        return len(rows)

    def clear(self, network_ids: Iterable[str]) -> None:
        with self._atlas.transaction():
            self._atlas.conn.executemany(
                "DELETE FROM positions WHERE network_id = ?", [(i,) for i in network_ids]
            )
