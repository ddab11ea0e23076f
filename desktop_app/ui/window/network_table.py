"""The networks table: a second view of the same selection and filter as the map."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.network_model import ID_ROLE, NetworkFilterProxy, QtNetworkTableModel
from desktop_app.ui.window.networks_data import NetworkData


class _TableView(QTableView):
    activated_by_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit()
            return
        super().keyPressEvent(event)


class NetworkTable(QWidget):
    def __init__(self, context: WindowContext, data: NetworkData, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.model = QtNetworkTableModel(self)
        self.proxy = NetworkFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = _TableView(self)
        self.view.setObjectName("networks_view")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 240)
        for column, width in ((1, 140), (2, 120), (3, 70), (4, 70), (5, 70)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._updating = False
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated_by_key.connect(self._on_activated)

    # -- from the window -------------------------------------------------------------
    def on_reloaded(self) -> None:
        self._updating = True
        try:
            self.model.set_rows(self.data.rows)
        finally:
            self._updating = False
        self.on_selection(self.context.selection.ids())

    def on_rows_changed(self, change) -> None:
        self._updating = True
        try:
            self.model.apply_change(change)
        finally:
            self._updating = False
        if change.removed or change.inserted:
            self.on_selection(self.context.selection.ids())

    def set_visible_ids(self, ids: set[str] | None) -> None:
        self._updating = True
        try:
            self.proxy.set_visible_ids(ids)
        finally:
            self._updating = False

    def on_selection(self, ids: list) -> None:
        if self.context.selection.source == "table":
            return
        selection = QItemSelection()
        first = None
        for network_id in ids:
            row = self.model.row_of(network_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            first = first or index
            selection.select(index, index)
        self._updating = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().select(selection, flags)
            if first is not None:
                self.view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(first)
        finally:
            self._updating = False

    # -- from the user ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _on_view_selection(self, *_args) -> None:
        if not self._updating:
            self.context.selection.set_ids(self.selected_ids(), "table")

    def _on_activated(self, *_args) -> None:
        ids = self.selected_ids()
        if ids:
            self.context.open_network(ids[0])

    def add_context_actions(self, actions: list) -> None:
        """The right-click menu of the table: the window's actions on the selection."""
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions:
            self.view.addAction(action)

    def retranslate(self) -> None:
        self.model.retranslate()

    # -- remembered ------------------------------------------------------------------
    def save_header(self, settings) -> None:
        settings.set_header("networks", self.view.horizontalHeader().saveState())

    def restore_header(self, settings) -> None:
        state = settings.header("networks")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
