"""Item model of signals (for the inbox and a network's signal list), and its filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.domain import Dimension, Signal
from desktop_app.labels import label
from desktop_app.ui.tasks.common import VALENCE_COLOURS, fmt_date, valence_text
from desktop_app.ui.tasks.table_model import ListTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SIGNAL_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class SignalTableModel(ListTableModel):
    """Rows of signals with their network's name; shows only, never edits."""

    DATE, NETWORK, DIMENSION, VALENCE, NOTE, SOURCE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._signals: list[Signal] = []
        self._sort_column = -1
        self._descending = False
        self._names: dict[str, str] = {}
        self._areas: dict[str, str | None] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Network"),
            self.tr("Dimension"),
            self.tr("Valence"),
            self.tr("Note"),
            self.tr("Source"),
        )

    def set_signals(
        self, signals: list[Signal], names: dict[str, str], areas: dict[str, str | None]
    ) -> None:
        self.beginResetModel()
        self._signals = list(signals)
        self._names = dict(names)
        self._areas = dict(areas)
        if self._sort_column >= 0:
            self._signals.sort(key=self._sort_key(self._sort_column), reverse=self._descending)
        self.endResetModel()

    def set_names(self, names: dict[str, str], areas: dict[str, str | None]) -> None:
        """New network names (and areas) for the same signals."""
        self.set_signals(self._signals, names, areas)

    def update_names(self, names: dict[str, str], areas: dict[str, str | None]) -> None:
        """Some networks renamed (or moved): their rows change, the rest stays."""
        self._names.update(names)
        self._areas.update(areas)
        rows = [i for i, s in enumerate(self._signals) if s.network_id in names]
        last = self.columnCount() - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # Sorting here, in one Python sort, instead of in a proxy: a proxy sorts through
    # data() calls, which took seconds for the ~10,000 signals of a demo atlas.
    def _sort_key(self, column: int):
        if column == self.DATE:
            return lambda s: (s.date, s.created_at or s.date)
        if column == self.VALENCE:
            return lambda s: s.valence
        if column == self.NETWORK:
            return lambda s: self._names.get(s.network_id, "").casefold()
        if column == self.DIMENSION:
            return lambda s: label(s.dimension).casefold()
        if column == self.NOTE:
            return lambda s: s.note.casefold()
        return lambda s: s.source.casefold()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._signals[i.row()].id if i.isValid() else None for i in persistent]
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._signals.sort(key=self._sort_key(column), reverse=self._descending)
        rows = {s.id: row for row, s in enumerate(self._signals)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[id_], old.column()) if id_ is not None else old
                for old, id_ in zip(persistent, ids, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def signal_at(self, row: int) -> Signal:
        return self._signals[row]

    def area_of(self, row: int) -> str | None:
        return self._areas.get(self._signals[row].network_id)

    def _length(self) -> int:
        return len(self._signals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._signals):
            return None
        signal = self._signals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return fmt_date(signal.date)
            if column == self.NETWORK:
                return self._names.get(signal.network_id, "")
            if column == self.DIMENSION:
                return label(signal.dimension)
            if column == self.VALENCE:
                return valence_text(signal.valence)
            if column == self.NOTE:
                return signal.note
            if column == self.SOURCE:
                return signal.source
        elif role == SORT_ROLE:
            if column == self.DATE:
                return signal.date.isoformat()
            if column == self.VALENCE:
                return signal.valence
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        elif role == Qt.ItemDataRole.DecorationRole and column == self.VALENCE:
            return QColor(VALENCE_COLOURS[signal.valence])
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and signal.note:
            # Plain text: a tooltip starting with "<" would otherwise be read as HTML.
            return signal.note.replace("&", "&amp;").replace("<", "&lt;")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == SIGNAL_ROLE:
            return signal.id
        return None


class SignalFilter(QSortFilterProxyModel):
    """Keeps the signals of networks in some areas and of one dimension.

    Sorting is passed on to :class:`SignalTableModel` (see its ``sort``); the
    filter keeps the source order.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._area_ids: set[str] | None = None
        self._dimension: Dimension | None = None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_area_ids(self, area_ids: set[str] | None) -> None:
        self.beginFilterChange()
        self._area_ids = area_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_dimension(self, dimension: Dimension | None) -> None:
        self.beginFilterChange()
        self._dimension = dimension
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SignalTableModel):
            return True
        if self._dimension is not None and model.signal_at(source_row).dimension != self._dimension:
            return False
        return self._area_ids is None or model.area_of(source_row) in self._area_ids
