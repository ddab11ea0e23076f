"""The obstacles register (task 2): what blocks networks, who owns it, and how far it is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.obstacles import category_stats
from desktop_app.domain import Obstacle, ObstacleCategory
from desktop_app.labels import label
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.ui.commands import DeleteCommand, UpdateCommand
from desktop_app.ui.tasks import analysis_bridge as analysis
from desktop_app.ui.tasks.common import AreaCombo, LazyReload, set_item_texts, show_error
from desktop_app.ui.tasks.obstacle_dialog import ObstacleDialog
from desktop_app.ui.tasks.obstacle_table import (
    CategoryStatsModel,
    ObstacleFilter,
    ObstacleTableModel,
)
from desktop_app.ui.tasks.status_flow import OBSTACLE_FLOW, move_obstacle, next_obstacle_status


class ObstacleRegister(LazyReload, QWidget):
    """Table of obstacles with filters, per-category figures, and status moves with undo."""

    network_activated = Signal(str)

    def __init__(self, session=None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.session = None
        self._today = today
        #: The network selected in the window: a new obstacle is for it.
        self.selected_network: str | None = None
        self.model = ObstacleTableModel(self)
        self.proxy = ObstacleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.stats = CategoryStatsModel(self)

        self.status_filter = QComboBox(self)
        for value in (ObstacleFilter.OPEN, None, *(status.value for status in OBSTACLE_FLOW)):
            self.status_filter.addItem("", value)
        self.category_filter = QComboBox(self)
        for value in (None, *(category.value for category in ObstacleCategory)):
            self.category_filter.addItem("", value)
        self.area = AreaCombo(self, all_text="")
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.move_menu = QMenu(self.move_button)
        for status in OBSTACLE_FLOW:
            action = self.move_menu.addAction("")
            action.setData(status.value)
        self.move_button.setMenu(self.move_menu)
        self.delete_button = QPushButton(self)
        self.open_network_button = QPushButton(self)
        self.limit_label = QLabel(self)
        self._limit: int | None = None
        self.limit_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self._columns_sized = False
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ObstacleTableModel.DAYS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.stats_view = QTableView(self)
        self.stats_view.setModel(self.stats)
        self.stats_view.verticalHeader().hide()
        self.stats_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.stats_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.filter_labels = [QLabel(self) for _ in range(3)]
        filters = QHBoxLayout()
        for name, widget in zip(
            self.filter_labels, (self.status_filter, self.category_filter, self.area), strict=True
        ):
            filters.addWidget(name)
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.next_button,
            self.move_button,
            self.delete_button,
            self.open_network_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.limit_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.stats_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._connect_signals()
        self.set_session(session)

    def retranslate(self) -> None:
        for name, text in zip(
            self.filter_labels,
            (self.tr("Status"), self.tr("Category"), self.tr("Area")),
            strict=True,
        ):
            name.setText(text)
        set_item_texts(
            self.status_filter,
            [self.tr("Open"), self.tr("All statuses"), *(label(s) for s in OBSTACLE_FLOW)],
        )
        set_item_texts(
            self.category_filter, [self.tr("All categories"), *(label(c) for c in ObstacleCategory)]
        )
        self.area.set_all_text(self.tr("All areas"))
        self.new_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.next_button.setText(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Reported → in progress → removed"))
        self.move_button.setText(self.tr("Set status"))
        for action, status in zip(self.move_menu.actions(), OBSTACLE_FLOW, strict=True):
            action.setText(label(status))
        self.delete_button.setText(self.tr("Delete"))
        self.open_network_button.setText(self.tr("Open network"))
        self.model.retranslate()
        self.stats.retranslate()
        self._show_limit()

    def _show_limit(self) -> None:
        if self._limit is not None:
            text = self.tr("⚠ bold: open longer than %1 days").replace("%1", str(self._limit))
            self.limit_label.setText(text)

    def _connect_signals(self) -> None:
        for combo in (self.status_filter, self.category_filter, self.area):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.new_button.clicked.connect(self.on_new_requested)
        self.edit_button.clicked.connect(self.on_edit_requested)
        self.next_button.clicked.connect(self.on_next_requested)
        self.move_menu.triggered.connect(self.on_move_requested)
        self.delete_button.clicked.connect(self.on_delete_requested)
        self.open_network_button.clicked.connect(self.on_open_network)
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
        self.request_reload()  # ship: a panel behind a tab loads when first shown (start-up)

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("obstacles", "obstacle_networks", "professionals", "areas", "settings"):
            self.request_reload()
        elif changes.touches("networks") and (
            changes.is_whole("networks") or not changes.ids("networks").isdisjoint(self._named())
        ):
            self.request_reload()  # a network named in the register renamed

    def _named(self) -> set[str]:
        """The networks the register's obstacles name."""
        model = self.model
        return {
            nid for row in range(model.rowCount()) for nid in model.obstacle_at(row).network_ids
        }

    def reload(self) -> None:
        selected = self.selected()
        if self.session is None:
            self.model.set_obstacles([], {}, {}, set(), self.today)
            self.stats.set_rows([])
            return
        atlas = self.session.atlas
        self.area.load(atlas)
        obstacles = atlas.obstacles.all()
        limit = analysis.obstacle_limit_days(atlas)
        long_open = analysis.long_open_obstacle_ids(obstacles, self.today, limit)
        self.model.set_obstacles(
            obstacles,
            {nid: name for nid, (name, _) in atlas.networks.names_and_areas().items()},
            {p.id: p.name for p in atlas.professionals.all()},
            long_open,
            self.today,
        )
        self.stats.set_rows(category_stats(obstacles, self.today, limit))
        self._limit = limit
        self._show_limit()
        self.on_filter_changed()
        self.stats_view.setFixedWidth(self.stats_view.horizontalHeader().length() + 24)
        if not self._columns_sized and self.model.rowCount() > 0:
            # Once: later reloads keep the widths the user chose. Sizing reads at
            # most 100 rows (Qt's default of 1000 took seconds on a large atlas).
            self._columns_sized = True
            self.table.resizeColumnsToContents()
            description = ObstacleTableModel.DESCRIPTION
            self.table.setColumnWidth(
                description, min(max(self.table.columnWidth(description), 160), 320)
            )
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def on_filter_changed(self) -> None:
        value = self.category_filter.currentData()
        area_ids = self.area.area_ids()
        networks = None
        if area_ids is not None and self.session is not None:
            networks = {n.id for n in self.session.atlas.networks.in_areas(area_ids)}
        self.proxy.set_filters(
            self.status_filter.currentData(),
            ObstacleCategory(value) if value else None,
            networks,
        )

    # -- selection ----------------------------------------------------------------
    def selected(self) -> Obstacle | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.obstacle_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, obstacle_id: str) -> bool:
        row = self.model.row_of(obstacle_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _update_buttons(self) -> None:
        obstacle = self.selected()
        for button in (
            self.edit_button,
            self.move_button,
            self.delete_button,
            self.open_network_button,
        ):
            button.setEnabled(obstacle is not None)
        self.next_button.setEnabled(
            obstacle is not None and next_obstacle_status(obstacle.status) is not None
        )

    # -- edits ----------------------------------------------------------------------
    def _execute(self, command) -> bool:
        try:
            self.session.execute(command)
        except AtlasError as exc:
            show_error(self, exc)
            return False
        return True

    def set_selected_network(self, network_id: str | None) -> None:
        """The network a new obstacle is for (the one selected in the window, or None)."""
        self.selected_network = network_id

    def on_new_requested(self) -> None:
        selected = self.selected_network
        dialog = ObstacleDialog(
            self.session, self, network_ids=(selected,) if selected else (), today=self.today
        )
        dialog.open()

    def on_edit_requested(self, *_args) -> None:
        obstacle = self.selected()
        if obstacle is not None:
            ObstacleDialog(self.session, self, obstacle=obstacle, today=self.today).open()

    def move_selected(self, status) -> bool:
        """Move the selected obstacle to ``status`` (dates of the step set), undoable."""
        obstacle = self.selected()
        if obstacle is None or status is None or status is obstacle.status:
            return False
        after = move_obstacle(obstacle, status, self.today)
        text = self.tr("Obstacle: %1").replace("%1", label(status))
        ok = self._execute(
            UpdateCommand(self.session, self.session.atlas.obstacles, obstacle, after, text)
        )
        if ok:
            self.select(obstacle.id)
        return ok

    def on_next_requested(self) -> None:
        obstacle = self.selected()
        if obstacle is not None:
            self.move_selected(next_obstacle_status(obstacle.status))

    def on_move_requested(self, action) -> None:
        from desktop_app.domain import ObstacleStatus

        self.move_selected(ObstacleStatus(action.data()))

    def on_open_network(self) -> None:
        """Open the (first) network the selected obstacle blocks."""
        obstacle = self.selected()
        if obstacle is not None and obstacle.network_ids:
            self.network_activated.emit(obstacle.network_ids[0])

    def on_delete_requested(self) -> None:
        obstacle = self.selected()
        if obstacle is not None:
            self._execute(
                DeleteCommand(
                    self.session,
                    self.session.atlas.obstacles,
                    obstacle.id,
                    self.tr("Delete obstacle"),
                )
            )


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    return run_preview(lambda session: ObstacleRegister(session), "Obstacles")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
