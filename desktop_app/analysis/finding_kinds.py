"""The kinds of graph findings and their short titles, without the graph machinery.

Split from :mod:`desktop_app.analysis.findings` (which imports networkx and
scipy, ~0.25 s) so the window's filter list can name the kinds at start-up
without loading them; ``findings`` re-exports both names.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.i18n import Text


class FindingKind(StrEnum):
    """What the map can filter on."""

    CLUSTER = "cluster"
    BRIDGE = "bridge"
    CUT_POINT = "cut_point"
    BRIDGE_PERSONS = "bridge_persons"
    ISOLATED = "isolated"
    SINGLE_TREKKER = "single_trekker"


#: Short names of the kinds for a filter list.
KIND_TITLE: dict[FindingKind, Text] = {
    FindingKind.CLUSTER: Text("In een cluster", "In a cluster"),
    FindingKind.BRIDGE: Text("Brugnetwerk", "Bridge network"),
    FindingKind.CUT_POINT: Text("Onmisbare schakel", "Cut point"),
    FindingKind.BRIDGE_PERSONS: Text("Heeft verbinders", "Has bridge persons"),
    FindingKind.ISOLATED: Text("Geïsoleerd", "Isolated"),
    FindingKind.SINGLE_TREKKER: Text("Rust op één trekker", "Rests on a single trekker"),
}
