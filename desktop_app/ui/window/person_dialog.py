"""A person: name, contact, the AVG bookkeeping, and (from the persons list) roles per network."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Membership, Person
from desktop_app.domain.enums import LegalBasis
from desktop_app.labels import label
from desktop_app.ui.window.form import DateField, FormDialog, combo_select_data, name_problem
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.widgets import format_date, rows_table, set_rows


class PersonDialog(FormDialog):
    """With ``session`` and ``data`` it also edits the person's roles (memberships) per network."""

    def __init__(
        self,
        parent: QWidget,
        person: Person | None,
        *,
        session=None,
        data: NetworkData | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Person"))
        self.original = person
        self.data = data
        self.person_id = person.id if person else Person(display_name="-").id
        self.tabs = QTabWidget(self)
        page = QWidget(self.tabs)
        form = self.new_form(page)
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit(page))
        self.name.setMaxLength(200)
        self.contact = self.add_field(form, "contact", self.tr("&Contact"), QLineEdit(page))
        self.contact.setPlaceholderText(self.tr("one line: phone or e-mail"))
        self.legal_basis = self.add_field(
            form, "legal_basis", self.tr("&Legal basis"), QComboBox(page)
        )
        for basis in LegalBasis:
            self.legal_basis.addItem(label(basis), basis)
        self.source = self.add_field(
            form, "source", self.tr("S&ource of the data"), QLineEdit(page)
        )
        self.informed_on = self.add_field(
            form, "informed_on", self.tr("&Informed on"), DateField(None, page)
        )
        self.retention_until = self.add_field(
            form, "retention_until", self.tr("&Keep until"), DateField(None, page)
        )
        if person is not None:
            self.name.setText(person.display_name)
            self.contact.setText(person.contact)
            combo_select_data(self.legal_basis, person.legal_basis)
            self.source.setText(person.source)
            self.informed_on.set_date(person.informed_on)
            self.retention_until.set_date(person.retention_until)
        self.tabs.addTab(page, self.tr("Person"))
        self.memberships: list[Membership] = []
        if session is not None and data is not None:
            if person is not None:
                self.memberships = session.atlas.memberships.of_person(person.id)
            self._build_roles_tab()
        else:
            self.tabs.tabBar().hide()
        self.outer.addWidget(self.tabs)
        self.finish()
        self.resize(520, self.sizeHint().height())
        self.name.setFocus()

    def _build_roles_tab(self) -> None:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.roles_table = rows_table(
            page, [self.tr("Network"), self.tr("Role"), self.tr("Since"), self.tr("Until")]
        )
        self.roles_table.doubleClicked.connect(lambda _i: self._edit_role())
        layout.addWidget(self.roles_table)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add to network…"), self._add_role),
            (self.tr("Change &role…"), self._edit_role),
            (self.tr("Re&move from network"), self._remove_role),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Roles in networks"))
        self._show_roles()

    def _show_roles(self) -> None:
        by_id = self.data.by_id
        set_rows(
            self.roles_table,
            [
                [
                    by_id[m.network_id].name if m.network_id in by_id else "?",
                    label(m.role),
                    format_date(m.since),
                    format_date(m.until),
                ]
                for m in self.memberships
            ],
        )

    def _add_role(self) -> None:
        from desktop_app.ui.window.role_dialog import RoleDialog

        dialog = RoleDialog(self, self.data, None, person_id=self.person_id)
        if dialog.exec():
            self.memberships.append(dialog.result())
            self._show_roles()

    def _edit_role(self) -> None:
        row = self.roles_table.currentRow()
        if not 0 <= row < len(self.memberships):
            return
        from desktop_app.ui.window.role_dialog import RoleDialog

        dialog = RoleDialog(self, self.data, self.memberships[row])
        if dialog.exec():
            self.memberships[row] = dialog.result()
            self._show_roles()

    def _remove_role(self) -> None:
        row = self.roles_table.currentRow()
        if 0 <= row < len(self.memberships):
            del self.memberships[row]
            self._show_roles()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if problem := name_problem(self.name.text()):
            found["name"] = problem
        for key, field in (
            ("informed_on", self.informed_on),
            ("retention_until", self.retention_until),
        ):
            if problem := self.date_problem(field):
                found[key] = problem
        if not found.keys() & {"informed_on", "retention_until"}:
            informed, keep = self.informed_on.date(), self.retention_until.date()
            if informed and keep and keep < informed:
                found["retention_until"] = self.tr("Keep-until lies before the informed date.")
        return found

    def result_person(self) -> Person:
        base = self.original or Person(display_name="-", id=self.person_id)
        return dataclasses.replace(
            base,
            display_name=self.name.text().strip(),
            contact=self.contact.text().strip(),
            legal_basis=LegalBasis(self.legal_basis.currentData()),
            source=self.source.text().strip(),
            informed_on=self.informed_on.date(),
            retention_until=self.retention_until.date(),
        )
