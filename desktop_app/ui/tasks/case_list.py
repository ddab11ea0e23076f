"""Item model of one column of the support board: the cases with one status.

Cases can be dragged between columns; a drop asks the board (through
:attr:`CaseListModel.case_dropped`) to move the case, which it does with an
undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop_app.domain import Priority, SupportCase, SupportStatus
from desktop_app.labels import label
from desktop_app.ui.tasks.common import fmt_date

MIME = "application/x-zwermkaart-support-case"
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_PRIORITY_MARK = {Priority.HIGH: "!! ", Priority.NORMAL: "", Priority.LOW: ""}


class CaseListModel(QAbstractListModel):
    """The cases of one status, as cards: network, need, professional, priority."""

    #: (case id, status of this column): a case was dropped here.
    case_dropped = Signal(str, object)

    def __init__(self, status: SupportStatus, parent=None) -> None:
        super().__init__(parent)
        self.status = status
        self._cases: list[SupportCase] = []
        self._networks: dict[str, str] = {}
        self._professionals: dict[str, str] = {}

    def set_cases(
        self, cases: list[SupportCase], networks: dict[str, str], professionals: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self._networks = dict(networks)
        self._professionals = dict(professionals)
        self.endResetModel()

    def case_at(self, row: int) -> SupportCase:
        return self._cases[row]

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self._cases) if c.id == case_id), -1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [
                _PRIORITY_MARK[case.priority] + self._networks.get(case.network_id, "?"),
                label(case.need),
            ]
            if case.professional_id:
                lines.append("→ " + self._professionals.get(case.professional_id, "?"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                label(case.priority),
                fmt_date(case.noticed_on),
                case.description.replace("&", "&amp;").replace("<", "&lt;"),
            ]
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and case.priority is Priority.HIGH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and case.priority is Priority.LOW:
            return QColor("#555555")
        if role == ID_ROLE:
            return case.id
        return None

    # -- drag and drop -------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self._cases[i.row()].id for i in indexes if i.isValid()]
        data.setData(MIME, "\n".join(ids).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        for case_id in bytes(data.data(MIME)).decode().split("\n"):
            if case_id and self.row_of(case_id) < 0:
                self.case_dropped.emit(case_id, self.status)
        # False: the source column must not remove the row itself; the reload does.
        return False
