"""A person's role in a network (a membership): who, which role, since, until."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from desktop_app.domain import Membership, Person
from desktop_app.domain.enums import Role
from desktop_app.labels import label
from desktop_app.ui.window.form import DateField, FormDialog, combo_select_data
from desktop_app.ui.window.pickers import PickerCombo


class MembershipForm(FormDialog):
    """What a membership holds from either side: the role, since and until."""

    original: Membership | None = None

    def add_role_fields(self, form, membership: Membership | None) -> None:
        self.role = self.add_field(form, "role", self.tr("&Role"), QComboBox(self))
        for role in Role:
            self.role.addItem(label(role), role)
        combo_select_data(self.role, membership.role if membership else Role.MEMBER)
        self.since = self.add_field(
            form, "since", self.tr("&Since"), DateField(membership.since if membership else None)
        )
        self.until = self.add_field(
            form, "until", self.tr("&Until"), DateField(membership.until if membership else None)
        )

    def membership(self, *, person_id: str | None, network_id: str | None) -> Membership:
        """The edited membership; a new one between ``person_id`` and ``network_id``."""
        values = dict(
            role=Role(self.role.currentData()), since=self.since.date(), until=self.until.date()
        )
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Membership(person_id=person_id, network_id=network_id, **values)


class MembershipDialog(MembershipForm):
    """Pick a person (or make a new one) and a role; ``network_id`` or ``person_id`` is fixed."""

    def __init__(
        self,
        parent: QWidget,
        persons: dict[str, Person],
        membership: Membership | None,
        *,
        network_id: str | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Person in network"))
        self.original = membership
        self.network_id = membership.network_id if membership else network_id
        self.persons = persons
        self.created_persons: list[Person] = []
        form = self.new_form()
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.person = PickerCombo(holder)
        # Wide enough for a full name ("Fatima el Amrani-Bouzidi"), not just its end.
        self.person.setMinimumContentsLength(28)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_persons(membership.person_id if membership else None)
        row.addWidget(self.person, 1)
        new_person = QPushButton(self.tr("New person…"), holder)
        new_person.clicked.connect(self._new_person)
        row.addWidget(new_person)
        self.new_person_button = new_person
        self.add_field(form, "person", self.tr("&Person"), holder)
        self.watch(self.person)
        self.person.setEnabled(membership is None)
        new_person.setEnabled(membership is None)
        self.add_role_fields(form, membership)
        self.outer.addLayout(form)
        self.finish()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _fill_persons(self, current: str | None) -> None:
        items = sorted(
            ((p.id, p.display_name) for p in self.persons.values()), key=lambda i: i[1].casefold()
        )
        self.person.set_items(items, current)

    def _new_person(self) -> None:
        from desktop_app.ui.window.person_dialog import PersonDialog

        dialog = PersonDialog(self, None)
        if dialog.exec():
            person = dialog.result_person()
            self.created_persons.append(person)
            self.persons[person.id] = person
            self._fill_persons(person.id)
            self.revalidate()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.person.current_id() is None:
            found["person"] = self.tr("Choose a person from the list, or make a new one.")
        found.update(self.period_problems(self.since, self.until))
        return found

    def result(self) -> Membership:
        return self.membership(person_id=self.person.current_id(), network_id=self.network_id)
