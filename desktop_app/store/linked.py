"""Repositories whose objects carry a list kept in a join table."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar

from desktop_app.domain import Obstacle, Professional
from desktop_app.store.repository import Repository, T


class _LinkedRepository(Repository[T]):
    """A repository whose model has one tuple field stored in a join table."""

    link_table: ClassVar[str]
    link_own: ClassVar[str]
    link_other: ClassVar[str]
    link_field: ClassVar[str]

    def _build(self, rows: Sequence[Any]) -> list[T]:
        objs = super()._build(rows)
        if not objs:
            return objs
        links: dict[str, list[str]] = {}
        ids = [o.id for o in objs]  # type: ignore[attr-defined]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for own, other in self.conn.execute(
                f"SELECT {self.link_own}, {self.link_other} FROM {self.link_table}"
                f" WHERE {self.link_own} IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                links.setdefault(own, []).append(other)
        return [
            dataclasses.replace(o, **{self.link_field: tuple(sorted(links.get(o.id, ())))})  # type: ignore[attr-defined]
            for o in objs
        ]

    def _write_extra(self, obj: T) -> None:
        self.conn.execute(
            f"DELETE FROM {self.link_table} WHERE {self.link_own} = ?",
            (obj.id,),  # type: ignore[attr-defined]
        )
        self.conn.executemany(
            f"INSERT INTO {self.link_table} ({self.link_own}, {self.link_other}) VALUES (?, ?)",
            [(obj.id, other) for other in dict.fromkeys(getattr(obj, self.link_field))],  # type: ignore[attr-defined]
        )


class ProfessionalRepository(_LinkedRepository[Professional]):
    table = "professionals"
    model = Professional
    entity = "professional"
    order_by = "name COLLATE NOCASE"
    link_table = "professional_areas"
    link_own = "professional_id"
    link_other = "area_id"
    link_field = "area_ids"


class ObstacleRepository(_LinkedRepository[Obstacle]):
    table = "obstacles"
    model = Obstacle
    entity = "obstacle"
    order_by = "reported_on, rowid"
    link_table = "obstacle_networks"
    link_own = "obstacle_id"
    link_other = "network_id"
    link_field = "network_ids"

    def of_network(self, network_id: str) -> list[Obstacle]:
        return self._select(
            "id IN (SELECT obstacle_id FROM obstacle_networks WHERE network_id = ?)",
            (network_id,),
        )

    def open(self) -> list[Obstacle]:
        return self._select("status IN ('reported', 'in_progress')")
