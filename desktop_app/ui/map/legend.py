"""The legend in the map's corner, built from what the layers report as drawn.

:func:`legend_entries` turns ``GraphLayers.drawn`` into entries; the widget
paints a swatch per entry with the same palette the items use, so the legend
cannot show something that is not on the map, or miss something that is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app import labels
from desktop_app.domain import palette
from desktop_app.ui.map import style
from desktop_app.ui.map.model import RING_STATUSES, UNKNOWN_CLASS


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One row of the legend.

    ``key`` is stable, for tests and for matching the drawn layers ("vitality:2",
    "ring:asked"); ``swatch`` is "dot", "ring", "obstacle", "line", "diamond" or "square".
    """

    key: str
    text: str
    swatch: str
    colour: str
    width: float = 1.0


def legend_entries(drawn: dict[str, object]) -> list[LegendEntry]:
    entries: list[LegendEntry] = []
    classes = drawn.get("vitality_classes", set())
    bounds = [lower for lower, _ in palette.VITALITY_CLASSES] + [101]
    for k, (lower, colour) in enumerate(palette.VITALITY_CLASSES):
        if k in classes:
            upper = bounds[k + 1] - 1
            text = (
                QCoreApplication.translate("MapLegend", "Vitality %1–%2")
                .replace("%1", str(lower))
                .replace("%2", str(upper))
            )
            entries.append(LegendEntry(f"vitality:{k}", text, "dot", colour))
    if UNKNOWN_CLASS in classes:
        entries.append(
            LegendEntry(
                "vitality:unknown",
                QCoreApplication.translate("MapLegend", "Unknown or silent"),
                "dot",
                palette.UNKNOWN,
            )
        )
    rings = drawn.get("rings", set())
    for k, status in enumerate(RING_STATUSES):
        if k in rings:
            text = QCoreApplication.translate("MapLegend", "Support: %1").replace(
                "%1", labels.label(status)
            )
            entries.append(
                LegendEntry(f"ring:{status.value}", text, "ring", palette.SUPPORT_RING[status])
            )
    if drawn.get("obstacles"):
        entries.append(
            LegendEntry(
                "obstacle",
                QCoreApplication.translate("MapLegend", "Open obstacle"),
                "obstacle",
                palette.OBSTACLE_MARKER,
            )
        )
    if drawn.get("ties"):
        entries.append(
            LegendEntry(
                "tie",
                QCoreApplication.translate("MapLegend", "Tie (width: strength)"),
                "line",
                palette.TIE,
                1.6,
            )
        )
    if drawn.get("tension"):
        entries.append(
            LegendEntry(
                "tension",
                QCoreApplication.translate("MapLegend", "Tension"),
                "line",
                palette.TENSION,
                1.6,
            )
        )
    if drawn.get("bridge_persons"):
        entries.append(
            LegendEntry(
                "bridge_persons",
                QCoreApplication.translate("MapLegend", "Person in several networks"),
                "diamond",
                style.BRIDGE,
            )
        )
    if drawn.get("professionals"):
        entries.append(
            LegendEntry(
                "professionals",
                QCoreApplication.translate("MapLegend", "Professional"),
                "square",
                style.PROFESSIONAL,
            )
        )
    return entries


def swatch(entry: LegendEntry, size: int = 16) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(entry.colour)
    r = QRectF(3, 3, size - 6, size - 6)
    if entry.swatch == "dot":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(r)
    elif entry.swatch == "ring":
        p.setBrush(QColor(palette.UNKNOWN))
        pen = QPen(colour)
        pen.setWidthF(style.RING_WIDTH)
        p.setPen(pen)
        p.drawEllipse(r.adjusted(1, 1, -1, -1))
    elif entry.swatch == "obstacle":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(palette.UNKNOWN))
        p.drawEllipse(QRectF(1, 5, size - 6, size - 6))
        p.setBrush(colour)
        p.setPen(QPen(QColor("#ffffff"), 1))
        tri = QPolygonF([QPointF(size - 5, 1), QPointF(size - 1, 8), QPointF(size - 9, 8)])
        p.drawPolygon(tri)
    elif entry.swatch == "line":
        pen = QPen(colour)
        pen.setWidthF(entry.width)
        p.setPen(pen)
        p.drawLine(QPointF(1, size / 2), QPointF(size - 1, size / 2))
    elif entry.swatch == "diamond":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        c = size / 2
        p.drawPolygon(
            QPolygonF([QPointF(c, 3), QPointF(size - 3, c), QPointF(c, size - 3), QPointF(3, c)])
        )
    elif entry.swatch == "square":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(r.adjusted(1, 1, -1, -1))
    p.end()
    return pixmap


class LegendPanel(QFrame):
    """A small panel over the map's lower left corner; its header folds it away."""

    #: Folded away (True) or opened (False) by the user.
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#mapLegend { background: rgba(255,255,255,235); border: 1px solid #c8c8c8;"
            " border-radius: 4px; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 6)
        outer.setSpacing(2)
        self._toggle = QToolButton(self)
        self._toggle.setText(self.tr("Legend"))
        self._toggle.setCheckable(True)
        self._toggle.setChecked(True)
        self._toggle.setArrowType(Qt.ArrowType.DownArrow)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._on_toggled)
        outer.addWidget(self._toggle)
        self._body = QWidget(self)
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setColumnMinimumWidth(2, 14)
        self._grid.setVerticalSpacing(1)
        outer.addWidget(self._body)
        self.entries: list[LegendEntry] = []

    def _on_toggled(self, on: bool) -> None:
        self._body.setVisible(on)
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.adjustSize()
        self.collapsed_changed.emit(not on)

    def is_collapsed(self) -> bool:
        return not self._toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        self._toggle.setChecked(not collapsed)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        if entries == self.entries:
            return
        self.entries = list(entries)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # Two columns once the list gets long, so the legend stays low in its corner.
        rows = len(entries) if len(entries) <= 7 else (len(entries) + 1) // 2
        for k, entry in enumerate(entries):
            row, col = k % rows, 3 * (k // rows)
            icon = QLabel(self._body)
            icon.setPixmap(swatch(entry))
            text = QLabel(self._body)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setText(entry.text)
            self._grid.addWidget(icon, row, col)
            self._grid.addWidget(text, row, col + 1)
            # Children added to a shown parent stay hidden until shown.
            icon.show()
            text.show()
        self._body.adjustSize()
        self.setVisible(bool(entries))
        self.adjustSize()

    def entry_keys(self) -> list[str]:
        return [e.key for e in self.entries]
