"""Findings in plain language for the details panel, from desktop_app.analysis (when there)."""

from __future__ import annotations

import importlib.util


def network_findings(atlas, network_id: str) -> list[str]:
    """Sentences about the network's place in the graph (bridge, isolated, single trekker…)."""
    if importlib.util.find_spec("desktop_app.analysis.findings") is None:
        return []
    return []


def vitality_explanation(atlas, network_id: str) -> list[str]:
    """Why the network has its vitality score: the signals that weigh most, in words."""
    return []
