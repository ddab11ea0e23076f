"""The atlas open in the window: the store, its undo stack, the one picture, and notifications.

Every edit goes through :meth:`AtlasSession.execute` with a command from
:mod:`desktop_app.ui.commands`. The command is applied first; only when the
store accepted it (one transaction, saved at once) is it pushed on the undo
stack, so a refused edit (locked atlas, full disk, a value the atlas refuses)
leaves both the atlas and the stack as they were and the error reaches the
caller as an :class:`~desktop_app.store.AtlasError` to show.

After every write (do, undo, redo, import, erasure) :meth:`notify` takes the
store's change set, brings the session's :class:`~desktop_app.session.Snapshot`
up to date (once, however many views are open) and tells the views in typed
notifications; views draw what the snapshot holds instead of reading the atlas
themselves. The heavy parts (reading everything at the start, the findings,
rescoring every network after a setting changed, an area's overview) run off
the GUI thread through the window's job runner (:class:`desktop_app.ui.jobs.JobRunner`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.session import Delta, Snapshot
from desktop_app.session.snapshot import (
    findings_from_file,
    findings_job,
    load_job,
    overview_job,
    vitality_job,
)
from desktop_app.store import Atlas, ChangeSet
from desktop_app.ui.jobs import JobRunner

#: A burst of edits (undo pressed five times) starts the findings once.
FINDINGS_DELAY_MS = 300
#: Findings of bigger atlases run in a process: igraph holds the GIL for a whole call.
PROCESS_FINDINGS_ABOVE = 2000


class AtlasSession(QObject):
    #: After any change (do, undo, redo) with the store's
    #: :class:`~desktop_app.store.ChangeSet`: which rows of which tables changed.
    #: Emitted after the snapshot took the change in.
    data_changed = Signal(object)
    #: The snapshot changed: the :class:`~desktop_app.session.Delta` of one change.
    picture_changed = Signal(object)
    #: The snapshot was (re)read whole: every view redraws.
    loaded = Signal()
    #: Vitality changed for these network ids (a frozenset), or for all (None).
    vitality_changed = Signal(object)
    #: The graph findings were computed again (``snapshot.findings``).
    findings_changed = Signal()
    #: The overview of an area is ready: (area id or None, AreaOverview).
    overview_ready = Signal(object, object)
    #: A background computation failed: the exception (for the status bar).
    analysis_failed = Signal(object)
    #: Emitted after a successful change with a short message for the status bar.
    change_saved = Signal(str)
    #: Emitted when an undo or redo failed; the argument is the error to show.
    change_failed = Signal(object)

    def __init__(
        self, atlas: Atlas, parent: QObject | None = None, *, as_of: date | None = None
    ) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.snapshot = Snapshot(as_of)
        self._pending = ChangeSet()
        self._loading = False
        self._findings_computing = False
        #: a process could not be started here (a restricted system): threads from then on
        self._findings_in_thread = False
        self._load_jobs = JobRunner(self, name="picture")
        self._load_jobs.done.connect(self._on_loaded)
        self._load_jobs.failed.connect(self._on_failed)
        self._findings_jobs = JobRunner(self, name="findings")
        self._findings_jobs.done.connect(self._on_findings)
        self._findings_jobs.failed.connect(self._on_findings_failed)
        self._vitality_jobs = JobRunner(self, name="vitality")
        self._vitality_jobs.done.connect(self._on_vitality)
        self._vitality_jobs.failed.connect(self._on_failed)
        self._overview_jobs = JobRunner(self, name="overview")
        self._overview_jobs.done.connect(self._on_overview)
        self._overview_jobs.failed.connect(self._on_failed)
        self._overview_area: Any = None
        self._findings_later = QTimer(self)
        self._findings_later.setSingleShot(True)
        self._findings_later.setInterval(FINDINGS_DELAY_MS)
        self._findings_later.timeout.connect(self._start_findings)

    # -- editing ------------------------------------------------------------------------
    def execute(self, command: QUndoCommand) -> None:
        """Apply ``command`` now and put it on the undo stack.

        Raises:
            AtlasError: the store refused the change; nothing changed.
        """
        command.apply()  # type: ignore[attr-defined]
        command.applied = True  # type: ignore[attr-defined]
        # Read the text first: push() deletes a command that merges into the previous one.
        text = command.text()
        self.undo_stack.push(command)
        self.notify(self.tr("Saved: %1").replace("%1", text))

    def notify(self, message: str = "") -> None:
        """Take in what the writes since the last call changed and tell the views."""
        changes = self.atlas.changes.take()
        self._take_in(changes)
        self.data_changed.emit(changes)
        if message:
            self.change_saved.emit(message)

    # -- the picture -----------------------------------------------------------------
    def start(self) -> None:
        """Read the whole picture off the GUI thread; ``loaded`` follows."""
        self._loading = True
        self._pending = ChangeSet()
        self._load_jobs.start(load_job, (self.atlas.reader, self.snapshot.as_of))

    def ensure_started(self) -> None:
        """Start reading the picture unless it is read or being read (a view asks first)."""
        if not (self._loading or self.snapshot.loaded):
            self.start()

    def is_busy(self) -> bool:
        """Something of the picture is still being computed."""
        return (
            self._loading
            or self._findings_computing
            or self._findings_later.isActive()
            or self._vitality_jobs.is_running()
        )

    def _take_in(self, changes: ChangeSet) -> None:
        if not changes:
            return
        if self._loading or not self.snapshot.loaded:
            # Taken in once the picture is read; the rows views show follow now.
            if self._loading:
                self._pending = self._pending.merged(changes)
            removed = frozenset(changes.deleted("networks"))
            self.picture_changed.emit(
                Delta(
                    changes,
                    networks=frozenset(changes.ids("networks")) - removed,
                    removed=removed,
                    tables=frozenset(changes.tables),
                )
            )
            return
        delta = self.snapshot.apply(changes, self.atlas)
        self._follow(delta)

    def _follow(self, delta: Delta) -> None:
        if delta.reload_due:
            self.start()
            return
        if delta.vitality_due:
            snap = self.snapshot
            self._vitality_jobs.start(
                vitality_job, (snap.points, snap.settings.vitality, snap.as_of, list(snap.networks))
            )
        if delta.findings_due:
            self._findings_computing = True
            self._findings_later.start()
        self.picture_changed.emit(delta)
        if delta.vitality:
            self.vitality_changed.emit(delta.vitality)

    def _on_loaded(self, picture) -> None:
        self._loading = False
        self.snapshot.adopt(picture)
        pending, self._pending = self._pending, ChangeSet()
        # Written while the picture was read: those rows are read again (or all of it).
        if pending and self.snapshot.apply(pending, self.atlas).reload_due:
            self.start()
            return
        self._findings_computing = True
        self._start_findings()
        self.loaded.emit()
        self.vitality_changed.emit(None)

    def _start_findings(self) -> None:
        self._findings_later.stop()
        self._findings_computing = True
        snap = self.snapshot
        if len(snap.networks) > PROCESS_FINDINGS_ABOVE and not self._findings_in_thread:
            atlas = self.atlas
            inputs = (str(atlas.path), atlas.passphrase, snap.as_of)
            self._findings_jobs.start(findings_from_file, inputs, process=True)
        else:
            self._findings_jobs.start(findings_job, (snap.inputs(), snap.as_of))

    def _on_findings(self, findings) -> None:
        self._findings_computing = False
        self.snapshot.set_findings(findings)
        self.findings_changed.emit()

    def _on_findings_failed(self, exc: object) -> None:
        if not self._findings_in_thread and len(self.snapshot.networks) > PROCESS_FINDINGS_ABOVE:
            self._findings_in_thread = True  # slower for the window, but the findings come
            self._start_findings()
            return
        self._on_failed(exc)

    def _on_vitality(self, vitality) -> None:
        self.snapshot.set_vitality(vitality)
        self.vitality_changed.emit(None)

    def request_overview(self, area_id: str | None):
        """The overview of ``area_id`` if current; else None, and ``overview_ready`` follows."""
        found = self.snapshot.cached_overview(area_id)
        if found is not None:
            return found
        if not self.snapshot.loaded or self._loading or self._vitality_jobs.is_running():
            return None  # asked again on ``loaded`` / ``vitality_changed``
        snap = self.snapshot
        self._overview_area = area_id
        self._overview_jobs.start(
            overview_job, (snap.inputs(), area_id, snap.as_of, dict(snap.vitality))
        )
        return None

    def _on_overview(self, overview) -> None:
        self.snapshot.keep_overview(self._overview_area, overview)
        self.overview_ready.emit(self._overview_area, overview)

    def _on_failed(self, exc: object) -> None:
        self._loading = False
        self._findings_computing = False
        self.analysis_failed.emit(exc)

    def stop(self) -> None:
        """Stop the computations (their results are dropped)."""
        self._findings_later.stop()
        self._loading = self._findings_computing = False
        for runner in (
            self._load_jobs,
            self._findings_jobs,
            self._vitality_jobs,
            self._overview_jobs,
        ):
            runner.shutdown()

    def close(self) -> None:
        self.stop()
        self.undo_stack.clear()
        self.atlas.close()
