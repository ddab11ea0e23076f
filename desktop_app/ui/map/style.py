"""Brushes, pens and symbols of the map, made once and shared by the items and the legend."""

from __future__ import annotations

from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from desktop_app.domain import palette
from desktop_app.ui.map.model import RING_STATUSES

#: Colours of the optional layers (not in the shared palette: only the map draws them).
BRIDGE = "#e7298a"
PROFESSIONAL = "#01665e"
LABEL_TEXT = "#202020"
BACKGROUND = "#ffffff"
#: Alpha of nodes and edges outside the filter in "fade" mode.
FADED_ALPHA = 40
RING_WIDTH = 2.5
SELECTION_WIDTH = 3.0


def vitality_colours() -> list[str]:
    """Colour per vitality class index (the last one: unknown or silent)."""
    return [c for _, c in palette.VITALITY_CLASSES] + [palette.UNKNOWN]


@cache
def node_brushes(faded: bool) -> np.ndarray:
    """Object array of QBrush per vitality class, so a class array indexes straight in."""
    brushes = []
    for colour in vitality_colours():
        c = QColor(colour)
        if faded:
            c.setAlpha(FADED_ALPHA)
        brushes.append(QBrush(c))
    table = np.empty(len(brushes), dtype=object)
    table[:] = brushes
    return table


@cache
def ring_pens() -> np.ndarray:
    pens = [_pen(palette.SUPPORT_RING[s], RING_WIDTH) for s in RING_STATUSES]
    table = np.empty(len(pens), dtype=object)
    table[:] = pens
    return table


def _pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


def screen_edge_width(strength: int) -> int:
    """The palette's width rounded to whole pixels (1, 2, 3).

    Measured at 10,000 networks: fractional widths (1.6, 2.4) made a still frame
    7x slower than whole ones, whose strokes Qt draws on a faster path.
    """
    return max(1, round(palette.edge_width(strength) * 1.25))


def _over_white(colour: str, alpha: int) -> QColor:
    """The opaque colour that ``colour`` at ``alpha`` gives on the white background.

    Opaque strokes skip blending, which keeps wide edges cheap to draw.
    """
    c = QColor(colour)
    a = alpha / 255
    return QColor(*(round(255 - (255 - v) * a) for v in (c.red(), c.green(), c.blue())))


def edge_pen(tension: bool, strength: int, faded: bool = False) -> QPen:
    if faded:
        colour = _over_white(palette.TIE, FADED_ALPHA)
    else:
        colour = QColor(palette.TENSION) if tension else _over_white(palette.TIE, 170)
    pen = QPen(colour)
    pen.setWidth(screen_edge_width(strength))
    pen.setCosmetic(True)
    return pen


def node_outline() -> QPen:
    # Cosmetic: pyqtgraph renders a symbol scaled to its size, so a plain 0.8 pen
    # would become 0.8 x the diameter wide and fill the whole square.
    return _pen("#7a7a7a", 0.8)


def selection_pen() -> QPen:
    return _pen(palette.SELECTION, SELECTION_WIDTH)


def highlight_edge_pen() -> QPen:
    pen = _pen(palette.SELECTION, 2.0)
    pen.setWidth(2)
    return pen


def layer_line_pen(colour: str) -> QPen:
    c = QColor(colour)
    c.setAlpha(110)
    pen = QPen(c)
    pen.setWidthF(1.0)
    pen.setCosmetic(True)
    return pen


def no_brush() -> QBrush:
    return QBrush(Qt.BrushStyle.NoBrush)


def no_pen() -> QPen:
    return QPen(Qt.PenStyle.NoPen)


@cache
def obstacle_symbol() -> QPainterPath:
    """A small triangle at the node's upper right (symbols are unit paths around 0,0)."""
    path = QPainterPath()
    cx, cy, r = 0.36, -0.36, 0.16
    path.moveTo(cx, cy - r)
    path.lineTo(cx + r, cy + r * 0.8)
    path.lineTo(cx - r, cy + r * 0.8)
    path.closeSubpath()
    return path


def obstacle_brush() -> QBrush:
    return QBrush(QColor(palette.OBSTACLE_MARKER))


def obstacle_pen() -> QPen:
    return _pen("#ffffff", 1.0)


def make_brush(colour: str) -> QBrush:
    return pg.mkBrush(colour)
