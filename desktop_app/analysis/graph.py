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


def cut_off_counts(graph: nx.Graph) -> dict[str, int]:
    """For every cut point (articulation point): how many networks it alone links to the rest.

    Removing a cut point splits its connected part into pieces; the count is
    the number of networks outside the largest remaining piece. One
    iterative depth-first search (Hopcroft-Tarjan low-links with subtree
    sizes), linear in nodes and edges.
    """
    disc: dict[str, int] = {}
    low: dict[str, int] = {}
    size: dict[str, int] = {}
    pieces: dict[str, list[int]] = {}
    result: dict[str, int] = {}
    counter = 0
    for root in graph:
        if root in disc:
            continue
        disc[root] = low[root] = counter
        counter += 1
        size[root] = 1
        stack = [(root, None, iter(graph[root]))]
        while stack:
            node, parent, neighbours = stack[-1]
            advanced = False
            for nxt in neighbours:
                if nxt in (parent, node):
                    continue
                if nxt in disc:
                    low[node] = min(low[node], disc[nxt])
                    continue
                disc[nxt] = low[nxt] = counter
                counter += 1
                size[nxt] = 1
                stack.append((nxt, node, iter(graph[nxt])))
                advanced = True
                break
            if advanced:
                continue
            stack.pop()
            if parent is not None:
                low[parent] = min(low[parent], low[node])
                size[parent] += size[node]
                if low[node] >= disc[parent]:
                    pieces.setdefault(parent, []).append(size[node])
        total = size[root]
        for node, parts in pieces.items():
            if node in result:
                continue
            if node == root:
                if len(parts) < 2:
                    continue
                rest = 0
            else:
                rest = total - 1 - sum(parts)
            result[node] = total - 1 - max(rest, *parts)
        pieces.clear()
    return result
