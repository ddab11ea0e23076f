"""Small input widgets used by the task dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Network
from desktop_app.ui.tasks.common import DATE_FORMAT, from_qdate, to_qdate


class OptionalDateEdit(QWidget):
    """A date that may be empty: a check box turns it on, then a dd-MM-yyyy date edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(to_qdate(date.today()))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.blockSignals(True)
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))
        self.blockSignals(False)


class NetworkChecklist(QWidget):
    """Tick one or more networks; a filter line narrows the list (any part of the name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._on_filter)

    def set_networks(self, networks: list[Network], checked: tuple[str, ...] | set[str]) -> None:
        self.list.clear()
        chosen = set(checked)
        for network in sorted(networks, key=lambda n: (n.id not in chosen, n.name.casefold())):
            item = QListWidgetItem(network.name)
            item.setData(Qt.ItemDataRole.UserRole, network.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if network.id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, network_id: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == network_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
