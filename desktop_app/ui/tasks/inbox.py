"""Inbox of recent signals across the atlas, filterable by area and dimension."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Dimension
from desktop_app.labels import label
from desktop_app.store import ChangeSet
from desktop_app.ui.numbers import number  # ship: Dutch separators
from desktop_app.ui.tasks.common import AreaCombo, LazyReload, set_item_texts
from desktop_app.ui.tasks.signal_table import SignalFilter, SignalTableModel

#: Periods offered, in days (None: everything).
PERIODS = (30, 90, 365, None)


class SignalInbox(LazyReload, QWidget):
    """Recent signals, newest first. Double-click a row to open its network."""

    network_activated = Signal(str)

    def __init__(self, session=None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.session = None
        self._today = today
        self.model = SignalTableModel(self)
        self.proxy = SignalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.area = AreaCombo(self, all_text="")
        self.dimension = QComboBox(self)
        for value in (None, *(dim.value for dim in Dimension)):
            self.dimension.addItem("", value)
        self.period = QComboBox(self)
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(1)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self._columns_sized = False
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SignalTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            SignalTableModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(False)
        # Column widths from a sample of rows, not all (thousands of signals).
        self.table.horizontalHeader().setResizeContentsPrecision(200)

        self.area_label = QLabel(self)
        self.dimension_label = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.area_label)
        filters.addWidget(self.area)
        filters.addWidget(self.dimension_label)
        filters.addWidget(self.dimension)
        filters.addWidget(self.period)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.retranslate()
        self._connect_signals()
        self.set_session(session)

    def retranslate(self) -> None:
        self.area_label.setText(self.tr("Area"))
        self.dimension_label.setText(self.tr("Dimension"))
        self.area.set_all_text(self.tr("All areas"))
        set_item_texts(
            self.dimension, [self.tr("All dimensions"), *(label(dim) for dim in Dimension)]
        )
        set_item_texts(
            self.period,
            [
                self.tr("Last %1 days").replace("%1", str(days)) if days else self.tr("All signals")
                for days in PERIODS
            ],
        )
        self.model.retranslate()
        self._update_count()

    def _connect_signals(self) -> None:
        self.area.currentIndexChanged.connect(self.on_filter_changed)
        self.dimension.currentIndexChanged.connect(self.on_filter_changed)
        self.period.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(self.on_row_activated)

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self.on_data_changed)
        self.session = session
        if session is not None:
            session.data_changed.connect(self.on_data_changed)
        self.request_reload()  # ship: a panel behind a tab loads when first shown (start-up)

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("signals", "areas") or changes.is_whole("networks"):
            self.request_reload()
        elif changes.touches("networks"):
            # A network added or renamed changes no signal: the names of those networks
            # only (re-reading 90 days of signals took ~1 s on a 10,000-network atlas).
            self._refresh_names(changes.ids("networks"))

    def _refresh_names(self, ids: set[str]) -> None:
        networks = self.session.atlas.networks.many(ids)
        self.model.update_names(
            {n.id: n.name for n in networks}, {n.id: n.area_id for n in networks}
        )

    def reload(self) -> None:
        if self.session is None:
            self.model.set_signals([], {}, {})
            self._update_count()
            return
        atlas = self.session.atlas
        self.area.load(atlas)
        days = self.period.currentData()
        today = self._today or date.today()
        signals = atlas.signals.since(today - timedelta(days=days)) if days else atlas.signals.all()
        networks = atlas.networks.names_and_areas()
        self.model.set_signals(
            signals,
            {nid: name for nid, (name, _) in networks.items()},
            {nid: area for nid, (_, area) in networks.items()},
        )
        self.on_filter_changed()
        if not self._columns_sized and self.model.rowCount() > 0:
            # Once: later reloads keep the widths the user chose. Sizing reads at
            # most 100 rows (Qt's default of 1000 took seconds on a large atlas).
            self._columns_sized = True
            self.table.resizeColumnsToContents()

    def on_filter_changed(self) -> None:
        self.proxy.set_area_ids(self.area.area_ids())
        value = self.dimension.currentData()
        self.proxy.set_dimension(Dimension(value) if value else None)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 signals").replace("%1", number(self.proxy.rowCount())))

    def on_row_activated(self, index) -> None:
        source = self.proxy.mapToSource(index)
        self.network_activated.emit(self.model.signal_at(source.row()).network_id)


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    return run_preview(lambda session: SignalInbox(session, today=None), "Inbox")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
