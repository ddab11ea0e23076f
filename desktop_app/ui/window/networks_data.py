"""The window's copy of what it lists: network rows and the area tree, reloaded on change.

Vitality and the graph findings (clusters, bridges, isolated networks) take
seconds on a big atlas, so they are computed by :func:`analyse_atlas` on the
window's job runner, on a read-only connection of its own; the rows show
"unknown" until the result arrives and are then filled in. They are computed
again only when what they depend on changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.jobs import JobState
from desktop_app.store.network_list import load_network_list
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.window.network_rows import AreaTree, NetworkRow, build_rows

#: Tables whose change alters a row of the networks list.
_WATCHED = {"networks", "areas", "support_cases"}
#: Tables whose change alters vitality or the findings.
_ANALYSED = {"signals", "settings", "networks", "ties", "memberships"}


@dataclasses.dataclass(frozen=True)
class Analysis:
    """What the background job computes for the whole atlas."""

    vitality: dict  # network id -> desktop_app.analysis.vitality.Vitality
    findings: object  # desktop_app.analysis.findings.Findings


def analyse_atlas(atlas, state: JobState) -> Analysis:
    """Job: vitality and graph findings of the atlas file, on a connection of its own."""
    from datetime import date

    from desktop_app.analysis.findings import compute_findings
    from desktop_app.analysis.settings import findings_settings
    from desktop_app.analysis.vitality import vitality_for_atlas

    reader = atlas.reader()
    try:
        vitality = vitality_for_atlas(reader)
        state.check()
        findings = compute_findings(
            reader.networks.all(),
            reader.ties.all(),
            reader.memberships.all(),
            findings_settings(reader),
            date.today(),
            cancelled=state.cancelled,
        )
    finally:
        reader.close()
    return Analysis(vitality, findings)


class NetworkData(QObject):
    """Rows of every network in the open atlas; ``reloaded`` after each refresh."""

    reloaded = Signal()
    #: Vitality could not be computed (the error, for the status bar).
    vitality_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.rows: list[NetworkRow] = []
        self.by_id: dict[str, NetworkRow] = {}
        self.areas = AreaTree.build([])
        #: network id -> desktop_app.analysis.vitality.Vitality (empty until computed)
        self.vitality: dict = {}
        #: desktop_app.analysis.findings.Findings (None until computed)
        self.findings = None
        self._finding_kinds: dict[str, frozenset[str]] = {}
        self.jobs = JobRunner(self, name="vitality")
        self.jobs.done.connect(self._on_vitality)
        self.jobs.failed.connect(self.vitality_failed)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(300)
        self._later.timeout.connect(self.start_vitality)

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self._on_data_changed)
        self.session = session
        self.vitality, self.findings, self._finding_kinds = {}, None, {}
        self.jobs.shutdown(0)  # cancelled; whatever it still computes is dropped
        self._later.stop()
        if session is not None:
            session.data_changed.connect(self._on_data_changed)
        self.reload()
        if session is not None:
            # ship: start the job after the first paint; in a thread it still holds the
            # GIL often enough to delay the window by ~0.6 s (bench/bench_startup.py).
            self._later.start()

    def _on_data_changed(self, tables: set[str]) -> None:
        tables = set(tables)
        if _WATCHED & tables:
            self.reload()
        if tables & _ANALYSED:
            self._later.start()  # a burst of edits (or undo steps) starts one computation

    def reload(self) -> None:
        if self.session is None:
            self.rows, self.areas = [], AreaTree.build([])
        else:
            atlas = self.session.atlas
            self.areas = AreaTree.build(atlas.areas.all())
            self.rows = build_rows(
                load_network_list(atlas),
                self.areas,
                {i: (v.score, v.silent) for i, v in self.vitality.items()},
                self._finding_kinds,
            )
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    # -- vitality in the background ----------------------------------------------------
    def start_vitality(self) -> None:
        self._later.stop()
        if self.session is None:
            return
        # A computation still running is cancelled and its answer dropped.
        self.jobs.start(analyse_atlas, self.session.atlas)

    def _on_vitality(self, result: Analysis) -> None:
        from desktop_app.analysis.findings import kinds_of

        self.vitality = result.vitality
        self.findings = result.findings
        self._finding_kinds = {
            r.id: frozenset(k.value for k in kinds_of(self.findings, r.id)) for r in self.rows
        }
        empty: frozenset[str] = frozenset()
        self.rows = [
            dataclasses.replace(
                r,
                vitality=self.vitality[r.id].score if r.id in self.vitality else None,
                silent=self.vitality[r.id].silent if r.id in self.vitality else False,
                findings=self._finding_kinds.get(r.id, empty),
            )
            for r in self.rows
        ]
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    def vitality_pending(self) -> bool:
        return self.jobs.is_running() or self._later.isActive()

    def wait_for_jobs(self, timeout_ms: int = 60000) -> None:
        """Stop running computations and let them end (before the program quits)."""
        self.jobs.shutdown(timeout_ms / 1000)

    def count(self) -> int:
        return len(self.rows)

    def themes(self) -> list[str]:
        return sorted({t for r in self.rows for t in r.themes}, key=str.casefold)
