"""Long work as a plain function ``run(inputs, state)``, and the state it reports to.

Every long piece of work (layout, vitality and findings, import, export,
reports, encryption, restore, backups) is written without Qt as::

    def run(inputs, state: JobState) -> Result:
        for i, step in enumerate(steps):
            state.check()                       # raises Cancelled once asked to stop
            ...
            state.set_progress(i + 1, len(steps))
        return result

The window runs it with :class:`desktop_app.ui.jobs.JobRunner` (off the GUI
thread, or in a process of its own for work that holds the GIL); the command
line and the tests call it directly with a plain ``JobState()``.

Code that takes a ``progress(done, total) -> bool`` callback (interop, reports,
layout) is given :meth:`JobState.report`: it records the progress and returns
True to go on, False once the user asked to stop. That is the one meaning of
such a callback's return value (:data:`Progress`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

#: ``progress(done, total)``: True to go on, False to stop (the caller then raises
#: its :class:`Cancelled` and changes nothing).
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user asked the work to stop; it stopped and changed nothing."""


class _Flag(Protocol):
    def is_set(self) -> bool: ...

    def set(self) -> None: ...


class JobState:
    """What running work may tell (progress, a message) and ask (should I stop?).

    Thread-safe: the runner sets the cancel flag from the GUI thread while the
    work reads it in its own thread (or process: pass a ``multiprocessing``
    event as ``flag``).

    Args:
        on_progress: called with (done, total) on each :meth:`set_progress`.
        on_message: called with the text on each :meth:`set_message`.
        flag: the cancel flag (default: a fresh ``threading.Event``).
    """

    def __init__(
        self,
        on_progress: Callable[[int, int], Any] | None = None,
        on_message: Callable[[str], Any] | None = None,
        flag: _Flag | None = None,
    ) -> None:
        self._on_progress = on_progress
        self._on_message = on_message
        self._flag: _Flag = flag if flag is not None else threading.Event()
        #: The last progress and message set (for the CLI and tests).
        self.progress: tuple[int, int] = (0, 0)
        self.message = ""

    # -- telling ---------------------------------------------------------------
    def set_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done (total 0: unknown, a busy indicator)."""
        self.progress = (int(done), int(total))
        if self._on_progress is not None:
            self._on_progress(int(done), int(total))

    def set_message(self, text: str) -> None:
        """What the work is doing now, in words for the user (already translated)."""
        self.message = str(text)
        if self._on_message is not None:
            self._on_message(self.message)

    # -- asking ----------------------------------------------------------------
    def cancelled(self) -> bool:
        """True once the user asked to stop: end at the next step, changing nothing."""
        return self._flag.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._flag.is_set():
            raise Cancelled

    def cancel(self) -> None:
        """Ask the work to stop (the runner calls this; so can a CLI's Ctrl+C)."""
        self._flag.set()

    def report(self, done: int, total: int) -> bool:
        """A :data:`Progress` callback: records the progress; True to go on."""
        self.set_progress(done, total)
        return not self._flag.is_set()
