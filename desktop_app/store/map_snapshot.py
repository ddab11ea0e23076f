"""What the map draws, read in a few flat queries (fast at 50,000 networks).

The repositories build a full dataclass per row (timestamps parsed, JSON
decoded); for the map that is ten times more work than needed. This read model
holds only the drawn fields, as parallel lists, straight from SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

#: Support statuses from least to most advanced ("finished" is not open).
SUPPORT_ORDER = ("noticed", "asked", "assigned", "running", "finished")
OPEN_OBSTACLE = ("reported", "in_progress")


@dataclass(slots=True)
class MapSnapshot:
    """Parallel lists: ``ids[i]`` has ``names[i]``, ``kinds[i]``, ``sizes[i]``, ``statuses[i]``."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    sizes: list[int | None] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    #: network id -> (x, y, pinned)
    positions: dict[str, tuple[float, float, bool]] = field(default_factory=dict)
    #: current ties: (source id, target id, kind, strength)
    ties: list[tuple[str, str, str, int]] = field(default_factory=list)
    #: network id -> most advanced status among its open support cases
    support: dict[str, str] = field(default_factory=dict)
    #: network id -> number of open obstacles
    obstacles: dict[str, int] = field(default_factory=dict)
    #: persons in two or more networks: (person id, display name, network ids)
    bridges: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    #: professionals with open support cases: (id, name, organisation, network ids)
    professionals: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)


def load_positions(atlas: Atlas) -> dict[str, tuple[float, float, bool]]:
    with atlas.reading():
        rows = atlas.conn.execute("SELECT network_id, x, y, pinned FROM positions").fetchall()
    return {r[0]: (float(r[1]), float(r[2]), bool(r[3])) for r in rows}


def load_map_snapshot(
    atlas: Atlas, *, bridges: bool = False, professionals: bool = False
) -> MapSnapshot:
    """What the map draws, as of now; the optional layers only when asked for."""
    snap = MapSnapshot()
    conn = atlas.conn
    with atlas.reading():
        for nid, name, kind, size, status in conn.execute(
            "SELECT id, name, kind, size_estimate, status FROM networks ORDER BY rowid"
        ):
            snap.ids.append(nid)
            snap.names.append(name)
            snap.kinds.append(kind)
            snap.sizes.append(size)
            snap.statuses.append(status)
        snap.ties = [
            (s, t, k, int(w))
            for s, t, k, w in conn.execute(
                "SELECT source_id, target_id, kind, strength FROM ties WHERE until IS NULL"
            )
        ]
        rank = {s: i for i, s in enumerate(SUPPORT_ORDER)}
        for nid, status in conn.execute(
            "SELECT network_id, status FROM support_cases WHERE status <> 'finished'"
        ):
            current = snap.support.get(nid)
            if current is None or rank[status] > rank[current]:
                snap.support[nid] = status
        snap.obstacles = dict(
            conn.execute(
                """SELECT o.network_id, count(*) FROM obstacle_networks o
                   JOIN obstacles b ON b.id = o.obstacle_id
                   WHERE b.status IN ('reported', 'in_progress') GROUP BY o.network_id"""
            ).fetchall()
        )
    snap.positions = load_positions(atlas)
    if bridges:
        snap.bridges = load_bridges(atlas)
    if professionals:
        snap.professionals = load_professionals(atlas)
    return snap


def load_bridges(atlas: Atlas) -> list[tuple[str, str, tuple[str, ...]]]:
    """Persons with a current membership in two or more networks, with those networks."""
    conn = atlas.conn
    with atlas.reading():
        bridges: dict[str, list[str]] = {}
        for pid, nid in conn.execute(
            """SELECT person_id, network_id FROM memberships WHERE until IS NULL AND person_id IN (
                   SELECT person_id FROM memberships WHERE until IS NULL
                   GROUP BY person_id HAVING count(DISTINCT network_id) >= 2)"""
        ):
            bridges.setdefault(pid, []).append(nid)
        names = _names(atlas, "persons", "display_name", list(bridges))
        return [
            (pid, names.get(pid, ""), tuple(dict.fromkeys(nids))) for pid, nids in bridges.items()
        ]


def load_professionals(atlas: Atlas) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Professionals with open support cases, with the networks they support."""
    conn = atlas.conn
    with atlas.reading():
        supported: dict[str, list[str]] = {}
        for pid, nid in conn.execute(
            """SELECT professional_id, network_id FROM support_cases
               WHERE professional_id IS NOT NULL AND status <> 'finished'"""
        ):
            supported.setdefault(pid, []).append(nid)
        pros = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT id, name, organisation FROM professionals")
            if r[0] in supported
        }
        return [
            (pid, pros[pid][0], pros[pid][1], tuple(dict.fromkeys(nids)))
            for pid, nids in supported.items()
            if pid in pros
        ]


def _names(atlas: Atlas, table: str, column: str, ids: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        result.update(
            atlas.conn.execute(
                f"SELECT id, {column} FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return result


def load_map_rows(atlas: Atlas, ids: Iterable[str]) -> MapSnapshot:
    """:func:`load_map_snapshot` of the networks ``ids`` only (added back by an undo),
    with every current tie that touches one of them."""
    snap = MapSnapshot()
    wanted = list(ids)
    conn = atlas.conn
    rank = {s: i for i, s in enumerate(SUPPORT_ORDER)}
    with atlas.reading():
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            marks = ", ".join("?" * len(chunk))
            for nid, name, kind, size, status in conn.execute(
                "SELECT id, name, kind, size_estimate, status FROM networks"
                f" WHERE id IN ({marks}) ORDER BY rowid",
                chunk,
            ):
                snap.ids.append(nid)
                snap.names.append(name)
                snap.kinds.append(kind)
                snap.sizes.append(size)
                snap.statuses.append(status)
            snap.ties += [
                (a, b, k, int(w))
                for a, b, k, w in conn.execute(
                    "SELECT source_id, target_id, kind, strength FROM ties WHERE until IS NULL"
                    f" AND (source_id IN ({marks}) OR target_id IN ({marks}))",
                    chunk + chunk,
                )
            ]
            for nid, status in conn.execute(
                "SELECT network_id, status FROM support_cases WHERE status <> 'finished'"
                f" AND network_id IN ({marks})",
                chunk,
            ):
                current = snap.support.get(nid)
                if current is None or rank[status] > rank[current]:
                    snap.support[nid] = status
            snap.obstacles.update(
                conn.execute(
                    f"""SELECT o.network_id, count(*) FROM obstacle_networks o
                       JOIN obstacles b ON b.id = o.obstacle_id
                       WHERE b.status IN ('reported', 'in_progress')
                       AND o.network_id IN ({marks}) GROUP BY o.network_id""",
                    chunk,
                ).fetchall()
            )
            for nid, x, y, pinned in conn.execute(
                f"SELECT network_id, x, y, pinned FROM positions WHERE network_id IN ({marks})",
                chunk,
            ):
                snap.positions[nid] = (float(x), float(y), bool(pinned))
    snap.ties = list(dict.fromkeys(snap.ties))  # a tie between two of them came twice
    return snap
