"""The selected networks, shared by the map, the table and the details panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The ids of the selected networks, in selection order.

    ``set_ids`` only emits ``changed`` when the ids differ, so views that echo a
    selection back do not loop; ``source`` says who changed it last (e.g. "map",
    "table"), so a view can skip updating itself from its own change.
    """

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.source = ""

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str], source: str = "") -> None:
        ids = list(dict.fromkeys(ids))
        if ids == self._ids:
            return
        self._ids = ids
        self.source = source
        self.changed.emit(list(ids))

    def clear(self, source: str = "") -> None:
        self.set_ids([], source)
