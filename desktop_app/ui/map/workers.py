"""Long work of the map off the GUI thread: the layout and the vitality colours.

Each job is a plain function run in a QThread; results come back by queued
signal. Cancelling sets a flag the layout checks between chunks of iterations.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Job(QThread):
    """Runs ``work(progress, cancelled)`` in a thread; emits ``done`` or ``failed``."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return self._cancel.is_set()

        try:
            result = self._work(progress)
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            log.exception("map job failed")
            self.failed.emit(exc)
            return
        self.done.emit(result)
