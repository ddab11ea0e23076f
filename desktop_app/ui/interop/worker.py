"""Running import and export work off the GUI thread, with progress and cancel.

The work is a plain function ``work(progress)``; ``progress(done, total)``
returns False once the user pressed Cancel, which the interop layer turns into
a rollback. :func:`run_with_progress` shows a modal progress dialog and waits
(in a local event loop, so the window keeps painting) for the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Job(QThread):
    """Runs ``work(progress)`` in a thread; emits ``done(result)`` or ``failed(exception)``."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, work: Callable[[Callable[[int, int], bool]], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        #: Set by the thread before it ends (read after ``wait()``; signals may still be queued).
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        try:
            self.result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, which shows or re-raises it
            self.error = exc
            self.failed.emit(exc)
            return
        self.done.emit(self.result)


def run_with_progress(parent: QWidget, label: str, work: Callable[..., Any]) -> Any:
    """Run ``work(progress)`` in a thread behind a modal progress dialog; return its result.

    Raises:
        Whatever ``work`` raised (an ImportCancelledError after Cancel).
    """
    cancel = QCoreApplication.translate("Interop", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(work, parent)
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    job.progressed.connect(on_progress)
    job.finished.connect(loop.quit)
    dialog.canceled.connect(job.cancel)
    job.start()
    if not job.isFinished():
        loop.exec()
    job.wait()
    dialog.close()
    dialog.deleteLater()
    job.deleteLater()
    # Read from the job itself: a job that ended before the loop started has its
    # done/failed signals still queued.
    if job.error is not None:
        raise job.error
    return job.result
