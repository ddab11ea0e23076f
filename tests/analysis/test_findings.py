"""Findings on small hand-built graphs: a bridge, an isolated network, two clusters."""

from __future__ import annotations

import sys
from datetime import timedelta
from itertools import combinations

import pytest

from desktop_app.analysis.findings import (
    Cancelled,
    FindingKind,
    compute_findings,
    describe,
    findings_for_inputs,
    kinds_of,
)
from desktop_app.analysis.graph import build_graph
from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.settings import FindingsSettings
from desktop_app.domain import Membership, Network, Role, Tie, TieKind
from tests.analysis.helpers import TODAY

A = ["a1", "a2", "a3", "a4"]
B = ["b1", "b2", "b3", "b4"]
IDS = [*A, *B, "x", "lonely", "t1", "t2"]


def tie(a: str, b: str, **kw) -> Tie:
    return Tie(source_id=a, target_id=b, **kw)


def world():
    networks = [Network(id=i, name=i) for i in IDS]
    ties = [tie(a, b) for a, b in combinations(A, 2)]
    ties += [tie(a, b, strength=3) for a, b in combinations(B, 2)]
    ties += [tie("x", "a1"), tie("b1", "x", kind=TieKind.SHARED_PLACE)]
    ties += [tie("t1", "t2", kind=TieKind.TENSION)]
    ties += [tie("lonely", "a2", until=TODAY - timedelta(days=1))]  # ended: no longer a tie
    memberships = [
        Membership(person_id="p", network_id="a1", role=Role.TREKKER),
        Membership(person_id="p", network_id="b1"),
        Membership(person_id="q", network_id="b1", role=Role.CORE),
        Membership(person_id="q", network_id="b2", until=TODAY),  # ended today
    ]
    return networks, ties, memberships


def findings(**settings):
    networks, ties, memberships = world()
    return compute_findings(networks, ties, memberships, FindingsSettings(**settings), TODAY)


def test_two_clusters_found():
    f = findings()
    assert len(f.clusters) == 2
    assert len({f.cluster_of[a] for a in A}) == 1
    assert len({f.cluster_of[b] for b in B}) == 1
    assert f.cluster_of["a1"] != f.cluster_of["b1"]
    assert "lonely" not in f.cluster_of and "t1" not in f.cluster_of
    assert [c.number for c in f.clusters] == [1, 2]
    assert f.clusters[0].size >= f.clusters[1].size


def test_bridge_network_is_the_one_between_the_clusters():
    f = findings()  # 12 networks * 5% -> the single strongest bridge
    assert list(f.bridges) == ["x"]
    bridge = f.bridges["x"]
    assert bridge.rank == 1 and bridge.cut_point and bridge.clusters == (1, 2)
    assert f.cut_points == {"x", "a1", "b1"}
    # Without x, four networks (one side) lose their link; without a1, a2-a4 do.
    assert f.cut_off == {"x": 4, "a1": 3, "b1": 3}
    wider = findings(bridge_top_share=0.25)  # 3 bridges: x, a1, b1
    assert set(wider.bridges) == {"x", "a1", "b1"}


def test_sampled_betweenness_is_reproducible():
    a, b = findings(betweenness_samples=10), findings(betweenness_samples=10)
    assert a.betweenness_samples == 10
    assert a.bridges == b.bridges
    assert findings().betweenness_samples is None  # 12 networks <= 100: exact


def test_isolated_means_no_current_tie_of_any_kind():
    assert findings().isolated == {"lonely"}


def test_bridge_persons_and_single_trekker():
    f = findings()
    assert f.bridge_persons == {"p": frozenset({"a1", "b1"})}
    assert f.bridge_persons_of == {"a1": ("p",), "b1": ("p",)}
    # a1 has one trekker and no core members; b1 has a core member but no trekker.
    assert f.single_trekker == {"a1"}


def test_describe_phrases_the_findings():
    f = findings()
    x = [t.nl for t in describe(f, "x")]
    assert any(line.startswith("Brugnetwerk") for line in x)
    assert "Verbindt de clusters 1, 2." in x
    assert "Zonder dit netwerk raken 4 andere netwerken los van de rest." in x
    assert [t.en for t in describe(f, "lonely")] == ["Isolated: no ties with other networks."]
    a1 = [t.en for t in describe(f, "a1")]
    assert "1 person is also active in other networks (a bridge person)." in a1
    assert "Rests on a single trekker, without core members." in a1


def test_graph_merges_ties_and_marks_tension():
    networks, ties, _ = world()
    ties.append(tie("a1", "a2", strength=5, kind=TieKind.SHARED_MEMBERS))
    g = build_graph(networks, ties, TODAY)
    assert g["a1"]["a2"]["strength"] == 5
    assert g["a1"]["a2"]["kinds"] == {TieKind.COOPERATION, TieKind.SHARED_MEMBERS}
    assert g["t1"]["t2"]["positive"] is False
    assert not g.has_edge("lonely", "a2")


def test_cancel_between_steps():
    networks, ties, memberships = world()
    with pytest.raises(Cancelled):
        compute_findings(
            networks, ties, memberships, FindingsSettings(), TODAY, cancelled=lambda: True
        )


def test_min_cluster_size_setting():
    # The communities have 5 and 4 networks (x joins one side).
    assert sorted(c.size for c in findings().clusters) == [4, 5]
    f = findings(min_cluster_size=5)
    assert [c.size for c in f.clusters] == [5]
    assert findings(min_cluster_size=6).clusters == ()


def test_networkx_louvain_fallback_finds_the_same_clusters(monkeypatch):
    with_igraph = findings()
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph -> ImportError
    without = findings()
    assert {c.network_ids - {"x"} for c in without.clusters} == {frozenset(A), frozenset(B)}
    assert {c.network_ids - {"x"} for c in with_igraph.clusters} == {frozenset(A), frozenset(B)}


def test_clusters_are_reproducible():
    assert findings().clusters == findings().clusters


def test_kinds_of_for_filters():
    f = findings()
    assert kinds_of(f, "x") >= {FindingKind.BRIDGE, FindingKind.CUT_POINT, FindingKind.CLUSTER}
    assert kinds_of(f, "lonely") == {FindingKind.ISOLATED}
    assert FindingKind.SINGLE_TREKKER in kinds_of(f, "a1")


def test_findings_for_inputs_uses_the_settings():
    networks, ties, memberships = world()
    inputs = AnalysisInputs(
        networks=networks,
        ties=ties,
        memberships=memberships,
        findings=FindingsSettings(min_cluster_size=6),
    )
    assert findings_for_inputs(inputs, TODAY).clusters == ()
