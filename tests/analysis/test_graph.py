"""Cut-off counts of cut points agree with removing each node and looking."""

from __future__ import annotations

import random

import networkx as nx

from desktop_app.analysis.graph import cut_off_counts


def brute_force(graph: nx.Graph) -> dict[str, int]:
    result = {}
    for node in nx.articulation_points(graph):
        part = nx.node_connected_component(graph, node)
        rest = graph.subgraph(part - {node})
        largest = max(len(c) for c in nx.connected_components(rest))
        result[node] = len(part) - 1 - largest
    return result


def test_hand_built():
    # a - b - c, b - d, triangle d-e-f: without b, a and c fall loose from d-e-f (2);
    # without d, e and f fall loose from a-b-c (2).
    g = nx.Graph([("a", "b"), ("b", "c"), ("b", "d"), ("d", "e"), ("e", "f"), ("f", "d")])
    assert cut_off_counts(g) == {"b": 2, "d": 2}


def test_random_graphs_match_brute_force():
    rng = random.Random(5)
    for trial in range(60):
        n = rng.randint(1, 30)
        g = nx.relabel_nodes(nx.gnm_random_graph(n, rng.randint(0, 2 * n), seed=trial), str)
        assert cut_off_counts(g) == brute_force(g), trial
