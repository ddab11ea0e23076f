"""Where networks go on the map: a force-directed layout and placing new networks.

Pure functions on arrays (no Qt): :func:`force_layout` runs igraph's
Fruchterman-Reingold. igraph holds the GIL for a whole call, so the window runs
:func:`layout_job` in a process of its own (``JobRunner.start(..., process=True)``):
the GUI goes on, and a cancel ends the process at once. By default it is one
igraph call with igraph's own schedule (as fast as igraph's FR on the same
graph); ``chunk`` splits it for progress and cancel checks between chunks.

Measured with igraph 1.0: a call is fast when its start layout is spread over
a box of about sqrt(n) wide (as igraph's own random start is), and up to 100x
slower per iteration when it starts from an already contracted layout. So each
call starts from the current layout stretched to that box; the shape carries
over from chunk to chunk, the scale does not. Chunks cost: each call cools
down on its own (at 10,000 networks 50-iteration chunks took twice as long as
one call of the same 500 iterations).

Pinned networks stay exactly where the user put them: the free layout is fitted
onto the pinned positions (scale, rotation, shift) and the pinned ones are put
back. The coordinates are in "map units": about one unit between neighbours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.domain.jobs import Cancelled, JobState, Progress


class LayoutCancelled(Cancelled):
    """The caller asked to stop; nothing was changed."""


@dataclass(frozen=True, slots=True)
class LayoutInput:
    """A graph to lay out: ``n`` nodes, edges as index pairs, optional start positions."""

    n: int
    edges: np.ndarray  # (m, 2) int
    weights: np.ndarray | None = None  # (m,) float
    start: np.ndarray | None = None  # (n, 2) float, NaN rows = no stored position
    pinned: np.ndarray | None = None  # (n,) bool


def _iterations(n: int) -> int:
    return 500 if n <= 20_000 else 300


def _spread(pos: np.ndarray) -> np.ndarray:
    """The layout stretched (uniformly) to a centred box of sqrt(n) wide."""
    n = len(pos)
    # Percentiles, not the bounding box: a few far-out nodes must not leave the
    # bulk contracted (and slow).
    lo, hi = np.percentile(pos, [5, 95], axis=0)
    width = float((hi - lo).max()) or 1.0
    return (pos - (lo + hi) / 2) / width * max(np.sqrt(n), 1.0)


def canonical_scale(pos: np.ndarray) -> np.ndarray:
    """Scale a free layout to map units (bounding box about 2*sqrt(n) wide)."""
    if len(pos) < 2:
        return np.zeros_like(pos)
    return _pull_in(_spread(pos) * 2.0)


def _pull_in(pos: np.ndarray) -> np.ndarray:
    """Bring far-flung nodes (small separate groups, pushed away by the force) in
    to a ring just outside the bulk, keeping their direction and order."""
    centre = np.median(pos, axis=0)
    offset = pos - centre
    radius = np.hypot(offset[:, 0], offset[:, 1])
    limit = float(np.percentile(radius, 97)) * 1.08
    far = radius > limit
    if limit <= 0 or not far.any():
        return pos
    excess = radius[far] - limit
    squeezed = limit + limit * 0.15 * (1 - np.exp(-excess / max(limit, 1e-9)))
    pos = pos.copy()
    pos[far] = centre + offset[far] * (squeezed / radius[far])[:, None]
    return pos


def force_layout(
    data: LayoutInput,
    progress: Progress | None = None,
    seed: int = 7,
    chunk: int | None = None,
) -> np.ndarray:
    """Positions (n, 2) for every node; pinned nodes keep their start positions.

    ``progress(done, total)`` is called before and after each chunk of
    ``chunk`` iterations (default: all in one call) and returns False to stop.

    Raises:
        LayoutCancelled: ``progress`` returned False.
    """
    import igraph  # heavy: imported when a layout actually runs

    n = data.n
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((0, 2))
    start = np.full((n, 2), np.nan) if data.start is None else np.array(data.start, dtype=float)
    pinned = np.zeros(n, bool) if data.pinned is None else np.asarray(data.pinned, bool)
    pinned = pinned & ~np.isnan(start).any(axis=1)
    if n == 1:
        return np.nan_to_num(start, nan=0.0)

    pos = _initial(start, data.edges, rng)
    graph = igraph.Graph(n=n, edges=np.asarray(data.edges, dtype=int).reshape(-1, 2).tolist())
    weights = None if data.weights is None else list(map(float, data.weights))
    total = _iterations(n)
    chunk = chunk or total
    t0 = max(np.sqrt(n) / 10.0, 1.0)
    done = 0
    while done < total:
        if progress is not None and not progress(done, total):
            raise LayoutCancelled
        step = min(chunk, total - done)
        temp = t0 * max(1.0 - done / total, 0.05)
        pos = np.array(
            graph.layout_fruchterman_reingold(
                seed=_spread(pos).tolist(),
                niter=step,
                start_temp=temp,
                weights=weights,
                grid="auto",
            ).coords,
            dtype=float,
        )
        done += step
    if progress is not None and not progress(total, total):
        raise LayoutCancelled
    return _fit_to_pinned(canonical_scale(pos), start, pinned)


def layout_job(inputs: tuple[LayoutInput, int | None], state: JobState) -> np.ndarray:
    """:func:`force_layout` as a job: ``inputs`` is (the graph, iterations per chunk or None)."""
    data, chunk = inputs
    return force_layout(data, state.report, chunk=chunk)


def _initial(start: np.ndarray, edges: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Stored positions where known; the others near their placed neighbours (or random)."""
    pos = start.copy()
    missing = np.isnan(pos).any(axis=1)
    if missing.all():
        return rng.uniform(-1, 1, size=pos.shape)
    known = pos[~missing]
    lo, hi = known.min(axis=0), known.max(axis=0)
    span = np.maximum(hi - lo, 1e-6)
    if missing.any():
        neighbours: dict[int, list[int]] = {}
        for a, b in np.asarray(edges, dtype=int).reshape(-1, 2):
            neighbours.setdefault(int(a), []).append(int(b))
            neighbours.setdefault(int(b), []).append(int(a))
        for i in np.flatnonzero(missing):
            placed = [j for j in neighbours.get(int(i), ()) if not missing[j]]
            if placed:
                pos[i] = pos[placed].mean(axis=0) + rng.normal(0, 0.02, 2) * span
            else:
                pos[i] = lo + rng.uniform(0, 1, 2) * span
    # Tiny jitter so identical positions do not stay stuck together.
    return pos + rng.normal(0, 1e-4, pos.shape) * span


def _fit_to_pinned(free: np.ndarray, start: np.ndarray, pinned: np.ndarray) -> np.ndarray:
    """Move the free layout onto the pinned nodes (similarity transform), then pin them."""
    idx = np.flatnonzero(pinned)
    if len(idx) == 0:
        return free
    target = start[idx]
    if len(idx) == 1:
        result = free - free[idx[0]] + target[0]
    else:
        src = free[idx]
        mu_s, mu_t = src.mean(axis=0), target.mean(axis=0)
        a, b = src - mu_s, target - mu_t
        u, s, vt = np.linalg.svd(a.T @ b)
        d = np.sign(np.linalg.det(u @ vt)) or 1.0
        fix = np.diag([1.0, d])
        rot = u @ fix @ vt
        var = float((a**2).sum())
        scale = float((s * np.diag(fix)).sum() / var) if var > 1e-12 else 1.0
        if scale <= 1e-9:
            scale = 1.0
        result = (free - mu_s) @ rot * scale + mu_t
    result[idx] = target
    return result


def place_new_node(
    neighbour_ids: Sequence[str],
    positions: Mapping[str, tuple[float, float]],
    rng: np.random.Generator | None = None,
    *,
    extent: tuple[tuple[float, float], tuple[float, float], float] | None = None,
) -> tuple[float, float]:
    """A spot for a network without a position: near the mean of its tied networks.

    Nothing else moves. Without placed neighbours the network goes at a random
    spot inside the current map (or near the origin on an empty map).
    ``extent`` is :func:`map_extent` of ``positions``, for callers placing many.
    """
    rng = rng or np.random.default_rng()
    if not positions:
        return (float(rng.normal(0, 0.5)), float(rng.normal(0, 0.5)))
    lo, hi, spacing = extent or map_extent(positions.values())
    placed = [positions[i] for i in neighbour_ids if i in positions]
    if placed:
        centre = np.array(placed, dtype=float).mean(axis=0)
        angle = rng.uniform(0, 2 * np.pi)
        radius = spacing * rng.uniform(0.4, 0.8)
        point = centre + radius * np.array([np.cos(angle), np.sin(angle)])
    else:
        low, high = np.array(lo), np.array(hi)
        point = low + rng.uniform(0, 1, 2) * np.maximum(high - low, spacing)
    return (float(point[0]), float(point[1]))


def map_extent(
    points: Iterable[tuple[float, float]],
) -> tuple[tuple[float, float], tuple[float, float], float]:
    """(lower corner, upper corner, typical distance between neighbours) of a map."""
    coords = np.array([tuple(p)[:2] for p in points], dtype=float).reshape(-1, 2)
    if len(coords) == 0:
        return (0.0, 0.0), (0.0, 0.0), 1.0
    lo, hi = coords.min(axis=0), coords.max(axis=0)
    area = float(np.prod(np.maximum(hi - lo, 1e-6)))
    spacing = float(np.sqrt(area / len(coords)))
    if not spacing > 1e-6:
        spacing = 1.0
    return (float(lo[0]), float(lo[1])), (float(hi[0]), float(hi[1])), spacing
