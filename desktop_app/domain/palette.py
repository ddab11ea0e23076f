"""Colours shared by the map, the legend, the charts and the PDF reports.

Plain hex strings (no Qt), so the report drawn headless matches the screen.
The vitality scale is ColorBrewer RdYlBu in five classes, which stays
distinguishable for the common forms of colour blindness; grey means unknown
or silent.
"""

from __future__ import annotations

from desktop_app.domain.enums import SupportStatus

#: (lower bound inclusive, colour) per vitality class, low to high.
VITALITY_CLASSES: tuple[tuple[int, str], ...] = (
    (0, "#d7191c"),
    (20, "#fdae61"),
    (40, "#ffffbf"),
    (60, "#abd9e9"),
    (80, "#2c7bb6"),
)
UNKNOWN = "#9e9e9e"
TENSION = "#b2182b"
TIE = "#7f7f7f"
OBSTACLE_MARKER = "#000000"
SELECTION = "#ff7f00"

SUPPORT_RING: dict[SupportStatus, str] = {
    SupportStatus.NOTICED: "#c2a5cf",
    SupportStatus.ASKED: "#9970ab",
    SupportStatus.ASSIGNED: "#762a83",
    SupportStatus.RUNNING: "#40004b",
    SupportStatus.FINISHED: "#1b7837",
}


def vitality_class(score: float | None) -> int | None:
    """Index into :data:`VITALITY_CLASSES`, or None when unknown or silent."""
    if score is None:
        return None
    index = 0
    for i, (lower, _) in enumerate(VITALITY_CLASSES):
        if score >= lower:
            index = i
    return index


def vitality_colour(score: float | None) -> str:
    index = vitality_class(score)
    return UNKNOWN if index is None else VITALITY_CLASSES[index][1]


def node_diameter(size_estimate: int | None) -> float:
    """On-screen diameter in pixels for a network of this estimated size (area ~ size)."""
    if not size_estimate or size_estimate <= 0:
        return 8.0
    return float(min(34.0, 6.0 + 2.2 * size_estimate**0.5))


def edge_width(strength: int) -> float:
    """Line width in pixels for a tie of strength 1 (weak) to 3 (strong)."""
    return {1: 1.0, 2: 1.6, 3: 2.4}.get(strength, 1.0)
