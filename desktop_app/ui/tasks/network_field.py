"""Pick a network by typing any part of its name (type-ahead, case-insensitive)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.domain import Network


class NetworkField(QLineEdit):
    """A line edit completing network names; :meth:`network_id` resolves what was typed.

    Names shared by several networks get their area added ("Koor — Oost"), so
    every completion is unique. Typing a part that matches exactly one network
    is enough: it resolves to that one.
    """

    #: The network picked from the completion list (its id).
    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_activated)
        self.setCompleter(completer)

    def set_networks(self, networks: list[Network], area_names: dict[str, str]) -> None:
        counts: dict[str, int] = {}
        for network in networks:
            key = network.name.casefold()
            counts[key] = counts.get(key, 0) + 1
        self._ids.clear()
        self._names.clear()
        for network in networks:
            text = network.name
            if counts[network.name.casefold()] > 1:
                text = f"{network.name} — {area_names.get(network.area_id or '', '?')}"
                if text in self._ids:
                    text = f"{text} ({network.id[:6]})"
            self._ids[text] = network.id
            self._names[network.id] = text
        self._model.setStringList(sorted(self._ids, key=str.casefold))

    def set_network_id(self, network_id: str | None) -> None:
        self.setText(self._names.get(network_id or "", ""))

    def matches(self) -> list[str]:
        """Ids of the networks whose completion text contains what was typed."""
        typed = self.text().strip().casefold()
        if not typed:
            return []
        exact = [i for t, i in self._ids.items() if t.casefold() == typed]
        if exact:
            return exact
        return [i for t, i in self._ids.items() if typed in t.casefold()]

    def network_id(self) -> str | None:
        """The network meant: an exact name, or the only one containing the typed text."""
        found = self.matches()
        return found[0] if len(found) == 1 else None

    def complete_unique(self) -> None:
        """Replace a unique partial name by the full one (shows the user what was meant)."""
        network_id = self.network_id()
        if network_id is not None:
            self.setText(self._names[network_id])

    def focusOutEvent(self, event) -> None:
        # Not editingFinished: Qt skips it while the completion popup is open.
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.complete_unique()

    def _on_activated(self, text: str) -> None:
        if text in self._ids:
            self.setText(text)
            self.picked.emit(self._ids[text])
