"""A stand-in with the MapWidget API, used only while desktop_app.ui.map is not there.

It draws nothing but keeps the state the real map keeps (visible, selected), so
the window and its tests work the same way against both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderMap(QWidget):
    selection_changed = Signal(list)
    network_activated = Signal(str)
    hovered = Signal(object)
    layout_progress = Signal(int, int)
    layout_finished = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self._ids: list[str] = []
        self._visible: set[str] | None = None
        self._mode = "fade"
        self.selected: list[str] = []
        self.centred: str | None = None
        label = QLabel(self.tr("The map is not available."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def set_session(self, session) -> None:
        self.session = session
        self._reload()
        if session is not None:
            session.data_changed.connect(lambda _tables: self._reload())

    def _reload(self) -> None:
        self._ids = [n.id for n in self.session.atlas.networks.all()] if self.session else []

    def set_visible_ids(self, ids: set[str] | None, mode: str = "fade") -> None:
        self._visible, self._mode = ids, mode

    def set_selected_ids(self, ids: list[str]) -> None:
        self.selected = list(ids)

    def center_on(self, network_id: str) -> None:
        self.centred = network_id

    def fit_to_view(self) -> None:
        pass

    def set_layer(self, name: str, on: bool) -> None:
        pass

    def highlight_neighbourhood(self, network_id: str | None) -> None:
        pass

    def run_layout(self, all_nodes: bool) -> None:
        self.layout_finished.emit(True)

    def cancel_layout(self) -> None:
        pass

    def visible_node_count(self) -> int:
        if self._visible is None or self._mode == "fade":
            return len(self._ids)
        return sum(1 for i in self._ids if i in self._visible)

    def export_image(self, path: str) -> None:
        self.grab().save(str(path), "PNG")
