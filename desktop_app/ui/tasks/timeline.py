"""A network's vitality over time, with its signals, and why it has its score.

``NetworkTimeline(session)`` is embeddable (the window's network profile uses
it): call :meth:`NetworkTimeline.set_network`. The chart draws the score as a
step line (from :func:`desktop_app.analysis.vitality.score_series`) and each
signal as a marker at the height of its valence (−2 at 0, +2 at 100),
coloured and shaped by valence; hovering a marker shows its note. Beside it,
the signals that weigh most in today's score (``vitality.explain``); below,
all signals of the network, to record, edit or delete (undoable).
"""

from __future__ import annotations

import html
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.settings import vitality_settings
from desktop_app.analysis.vitality import TrendCategory, compute_vitality, explain, score_series
from desktop_app.domain import palette
from desktop_app.labels import label
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.ui.commands import DeleteCommand
from desktop_app.ui.tasks.common import (
    VALENCE_COLOURS,
    VALENCE_SYMBOLS,
    LazyReload,
    fmt_date,
    show_error,
    to_qdate,
    valence_text,
)
from desktop_app.ui.tasks.signal_table import SignalTableModel

EXPLAIN_LIMIT = 5


def _x(day: date) -> float:
    """A date as the chart's x value (seconds since the epoch, local midnight)."""
    return datetime.combine(day, time()).timestamp()


def _valence_y(valence: int) -> float:
    return 50.0 + 25.0 * valence


class LocalDateAxis(pg.DateAxisItem):
    """Date ticks in the UI's language ("mrt 2026", "27-11-2026"), not the C locale's."""

    def tickStrings(self, values, scale, spacing):
        locale = QLocale()
        texts = []
        for value in values:
            day = datetime.fromtimestamp(value).date()
            if spacing >= 300 * 86400:
                texts.append(str(day.year))
            elif spacing >= 25 * 86400:
                texts.append(locale.toString(to_qdate(day), "MMM yyyy"))
            else:
                texts.append(fmt_date(day))
        return texts


class NetworkTimeline(LazyReload, QWidget):
    """Score over time, signal markers, the heaviest signals, and the signal list."""

    #: Emitted with the network id when the user asks to record a signal for it.
    record_requested = Signal(str)

    def __init__(self, session=None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.session = None
        self.network_id: str | None = None
        self._today = today
        self._signals_by_id: dict[str, object] = {}

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.score_label = QLabel(self)
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hover_label = QLabel(self)
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hover_label.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "Line: the vitality score. Markers: the signals, at the height of their "
                "valence (▼ −2/−1 low, ● 0 middle, ▲ +1/+2 high). Point at one to read it."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")

        self.plot = pg.PlotWidget(axisItems={"bottom": LocalDateAxis()})
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.showGrid(x=False, y=True, alpha=0.2)
        self.plot.getAxis("left").setTicks(
            [[(0, "0"), (25, "25"), (50, "50"), (75, "75"), (100, "100")]]
        )
        self.plot.setLabel("left", self.tr("Vitality"))
        for lower, colour in palette.VITALITY_CLASSES:
            band = pg.LinearRegionItem(
                values=(lower, lower + 20),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(colour + "30"),
                pen=pg.mkPen(None),
            )
            band.setZValue(-10)
            self.plot.addItem(band)
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#333333", width=2))
        self.plot.addItem(self.curve)
        self.markers = pg.ScatterPlotItem(
            size=11, pxMode=True, hoverable=True, tip=None, hoverSize=15
        )
        self.plot.addItem(self.markers)

        self.why = QListWidget(self)
        self.why.setWordWrap(True)
        self.why.setSpacing(3)
        self.why.setAlternatingRowColors(True)
        self.why.setToolTip(self.tr("The signals that weigh most in today's score"))
        why_box = QWidget(self)
        why_layout = QVBoxLayout(why_box)
        why_layout.setContentsMargins(0, 0, 0, 0)
        why_title = QLabel(self.tr("Why this score: the signals that weigh most"))
        why_title.setWordWrap(True)
        why_layout.addWidget(why_title)
        why_layout.addWidget(self.why)

        self.model = SignalTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setColumnHidden(SignalTableModel.NETWORK, True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            SignalTableModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.record_button = QPushButton(self.tr("Record signal…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.plot)
        top.addWidget(why_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("All signals")))
        buttons.addStretch(1)
        for button in (self.record_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.table)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.score_label)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hover_label)
        self._connect_signals()
        self.set_session(session)

    def _connect_signals(self) -> None:
        self.markers.sigHovered.connect(self.on_markers_hovered)
        self.record_button.clicked.connect(self.on_record_requested)
        self.edit_button.clicked.connect(self.on_edit_requested)
        self.delete_button.clicked.connect(self.on_delete_requested)
        self.table.activated.connect(self.on_edit_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self.on_data_changed)
        self.session = session
        if session is not None:
            session.data_changed.connect(self.on_data_changed)
        self.network_id = None
        self.reload()

    def set_network(self, network_id: str | None) -> None:
        self.network_id = network_id
        self.reload()

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("signals", "networks", "settings"):
            self.request_reload()

    # -- drawing ---------------------------------------------------------------------
    def reload(self) -> None:
        network = None
        if self.session is not None and self.network_id is not None:
            network = self.session.atlas.networks.find(self.network_id)
        if network is None:
            self.network_id = None
            self.title.setText(self.tr("No network chosen"))
            self.score_label.clear()
            self.curve.setData([], [])
            self.markers.setData([])
            self.why.clear()
            self.model.set_signals([], {}, {})
            self._update_buttons()
            return
        atlas = self.session.atlas
        settings = vitality_settings(atlas)
        signals = atlas.signals.of_network(network.id)
        self._signals_by_id = {s.id: s for s in signals}
        vitality = compute_vitality(signals, settings, self.today, network_id=network.id)
        self.title.setText(network.name)
        self.score_label.setText(self.describe(vitality))

        series = score_series(signals, settings, until=self.today)
        xs: list[float] = []
        ys: list[float] = []
        for i, point in enumerate(series):
            if i:
                xs.append(_x(point.day))
                ys.append(series[i - 1].score)
            xs.append(_x(point.day))
            ys.append(point.score)
        self.curve.setData(xs, ys)
        self.markers.setData(
            [
                {
                    "pos": (_x(s.date), _valence_y(s.valence)),
                    "brush": pg.mkBrush(VALENCE_COLOURS[s.valence]),
                    "pen": pg.mkPen("#333333"),
                    "symbol": VALENCE_SYMBOLS[s.valence],
                    "data": s.id,
                }
                for s in signals
            ]
        )
        self.why.clear()
        for contribution in explain(signals, settings, self.today, limit=EXPLAIN_LIMIT):
            s = contribution.signal
            line = self.tr("%1 · %2 %3 · weighs %4%").replace("%1", fmt_date(s.date))
            line = line.replace("%2", label(s.dimension)).replace("%3", valence_text(s.valence))
            line = line.replace("%4", str(round(contribution.share * 100)))
            if s.note:
                line += "\n" + s.note
            self.why.addItem(line)
        if not signals:
            self.why.addItem(self.tr("No signals yet: vitality is unknown."))
        self.model.set_signals(
            sorted(signals, key=lambda s: s.date, reverse=True),
            {network.id: network.name},
            {network.id: network.area_id},
        )
        self.table.resizeColumnsToContents()
        if signals:
            self.plot.setXRange(
                min(xs + [_x(s.date) for s in signals]),
                max(xs + [_x(s.date) for s in signals]),
                padding=0.03,
            )
        self._update_buttons()

    def describe(self, vitality) -> str:
        """ "Vitality 64 · rising" / "unknown" / "... · silent for 130 days"."""
        if vitality.score is None:
            return self.tr("Vitality unknown (no signals)")
        text = self.tr("Vitality %1").replace("%1", str(round(vitality.score)))
        if vitality.trend is not None:
            words = {
                TrendCategory.RISING: self.tr("↗ rising"),
                TrendCategory.STABLE: self.tr("→ stable"),
                TrendCategory.FALLING: self.tr("↘ falling"),
                TrendCategory.FALLING_FAST: self.tr("⇊ falling fast"),
            }
            text += " · " + words[vitality.trend.category]
        if vitality.silent:
            text += " · " + self.tr("silent for %1 days").replace(
                "%1", str(vitality.days_since_last)
            )
        return text

    def marker_count(self) -> int:
        return len(self.markers.points())

    def hover_text(self, signal_id: str) -> str:
        """What hovering a signal's marker shows (plain text)."""
        s = self._signals_by_id.get(signal_id)
        if s is None:
            return ""
        head = f"{fmt_date(s.date)} · {label(s.dimension)} {valence_text(s.valence)}"
        lines = [head]
        if s.note:
            lines.append(s.note)
        if s.source:
            lines.append(self.tr("Source: %1").replace("%1", s.source))
        return "\n".join(lines)

    def on_markers_hovered(self, _item, points, _event) -> None:
        texts = [self.hover_text(p.data()) for p in list(points)[:3]]
        self.hover_label.setText("\n\n".join(texts))
        view_box = self.markers.getViewBox()
        if view_box is not None:
            # Escaped and wrapped, so a note is never read as HTML by the tooltip.
            rich = "<br><br>".join(html.escape(t).replace("\n", "<br>") for t in texts)
            view_box.setToolTip(f"<qt>{rich}</qt>" if texts else "")

    # -- edits --------------------------------------------------------------------------
    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.signal_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.record_button.setEnabled(self.network_id is not None)
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None)

    def on_record_requested(self) -> None:
        from desktop_app.ui.tasks.signal_entry import QuickSignalDialog

        if self.network_id is not None:
            QuickSignalDialog(self.session, self, network_id=self.network_id).open()

    def on_edit_requested(self, *_args) -> None:
        from desktop_app.ui.tasks.signal_entry import QuickSignalDialog

        signal = self._selected()
        if signal is not None:
            QuickSignalDialog(self.session, self, signal=signal).open()

    def on_delete_requested(self) -> None:
        signal = self._selected()
        if signal is None:
            return
        try:
            self.session.execute(
                DeleteCommand(
                    self.session, self.session.atlas.signals, signal.id, self.tr("Delete signal")
                )
            )
        except AtlasError as exc:
            show_error(self, exc)


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    def make(session):
        timeline = NetworkTimeline(session)
        busiest = max(
            session.atlas.networks.all(), key=lambda n: len(session.atlas.signals.of_network(n.id))
        )
        timeline.set_network(busiest.id)
        return timeline

    return run_preview(make, "Timeline")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
