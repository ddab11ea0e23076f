"""A person's role in one network, chosen from the person's side (network picker)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.domain import Membership
from desktop_app.ui.window.membership_dialog import MembershipForm
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.pickers import PickerCombo, network_items


class RoleDialog(MembershipForm):
    def __init__(
        self,
        parent: QWidget,
        data: NetworkData,
        membership: Membership | None,
        *,
        person_id: str = "",
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Role in a network"))
        self.original = membership
        self.person_id = membership.person_id if membership else person_id
        form = self.new_form()
        self.network = self.add_field(form, "network", self.tr("&Network"), PickerCombo(self))
        self.network.set_items(
            network_items(data.rows), membership.network_id if membership else None
        )
        self.network.setEnabled(membership is None)
        self.add_role_fields(form, membership)
        self.outer.addLayout(form)
        self.finish()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.network.current_id() is None:
            found["network"] = self.tr("Choose a network from the list.")
        found.update(self.period_problems(self.since, self.until))
        return found

    def result(self) -> Membership:
        return self.membership(person_id=self.person_id, network_id=self.network.current_id())
