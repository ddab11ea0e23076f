"""The read-only connections an open atlas has handed to worker threads.

A reader in the middle of a read holds a snapshot of the atlas: SQLite then
cannot empty the write-ahead log, which keeps the old page images, erased
names included. An erasure's scrub therefore pauses the readers: new ones
wait until it is done, open ones get a moment to finish and are then
interrupted (``sqlite3_interrupt`` may be called from any thread; the worker
sees an error and its task is redone after the erasure's change
notification).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

#: How long a scrub waits for open readers to finish before interrupting them (s).
FINISH_WAIT = 3.0
#: How long after interrupting (s).
INTERRUPT_WAIT = 3.0


class ReaderGate:
    """Counts the open readers of one atlas, and holds new ones back while paused."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._open: set[Any] = set()
        self._paused = 0

    def enter(self, conn_factory: Any) -> Any:
        """Open a reader connection with ``conn_factory()`` once no pause is on."""
        with self._cond:
            while self._paused:
                self._cond.wait()
            conn = conn_factory()
            self._open.add(conn)
            return conn

    def leave(self, conn: Any) -> None:
        with self._cond:
            self._open.discard(conn)
            self._cond.notify_all()

    @property
    def open_count(self) -> int:
        with self._cond:
            return len(self._open)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """No reader is open inside the block (unless one would not stop in time)."""
        with self._cond:
            self._paused += 1
            try:
                if not self._wait_closed(FINISH_WAIT):
                    for conn in list(self._open):
                        with contextlib.suppress(Exception):
                            conn.interrupt()
                    self._wait_closed(INTERRUPT_WAIT)
            except BaseException:
                self._paused -= 1
                self._cond.notify_all()
                raise
        try:
            yield
        finally:
            with self._cond:
                self._paused -= 1
                self._cond.notify_all()

    def _wait_closed(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while self._open:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._cond.wait(left)
        return True
