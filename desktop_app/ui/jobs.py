"""The one way the window runs long work: :class:`JobRunner`.

The work is a plain function ``run(inputs, state)`` (see
:mod:`desktop_app.domain.jobs`): no Qt, testable headless, used as is by the
command line. A runner belongs to the part that shows the result (a panel, the
map, a dialog) and runs one job at a time for it::

    self.jobs = JobRunner(self, name="vitality")
    self.jobs.done.connect(self.on_vitality_computed)      # result, in the GUI thread
    self.jobs.failed.connect(self.on_vitality_failed)      # the exception
    self.jobs.progressed.connect(self.progress_bar.set)    # (done, total), throttled
    ...
    self.jobs.start(compute_vitality, inputs)              # cancels and drops an older one
    ...
    def closeEvent(self, event):
        self.jobs.shutdown()                               # cancel, wait for the thread

The convention:

- ``start()`` returns a generation number. A newer ``start()`` (or
  ``shutdown()``) supersedes the running job: it is asked to stop and whatever
  it still reports is dropped, so a slot never sees a stale result.
- ``cancel()`` asks the job to stop; the job then raises
  :class:`~desktop_app.domain.jobs.Cancelled` and the runner emits
  ``cancelled``. A job that finished anyway (its work was done) emits ``done``:
  the outcome the job reports is the truth (an import that committed did happen).
- ``done``, ``failed`` or ``cancelled``, then ``ended``, come exactly once per
  job that is not superseded, in the GUI thread.
- ``process=True`` runs the job in a process of its own (``multiprocessing``
  spawn context; the bundle's entry calls ``multiprocessing.freeze_support()``).
  For pure computations that hold the GIL for long (igraph's layout): the GUI
  keeps running, and cancel terminates the process at once. ``run`` must be a
  module-level function, inputs and result picklable, and the job must not
  write files (it may be killed at any moment).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.jobs import Cancelled, JobState

log = logging.getLogger(__name__)

#: Progress is passed to the GUI thread at most this often (seconds); more would
#: flood the event loop of an import that reports every row.
PROGRESS_INTERVAL = 0.05

#: Jobs whose thread still runs, over all runners (for :func:`wait_all` at exit).
_LIVE: set[_Task] = set()
_LIVE_LOCK = threading.Lock()


class _Task:
    """One started job: its thread, its cancel flag, its generation."""

    def __init__(self, generation: int, run: Callable[..., Any], inputs: Any, name: str) -> None:
        self.generation = generation
        self.run = run
        self.inputs = inputs
        self.flag = threading.Event()
        self.thread = threading.Thread(target=self._main, name=f"job-{name}", daemon=True)
        self.deliver: Callable[[int, str, object], None] = lambda *_: None
        self.process = False
        self._last_progress = 0.0

    # -- in the job's thread ------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and total > 0 and now - self._last_progress < PROGRESS_INTERVAL:
            return
        self._last_progress = now
        self.deliver(self.generation, "progress", (done, total))

    def _message(self, text: str) -> None:
        self.deliver(self.generation, "message", text)

    def _main(self) -> None:
        try:
            if self.process:
                kind, payload = _run_in_process(self)
            else:
                kind, payload = _run_here(self)
            self.deliver(self.generation, kind, payload)
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self)


def _run_here(task: _Task) -> tuple[str, object]:
    state = JobState(task._progress, task._message, task.flag)
    try:
        result = task.run(task.inputs, state)
    except Cancelled:
        return "cancelled", None
    except BaseException as exc:  # handed to the GUI thread, which shows or re-raises it
        return "failed", exc
    return "done", result


def _run_in_process(task: _Task) -> tuple[str, object]:
    import multiprocessing
    from multiprocessing.connection import wait

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    flag = ctx.Event()
    process = ctx.Process(
        target=_process_main,
        args=(task.run, task.inputs, send, flag),
        name=task.thread.name,
        daemon=True,
    )
    try:
        process.start()
    except BaseException as exc:
        return "failed", exc
    send.close()  # the child holds its own end; EOF tells us it is gone
    try:
        while True:
            if task.flag.is_set():
                # Pure computation, nothing to save: stop it now.
                process.terminate()
                return "cancelled", None
            ready = wait([receive, process.sentinel], timeout=PROGRESS_INTERVAL)
            if receive in ready:
                try:
                    kind, payload = receive.recv()
                except EOFError:
                    return "failed", RuntimeError(f"the process of {task.thread.name} ended")
                if kind == "progress":
                    task._progress(*payload)
                elif kind == "message":
                    task._message(payload)
                else:
                    return kind, payload
            elif process.sentinel in ready and not receive.poll():
                code = process.exitcode
                return "failed", RuntimeError(f"the process of {task.thread.name} ended ({code})")
    finally:
        receive.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
        process.close()


def _process_main(run: Callable[..., Any], inputs: Any, conn: Any, flag: Any) -> None:
    """The child process: run the job, send (kind, payload) messages to the parent."""
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and total > 0 and now - last[0] < PROGRESS_INTERVAL:
            return
        last[0] = now
        conn.send(("progress", (done, total)))

    state = JobState(progress, lambda text: conn.send(("message", text)), flag)
    try:
        result: tuple[str, object] = ("done", run(inputs, state))
    except Cancelled:
        result = ("cancelled", None)
    except BaseException as exc:
        result = ("failed", exc)
    try:
        conn.send(result)
    except Exception as exc:  # an unpicklable result or exception
        conn.send(("failed", RuntimeError(f"{type(exc).__name__}: {exc}")))
    conn.close()


class JobRunner(QObject):
    """Runs one job at a time for its owner, off the GUI thread. See the module docstring."""

    #: A job started (its generation).
    started = Signal(int)
    #: (done, total) of the current job; total 0: unknown. At most every 50 ms.
    progressed = Signal(int, int)
    #: What the current job is doing now.
    message_changed = Signal(str)
    #: The job's result.
    done = Signal(object)
    #: The exception the job raised.
    failed = Signal(object)
    #: The job stopped on request; it changed nothing.
    cancelled = Signal()
    #: After done, failed or cancelled.
    ended = Signal()

    # generation, kind, payload: from the job's thread to the runner's (queued).
    _delivered = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None, *, name: str = "job") -> None:
        super().__init__(parent)
        self.name = name
        self._generation = 0
        self._task: _Task | None = None
        self._tasks: set[_Task] = set()
        self._delivered.connect(self._on_delivered)

    @property
    def generation(self) -> int:
        """The generation of the newest job started (0: none yet)."""
        return self._generation

    def start(
        self, run: Callable[[Any, JobState], Any], inputs: Any = None, *, process: bool = False
    ) -> int:
        """Run ``run(inputs, state)``; a job still running is cancelled and its result dropped.

        Returns:
            The new job's generation number.
        """
        self._supersede()
        self._generation += 1
        task = _Task(self._generation, run, inputs, self.name)
        task.process = process
        task.deliver = self._deliver
        self._task = task
        self._tasks.add(task)
        with _LIVE_LOCK:
            _LIVE.add(task)
        task.thread.start()
        self.started.emit(task.generation)
        return task.generation

    def cancel(self) -> None:
        """Ask the current job to stop; ``cancelled`` follows once it has (a process: at once)."""
        if self._task is not None:
            self._task.flag.set()

    def is_running(self) -> bool:
        """A job was started and its outcome has not been handed over yet."""
        return self._task is not None

    def is_cancelling(self) -> bool:
        return self._task is not None and self._task.flag.is_set()

    def shutdown(self, timeout: float = 30.0) -> None:
        """Cancel and drop every job of this runner and wait for their threads (on close)."""
        self._supersede()
        self._generation += 1
        deadline = time.monotonic() + timeout
        for task in list(self._tasks):
            task.thread.join(max(0.0, deadline - time.monotonic()))
        self._tasks = {t for t in self._tasks if t.thread.is_alive()}

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Process events until the current job's outcome was handed over (tests, benches).

        Returns:
            False if it had not after ``timeout_ms``.
        """
        app = QCoreApplication.instance()
        deadline = QDeadlineTimer(timeout_ms)
        while self._task is not None and not deadline.hasExpired():
            task = self._task
            task.thread.join(0.005)
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self._task is None

    # -- internals ----------------------------------------------------------------
    def _supersede(self) -> None:
        if self._task is not None:
            self._task.flag.set()
            self._task = None
        self._tasks = {t for t in self._tasks if t.thread.is_alive()}

    def _deliver(self, generation: int, kind: str, payload: object) -> None:
        # In the job's thread: queued to the runner's thread. The runner may be gone.
        with contextlib.suppress(RuntimeError):
            self._delivered.emit(generation, kind, payload)

    def _on_delivered(self, generation: int, kind: str, payload: object) -> None:
        task = self._task
        if task is None or generation != task.generation:
            return  # superseded: a newer job runs, or the owner shut down
        if kind == "progress":
            done, total = payload  # type: ignore[misc]
            self.progressed.emit(done, total)
            return
        if kind == "message":
            self.message_changed.emit(payload)
            return
        self._task = None
        self._tasks.discard(task)
        if kind == "done":
            self.done.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            if not isinstance(payload, Exception):  # KeyboardInterrupt, SystemExit
                log.error("job %s ended by %s", self.name, type(payload).__name__)
            self.failed.emit(payload)
        self.ended.emit()


class JobProgressDialog(QProgressDialog):
    """The window's progress for a runner's job: bar (or busy indicator), message, Cancel.

    Window-modal (the rest of the window stays painted, not usable), shown only
    when the job takes longer than ``show_after_ms``; Cancel cancels the job and
    the dialog closes itself when the job has ended.
    """

    def __init__(
        self, runner: JobRunner, label: str, parent: QWidget | None, *, show_after_ms: int = 400
    ) -> None:
        cancel = QCoreApplication.translate("Jobs", "Cancel")
        super().__init__(label, cancel, 0, 0, parent)
        self.setObjectName(f"job_progress_{runner.name}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(show_after_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._runner = runner
        runner.progressed.connect(self.on_progressed)
        runner.message_changed.connect(self.setLabelText)
        runner.ended.connect(self.on_ended)
        self.canceled.connect(self.on_cancel_clicked)
        self.setValue(0)  # starts the minimum-duration clock

    def on_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def on_cancel_clicked(self) -> None:
        self.setLabelText(QCoreApplication.translate("Jobs", "Cancelling…"))
        self.setCancelButton(None)  # asked once; the dialog closes when the job has stopped
        self.show()
        self._runner.cancel()

    def on_ended(self) -> None:
        self.close()
        self.deleteLater()


def wait_all(timeout: float = 30.0) -> bool:
    """Wait for every job thread of every runner to end (at exit; for tests).

    Returns:
        False if some were still running after ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    with _LIVE_LOCK:
        tasks = list(_LIVE)
    for task in tasks:
        task.flag.set()
        task.thread.join(max(0.0, deadline - time.monotonic()))
    return all(not t.thread.is_alive() for t in tasks)


def running_jobs() -> int:
    """How many job threads run now, over all runners (the leak check of the tests)."""
    with _LIVE_LOCK:
        return sum(t.thread.is_alive() for t in _LIVE)
