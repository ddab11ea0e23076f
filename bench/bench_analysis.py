"""Speed of the analysis layer: vitality for all networks, the overview, the graph findings.

For each size it builds a demo atlas (``desktop_app.store.demo``; with
``--synthetic``, or when the demo generator is missing, an in-memory world of
clustered networks with ~3 ties and ~30 signals each) and prints seconds per
step. Timings on a shared 2-core machine are noisy (±50%): orders of magnitude.

    python bench/bench_analysis.py [--sizes 300 10000 50000] [--synthetic] [--samples 100]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop_app.analysis.findings import betweenness, clusters_of, compute_findings
from desktop_app.analysis.graph import build_graph, cut_off_counts, positive_graph
from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.overview import area_overview
from desktop_app.analysis.settings import FindingsSettings
from desktop_app.analysis.vitality import compute_all, vitality_for_atlas
from desktop_app.domain import Dimension, Membership, Network, Role, Signal, Tie

TODAY = date(2026, 11, 27)


def timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<38} {time.perf_counter() - start:8.3f} s", flush=True)
    return result


def synthetic(n: int, seed: int = 1) -> AnalysisInputs:
    """Clustered networks (groups of 40), ~3 ties, ~30 signals and 3 members each."""
    rng = random.Random(seed)
    networks = [Network(id=f"n{i}", name=f"Netwerk {i}") for i in range(n)]
    ties, seen = [], set()
    while len(ties) < 3 * n and n > 1:
        a = rng.randrange(n)
        b = (a // 40) * 40 + rng.randrange(40) if rng.random() < 0.85 else rng.randrange(n)
        b = min(b, n - 1)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            ties.append(Tie(source_id=f"n{a}", target_id=f"n{b}"))
    signals: dict[str, list[Signal]] = {}
    for net in networks:
        signals[net.id] = [
            Signal(
                network_id=net.id,
                date=TODAY - timedelta(days=rng.randrange(730)),
                dimension=Dimension.ACTIVITY,
                valence=rng.randint(-2, 2),
            )
            for _ in range(rng.randint(20, 40))
        ]
    roles = (Role.TREKKER, Role.CORE, Role.MEMBER)
    memberships = [
        Membership(person_id=f"p{rng.randrange(3 * n)}", network_id=net.id, role=rng.choice(roles))
        for net in networks
        for _ in range(3)
    ]
    return AnalysisInputs(
        networks=networks, ties=ties, memberships=memberships, signals_by_network=signals
    )


def from_demo(n: int, folder: Path) -> AnalysisInputs | None:
    try:
        from desktop_app.store import Atlas
        from desktop_app.store.demo import create_demo
    except ImportError:
        return None
    path = folder / f"demo-{n}.zwerm"
    timed(
        f"create demo atlas ({n:,} networks)",
        lambda: create_demo(path, networks=n, reference=TODAY),
    )
    with Atlas.open(path, read_only=True) as atlas:
        timed("read signals (all_by_network)", atlas.signals.all_by_network)
        timed("read signal points (points_by_network)", atlas.signals.points_by_network)
        timed("vitality_for_atlas (read + compute)", lambda: vitality_for_atlas(atlas, TODAY))
        return timed("read everything (AnalysisInputs)", lambda: AnalysisInputs.from_atlas(atlas))


def bench(n: int, inputs: AnalysisInputs, samples: int) -> None:
    signal_count = sum(len(s) for s in inputs.signals_by_network.values())
    ids = [net.id for net in inputs.networks]
    print(f"  ({len(ids):,} networks, {len(inputs.ties):,} ties, {signal_count:,} signals)")
    vit = timed(
        "vitality, all networks",
        lambda: compute_all(inputs.signals_by_network, inputs.vitality, TODAY, ids),
    )
    timed("overview + attention, whole atlas", lambda: area_overview(inputs, None, TODAY, vit))
    settings = FindingsSettings(betweenness_samples=samples)
    graph = timed("build graph", lambda: build_graph(inputs.networks, inputs.ties, TODAY))
    positive = positive_graph(graph)
    print(f"  (graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges)")
    clusters = timed("clusters (Louvain, seeded)", lambda: clusters_of(positive, settings))
    print(f"  ({len(clusters)} clusters)")
    timed(f"betweenness (k={min(samples, n)} samples)", lambda: betweenness(positive, settings))
    timed("cut points with cut-off counts", lambda: cut_off_counts(positive))
    timed(
        "compute_findings (all of the above)",
        lambda: compute_findings(inputs.networks, inputs.ties, inputs.memberships, settings, TODAY),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 10_000, 50_000])
    parser.add_argument("--synthetic", action="store_true", help="skip the demo generator")
    parser.add_argument("--samples", type=int, default=FindingsSettings().betweenness_samples)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            print(f"\n== {n:,} networks ==", flush=True)
            inputs = None if args.synthetic else from_demo(n, Path(tmp))
            if inputs is None:
                inputs = timed("build synthetic world", lambda n=n: synthetic(n))
            bench(n, inputs, args.samples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
