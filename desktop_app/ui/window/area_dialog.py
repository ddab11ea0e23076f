"""An area: name, level, parent, CBS code."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop_app.domain import Area
from desktop_app.domain.enums import AreaLevel
from desktop_app.labels import label
from desktop_app.ui.window.form import FormDialog, combo_select_data, name_problem
from desktop_app.ui.window.network_rows import AreaTree
from desktop_app.ui.window.pickers import PickerCombo

_CBS = re.compile(r"[A-Z]{2}[0-9]*")
#: Which levels may hold an area of each level.
_PARENT_LEVELS = {
    AreaLevel.MUNICIPALITY: (),
    AreaLevel.DISTRICT: (AreaLevel.MUNICIPALITY,),
    AreaLevel.NEIGHBOURHOOD: (AreaLevel.DISTRICT, AreaLevel.MUNICIPALITY),
}


class AreaDialog(FormDialog):
    def __init__(self, parent: QWidget, tree: AreaTree, area: Area | None, *, parent_id=None):
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New area") if area is None else self.tr("Area"))
        self.tree = tree
        self.original = area
        form = self.new_form()
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit(self))
        self.name.setMaxLength(200)
        self.level = self.add_field(form, "level", self.tr("&Level"), QComboBox(self))
        for level in AreaLevel:
            self.level.addItem(label(level), level)
        self.parent_area = self.add_field(
            form, "parent", self.tr("&Part of"), PickerCombo(self, none_text=self.tr("(none)"))
        )
        self.cbs = self.add_field(form, "cbs", self.tr("&CBS code"), QLineEdit(self))
        self.cbs.setPlaceholderText(self.tr("e.g. BU03630001 (optional)"))
        self._excluded = tree.descendants(area.id) if area else set()
        if area is None and parent_id is None:
            # A second area is most likely part of the first: a district of the
            # municipality (only one municipality: that one), not another municipality.
            towns = [a.id for a in tree.areas.values() if a.level is AreaLevel.MUNICIPALITY]
            if len(towns) == 1:
                parent_id = towns[0]
        parent_area = tree.areas.get(parent_id) if parent_id else None
        if area is not None:
            self.name.setText(area.name)
            combo_select_data(self.level, area.level)
            self.cbs.setText(area.cbs_code or "")
            parent_id = area.parent_id
        elif parent_area is not None:
            child = {AreaLevel.MUNICIPALITY: AreaLevel.DISTRICT}.get(
                parent_area.level, AreaLevel.NEIGHBOURHOOD
            )
            combo_select_data(self.level, child)
        self._fill_parents(parent_id)
        self.level.currentIndexChanged.connect(
            lambda _i: self._fill_parents(self.parent_area.current_id())
        )
        self.outer.addLayout(form)
        self.finish()
        self.resize(440, self.sizeHint().height())

    def _fill_parents(self, current: str | None) -> None:
        levels = _PARENT_LEVELS[AreaLevel(self.level.currentData())]
        items = sorted(
            (
                (a.id, self.tree.path(a.id))
                for a in self.tree.areas.values()
                if a.level in levels and a.id not in self._excluded
            ),
            key=lambda i: i[1].casefold(),
        )
        self.parent_area.set_items(items, current if any(i[0] == current for i in items) else None)
        self.parent_area.setEnabled(bool(levels))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if problem := name_problem(self.name.text()):
            found["name"] = problem
        if not self.parent_area.has_match():
            found["parent"] = self.tr("Choose an area from the list.")
        code = self.cbs.text().strip().upper()
        if code:
            if not _CBS.fullmatch(code):
                found["cbs"] = self.tr("Two capital letters and digits, e.g. WK036300.")
            elif any(
                a.cbs_code == code and (self.original is None or a.id != self.original.id)
                for a in self.tree.areas.values()
            ):
                found["cbs"] = self.tr("Another area already has this CBS code.")
        return found

    def result_area(self) -> Area:
        values = dict(
            name=self.name.text().strip(),
            level=AreaLevel(self.level.currentData()),
            parent_id=self.parent_area.current_id() if self.parent_area.isEnabled() else None,
            cbs_code=self.cbs.text().strip().upper() or None,
        )
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Area(**values)
