"""The window's copy of what it lists: network rows and the area tree, reloaded on change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.window import vitality_source
from desktop_app.ui.window.network_rows import (
    AreaTree,
    NetworkRow,
    build_rows,
    open_support_by_network,
)

#: Tables whose change alters a row of the networks list.
_WATCHED = {"networks", "areas", "support_cases", "signals"}


class NetworkData(QObject):
    """Rows of every network in the open atlas; ``reloaded`` after each refresh."""

    reloaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.rows: list[NetworkRow] = []
        self.by_id: dict[str, NetworkRow] = {}
        self.areas = AreaTree.build([])
        #: network id -> desktop_app.analysis.vitality.Vitality
        self.vitality: dict = {}

    def set_session(self, session) -> None:
        self.session = session
        if session is not None:
            session.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, tables: set[str]) -> None:
        if self.sender() is self.session and _WATCHED & set(tables):
            self.reload()

    def reload(self) -> None:
        if self.session is None:
            self.rows, self.areas, self.vitality = [], AreaTree.build([]), {}
        else:
            atlas = self.session.atlas
            self.areas = AreaTree.build(atlas.areas.all())
            self.vitality = vitality_source.for_atlas(atlas)
            self.rows = build_rows(
                atlas.networks.all(),
                self.areas,
                open_support_by_network(atlas.support.all()),
                {i: (v.score, v.silent) for i, v in self.vitality.items()},
            )
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    def count(self) -> int:
        return len(self.rows)

    def themes(self) -> list[str]:
        return sorted({t for r in self.rows for t in r.themes}, key=str.casefold)
