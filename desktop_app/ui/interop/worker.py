"""Running import and export work behind a modal progress dialog, on the job runner.

The work is a plain function ``work(progress)``; ``progress(done, total)``
returns False once the user pressed Cancel, which the interop layer turns into
a rollback. :func:`run_with_progress` runs it as a job
(:class:`~desktop_app.ui.jobs.JobRunner`), shows a
:class:`~desktop_app.ui.jobs.JobProgressDialog` and waits in a local event
loop (the window keeps painting) for the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from desktop_app.domain.jobs import Cancelled, JobState
from desktop_app.ui.jobs import JobProgressDialog, JobRunner


def _call_with_progress(work: Callable[[Callable[[int, int], bool]], Any], state: JobState):
    return work(state.report)


def run_with_progress(parent: QWidget, label: str, work: Callable[..., Any]) -> Any:
    """Run ``work(progress)`` as a job behind a modal progress dialog; return its result.

    Raises:
        Whatever ``work`` raised (an ImportCancelledError after Cancel).
    """
    runner = JobRunner(parent, name="interop")
    outcome: dict[str, Any] = {}
    runner.done.connect(lambda result: outcome.update(result=result))
    runner.failed.connect(lambda error: outcome.update(error=error))
    runner.cancelled.connect(lambda: outcome.update(error=Cancelled()))
    JobProgressDialog(runner, label, parent)
    loop = QEventLoop()
    runner.ended.connect(loop.quit)
    runner.start(_call_with_progress, work)
    if runner.is_running():
        loop.exec()
    runner.shutdown()
    runner.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
