"""The window's copy of what it lists: network rows and the area tree, reloaded on change.

Vitality and the graph findings (clusters, bridges, isolated networks) take
seconds on a big atlas, so they are computed in a thread on a read-only
connection of its own; the rows show "unknown" until the result arrives and are
then filled in. They are computed again only when what they depend on changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from desktop_app.store.network_list import load_network_list
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


class VitalityJob(QThread):
    """Vitality and graph findings of the atlas file, on a connection of its own."""

    computed = Signal(object)  # Analysis, or the exception

    def __init__(self, atlas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self._cancelled = False

    def cancel(self) -> None:
        """Stop at the next step (the window is closing, or newer data is coming)."""
        self._cancelled = True

    def run(self) -> None:
        from datetime import date

        from desktop_app.analysis.findings import Cancelled, compute_findings
        from desktop_app.analysis.settings import findings_settings
        from desktop_app.analysis.vitality import vitality_for_atlas

        try:
            atlas = self.atlas.reader()
            try:
                vitality = vitality_for_atlas(atlas)
                if self._cancelled:
                    return
                findings = compute_findings(
                    atlas.networks.all(),
                    atlas.ties.all(),
                    atlas.memberships.all(),
                    findings_settings(atlas),
                    date.today(),
                    cancelled=lambda: self._cancelled,
                )
                result: object = Analysis(vitality, findings)
            finally:
                atlas.close()
        except Cancelled:
            return
        except Exception as exc:  # reported to the window, which shows vitality as unknown
            result = exc
        self.computed.emit(result)


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
        self._job: VitalityJob | None = None
        self._jobs: set[VitalityJob] = set()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(300)
        self._later.timeout.connect(self.start_vitality)

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self._on_data_changed)
        self.session = session
        self.vitality, self.findings, self._finding_kinds = {}, None, {}
        if self._job is not None:
            self._job.cancel()
        self._job = None
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
        if self._job is not None:
            self._job.cancel()  # its answer would be dropped anyway
        atlas = self.session.atlas
        job = VitalityJob(atlas, self)
        job.computed.connect(self._on_vitality)
        job.finished.connect(self._forget)  # a bound slot: runs in this (the GUI) thread
        self._job = job
        self._jobs.add(job)
        job.start()

    def _forget(self) -> None:
        job = self.sender()
        self._jobs.discard(job)
        job.deleteLater()

    def _on_vitality(self, result: object) -> None:
        if self.sender() is not self._job:
            return  # an older computation, or one of an atlas closed since
        self._job = None
        if isinstance(result, Exception):
            self.vitality_failed.emit(result)
            return
        from desktop_app.analysis.findings import kinds_of

        self.vitality = result.vitality  # type: ignore[attr-defined]
        self.findings = result.findings  # type: ignore[attr-defined]
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
        return self._job is not None or self._later.isActive()

    def wait_for_jobs(self, timeout_ms: int = 60000) -> None:
        """Stop running computations and let them end (before the program quits)."""
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            job.wait(timeout_ms)

    def count(self) -> int:
        return len(self.rows)

    def themes(self) -> list[str]:
        return sorted({t for r in self.rows for t in r.themes}, key=str.casefold)
