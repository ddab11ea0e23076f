"""One position scale between the map and graph files (GraphML, GEXF).

The map's units depend on how a map was made (a layout gives about one unit
between neighbours, the demo about thirty), while Gephi and yEd draw nodes of
8-34 px (:func:`desktop_app.domain.palette.node_diameter`) in pixels. So an
export writes positions in pixels such that neighbouring networks sit
:data:`NEIGHBOUR_PX` apart (the median distance to the nearest neighbour):
the file opens looking like the screen. The factor is written into the file
(GraphML: the graph key ``zwermkaart_position_scale``; GEXF: the meta
keywords ``position_scale=...``) so a re-import restores the map exactly.

A file from another tool carries no factor: its layout is fitted to the
atlas instead, with its neighbours as far apart as those already on the map
(or as a fresh layout's, in an empty atlas), placed beside what is there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

#: The graph-level GraphML key our export writes the scale (pixels per map unit) in.
SCALE_KEY = "zwermkaart_position_scale"
#: Pixels between neighbouring networks in an exported file.
NEIGHBOUR_PX = 40.0
#: Neighbour distance of a fresh layout (map units), for a file imported into an empty atlas.
LAYOUT_NEIGHBOUR = 1.0
#: The largest coordinate accepted in a file (pixels or whatever the tool used).
FILE_COORDINATE_LIMIT = 1e9
#: Points sampled for the nearest-neighbour distance of a big map.
_SAMPLE = 1000


def neighbour_distance(points: Iterable[tuple[float, float]]) -> float:
    """Median distance from a point to its nearest other point (0 with fewer than two)."""
    pos = np.array([tuple(p)[:2] for p in points], dtype=float).reshape(-1, 2)
    if len(pos) < 2:
        return 0.0
    rng = np.random.default_rng(len(pos))
    sample = pos if len(pos) <= _SAMPLE else pos[rng.choice(len(pos), _SAMPLE, replace=False)]
    nearest = np.empty(len(sample))
    for i, p in enumerate(sample):
        d = np.hypot(pos[:, 0] - p[0], pos[:, 1] - p[1])
        d[d == 0] = np.inf  # the point itself (and exact duplicates)
        nearest[i] = d.min()
    finite = nearest[np.isfinite(nearest)]
    return float(np.median(finite)) if len(finite) else 0.0


def export_scale(points: Iterable[tuple[float, float]]) -> float:
    """Pixels per map unit for an export of a map with these positions."""
    distance = neighbour_distance(points)
    return NEIGHBOUR_PX / distance if distance > 1e-9 else NEIGHBOUR_PX


def fit_positions(
    raw: Mapping[str, tuple[float, float]],
    scale: float | None,
    existing: Iterable[tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """Map positions for the nodes of a file.

    Args:
        raw: file coordinates per node (y pointing up), all finite.
        scale: the file's own pixels per map unit (our export), or None.
        existing: positions already in the atlas.
    """
    if not raw:
        return {}
    if scale is not None:
        return {k: (x / scale, y / scale) for k, (x, y) in raw.items()}
    on_map = np.array(list(existing), dtype=float).reshape(-1, 2)
    target = neighbour_distance(on_map) if len(on_map) >= 2 else 0.0
    target = target or LAYOUT_NEIGHBOUR
    pos = np.array(list(raw.values()), dtype=float)
    distance = neighbour_distance(pos)
    factor = target / distance if distance > 1e-12 else 1.0
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    centre = (lo + hi) / 2
    pos = (pos - centre) * factor
    if len(on_map):
        # Beside the existing map (to its right, centred on its height), not on top of it.
        map_lo, map_hi = on_map.min(axis=0), on_map.max(axis=0)
        width = (hi[0] - lo[0]) * factor
        shift = np.array(
            [map_hi[0] + 3 * target + width / 2, (map_lo[1] + map_hi[1]) / 2], dtype=float
        )
        pos = pos + shift
    return {k: (float(p[0]), float(p[1])) for k, p in zip(raw, pos, strict=True)}
