"""Network names on the map, only when few enough are in view to read them.

One graphics item paints all names (never an item per network): at most
:data:`MAX_LABELS` names, shown when no more than that many nodes are in view,
plus the selected networks. Names are drawn as plain text in screen pixels,
just under their node, on a pale halo so they stay readable over edges.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from desktop_app.ui.map import style
from desktop_app.ui.map.model import MapModel

MAX_LABELS = 150


class LabelLayer(pg.GraphicsObject):
    """Paints the chosen names; positions in data coordinates, text in pixels."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(20)
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresParentOpacity, True)
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self._metrics = QFontMetricsF(self.font)
        self.texts: list[str] = []
        self.pos_ = np.zeros((0, 2))
        self.offset_px = np.zeros(0)
        self._bounds = QRectF()

    def set_labels(self, texts: list[str], pos: np.ndarray, offset_px: np.ndarray) -> None:
        self.prepareGeometryChange()
        self.texts = texts
        self.pos_ = pos
        self.offset_px = offset_px
        if len(pos):
            lo, hi = pos.min(axis=0), pos.max(axis=0)
            self._bounds = QRectF(QPointF(*lo), QPointF(*hi))
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        # Text extends beyond the points by a screen-pixel amount: grow by a view-sized margin.
        view = self.getViewBox()
        if view is None or (self._bounds.isNull() and not len(self.texts)):
            return QRectF()
        return view.viewRect()

    def paint(self, painter: QPainter, *_args) -> None:
        if not self.texts:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        halo = QColor(255, 255, 255, 200)
        text_colour = QColor(style.LABEL_TEXT)
        metrics = self._metrics
        height = metrics.height()
        # Greedy: in priority order (selected, then larger networks), a name that
        # would cover one already drawn is left out.
        placed = np.zeros((0, 4))
        for text, (x, y), off in zip(self.texts, self.pos_, self.offset_px, strict=True):
            p = transform.map(QPointF(x, y))
            width = metrics.horizontalAdvance(text)
            box = QRectF(p.x() - width / 2 - 2, p.y() + off, width + 4, height)
            edges = np.array([box.left(), box.top(), box.right(), box.bottom()])
            if (
                len(placed)
                and (
                    (placed[:, 0] < edges[2])
                    & (placed[:, 2] > edges[0])
                    & (placed[:, 1] < edges[3])
                    & (placed[:, 3] > edges[1])
                ).any()
            ):
                continue
            placed = np.vstack([placed, edges])
            painter.fillRect(box, halo)
            painter.setPen(text_colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, text)
        painter.restore()


class LabelPool:
    """Chooses which names to show and hands them to the one :class:`LabelLayer`."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        self.viewbox = viewbox
        self.enabled = True
        self.layer = LabelLayer()
        viewbox.addItem(self.layer, ignoreBounds=True)
        self.shown: np.ndarray = np.zeros(0, np.int64)

    def update(
        self, model: MapModel, candidates: np.ndarray, selected: np.ndarray, force: bool = False
    ) -> None:
        """Label ``candidates`` (model indices in view) when few enough, and the selected.

        ``force``: positions may have moved, so redo even when the same names are chosen.
        """
        if not self.enabled or model.n == 0:
            chosen = np.zeros(0, np.int64)
        else:
            chosen = candidates if len(candidates) <= MAX_LABELS else np.zeros(0, np.int64)
            chosen = np.asarray(chosen, np.int64)
            # Drawing order is priority: the selected first, then the larger networks.
            chosen = chosen[np.argsort(-model.size_px[chosen], kind="stable")]
            if len(selected):
                rest = chosen[~np.isin(chosen, selected)]
                chosen = np.concatenate([np.asarray(selected, np.int64), rest])[: MAX_LABELS + 20]
        chosen = np.asarray(chosen, np.int64)
        if not force and np.array_equal(chosen, self.shown) and len(chosen):
            # Same names: only the positions' screen mapping changed, which paint redoes.
            return
        self.shown = chosen
        self.layer.set_labels(
            [model.names[i] for i in chosen], model.pos[chosen], model.size_px[chosen] / 2 + 2
        )

    def texts(self) -> list[str]:
        return list(self.layer.texts)

    def hide_all(self) -> None:
        self.shown = np.zeros(0, np.int64)
        self.layer.set_labels([], np.zeros((0, 2)), np.zeros(0))
