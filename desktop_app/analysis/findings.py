"""Findings from the graph, in plain language: clusters, bridges, isolated, single trekker.

Definitions (the details panel phrases them with :func:`describe`):

* **Cluster**: a community found by Louvain modularity optimisation
  (weight = tie strength, fixed seed so the same atlas gives the same
  clusters) over the positive ties. igraph's ``community_multilevel`` (C)
  does the work: networkx's ``louvain_communities`` gives the same kind of
  answer but took 1-4 s at 10,000 and ~28 s at 50,000 networks here, igraph
  ~1 s at 50,000. networkx is the fallback when igraph cannot be imported.
  Only communities of at least ``min_cluster_size`` networks are clusters;
  they are numbered 1, 2, ... from large to small.
* **Bridge network**: among the top ``bridge_top_share`` of networks by
  betweenness centrality (how often a network lies on the shortest path
  between two others, over positive ties, counting hops) and above zero.
  Exact up to ``betweenness_samples`` networks; above that estimated from
  that many sample source networks (fixed seed), with the vectorised Brandes
  algorithm in :mod:`~desktop_app.analysis.centrality`: exact betweenness
  takes minutes at 10,000 networks, and networkx's own sampling is 10-50x
  slower than the vectorised one. Each also tells whether it is a *cut
  point* (an articulation point: without it, part of the graph falls loose)
  and how many clusters its ties reach.
* **Cut point**: an articulation point of the positive ties, with how many
  networks would lose their link to the largest remaining part without it.
* **Bridge person**: a person with a current membership in two or more networks.
* **Isolated network**: no current tie of any kind with another network.
* **Resting on a single trekker**: see :func:`~desktop_app.analysis.roles.rests_on_single_trekker`.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from desktop_app.analysis.centrality import betweenness_centrality
from desktop_app.analysis.finding_kinds import KIND_TITLE, FindingKind  # noqa: F401 (re-export)
from desktop_app.analysis.graph import build_graph, cut_off_counts, positive_graph
from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.roles import bridge_persons, single_trekker_networks
from desktop_app.analysis.settings import FindingsSettings
from desktop_app.domain import Membership, Network, Tie
from desktop_app.domain.jobs import Cancelled as _JobCancelled
from desktop_app.i18n import Text

_IGRAPH_RNG_LOCK = threading.Lock()


class Cancelled(_JobCancelled):
    """Raised between steps when the caller's ``cancelled()`` returns True."""


@dataclass(frozen=True, slots=True)
class Cluster:
    number: int
    network_ids: frozenset[str]

    @property
    def size(self) -> int:
        return len(self.network_ids)


@dataclass(frozen=True, slots=True)
class BridgeNetwork:
    """A network that links others.

    Attributes:
        network_id: the network.
        betweenness: normalised betweenness 0..1 (estimated in large graphs).
        rank: 1 for the strongest bridge.
        cut_point: removing it disconnects part of the graph.
        clusters: numbers of the clusters its own cluster and its positive ties reach.
    """

    network_id: str
    betweenness: float
    rank: int
    cut_point: bool
    clusters: tuple[int, ...]


@dataclass(frozen=True)
class Findings:
    """Everything found, keyed by network id where the map needs it.

    Attributes:
        clusters: largest first.
        cluster_of: network id -> cluster number (absent: in no cluster).
        bridges: network id -> :class:`BridgeNetwork` for the bridge networks.
        cut_points: every articulation point of the positive graph.
        cut_off: cut point -> how many networks would lose their link to the
            largest remaining part without it (see ``graph.cut_off_counts``).
        bridge_persons: person id -> the network ids of their current memberships.
        bridge_persons_of: network id -> ids of its bridge persons.
        isolated: networks without any current tie.
        single_trekker: networks resting on a single trekker.
        betweenness_samples: None when betweenness is exact, else the sample size.
    """

    clusters: tuple[Cluster, ...] = ()
    cluster_of: Mapping[str, int] = field(default_factory=dict)
    bridges: Mapping[str, BridgeNetwork] = field(default_factory=dict)
    cut_points: frozenset[str] = frozenset()
    cut_off: Mapping[str, int] = field(default_factory=dict)
    bridge_persons: Mapping[str, frozenset[str]] = field(default_factory=dict)
    bridge_persons_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    isolated: frozenset[str] = frozenset()
    single_trekker: frozenset[str] = frozenset()
    betweenness_samples: int | None = None


def clusters_of(graph: nx.Graph, settings: FindingsSettings) -> tuple[Cluster, ...]:
    """Louvain communities of the positive graph with at least ``min_cluster_size`` networks."""
    if graph.number_of_edges() == 0:
        return ()
    communities = louvain(graph, settings.seed)
    big = [c for c in communities if len(c) >= settings.min_cluster_size]
    big.sort(key=lambda c: (-len(c), min(c)))
    return tuple(Cluster(i, frozenset(c)) for i, c in enumerate(big, start=1))


def louvain(graph: nx.Graph, seed: int) -> list[set[str]]:
    """Louvain communities (edge attribute ``weight``), reproducible for a given seed."""
    try:
        import igraph
    except ImportError:  # pragma: no cover - igraph is a dependency
        return nx.community.louvain_communities(graph, weight="weight", seed=seed)
    nodes = sorted(graph.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = sorted((min(index[a], index[b]), max(index[a], index[b])) for a, b in graph.edges())
    weights = [graph.edges[nodes[a], nodes[b]].get("weight", 1) for a, b in edges]
    ig_graph = igraph.Graph(n=len(nodes), edges=edges)
    # igraph draws from one global generator (Python's ``random`` by default);
    # give it a private seeded one for this call and put the default back.
    with _IGRAPH_RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            membership = ig_graph.community_multilevel(weights=weights).membership
        finally:
            igraph.set_random_number_generator(random)
    groups: dict[int, set[str]] = {}
    for node, group in zip(nodes, membership, strict=True):
        groups.setdefault(group, set()).add(node)
    return list(groups.values())


def betweenness(graph: nx.Graph, settings: FindingsSettings) -> tuple[dict[str, float], int | None]:
    """Normalised betweenness per node (hops, not weights); exact or sampled as documented."""
    samples: int | None
    if graph.number_of_nodes() <= settings.betweenness_samples:
        scores, samples = betweenness_centrality(graph), None
    else:
        samples = settings.betweenness_samples
        scores = betweenness_centrality(graph, samples=samples, seed=settings.seed)
    return {str(node): value for node, value in scores.items()}, samples


def compute_findings(
    networks: Iterable[Network],
    ties: Iterable[Tie],
    memberships: Iterable[Membership],
    settings: FindingsSettings,
    today: date,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Findings:
    """All findings for the map and the details panel.

    Args:
        networks, ties, memberships: the atlas's rows (only current ties and
            memberships count on ``today``).
        settings: cluster size, bridge share, sample size and seed.
        today: the reference date.
        cancelled: checked between the steps; when it returns True,
            :class:`Cancelled` is raised (for a worker thread's cancel button).
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    networks = list(networks)
    memberships = list(memberships)
    graph = build_graph(networks, ties, today)
    isolated = frozenset(n for n, degree in graph.degree() if degree == 0)
    positive = positive_graph(graph)
    check()
    clusters = clusters_of(positive, settings)
    cluster_of = {nid: c.number for c in clusters for nid in c.network_ids}
    check()
    scores, samples = betweenness(positive, settings)
    check()
    cut_off = cut_off_counts(positive)
    cut_points = frozenset(cut_off)
    bridges = _bridges(positive, scores, cut_points, cluster_of, settings)
    persons = bridge_persons(memberships, today)
    of_network: dict[str, list[str]] = {}
    for pid, nids in persons.items():
        for nid in nids:
            of_network.setdefault(nid, []).append(pid)
    return Findings(
        clusters=clusters,
        cluster_of=cluster_of,
        bridges=bridges,
        cut_points=cut_points,
        cut_off=cut_off,
        bridge_persons=persons,
        bridge_persons_of={nid: tuple(sorted(p)) for nid, p in of_network.items()},
        isolated=isolated,
        single_trekker=frozenset(single_trekker_networks(networks, memberships, today)),
        betweenness_samples=samples,
    )


def _bridges(
    graph: nx.Graph,
    scores: Mapping[str, float],
    cut_points: frozenset[str],
    cluster_of: Mapping[str, int],
    settings: FindingsSettings,
) -> dict[str, BridgeNetwork]:
    wanted = math.ceil(settings.bridge_top_share * graph.number_of_nodes())
    ranked = sorted(
        ((s, nid) for nid, s in scores.items() if s > 0), key=lambda pair: (-pair[0], pair[1])
    )[:wanted]
    result = {}
    for rank, (score, nid) in enumerate(ranked, start=1):
        reached = {cluster_of[m] for m in (nid, *graph[nid]) if m in cluster_of}
        result[nid] = BridgeNetwork(nid, score, rank, nid in cut_points, tuple(sorted(reached)))
    return result


def kinds_of(findings: Findings, network_id: str) -> frozenset[FindingKind]:
    """The findings that apply to one network, for filtering."""
    checks = (
        (FindingKind.CLUSTER, network_id in findings.cluster_of),
        (FindingKind.BRIDGE, network_id in findings.bridges),
        (FindingKind.CUT_POINT, network_id in findings.cut_points),
        (FindingKind.BRIDGE_PERSONS, network_id in findings.bridge_persons_of),
        (FindingKind.ISOLATED, network_id in findings.isolated),
        (FindingKind.SINGLE_TREKKER, network_id in findings.single_trekker),
    )
    return frozenset(kind for kind, applies in checks if applies)


def findings_for_inputs(
    inputs: AnalysisInputs, today: date, *, cancelled: Callable[[], bool] | None = None
) -> Findings:
    """:func:`compute_findings` over a read of the atlas, with its settings."""
    return compute_findings(
        inputs.networks,
        inputs.ties,
        inputs.memberships,
        inputs.findings,
        today,
        cancelled=cancelled,
    )


def describe(findings: Findings, network_id: str) -> list[Text]:
    """Plain-language sentences about one network's place, for the details panel."""
    lines: list[Text] = []
    number = findings.cluster_of.get(network_id)
    if number is not None:
        size = findings.clusters[number - 1].size
        lines.append(
            Text(
                "Hoort bij cluster {n}: {size} netwerken met veel onderlinge verbindingen.",
                "Belongs to cluster {n}: {size} networks with many ties among them.",
            ).format(n=number, size=size)
        )
    bridge = findings.bridges.get(network_id)
    if bridge is not None:
        lines.append(
            Text(
                "Brugnetwerk: ligt vaak op de kortste weg tussen andere netwerken (nummer {rank}).",
                "Bridge network: often lies on the shortest path between other networks "
                "(number {rank}).",
            ).format(rank=bridge.rank)
        )
        if len(bridge.clusters) >= 2:
            listed = ", ".join(str(c) for c in bridge.clusters)
            lines.append(Text("Verbindt de clusters {c}.", "Links clusters {c}.").format(c=listed))
    cut_off = findings.cut_off.get(network_id)
    if cut_off == 1:
        lines.append(
            Text(
                "Zonder dit netwerk raakt 1 ander netwerk los van de rest.",
                "Without this network, 1 other network loses its link to the rest.",
            )
        )
    elif cut_off:
        lines.append(
            Text(
                "Zonder dit netwerk raken {n} andere netwerken los van de rest.",
                "Without this network, {n} other networks lose their link to the rest.",
            ).format(n=cut_off)
        )
    persons = findings.bridge_persons_of.get(network_id, ())
    if len(persons) == 1:
        lines.append(
            Text(
                "1 persoon is ook actief in andere netwerken (verbinder).",
                "1 person is also active in other networks (a bridge person).",
            )
        )
    elif persons:
        lines.append(
            Text(
                "{n} personen zijn ook actief in andere netwerken (verbinders).",
                "{n} people are also active in other networks (bridge persons).",
            ).format(n=len(persons))
        )
    if network_id in findings.isolated:
        lines.append(
            Text(
                "Geïsoleerd: geen verbindingen met andere netwerken.",
                "Isolated: no ties with other networks.",
            )
        )
    if network_id in findings.single_trekker:
        lines.append(
            Text(
                "Rust op één trekker, zonder kernleden.",
                "Rests on a single trekker, without core members.",
            )
        )
    return lines
