"""Network names on the map, only when few enough are in view to read them.

A fixed pool of TextItems is reused (never one per network): at most
:data:`MAX_LABELS` names, shown when no more than that many nodes are in view,
plus the selected networks. Text is set as plain text.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from desktop_app.ui.map import style
from desktop_app.ui.map.model import MapModel

MAX_LABELS = 150


class LabelPool:
    def __init__(self, viewbox: pg.ViewBox) -> None:
        self.viewbox = viewbox
        self.enabled = True
        self.items: list[pg.TextItem] = []
        self.shown: np.ndarray = np.zeros(0, np.int64)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._fill = pg.mkBrush(QColor(255, 255, 255, 190))

    def _item(self, k: int) -> pg.TextItem:
        while len(self.items) <= k:
            item = pg.TextItem(color=style.LABEL_TEXT, fill=self._fill, anchor=(0.5, 0.0))
            item.setFont(self._font)
            item.setZValue(20)

            self.viewbox.addItem(item, ignoreBounds=True)
            self.items.append(item)
        return self.items[k]

    def update(self, model: MapModel, candidates: np.ndarray, selected: np.ndarray) -> None:
        """Label ``candidates`` (model indices in view) when few enough, and the selected."""
        if not self.enabled or model.n == 0:
            chosen = np.zeros(0, np.int64)
        else:
            chosen = candidates if len(candidates) <= MAX_LABELS else np.zeros(0, np.int64)
            if len(selected):
                chosen = np.unique(np.concatenate([chosen, selected]))[: MAX_LABELS + 20]
        self.shown = chosen
        px = self.viewbox.viewPixelSize()[1] if len(chosen) else 0.0
        for k, i in enumerate(chosen):
            item = self._item(k)
            name = model.names[i]
            if item.textItem.toPlainText() != name:
                item.setText(name)
            # Just under the node: half its size plus a few pixels.
            item.setPos(model.pos[i, 0], model.pos[i, 1] - (model.size_px[i] / 2 + 2) * px)
            item.setVisible(True)
        for item in self.items[len(chosen) :]:
            item.setVisible(False)

    def hide_all(self) -> None:
        self.shown = np.zeros(0, np.int64)
        for item in self.items:
            item.setVisible(False)
