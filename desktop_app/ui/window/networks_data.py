"""The window's copy of what it lists: network rows and the area tree, reloaded on change.

Vitality takes seconds on a big atlas (every signal is read and weighed), so it
is computed in a thread on a read-only connection of its own; the rows show
"unknown" until it arrives and are then filled in. It is computed again only
when signals or settings change.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.ui.window.network_rows import (
    AreaTree,
    NetworkRow,
    build_rows,
    open_support_by_network,
)

#: Tables whose change alters a row of the networks list.
_WATCHED = {"networks", "areas", "support_cases", "signals", "settings"}


class VitalityJob(QThread):
    """Vitality of every network of the atlas file, on a connection of its own."""

    computed = Signal(object)  # dict network id -> Vitality, or the exception

    def __init__(self, path: str, passphrase: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.passphrase = passphrase

    def run(self) -> None:
        from desktop_app.analysis.vitality import vitality_for_atlas
        from desktop_app.store import Atlas

        try:
            atlas = Atlas.open(
                self.path, read_only=True, passphrase=self.passphrase, auto_backup=False
            )
            try:
                result: object = vitality_for_atlas(atlas)
            finally:
                atlas.close()
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
        self._job: VitalityJob | None = None
        self._jobs: set[VitalityJob] = set()

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self._on_data_changed)
        self.session = session
        self.vitality = {}
        self._job = None
        if session is not None:
            session.data_changed.connect(self._on_data_changed)
        self.reload()
        self.start_vitality()

    def _on_data_changed(self, tables: set[str]) -> None:
        tables = set(tables)
        if _WATCHED & tables:
            self.reload()
        if tables & {"signals", "settings"}:
            self.start_vitality()

    def reload(self) -> None:
        if self.session is None:
            self.rows, self.areas = [], AreaTree.build([])
        else:
            atlas = self.session.atlas
            self.areas = AreaTree.build(atlas.areas.all())
            self.rows = build_rows(
                atlas.networks.all(),
                self.areas,
                open_support_by_network(atlas.support.all()),
                {i: (v.score, v.silent) for i, v in self.vitality.items()},
            )
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    # -- vitality in the background ----------------------------------------------------
    def start_vitality(self) -> None:
        if self.session is None:
            return
        atlas = self.session.atlas
        job = VitalityJob(str(atlas.path), atlas.passphrase, self)
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
        self.vitality = result  # type: ignore[assignment]
        self.rows = [
            dataclasses.replace(
                r,
                vitality=self.vitality[r.id].score if r.id in self.vitality else None,
                silent=self.vitality[r.id].silent if r.id in self.vitality else False,
            )
            for r in self.rows
        ]
        self.by_id = {r.id: r for r in self.rows}
        self.reloaded.emit()

    def vitality_pending(self) -> bool:
        return self._job is not None

    def wait_for_jobs(self, timeout_ms: int = 60000) -> None:
        """Let running computations end (before the program quits)."""
        for job in list(self._jobs):
            job.wait(timeout_ms)

    def count(self) -> int:
        return len(self.rows)

    def themes(self) -> list[str]:
        return sorted({t for r in self.rows for t in r.themes}, key=str.casefold)
