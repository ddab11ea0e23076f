"""Find a network by name (the atlas's full-text index) and centre the map on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.store import AtlasError
from desktop_app.store.search import search
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.networks_data import NetworkData


class SearchBox(QLineEdit):
    """Typing shows the best hit; Enter steps to the next; Escape clears."""

    #: A hit to show: centre the map on this network (it is selected already).
    hit_found = Signal(str)
    #: Escape: the search is over (the map takes the focus back).
    finished = Signal()

    def __init__(self, context: WindowContext, data: NetworkData, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.setObjectName("search_box")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(320)
        self.setMinimumWidth(200)
        self.hits: list[str] = []
        self._at = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.next_hit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Find a network (Ctrl+F)"))

    def run_search(self) -> None:
        self._timer.stop()
        session = self.context.session
        text = self.text().strip()
        if session is None or not text:
            self.hits = []
            return
        try:
            found = search(session.atlas, text, limit=50)
        except AtlasError as exc:
            self.context.status(str(exc))
            return
        known = self.data.by_id
        hits = [h.ref_id for h in found if h.ref_type == "network" and h.ref_id in known]
        # The index matches whole words and their beginnings; "koor" should also find
        # "Buurtkoor", so names that contain the text follow the index's hits.
        needle = text.casefold()
        hits += [nid for nid, name in self.data.folded_names() if needle in name]
        self.hits = list(dict.fromkeys(hits))
        self._at = 0
        if not self.hits:
            self.context.status(self.tr("No network found for “%1”").replace("%1", text))
            return
        self._show_hit()

    def next_hit(self) -> None:
        if self._timer.isActive() or not self.hits:
            self.run_search()
            return
        self._at = (self._at + 1) % len(self.hits)
        self._show_hit()

    def _show_hit(self) -> None:
        network_id = self.hits[self._at]
        self.context.selection.set_ids([network_id], "search")
        self.hit_found.emit(network_id)
        name = self.data.by_id[network_id].name
        self.context.status(
            self.tr("Found %1 (%2 of %3; Enter for the next)")
            .replace("%1", name)
            .replace("%2", str(self._at + 1))
            .replace("%3", str(len(self.hits)))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.hits = []
            self.finished.emit()
            return
        super().keyPressEvent(event)
