"""The window's list of networks: one row per network, kept current from the session.

The rows hold what the table, the filter and the status bar show. Vitality
and the graph findings come from the session's snapshot (computed once per
change there, off the GUI thread when it is big); an edit re-reads only the
rows it changed, and ``rows_changed`` says which, so the table updates those
rows instead of resetting 50,000. ``reloaded`` follows a full read (another
atlas, the areas changed, an import).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from desktop_app.store.network_list import load_network_list
from desktop_app.ui.window.network_rows import AreaTree, NetworkRow, build_rows


@dataclasses.dataclass(frozen=True)
class RowChange:
    """Which rows one change touched."""

    updated: frozenset[str] = frozenset()
    inserted: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    #: every row's vitality or findings changed
    all_derived: bool = False
    #: the new rows themselves (in the order they were added)
    inserted_rows: tuple[NetworkRow, ...] = ()


class NetworkData(QObject):
    """Rows of every network in the open atlas; ``reloaded`` after a full read."""

    reloaded = Signal()
    #: Some rows changed in place, were added or removed: a :class:`RowChange`.
    rows_changed = Signal(object)
    #: Vitality could not be computed (the error, for the status bar).
    vitality_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.rows: list[NetworkRow] = []
        self.by_id: dict[str, NetworkRow] = {}
        self.areas = AreaTree.build([])
        self._folded: list[tuple[str, str]] | None = None
        self.reloaded.connect(self._forget_names)
        self.rows_changed.connect(self._forget_names)

    def _forget_names(self, *_args) -> None:
        self._folded = None

    # -- from the session --------------------------------------------------------------
    @property
    def vitality(self) -> dict:
        """network id -> Vitality (empty until the session computed it)."""
        return self.session.snapshot.vitality if self.session is not None else {}

    @property
    def findings(self):
        """The session's graph findings (None until computed)."""
        return self.session.snapshot.findings if self.session is not None else None

    def set_session(self, session) -> None:
        if self.session is not None:
            for signal, slot in self._wiring(self.session):
                signal.disconnect(slot)
        self.session = session
        if session is not None:
            for signal, slot in self._wiring(session):
                signal.connect(slot)
        self.reload()

    def _wiring(self, session):
        return (
            (session.picture_changed, self._on_picture),
            (session.vitality_changed, self._on_vitality),
            (session.findings_changed, self._on_findings),
            (session.loaded, self._on_loaded),
            (session.analysis_failed, self.vitality_failed),
        )

    def _on_picture(self, delta) -> None:
        changes = delta.changes
        if "areas" in delta.tables or changes.is_whole("networks", "support_cases", "areas"):
            self.reload()
            return
        ids = set(delta.networks) | changes.network_ids("support_cases")
        ids -= delta.removed
        if not ids and not delta.removed:
            return
        self._reread(ids, delta.removed)

    def _reread(self, ids: set[str], removed: frozenset[str]) -> None:
        atlas = self.session.atlas
        fresh = build_rows(
            load_network_list(atlas, ids), self.areas, self._scores(ids), self._kinds(ids)
        )
        inserted: list[NetworkRow] = []
        updated = set()
        for row in fresh:
            held = self.by_id.get(row.id)
            if held is None:
                self.rows.append(row)
                self.by_id[row.id] = row
                inserted.append(row)
            else:
                for f in dataclasses.fields(NetworkRow):
                    setattr(held, f.name, getattr(row, f.name))
                updated.add(row.id)
        gone = {i for i in removed if i in self.by_id} | (ids - {r.id for r in fresh})
        if gone:
            self.rows = [r for r in self.rows if r.id not in gone]
            for i in gone:
                self.by_id.pop(i, None)
        self.rows_changed.emit(
            RowChange(
                frozenset(updated),
                frozenset(r.id for r in inserted),
                frozenset(gone),
                inserted_rows=tuple(inserted),
            )
        )

    def _on_vitality(self, ids) -> None:
        vitality = self.vitality
        targets = self.rows if ids is None else [self.by_id[i] for i in ids if i in self.by_id]
        for row in targets:
            found = vitality.get(row.id)
            row.vitality = found.score if found is not None else None
            row.silent = found.silent if found is not None else False
        if ids is None:
            self.rows_changed.emit(RowChange(all_derived=True))
        else:
            self.rows_changed.emit(RowChange(updated=frozenset(r.id for r in targets)))

    def _on_findings(self) -> None:
        kinds = self._kinds(None)
        empty: frozenset[str] = frozenset()
        for row in self.rows:
            row.findings = kinds.get(row.id, empty)
        self.rows_changed.emit(RowChange(all_derived=True))

    def _on_loaded(self) -> None:
        self.reload()

    def _scores(self, ids) -> dict:
        vitality = self.vitality
        wanted = vitality.keys() if ids is None else (i for i in ids if i in vitality)
        return {i: (vitality[i].score, vitality[i].silent) for i in wanted}

    def _kinds(self, ids) -> dict[str, frozenset[str]]:
        findings = self.findings
        if findings is None:
            return {}
        from desktop_app.analysis.findings import kinds_of

        wanted = (r.id for r in self.rows) if ids is None else ids
        return {i: frozenset(k.value for k in kinds_of(findings, i)) for i in wanted}

    def reload(self) -> None:
        if self.session is None:
            self.rows, self.areas = [], AreaTree.build([])
        else:
            atlas = self.session.atlas
            self.areas = AreaTree.build(atlas.areas.all())
            items = load_network_list(atlas)
            ids = [i.id for i in items]
            self.rows = build_rows(items, self.areas, self._scores(None), self._kinds(ids))
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    def vitality_pending(self) -> bool:
        return self.session is not None and self.session.is_busy()

    def wait_for_jobs(self, timeout_ms: int = 60000) -> None:
        """Nothing of its own runs any more: the session's jobs end with the session."""

    def folded_names(self) -> list[tuple[str, str]]:
        """(id, casefolded name) of every row, kept until the rows change (search as you type)."""
        if self._folded is None:
            self._folded = [(r.id, r.name.casefold()) for r in self.rows]
        return self._folded

    def count(self) -> int:
        return len(self.rows)

    def themes(self) -> list[str]:
        return sorted({t for r in self.rows for t in r.themes}, key=str.casefold)
