"""The shared part of the task panels' flat table models."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ListTableModel(QAbstractTableModel):
    """A table over a Python list: row and column counts and the column headers.

    Subclasses give ``headers()`` (the translated titles, read each time they are
    shown, so they follow a language switch) and ``_length()``.
    """

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _length(self) -> int:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Tell the views that the column titles changed (after a language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._length()

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.columnCount()
        ):
            return self.headers()[section]
        return None
