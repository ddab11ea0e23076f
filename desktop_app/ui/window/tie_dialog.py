"""A tie between two networks: with whom, what kind, how strong, since, until."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain import Tie
from desktop_app.domain.enums import TieKind
from desktop_app.labels import label
from desktop_app.ui.window.form import DateField, FormDialog, combo_select_data
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.pickers import PickerCombo, network_items


def strength_text(strength: int) -> str:
    return {
        1: QCoreApplication.translate("TieDialog", "weak"),
        2: QCoreApplication.translate("TieDialog", "normal"),
        3: QCoreApplication.translate("TieDialog", "strong"),
    }.get(strength, str(strength))


class TieDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget,
        data: NetworkData,
        tie: Tie | None,
        *,
        source_id: str | None = None,
        source_name: str | None = None,
    ) -> None:
        """``source_name``: the name of a network that is being made (not in the atlas yet)."""
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Tie between networks"))
        self.original = tie
        form = self.new_form()
        items = network_items(data.rows)
        source = tie.source_id if tie else source_id
        known = {item_id for item_id, _text in items}
        if source is not None and source not in known:  # a new network, not saved yet
            name = (source_name or "").strip() or self.tr("(the new network)")
            source_items = [(source, name), *items]
        else:
            source_items = items
        target = tie.target_id if tie else None
        if target is not None and target not in known:
            name = (source_name or "").strip() or self.tr("(the new network)")
            items = [(target, name), *items]
        self.source = self.add_field(form, "source", self.tr("&From"), PickerCombo(self))
        self.source.set_items(source_items, source)
        self.source.setEnabled(tie is None and source_id is None)
        self.target = self.add_field(form, "target", self.tr("&To"), PickerCombo(self))
        self.target.set_items([i for i in items if i[0] != source or tie is not None], target)
        self.kind = self.add_field(form, "kind", self.tr("&Kind"), QComboBox(self))
        for kind in TieKind:
            self.kind.addItem(label(kind), kind)
        combo_select_data(self.kind, tie.kind if tie else TieKind.COOPERATION)
        self.strength = self.add_field(form, "strength", self.tr("St&rength"), QComboBox(self))
        for value in (1, 2, 3):
            self.strength.addItem(strength_text(value), value)
        combo_select_data(self.strength, tie.strength if tie else 2)
        self.since = self.add_field(
            form, "since", self.tr("&Since"), DateField(tie.since if tie else None)
        )
        self.until = self.add_field(
            form, "until", self.tr("&Until"), DateField(tie.until if tie else None)
        )
        self.outer.addLayout(form)
        self.finish()
        self.resize(460, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        source, target = self.source.current_id(), self.target.current_id()
        if source is None:
            found["source"] = self.tr("Choose a network from the list.")
        if target is None:
            found["target"] = self.tr("Choose a network from the list.")
        elif target == source:
            found["target"] = self.tr("A network cannot have a tie with itself.")
        found.update(self.period_problems(self.since, self.until))
        return found

    def result(self) -> Tie:
        values = dict(
            source_id=self.source.current_id(),
            target_id=self.target.current_id(),
            kind=TieKind(self.kind.currentData()),
            strength=self.strength.currentData(),
            since=self.since.date(),
            until=self.until.date(),
        )
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Tie(**values)
