"""The network graph: networks as nodes, current ties as edges (networkx).

Several ties between the same two networks become one edge carrying the
strongest strength and every kind. Edges know whether they are *positive*
(any kind other than tension): clusters and bridges are computed over the
positive edges only, because a tension tie does not hold networks together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import networkx as nx

from desktop_app.analysis.common import is_current
from desktop_app.domain import Network, Tie, TieKind


def build_graph(networks: Iterable[Network], ties: Iterable[Tie], today: date) -> nx.Graph:
    """An undirected graph of ``networks`` and their ties current on ``today``.

    Node attributes: ``name``, ``area_id``, ``status``. Edge attributes:
    ``strength`` (max over the pair's ties), ``kinds`` (frozenset of
    :class:`TieKind`), ``positive`` (some tie is not tension). Ties to networks
    not in ``networks`` and ties of a network to itself are left out.
    """
    graph = nx.Graph()
    graph.add_nodes_from(
        (n.id, {"name": n.name, "area_id": n.area_id, "status": n.status}) for n in networks
    )
    merged: dict[tuple[str, str], tuple[int, set[TieKind]]] = {}
    for tie in ties:
        a, b = tie.source_id, tie.target_id
        if a == b or a not in graph or b not in graph or not is_current(tie, today):
            continue
        key = (a, b) if a < b else (b, a)
        strength, kinds = merged.get(key, (0, set()))
        kinds.add(tie.kind)
        merged[key] = (max(strength, tie.strength), kinds)
    graph.add_edges_from(
        (a, b, {"strength": s, "kinds": frozenset(k), "positive": k != {TieKind.TENSION}})
        for (a, b), (s, k) in merged.items()
    )
    return graph


def positive_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` with all nodes and only the positive (non-tension) edges."""
    result = nx.Graph()
    result.add_nodes_from(graph.nodes)
    result.add_edges_from(
        (a, b, {"weight": d["strength"]}) for a, b, d in graph.edges(data=True) if d["positive"]
    )
    return result
