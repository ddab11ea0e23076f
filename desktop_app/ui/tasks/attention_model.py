"""Item model of the 'where to look today' list: network, reason, days."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.analysis.alerts import RULE_TITLE, Attention, Severity
from desktop_app.ui.tasks.table_model import ListTableModel

NETWORK_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class AttentionModel(ListTableModel):
    """One row per reason to look at a network (from ``analysis.alerts``), most urgent first."""

    NETWORK, RULE, REASON = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Attention] = []
        self._names: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Network"), self.tr("What"), self.tr("Why"))

    def set_items(self, items: list[Attention], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._names = dict(names)
        self.endResetModel()

    def item_at(self, row: int) -> Attention:
        return self._items[row]

    def _length(self) -> int:
        return len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NETWORK:
                return self._names.get(item.network_id, "?")
            if column == self.RULE:
                return str(RULE_TITLE[item.rule])
            return str(item.reason)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return str(item.reason).replace("&", "&amp;").replace("<", "&lt;")
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if item.severity is Severity.HIGH
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.FontRole and item.severity is Severity.HIGH:
            font = QFont()
            font.setBold(True)
            return font
        if role == NETWORK_ROLE:
            return item.network_id
        return None
