"""Lists of persons and of areas, with new / edit / delete; each change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels import label
from desktop_app.store import ChangeSet
from desktop_app.ui.window.networks_data import NetworkData

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _ManagerDialog(QDialog):
    def __init__(self, parent: QWidget, session, editor, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.setWindowTitle(title)
        self.model = QStandardItemModel(self)
        self.layout_ = QVBoxLayout(self)
        self.buttons_row = QHBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_box = close
        session.data_changed.connect(self._on_data_changed)
        self.resize(460, 520)

    def add_button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        self.buttons_row.addWidget(button)
        return button

    def finish(self) -> None:
        self.buttons_row.addStretch(1)
        self.layout_.addLayout(self.buttons_row)
        self.layout_.addWidget(self.close_box)
        self.reload()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError


class PersonsDialog(_ManagerDialog):
    def __init__(self, parent: QWidget, session, editor) -> None:
        super().__init__(parent, session, editor, "")
        self.setWindowTitle(self.tr("Persons"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by name"))
        self.search.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.view)
        self.add_button(self.tr("&New person…"), self.editor.new_person)
        self.add_button(self.tr("&Edit…"), self.edit)
        self.add_button(self.tr("&Delete"), self.delete)
        self.finish()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("persons"):
            self.reload()

    def reload(self) -> None:
        self.model.clear()
        for person in self.session.atlas.persons.all():
            item = QStandardItem(person.display_name)
            item.setData(person.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def edit(self) -> None:
        if person_id := self.current_id():
            self.editor.edit_person(person_id)

    def delete(self) -> None:
        if person_id := self.current_id():
            self.editor.delete_person(person_id)


class AreasDialog(_ManagerDialog):
    def __init__(self, parent: QWidget, session, editor, data: NetworkData) -> None:
        self.data = data
        super().__init__(parent, session, editor, "")
        self.setWindowTitle(self.tr("Areas"))
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addWidget(self.view)
        self.add_button(self.tr("&New area…"), self.new)
        self.add_button(self.tr("&Edit…"), self.edit)
        self.add_button(self.tr("&Delete"), self.delete)
        self.finish()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("areas"):
            self.reload()

    def reload(self) -> None:
        tree = self.data.areas
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Area"), self.tr("Level"), self.tr("CBS code")]
        )

        def add(parent: QStandardItem, parent_id) -> None:
            for area in tree.children.get(parent_id, []):
                row = [QStandardItem(area.name), QStandardItem(label(area.level)),
                       QStandardItem(area.cbs_code or "")]  # fmt: skip
                for item in row:
                    item.setEditable(False)
                    item.setData(area.id, ID_ROLE)
                parent.appendRow(row)
                add(row[0], area.id)

        add(self.model.invisibleRootItem(), None)
        self.view.expandAll()
        self.view.resizeColumnToContents(0)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def new(self) -> None:
        self.editor.new_area(parent_id=self.current_id())

    def edit(self) -> None:
        if area_id := self.current_id():
            self.editor.edit_area(area_id)

    def delete(self) -> None:
        if area_id := self.current_id():
            self.editor.delete_area(area_id)
