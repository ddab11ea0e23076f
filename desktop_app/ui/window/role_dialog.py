"""A person's role in one network, chosen from the person's side (network picker)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain import Membership
from desktop_app.domain.enums import Role
from desktop_app.labels import label
from desktop_app.ui.window.form import DateField, FormDialog, combo_select_data
from desktop_app.ui.window.pickers import PickerCombo, network_items


class RoleDialog(FormDialog):
    def __init__(
        self, window, parent: QWidget, membership: Membership | None, *, person_id: str = ""
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Role in a network"))
        self.original = membership
        self.person_id = membership.person_id if membership else person_id
        form = self.new_form()
        self.network = self.add_field(form, "network", self.tr("&Network"), PickerCombo(self))
        self.network.set_items(network_items(window), membership.network_id if membership else None)
        self.network.setEnabled(membership is None)
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
        self.outer.addLayout(form)
        self.finish()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.network.current_id() is None:
            found["network"] = self.tr("Choose a network from the list.")
        found.update(self.period_problems(self.since, self.until))
        return found

    def result(self) -> Membership:
        values = dict(
            role=Role(self.role.currentData()), since=self.since.date(), until=self.until.date()
        )
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Membership(person_id=self.person_id, network_id=self.network.current_id(), **values)
