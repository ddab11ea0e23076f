"""Making a PDF report off the GUI thread, with progress and cancel.

The worker runs :func:`desktop_app.reports.export.export_report` in a
``QThread``; the window stays responsive and the progress bar moves. Cancel
sets a flag the progress callback reads: the export stops at the next step
and, being atomic, leaves no file behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.reports.build import ReportRequest
from desktop_app.reports.export import Cancelled, export_report
from desktop_app.store import Atlas
from desktop_app.store.errors import AtlasError


class ReportJob(QObject):
    """One export. Signals arrive in the thread that created the job (the GUI)."""

    #: Progress 0..100.
    progressed = Signal(int)
    #: The PDF was written: (path, page count).
    finished = Signal(str, int)
    #: The export failed: the message to show.
    failed = Signal(str)
    #: The user cancelled; nothing was written.
    cancelled = Signal()

    def __init__(self, atlas: Atlas, request: ReportRequest, path: str | Path) -> None:
        super().__init__()
        self._atlas = atlas
        self._request = request
        self._path = Path(path)
        self._stop = threading.Event()
        self._thread: QThread | None = None

    def start(self) -> None:
        thread = QThread()
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self._run)
        thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        """Wait for the thread to end (after its last signal, or after cancel).

        Without a limit: the job must not be deleted while its thread still runs,
        and a cancelled export stops at its next step (seconds at most)."""
        if self._thread is not None:
            self._thread.wait()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(100 * done / max(total, 1)))
        return not self._stop.is_set()

    @Slot()
    def _run(self) -> None:
        try:
            result = export_report(self._atlas, self._request, self._path, self._progress)
        except Cancelled:
            self.cancelled.emit()
        except AtlasError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            # A bug: tell the dialog (so it does not wait forever), then let it surface.
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            raise
        else:
            self.finished.emit(str(result.path), result.pages)
        finally:
            if self._thread is not None:
                self._thread.quit()
