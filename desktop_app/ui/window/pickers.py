"""Combo boxes to pick a network, person or area by typing part of its name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class PickerCombo(QComboBox):
    """An editable combo over (id, text) pairs; ``current_id()`` is None until a match."""

    def __init__(self, parent: QWidget | None = None, *, none_text: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self._none_text = none_text
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, items: list[tuple[str, str]], current: str | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for item_id, text in items:
            self.addItem(text, item_id)
        self.blockSignals(False)
        self.select_id(current)

    def select_id(self, item_id: str | None) -> None:
        index = self.findData(item_id) if item_id is not None else (0 if self._none_text else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def current_id(self) -> str | None:
        """The id of the item whose text is typed (None: none chosen or no match)."""
        index = self._match(self.currentText())
        if index < 0:
            return None
        return self.itemData(index)

    def _match(self, text: str) -> int:
        """The item typed: its exact text, else the one item whose text or last part
        ("Parkbuurt" of "Lindewaarde › Noord › Parkbuurt") is typed, in any case."""
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 or not text.strip():
            return index
        wanted = text.strip().casefold()
        found = [
            i
            for i in range(self.count())
            if self.itemData(i) is not None
            and wanted
            in (self.itemText(i).casefold(), self.itemText(i).rsplit("›", 1)[-1].strip().casefold())
        ]
        return found[0] if len(found) == 1 else -1

    def has_match(self) -> bool:
        text = self.currentText()
        if self._none_text is not None and text in ("", self._none_text):
            return True
        return self._match(text) >= 0


def network_items(rows, exclude: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of the network rows by name; a name that occurs twice gets its area."""
    rows = sorted(rows, key=lambda r: r.name.casefold())
    names: dict[str, int] = {}
    for row in rows:
        names[row.name.casefold()] = names.get(row.name.casefold(), 0) + 1
    items = []
    for row in rows:
        if row.id == exclude:
            continue
        text = row.name
        if names[row.name.casefold()] > 1 and row.area_name:
            text = f"{row.name} ({row.area_name})"
        items.append((row.id, text))
    return items
