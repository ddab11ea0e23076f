"""Item models of the obstacles register: the obstacles, and the figures per category."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.domain import Obstacle, ObstacleCategory, ObstacleStatus
from desktop_app.labels import label
from desktop_app.ui.tasks.common import fmt_date
from desktop_app.ui.tasks.table_model import ListTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LONG_OPEN = "#b35806"

_Index = QModelIndex | QPersistentModelIndex


class ObstacleTableModel(ListTableModel):
    """One row per obstacle. Open longer than the limit: bold, coloured, warning icon."""

    STATUS, CATEGORY, DESCRIPTION, NETWORKS, OWNER, REPORTED, STARTED, CLOSED, DAYS = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Obstacle] = []
        self._network_names: dict[str, str] = {}
        self._owner_names: dict[str, str] = {}
        self._long_open: set[str] = set()
        self._today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Description"),
            self.tr("Networks"),
            self.tr("Owner"),
            self.tr("Reported"),
            self.tr("In progress"),
            self.tr("Closed"),
            self.tr("Days open"),
        )

    def set_obstacles(
        self,
        obstacles: list[Obstacle],
        network_names: dict[str, str],
        owner_names: dict[str, str],
        long_open: set[str],
        today: date,
    ) -> None:
        self.beginResetModel()
        self._rows = list(obstacles)
        self._network_names = dict(network_names)
        self._owner_names = dict(owner_names)
        self._long_open = set(long_open)
        self._today = today
        self.endResetModel()

    def obstacle_at(self, row: int) -> Obstacle:
        return self._rows[row]

    def row_of(self, obstacle_id: str) -> int:
        for row, obstacle in enumerate(self._rows):
            if obstacle.id == obstacle_id:
                return row
        return -1

    def is_long_open(self, row: int) -> bool:
        return self._rows[row].id in self._long_open

    def days_open(self, obstacle: Obstacle) -> int | None:
        if obstacle.reported_on is None:
            return None
        end = self._today if obstacle.status.is_open else (obstacle.closed_on or self._today)
        return (end - obstacle.reported_on).days

    def _length(self) -> int:
        return len(self._rows)

    def _display(self, obstacle: Obstacle, column: int):
        if column == self.STATUS:
            return label(obstacle.status)
        if column == self.CATEGORY:
            return label(obstacle.category)
        if column == self.DESCRIPTION:
            return obstacle.description.splitlines()[0] if obstacle.description else ""
        if column == self.NETWORKS:
            return ", ".join(sorted(self._network_names.get(i, "?") for i in obstacle.network_ids))
        if column == self.OWNER:
            names = [self._owner_names.get(obstacle.owner_professional_id or "", "")]
            names.append(obstacle.owner_department)
            return " / ".join(n for n in names if n)
        if column == self.REPORTED:
            return fmt_date(obstacle.reported_on)
        if column == self.STARTED:
            return fmt_date(obstacle.started_on)
        if column == self.CLOSED:
            return fmt_date(obstacle.closed_on)
        if column == self.DAYS:
            days = self.days_open(obstacle)
            return "" if days is None else str(days)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        obstacle = self._rows[index.row()]
        column = index.column()
        long_open = obstacle.id in self._long_open
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(obstacle, column)
        if role == SORT_ROLE:
            if column == self.STATUS:
                return list(ObstacleStatus).index(obstacle.status)
            if column in (self.REPORTED, self.STARTED, self.CLOSED):
                day = (obstacle.reported_on, obstacle.started_on, obstacle.closed_on)[
                    column - self.REPORTED
                ]
                return day.isoformat() if day else ""
            if column == self.DAYS:
                days = self.days_open(obstacle)
                return -1 if days is None else days
            return str(self._display(obstacle, column)).casefold()
        if role == ID_ROLE:
            return obstacle.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DESCRIPTION:
            return obstacle.description.replace("&", "&amp;").replace("<", "&lt;")
        if long_open:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(LONG_OPEN)
            if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS:
                return self.tr("Open longer than the limit")
        return None


class ObstacleFilter(QSortFilterProxyModel):
    """Filters by status ("open", one status or all), category and area (any network in it)."""

    OPEN = "open"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._status: str | None = self.OPEN
        self._category: ObstacleCategory | None = None
        self._networks_in_area: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        status: str | None,
        category: ObstacleCategory | None,
        networks_in_area: set[str] | None,
    ) -> None:
        self.beginFilterChange()
        self._status = status
        self._category = category
        self._networks_in_area = networks_in_area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ObstacleTableModel):
            return True
        obstacle = model.obstacle_at(source_row)
        if self._status == self.OPEN and not obstacle.status.is_open:
            return False
        if self._status not in (None, self.OPEN) and obstacle.status.value != self._status:
            return False
        if self._category is not None and obstacle.category is not self._category:
            return False
        return self._networks_in_area is None or bool(
            self._networks_in_area.intersection(obstacle.network_ids)
        )


class CategoryStatsModel(ListTableModel):
    """Per category: open, open too long, and the median days to removal (from analysis)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Category"),
            self.tr("Open"),
            self.tr("Too long"),
            self.tr("Median days"),
        )

    def set_rows(self, rows: list) -> None:
        """``rows``: :class:`desktop_app.analysis.obstacles.CategoryStats`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _length(self) -> int:
        return len(self._rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return self.tr("Open longer than the limit")
        if role == Qt.ItemDataRole.ToolTipRole and section == 3:
            return self.tr("Median number of days from report to removal")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return label(row.category)
            if column == 1:
                return str(row.open)
            if column == 2:
                return str(row.overdue)
            median = row.median_days_to_removal
            return "–" if median is None else f"{median:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 2 and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None
