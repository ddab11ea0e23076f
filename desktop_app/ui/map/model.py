"""The map's data as numpy arrays parallel to the network ids (no widgets here).

Built once per load from a :class:`~desktop_app.store.map_snapshot.MapSnapshot`;
a pan or zoom frame never walks these in Python.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from desktop_app.analysis.layout import map_extent, place_new_node
from desktop_app.domain import palette, usable_coordinates
from desktop_app.domain.enums import SupportStatus
from desktop_app.store.map_snapshot import MapSnapshot

#: Vitality class index for unknown or silent networks (grey).
UNKNOWN_CLASS = len(palette.VITALITY_CLASSES)
#: Support statuses in ring order (index into this = ring class; -1 = no ring).
RING_STATUSES = (
    SupportStatus.NOTICED,
    SupportStatus.ASKED,
    SupportStatus.ASSIGNED,
    SupportStatus.RUNNING,
)
TENSION = "tension"


@dataclass
class MapModel:
    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    pos: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    pinned: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    #: True where the position came from the atlas (False: placed on load, not saved).
    stored: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    size_px: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: vitality class per node (0..4, UNKNOWN_CLASS when grey) and the score (NaN unknown)
    vclass: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    vscore: np.ndarray = field(default_factory=lambda: np.zeros(0))
    ring: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    obstacles: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    #: edges as node index pairs, tension flag and strength 1..3
    edges: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    tension: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    strength: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    bridges: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    professionals: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.ids)

    def neighbours(self, i: int) -> np.ndarray:
        """Indices of the nodes tied to node ``i``."""
        e = self.edges
        mask = (e[:, 0] == i) | (e[:, 1] == i)
        return np.unique(e[mask].ravel()[e[mask].ravel() != i])


def build_model(snap: MapSnapshot, vitality: Mapping[str, float | None] | None = None) -> MapModel:
    n = len(snap.ids)
    model = MapModel(ids=list(snap.ids), names=list(snap.names), kinds=list(snap.kinds))
    model.index = {nid: i for i, nid in enumerate(model.ids)}
    index = model.index
    model.size_px = np.array([round(palette.node_diameter(s)) for s in snap.sizes], dtype=float)
    model.vclass = np.full(n, UNKNOWN_CLASS, np.int8)
    model.vscore = np.full(n, np.nan)
    if vitality:
        apply_vitality(model, vitality)
    ring_of = {s.value: i for i, s in enumerate(RING_STATUSES)}
    model.ring = np.full(n, -1, np.int8)
    for nid, status in snap.support.items():
        i = index.get(nid)
        if i is not None and status in ring_of:
            model.ring[i] = ring_of[status]
    model.obstacles = np.zeros(n, np.int32)
    for nid, count in snap.obstacles.items():
        i = index.get(nid)
        if i is not None:
            model.obstacles[i] = count
    ties = [(index.get(s), index.get(t), k, w) for s, t, k, w in snap.ties]
    ties = [t for t in ties if t[0] is not None and t[1] is not None]
    model.edges = np.array([(s, t) for s, t, _, _ in ties], dtype=np.int64).reshape(-1, 2)
    model.tension = np.array([k == TENSION for _, _, k, _ in ties], dtype=bool)
    model.strength = np.clip(np.array([w for *_, w in ties], dtype=np.int8), 1, 3)
    set_positions(model, snap.positions)
    model.bridges = list(snap.bridges)
    model.professionals = list(snap.professionals)
    return model


def apply_vitality(model: MapModel, vitality: Mapping[str, float | None]) -> None:
    """Colour classes from map scores (None: unknown or silent -> grey)."""
    lowers = np.array([lower for lower, _ in palette.VITALITY_CLASSES], dtype=float)
    scores = np.array([_score(vitality.get(nid)) for nid in model.ids], dtype=float)
    model.vscore = scores
    classes = np.searchsorted(lowers, np.nan_to_num(scores, nan=-1.0), side="right") - 1
    classes[np.isnan(scores) | (classes < 0)] = UNKNOWN_CLASS
    model.vclass = classes.astype(np.int8)


def update_vitality(model: MapModel, vitality: Mapping[str, float | None]) -> bool:
    """:func:`apply_vitality` for a few networks; True when a colour class changed."""
    lowers = np.array([lower for lower, _ in palette.VITALITY_CLASSES], dtype=float)
    changed = False
    for nid, value in vitality.items():
        i = model.index.get(nid)
        if i is None:
            continue
        score = _score(value)
        if np.isnan(score):
            cls = UNKNOWN_CLASS
        else:
            cls = int(np.searchsorted(lowers, score, side="right")) - 1
            cls = UNKNOWN_CLASS if cls < 0 else cls
        model.vscore[i] = score
        if model.vclass[i] != cls:
            model.vclass[i] = cls
            changed = True
    return changed


def _score(value: float | None) -> float:
    return np.nan if value is None else float(value)


def set_positions(model: MapModel, positions: Mapping[str, tuple[float, float, bool]]) -> None:
    """Stored positions; networks without one are placed near their ties (not saved).

    A stored position no map can show (NaN, infinite, absurdly far: an atlas
    written by an older version or by hand) counts as missing, so the view's
    range stays finite; ``zwermkaart check`` reports such positions.
    """
    n = model.n
    model.pos = np.zeros((n, 2))
    model.pinned = np.zeros(n, bool)
    model.stored = np.zeros(n, bool)
    placed: dict[str, tuple[float, float]] = {}
    for i, nid in enumerate(model.ids):
        p = positions.get(nid)
        if p is not None and usable_coordinates(p[0], p[1]):
            model.pos[i] = p[0], p[1]
            model.pinned[i] = p[2]
            model.stored[i] = True
            placed[nid] = (p[0], p[1])
    missing = np.flatnonzero(~model.stored)
    if len(missing) == 0:
        return
    if len(missing) == n:
        # Nothing placed yet: a deterministic scatter until a layout has run.
        rng = np.random.default_rng(n)
        model.pos = rng.uniform(-1, 1, (n, 2)) * max(np.sqrt(n), 1.0)
        return
    extent = map_extent(placed.values())
    neighbours: dict[int, list[int]] = {}
    for a, b in model.edges:
        neighbours.setdefault(int(a), []).append(int(b))
        neighbours.setdefault(int(b), []).append(int(a))
    for i in missing:
        nid = model.ids[i]
        # Seeded by the id: the same network lands on the same spot every time it is opened.
        rng = np.random.default_rng(zlib.crc32(nid.encode()))
        tied = [model.ids[j] for j in neighbours.get(int(i), ())]
        model.pos[i] = place_new_node(tied, placed, rng, extent=extent)
        placed[nid] = (float(model.pos[i, 0]), float(model.pos[i, 1]))


#: Per-node arrays of :class:`MapModel`, filtered together when nodes go.
_NODE_ARRAYS = ("pos", "pinned", "stored", "size_px", "vclass", "vscore", "ring", "obstacles")


def remove_nodes(model: MapModel, ids: set[str]) -> None:
    """Drop the nodes ``ids`` and their edges in place (a deleted network), keeping the rest."""
    keep = np.ones(model.n, bool)
    for nid in ids:
        i = model.index.get(nid)
        if i is not None:
            keep[i] = False
    if keep.all():
        return
    remap = np.cumsum(keep) - 1
    if len(model.edges):
        edge_keep = keep[model.edges[:, 0]] & keep[model.edges[:, 1]]
        model.edges = remap[model.edges[edge_keep]].reshape(-1, 2)
        model.tension = model.tension[edge_keep]
        model.strength = model.strength[edge_keep]
    for name in _NODE_ARRAYS:
        setattr(model, name, getattr(model, name)[keep])
    model.ids = [nid for nid, k in zip(model.ids, keep, strict=True) if k]
    model.names = [v for v, k in zip(model.names, keep, strict=True) if k]
    model.kinds = [v for v, k in zip(model.kinds, keep, strict=True) if k]
    model.index = {nid: i for i, nid in enumerate(model.ids)}


def add_nodes(model: MapModel, snap: MapSnapshot) -> None:
    """Append the networks of ``snap`` (from ``load_map_rows``) with their ties, in place."""
    new = [nid for nid in snap.ids if nid not in model.index]
    if not new:
        return
    part = build_model(
        MapSnapshot(
            ids=new,
            names=[snap.names[snap.ids.index(n)] for n in new],
            kinds=[snap.kinds[snap.ids.index(n)] for n in new],
            sizes=[snap.sizes[snap.ids.index(n)] for n in new],
            support=snap.support,
            obstacles=snap.obstacles,
            positions={n: p for n, p in snap.positions.items() if n in set(new)},
        )
    )
    start = model.n
    for name in _NODE_ARRAYS:
        setattr(model, name, np.concatenate([getattr(model, name), getattr(part, name)]))
    model.ids += part.ids
    model.names += part.names
    model.kinds += part.kinds
    for i, nid in enumerate(part.ids, start):
        model.index[nid] = i
    index = model.index
    ties = [(index.get(a), index.get(b), k, w) for a, b, k, w in snap.ties]
    ties = [t for t in ties if t[0] is not None and t[1] is not None]
    if ties:
        model.edges = np.concatenate(
            [model.edges, np.array([(a, b) for a, b, _, _ in ties], np.int64).reshape(-1, 2)]
        )
        model.tension = np.concatenate([model.tension, [k == TENSION for *_, k, _ in ties]])
        strength = np.clip(np.array([w for *_, w in ties], dtype=np.int8), 1, 3)
        model.strength = np.concatenate([model.strength, strength])
    placed = ~model.stored[start:]
    if placed.any():  # no stored position: next to its ties, as on opening
        extent = map_extent(tuple(p) for p in model.pos[:start][model.stored[:start]])
        for k in np.flatnonzero(placed):
            i = start + int(k)
            nid = model.ids[i]
            rng = np.random.default_rng(zlib.crc32(nid.encode()))
            tied = model.neighbours(i)
            spots = {model.ids[j]: (float(model.pos[j, 0]), float(model.pos[j, 1])) for j in tied}
            model.pos[i] = place_new_node(list(spots), spots, rng, extent=extent)
