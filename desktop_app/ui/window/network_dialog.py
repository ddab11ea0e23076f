"""A network's profile: its fields, its people (memberships), ties and notes, in one dialog.

Nothing is saved until OK; then the editor turns the differences into one
undoable command. Other parts add tabs (the timeline) through ``profile_tabs``:
factories ``(session, network_id, parent) -> (widget, title)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Membership, Network, Note, Person, Tie
from desktop_app.domain.enums import NetworkKind, NetworkStatus, SubjectType
from desktop_app.labels import label
from desktop_app.ui.window.form import DateField, FormDialog, combo_select_data, name_problem
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.pickers import PickerCombo
from desktop_app.ui.window.widgets import format_date, rows_table, set_rows, split_list

UNKNOWN_SIZE = -1


class NetworkDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget,
        session,
        data: NetworkData,
        network: Network | None,
        *,
        profile_tabs: Sequence[Callable] = (),
        area_id: str | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.data = data
        self._new_area_id = area_id
        atlas = session.atlas
        self._actor = atlas.actor
        self.original = network
        is_new = network is None
        self.setWindowTitle(
            self.tr("New network") if is_new else self.tr("Network: %1").replace("%1", network.name)
        )
        self.memberships: list[Membership] = (
            [] if is_new else atlas.memberships.of_network(network.id)
        )
        self.ties: list[Tie] = [] if is_new else atlas.ties.of_network(network.id)
        self.notes: list[Note] = (
            [] if is_new else atlas.notes.about(SubjectType.NETWORK, network.id)
        )
        self.new_persons: list[Person] = []
        self._persons = {p.id: p for p in atlas.persons.all()}
        self.network_id = network.id if network else Network(name="-").id

        self.tabs = QTabWidget(self)
        self.outer.addWidget(self.tabs)
        self._build_profile_tab(network)
        self._build_people_tab()
        self._build_ties_tab()
        self._build_notes_tab()
        if not is_new:
            for factory in profile_tabs:
                widget, tab_title = factory(session, network.id, self.tabs)
                self.tabs.addTab(widget, tab_title)
        self.finish()
        self.resize(620, 560)
        self.name.setFocus()

    # -- profile -----------------------------------------------------------------------
    def _build_profile_tab(self, n: Network | None) -> None:
        page = QWidget(self.tabs)
        form = self.new_form(page)
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit(page))
        self.name.setMaxLength(200)
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), QComboBox(page))
        for kind in NetworkKind:
            self.kind.addItem(label(kind), kind)
        self.area = self.add_field(
            form, "area", self.tr("&Area"), PickerCombo(page, none_text=self.tr("(no area)"))
        )
        tree = self.data.areas
        self.area.set_items(
            sorted(((a.id, tree.path(a.id)) for a in tree.areas.values()), key=lambda i: i[1])
        )
        self.status = self.add_field(form, "status", self.tr("&Status"), QComboBox(page))
        for status in NetworkStatus:
            self.status.addItem(label(status), status)
        self.status_since = self.add_field(
            form, "status_since", self.tr("Status &since"), DateField(None, page)
        )
        self.size = self.add_field(form, "size", self.tr("Si&ze (people)"), QSpinBox(page))
        self.size.setRange(UNKNOWN_SIZE, 1_000_000)
        self.size.setSpecialValueText(self.tr("unknown"))
        self.themes = self.add_field(form, "themes", self.tr("&Themes"), QLineEdit(page))
        self.themes.setPlaceholderText(self.tr("separated by commas, e.g. greenery, elderly"))
        self.channels = self.add_field(form, "channels", self.tr("&Channels"), QLineEdit(page))
        self.channels.setPlaceholderText(self.tr("e.g. WhatsApp, newsletter"))
        self.meeting_place = self.add_field(
            form, "meeting_place", self.tr("&Meets at"), QLineEdit(page)
        )
        self.founded = self.add_field(form, "founded", self.tr("&Founded"), DateField(None, page))
        self.description = self.add_field(
            form, "description", self.tr("&Description"), QPlainTextEdit(page)
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)
        if n is not None:
            self.name.setText(n.name)
            combo_select_data(self.kind, n.kind)
            self.area.select_id(n.area_id)
            combo_select_data(self.status, n.status)
            self.status_since.set_date(n.status_since)
            self.size.setValue(UNKNOWN_SIZE if n.size_estimate is None else n.size_estimate)
            self.themes.setText(", ".join(n.themes))
            self.channels.setText(", ".join(n.channels))
            self.meeting_place.setText(n.meeting_place)
            self.founded.set_date(n.founded)
            self.description.setPlainText(n.description)
        else:
            combo_select_data(self.kind, NetworkKind.RESIDENTS_INITIATIVE)
            self.size.setValue(UNKNOWN_SIZE)
            self.area.select_id(self._new_area_id)
        self.tabs.addTab(page, self.tr("Profile"))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if problem := name_problem(self.name.text()):
            found["name"] = problem
        if not self.area.has_match():
            found["area"] = self.tr("Choose an area from the list.")
        for key, field in (("founded", self.founded), ("status_since", self.status_since)):
            if problem := self.date_problem(field):
                found[key] = problem
        if "founded" not in found and (self.founded.date() or date.min) > date.today():
            found["founded"] = self.tr("The founding date lies in the future.")
        return found

    def result_network(self) -> Network:
        base = self.original or Network(name="-", id=self.network_id)
        status = NetworkStatus(self.status.currentData())
        since = self.status_since.date()
        if self.original is not None and status != self.original.status and since is None:
            since = date.today()
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            kind=NetworkKind(self.kind.currentData()),
            area_id=self.area.current_id(),
            status=status,
            status_since=since,
            size_estimate=None if self.size.value() == UNKNOWN_SIZE else self.size.value(),
            themes=split_list(self.themes.text()),
            channels=split_list(self.channels.text()),
            meeting_place=self.meeting_place.text().strip(),
            founded=self.founded.date(),
            description=self.description.toPlainText().strip(),
        )

    # -- people ------------------------------------------------------------------------
    def _build_people_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.people_table = rows_table(
            page, [self.tr("Person"), self.tr("Role"), self.tr("Since"), self.tr("Until")]
        )
        self.people_table.doubleClicked.connect(lambda _i: self._edit_membership())
        layout.addWidget(self.people_table)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add person…"), self._add_membership),
            (self.tr("Change &role…"), self._edit_membership),
            (self.tr("Re&move from network"), self._remove_membership),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("People"))
        self._show_people()

    def person_name(self, person_id: str) -> str:
        person = self._persons.get(person_id)
        return person.display_name if person else "?"

    def _show_people(self) -> None:
        set_rows(
            self.people_table,
            [
                [
                    self.person_name(m.person_id),
                    label(m.role),
                    format_date(m.since),
                    format_date(m.until),
                ]
                for m in self.memberships
            ],
        )

    def _add_membership(self) -> None:
        from desktop_app.ui.window.membership_dialog import MembershipDialog

        dialog = MembershipDialog(self, self._persons, None, network_id=self.network_id)
        if dialog.exec():
            for person in dialog.created_persons:
                self._persons[person.id] = person
                self.new_persons.append(person)
            self.memberships.append(dialog.result())
            self._show_people()

    def _edit_membership(self) -> None:
        row = self.people_table.currentRow()
        if not 0 <= row < len(self.memberships):
            return
        from desktop_app.ui.window.membership_dialog import MembershipDialog

        dialog = MembershipDialog(self, self._persons, self.memberships[row])
        if dialog.exec():
            self.memberships[row] = dialog.result()
            self._show_people()

    def _remove_membership(self) -> None:
        row = self.people_table.currentRow()
        if 0 <= row < len(self.memberships):
            del self.memberships[row]
            self._show_people()

    # -- ties --------------------------------------------------------------------------
    def _build_ties_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.ties_table = rows_table(
            page,
            [
                self.tr("With"),
                self.tr("Kind"),
                self.tr("Strength"),
                self.tr("Since"),
                self.tr("Until"),
            ],
        )
        self.ties_table.doubleClicked.connect(lambda _i: self._edit_tie())
        layout.addWidget(self.ties_table)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add &tie…"), self._add_tie),
            (self.tr("Ch&ange tie…"), self._edit_tie),
            (self.tr("Remove t&ie"), self._remove_tie),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Ties"))
        self._show_ties()

    def _other_name(self, tie: Tie) -> str:
        other = tie.target_id if tie.source_id == self.network_id else tie.source_id
        row = self.data.by_id.get(other)
        if row is None and other == self.network_id:
            return self.name.text()
        return row.name if row else "?"

    def _show_ties(self) -> None:
        from desktop_app.ui.window.tie_dialog import strength_text

        set_rows(
            self.ties_table,
            [
                [
                    self._other_name(t),
                    label(t.kind),
                    strength_text(t.strength),
                    format_date(t.since),
                    format_date(t.until),
                ]
                for t in self.ties
            ],
        )

    def _add_tie(self) -> None:
        from desktop_app.ui.window.tie_dialog import TieDialog

        dialog = TieDialog(
            self, self.data, None, source_id=self.network_id, source_name=self.name.text()
        )
        if dialog.exec():
            self.ties.append(dialog.result())
            self._show_ties()

    def _edit_tie(self) -> None:
        row = self.ties_table.currentRow()
        if not 0 <= row < len(self.ties):
            return
        from desktop_app.ui.window.tie_dialog import TieDialog

        dialog = TieDialog(self, self.data, self.ties[row], source_name=self.name.text())
        if dialog.exec():
            self.ties[row] = dialog.result()
            self._show_ties()

    def _remove_tie(self) -> None:
        row = self.ties_table.currentRow()
        if 0 <= row < len(self.ties):
            del self.ties[row]
            self._show_ties()

    # -- notes -------------------------------------------------------------------------
    def _build_notes_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.notes_table = rows_table(page, [self.tr("Date"), self.tr("By"), self.tr("Note")])
        header = self.notes_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.notes_table.setWordWrap(True)
        layout.addWidget(self.notes_table)
        self.note_text = QPlainTextEdit(page)
        self.note_text.setPlaceholderText(self.tr("A new note…"))
        self.note_text.setMaximumHeight(70)
        self.note_text.setTabChangesFocus(True)
        layout.addWidget(self.note_text)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add &note"), page)
        add.clicked.connect(self._add_note)
        remove = QPushButton(self.tr("Remove note"), page)
        remove.clicked.connect(self._remove_note)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Notes"))
        self._show_notes()

    def _show_notes(self) -> None:
        set_rows(self.notes_table, [[format_date(n.date), n.author, n.text] for n in self.notes])
        self.notes_table.resizeRowsToContents()

    def _add_note(self) -> None:
        text = self.note_text.toPlainText().strip()
        if not text:
            return
        self.notes.append(
            Note(
                subject_type=SubjectType.NETWORK,
                subject_id=self.network_id,
                text=text,
                date=date.today(),
                author=self._actor,
            )
        )
        self.note_text.clear()
        self._show_notes()

    def _remove_note(self) -> None:
        row = self.notes_table.currentRow()
        if 0 <= row < len(self.notes):
            del self.notes[row]
            self._show_notes()

    def accept(self) -> None:
        # A note typed but not added yet is part of what the user meant to save.
        if self.note_text.toPlainText().strip():
            self._add_note()
        super().accept()


__all__ = ["NetworkDialog", "Qt"]
