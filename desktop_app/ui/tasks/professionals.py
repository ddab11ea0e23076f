"""Professionals of the atlas (task 3): a list with new / edit / delete, each undoable.

A professional has a name, an organisation, contact details, expertise tags
(matched against a support case's need) and the areas they serve. Every change
is one command on the atlas's undo stack; the manager's Undo button (and
Ctrl+Z in it) takes the last change back.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Professional
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.ui.commands import AddCommand, DeleteCommand, UpdateCommand
from desktop_app.ui.window.form import FormDialog, name_problem
from desktop_app.ui.window.network_rows import AreaTree
from desktop_app.ui.window.widgets import plain_message, plain_question, plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def split_tags(text: str) -> tuple[str, ...]:
    """ "subsidie, Ruimte ,, subsidie" -> ("subsidie", "Ruimte"): trimmed, no repeats."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma from the atlas's known tags."""

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text()
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


class ProfessionalDialog(FormDialog):
    """One professional's fields; :meth:`result` gives the edited professional."""

    def __init__(
        self,
        parent: QWidget | None,
        tree: AreaTree,
        professional: Professional | None,
        known_tags: list[str],
    ) -> None:
        super().__init__(parent, "")
        self.original = professional
        self.setWindowTitle(
            self.tr("New professional") if professional is None else self.tr("Professional")
        )
        form = self.new_form()
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit(self))
        self.name.setMaxLength(200)
        self.organisation = self.add_field(
            form, "organisation", self.tr("&Organisation"), QLineEdit(self)
        )
        self.organisation.setPlaceholderText(self.tr("e.g. Welzijn Oost"))
        self.contact = self.add_field(form, "contact", self.tr("&Contact"), QLineEdit(self))
        self.contact.setPlaceholderText(self.tr("e-mail address or telephone number"))
        self.expertise = self.add_field(form, "expertise", self.tr("E&xpertise"), QLineEdit(self))
        self.expertise.setPlaceholderText(
            self.tr("tags separated by commas, e.g. subsidie, ruimte")
        )
        completer = _TagCompleter(sorted(set(known_tags), key=str.casefold), self.expertise)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.expertise.setCompleter(completer)
        self.areas = QListWidget(self)
        self.areas.setObjectName("areas_served")
        items = sorted(
            ((a.id, tree.path(a.id)) for a in tree.areas.values()), key=lambda i: i[1].casefold()
        )
        served = set(professional.area_ids) if professional else set()
        for area_id, path in items:
            item = QListWidgetItem(path, self.areas)
            item.setData(ID_ROLE, area_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if area_id in served else Qt.CheckState.Unchecked
            )
        if not items:
            self.areas.addItem(self.tr("(no areas in this atlas yet)"))
            self.areas.setEnabled(False)
        self.add_field(form, "areas", self.tr("&Areas served"), self.areas)
        if professional is not None:
            self.name.setText(professional.name)
            self.organisation.setText(professional.organisation)
            self.contact.setText(professional.contact)
            self.expertise.setText(", ".join(professional.expertise))
        self.outer.addLayout(form)
        self.finish()
        self.resize(520, 480)
        self.name.setFocus()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if problem := name_problem(self.name.text()):
            found["name"] = problem
        return found

    def served(self) -> tuple[str, ...]:
        ids = []
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(ID_ROLE):
                ids.append(item.data(ID_ROLE))
        return tuple(sorted(ids))

    def result(self) -> Professional:
        values = dict(
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            contact=self.contact.text().strip(),
            expertise=split_tags(self.expertise.text()),
            area_ids=self.served(),
        )
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Professional(**values)


class ProfessionalsDialog(QDialog):
    """The atlas's professionals: new, edit, delete (undoable), with what they know and where."""

    #: A professional was added (its id), e.g. to pick it in the support case that asked.
    professional_added = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Professionals"))
        self.view = QTreeWidget(self)
        self.view.setObjectName("professionals")
        self.view.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Expertise"),
                self.tr("Areas served"),
            ]
        )
        self.view.setRootIsDecorated(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.itemDoubleClicked.connect(lambda _item, _col: self.edit())
        self.empty = QLabel(
            self.tr(
                "No professionals in this atlas yet. Add the people who can help networks: "
                "what they know (expertise) and where they work (areas served)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.new_button = self._button(self.tr("&New professional…"), self.new)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        self.undo_button = self._button(self.tr("&Undo"), self.undo)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.activated.connect(self.undo)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 460)
        session.data_changed.connect(self.on_data_changed)
        self._listening = True
        self.view.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.session.undo_stack.indexChanged.connect(self.on_undo_index_changed)
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- showing -----------------------------------------------------------------------
    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("professionals", "professional_areas", "areas"):
            self.reload()

    def reload(self, select: str | None = None) -> None:
        select = select or self.current_id()
        tree = AreaTree.build(self.session.atlas.areas.all())
        self.view.clear()
        for pro in self.session.atlas.professionals.all():
            areas = ", ".join(tree.areas[a].name for a in pro.area_ids if a in tree.areas)
            item = QTreeWidgetItem(
                self.view, [pro.name, pro.organisation, ", ".join(pro.expertise), areas]
            )
            item.setData(0, ID_ROLE, pro.id)
            item.setToolTip(0, plain_tooltip(pro.contact))
            if pro.id == select:
                self.view.setCurrentItem(item)
        self.empty.setVisible(self.view.topLevelItemCount() == 0)
        self._update_buttons()

    def on_undo_index_changed(self, _index: int) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        writable = not self.session.atlas.read_only
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(chosen and writable)
        self.delete_button.setEnabled(chosen and writable)
        stack = self.session.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.undo_button.setToolTip(stack.undoText())

    def current_id(self) -> str | None:
        item = self.view.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, professional_id: str) -> None:
        for row in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(row)
            if item.data(0, ID_ROLE) == professional_id:
                self.view.setCurrentItem(item)

    # -- edits -------------------------------------------------------------------------
    def _dialog(self, professional: Professional | None) -> ProfessionalDialog:
        atlas = self.session.atlas
        tags = [t for p in atlas.professionals.all() for t in p.expertise]
        return ProfessionalDialog(self, AreaTree.build(atlas.areas.all()), professional, tags)

    def _save(self, dialog: ProfessionalDialog, command_for) -> bool:
        """Show the dialog until cancelled or saved; a refusal keeps what was typed."""
        try:
            while dialog.exec():
                result = dialog.result()
                try:
                    self.session.execute(command_for(result))
                except AtlasError as exc:
                    plain_message(self, self.tr("Not saved"), str(exc))
                    continue
                self.reload(select=result.id)
                return True
            return False
        finally:
            dialog.deleteLater()

    def new(self) -> str | None:
        dialog = self._dialog(None)
        saved: list[str] = []

        def command(pro: Professional):
            saved.append(pro.id)
            text = self.tr("new professional %1").replace("%1", pro.name)
            return AddCommand(self.session, self.session.atlas.professionals, pro, text)

        if self._save(dialog, command):
            self.professional_added.emit(saved[-1])
            return saved[-1]
        return None

    def edit(self) -> bool:
        professional_id = self.current_id()
        before = self.session.atlas.professionals.find(professional_id) if professional_id else None
        if before is None:
            return False

        def command(after: Professional):
            text = self.tr("changes to %1").replace("%1", after.name)
            return UpdateCommand(
                self.session, self.session.atlas.professionals, before, after, text
            )

        return self._save(self._dialog(before), command)

    def delete(self) -> bool:
        professional_id = self.current_id()
        pro = self.session.atlas.professionals.find(professional_id) if professional_id else None
        if pro is None:
            return False
        answer = plain_question(
            self,
            self.tr("Delete professional"),
            self.tr(
                "Delete the professional “%1”? Support cases and obstacles they had keep "
                "existing without them.\n\nYou can undo this with Undo (Ctrl+Z)."
            ).replace("%1", pro.name),
        )
        if not answer:
            return False
        text = self.tr("deleting %1").replace("%1", pro.name)
        try:
            self.session.execute(
                DeleteCommand(self.session, self.session.atlas.professionals, pro.id, text)
            )
        except AtlasError as exc:
            plain_message(self, self.tr("Not saved"), str(exc))
            return False
        return True

    def undo(self) -> None:
        stack = self.session.undo_stack
        if stack.canUndo():
            stack.undo()

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.session.data_changed.disconnect(self.on_data_changed)
            self.session.undo_stack.indexChanged.disconnect(self.on_undo_index_changed)
        super().done(result)
