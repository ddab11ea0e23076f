"""The networks as the window's list and filter need them, in two flat queries.

Building a full :class:`~desktop_app.domain.Network` per row (timestamps parsed,
every JSON column decoded) costs seconds at 50,000 networks; the list needs a
few columns, and is read again after every edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

#: Support statuses from least to most advanced; "finished" is not open.
_SUPPORT_RANK = {"noticed": 0, "asked": 1, "assigned": 2, "running": 3}


@dataclass(frozen=True, slots=True)
class NetworkListItem:
    id: str
    name: str
    kind: str
    area_id: str | None
    status: str
    size_estimate: int | None
    themes: tuple[str, ...]
    #: the most advanced status among its open support cases (None: none open)
    support: str | None


def load_network_list(atlas: Atlas, ids: Iterable[str] | None = None) -> list[NetworkListItem]:
    """Every network (or those with ``ids``) with the fields the window lists and filters on."""
    conn = atlas.conn
    chunks: list[list[str]] = [[]]
    if ids is not None:
        wanted = list(ids)
        chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    support: dict[str, str] = {}
    rows: list[tuple] = []
    with atlas.reading():
        for chunk in chunks:
            marks = ", ".join("?" * len(chunk))
            where = f" AND network_id IN ({marks})" if ids is not None else ""
            for network_id, status in conn.execute(
                "SELECT network_id, status FROM support_cases WHERE status <> 'finished'" + where,
                chunk,
            ):
                current = support.get(network_id)
                if current is None or _SUPPORT_RANK[status] > _SUPPORT_RANK[current]:
                    support[network_id] = status
            rows += conn.execute(
                "SELECT id, name, kind, area_id, status, size_estimate, themes FROM networks"
                + (f" WHERE id IN ({marks})" if ids is not None else ""),
                chunk,
            ).fetchall()
    # Theme lists repeat across networks: decode each distinct one once.
    decoded: dict[str, tuple[str, ...]] = {"[]": ()}
    items = []
    for nid, name, kind, area_id, status, size, themes in rows:
        parsed = decoded.get(themes)
        if parsed is None:
            parsed = decoded[themes] = tuple(json.loads(themes)) if themes else ()
        items.append(
            NetworkListItem(nid, name, kind, area_id, status, size, parsed, support.get(nid))
        )
    return items
