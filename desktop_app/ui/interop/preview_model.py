"""The preview of an import as a table: each row as it will be stored, with its problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.interop.validation import ADD, ERROR, SKIP, UPDATE, Preview

_ACTION_COLOURS = {ERROR: "#fde0dd", SKIP: "#f0f0f0", UPDATE: "#fff7bc", ADD: "#ffffff"}
#: Rows with a problem shown after the first rows (so every error is findable).
MAX_PROBLEM_ROWS = 2000


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class ImportPreviewModel(QAbstractTableModel):
    """Rows: the first rows of the file and every row with a problem."""

    def __init__(self, preview: Preview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        shown = set(preview.shown)
        problems = [i for i in sorted(preview.row_problems) if i not in shown]
        self.rows = sorted(shown) + problems[:MAX_PROBLEM_ROWS]
        spec = preview.target
        self.fields = [f.name for f in spec.fields if f.name in set(preview.mapping.values())]
        self.labels = [_capital(str(spec.field(name).label)) for name in self.fields]

    def _headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Action"), self.tr("Problems"), *self.labels]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def _action_text(self, action: str) -> str:
        return {
            ADD: self.tr("add"),
            UPDATE: self.tr("update"),
            SKIP: self.tr("skip"),
            ERROR: self.tr("error"),
        }[action]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        action = self.preview.actions[row]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_ACTION_COLOURS[action]))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(self.preview.table.row_numbers[row])
        if column == 1:
            return self._action_text(action)
        if column == 2:
            texts = [str(p.text) for p in self.preview.problems_of(row)]
            return ("\n" if role == Qt.ItemDataRole.ToolTipRole else " · ").join(texts)
        values = self.preview.display(row)
        if not values:  # a row after the first ones: show what the file says
            cells = self.preview.table.rows[row]
            by_field = {name: i for i, name in self.preview.mapping.items()}
            i = by_field.get(self.fields[column - 3])
            value = cells[i] if i is not None and i < len(cells) else None
            return "" if value is None else str(value)
        return values.get(self.fields[column - 3], "")
