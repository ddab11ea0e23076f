"""Betweenness centrality, exact or estimated from sample sources, vectorised with numpy.

networkx's ``betweenness_centrality(k=100)`` runs one pure-Python BFS per
sample and took 10-25 s at 10,000 networks on the target machine. This is
the same algorithm (Brandes 2001: a breadth-first search per source counting
shortest paths, then dependencies accumulated from the farthest level back),
run for a batch of sources at once: every BFS level is one sparse
matrix product (adjacency x one column per source) in scipy. Without scipy
(the installer may leave it out) a numpy gather-and-sum does the same
product, about 10x slower.

Hops only (tie strength is ignored: a short path is a short path). The
result is normalised and, when sampled, rescaled exactly as networkx does
(``endpoints=False``), so on small graphs it equals
``networkx.betweenness_centrality(graph, normalized=True)``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import networkx as nx
import numpy as np

try:
    import scipy.sparse as _sparse
except ImportError:  # pragma: no cover - depends on the bundle
    _sparse = None

#: Upper bound on (nodes x sources per batch): ~13 MB per float64 work array.
_BATCH_BUDGET = 1_600_000


def betweenness_centrality(
    graph: nx.Graph, samples: int | None = None, seed: int = 0
) -> dict[Hashable, float]:
    """Normalised betweenness of every node of an undirected graph.

    Args:
        graph: undirected, unweighted for this purpose.
        samples: number of source nodes to sample; None (or at least the
            number of connected nodes) computes it exactly.
        seed: the sample is drawn with ``numpy.random.default_rng(seed)`` from
            the nodes in sorted order, so the same graph gives the same answer.
    """
    nodes = sorted(graph.nodes)
    n = len(nodes)
    result: dict[Hashable, float] = dict.fromkeys(nodes, 0.0)
    connected = [v for v in nodes if graph.degree(v) > 0]
    m = len(connected)
    if n <= 2 or m == 0:
        return result
    index = {v: i for i, v in enumerate(connected)}
    pairs = np.array(
        [(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64
    ).reshape(-1, 2)
    neighbour_sum = _neighbour_sum(
        np.concatenate([pairs[:, 0], pairs[:, 1]]), np.concatenate([pairs[:, 1], pairs[:, 0]]), m
    )

    if samples is None or samples >= m:
        sources = np.arange(m)
        sampled = False
    else:
        rng = np.random.default_rng(seed)
        sources = np.sort(rng.choice(m, size=samples, replace=False))
        sampled = True
    batch = max(1, min(64, _BATCH_BUDGET // m))
    total = np.zeros(m)
    for first in range(0, len(sources), batch):
        total += _dependencies(sources[first : first + batch], m, neighbour_sum)

    k = len(sources)
    if not sampled:
        scale_source = scale_other = 1.0 / ((n - 1) * (n - 2))
    else:
        scale_source = 1.0 / ((k - 1) * (n - 2)) if k > 1 else 0.0
        scale_other = 1.0 / (k * (n - 2))
    is_source = np.zeros(m, dtype=bool)
    is_source[sources] = True
    scaled = total * np.where(is_source, scale_source, scale_other)
    for v, value in zip(connected, scaled.tolist(), strict=True):
        result[v] = value
    return result


def _neighbour_sum(
    rows: np.ndarray, cols: np.ndarray, m: int
) -> Callable[[np.ndarray], np.ndarray]:
    """``values -> A @ values`` for the symmetric adjacency with entries at (rows, cols)."""
    if _sparse is not None:
        adjacency = _sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(m, m))
        return lambda values: np.asarray(adjacency @ values)
    order = np.lexsort((cols, rows))
    indices = cols[order]
    starts = np.searchsorted(rows[order], np.arange(m))
    # Every node here has a neighbour, so no segment of reduceat is empty.
    return lambda values: np.add.reduceat(values[indices], starts, axis=0)


def _dependencies(
    sources: np.ndarray, m: int, neighbour_sum: Callable[[np.ndarray], np.ndarray]
) -> np.ndarray:
    """Sum over ``sources`` of Brandes' dependency of every node (sources excluded).

    Work arrays are (nodes x sources); each BFS level is kept as flat indices
    into them, so the backward pass touches only that level's entries.
    """
    b = len(sources)
    cols = np.arange(b)
    seen = np.zeros((m, b), dtype=bool)
    seen[sources, cols] = True
    sigma = np.zeros((m, b))
    sigma[sources, cols] = 1.0
    levels = [np.ravel_multi_index((sources, cols), (m, b))]
    frontier = sigma.copy()
    while True:
        reached = neighbour_sum(frontier)
        new = reached > 0
        new &= ~seen
        flat = np.flatnonzero(new)
        if flat.size == 0:
            break
        seen |= new
        sigma.ravel()[flat] = reached.ravel()[flat]
        levels.append(flat)
        frontier = np.zeros((m, b))
        frontier.ravel()[flat] = reached.ravel()[flat]
    sigma_flat = sigma.ravel()
    delta = np.zeros(m * b)
    for depth in range(len(levels) - 1, 0, -1):
        here, above = levels[depth], levels[depth - 1]
        coefficient = np.zeros(m * b)
        coefficient[here] = (1.0 + delta[here]) / sigma_flat[here]
        spread = neighbour_sum(coefficient.reshape(m, b)).ravel()
        delta[above] += sigma_flat[above] * spread[above]
    delta = delta.reshape(m, b)
    delta[sources, cols] = 0.0
    return delta.sum(axis=1)
