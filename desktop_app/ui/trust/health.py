"""The deep check of the open atlas, in the background after it opened.

Opening runs SQLite's quick check and the seal (see :mod:`desktop_app.store.damage`);
the full check (indexes against tables, CHECK constraints, the search index) takes
seconds on a large atlas, so it runs on a job after the window shows the atlas, and
says so when it finds damage.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.store.damage import run_deep_check
from desktop_app.ui.jobs import JobRunner


class HealthCheck(QObject):
    #: The deep check found damage in the open atlas: the problems, as SQLite words them.
    damage_found = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = JobRunner(self, name="deep check")
        self.jobs.done.connect(self.on_checked)
        self._atlas: Any = None

    def on_session_changed(self, session: Any) -> None:
        self._atlas = session.atlas if session is not None else None
        if self._atlas is None:
            self.jobs.cancel()
            return
        self.jobs.start(run_deep_check, self._atlas)

    def on_checked(self, problems: object) -> None:
        if problems and self._atlas is not None:
            self.damage_found.emit(list(problems))  # type: ignore[arg-type]

    def shutdown(self) -> None:
        self.jobs.shutdown()
