"""The one job runner: a pure ``run(inputs, state)`` off the GUI thread (thread or process)."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.domain.jobs import Cancelled, JobState
from desktop_app.ui.jobs import JobRunner, running_jobs


def add(inputs, state):
    a, b = inputs
    for i in range(4):
        state.check()
        state.set_progress(i + 1, 4)
    state.set_message("adding")
    return a + b


def fail(_inputs, _state):
    raise ValueError("no")


def wait_for_cancel(event, state):
    """Runs until cancelled; ``event`` (a threading.Event) says it started."""
    event.set()
    while True:
        state.check()
        time.sleep(0.005)


def spin_in_c(seconds, state):
    """Holds the GIL in one long call, like igraph's layout (module level: picklable)."""
    import igraph

    graph = igraph.Graph.Lattice([60, 60])
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        state.set_progress(1, 2)
        graph.layout_fruchterman_reingold(niter=2000)
    return "spun"


def test_state_without_a_runner_is_plain_python():
    seen = []
    state = JobState(on_progress=lambda d, t: seen.append((d, t)))
    assert add((2, 3), state) == 5
    assert seen[-1] == (4, 4) and state.message == "adding"
    assert state.report(1, 2) is True
    state.cancel()
    assert state.cancelled() and state.report(2, 2) is False
    with pytest.raises(Cancelled):
        state.check()


def test_result_progress_and_message_arrive_in_the_gui_thread(qtbot):
    runner = JobRunner(name="add")
    progress, messages, threads = [], [], []
    runner.progressed.connect(lambda d, t: progress.append((d, t)))
    runner.message_changed.connect(messages.append)
    runner.done.connect(lambda _r: threads.append(threading.current_thread()))
    with qtbot.waitSignal(runner.done, timeout=5000) as blocker:
        generation = runner.start(add, (2, 3))
    assert blocker.args == [5] and generation == 1
    assert progress[-1] == (4, 4) and messages == ["adding"]
    assert threads == [threading.main_thread()]
    assert not runner.is_running()


def test_a_newer_start_drops_the_older_result(qtbot):
    runner = JobRunner()
    started = threading.Event()
    results, cancelled = [], []
    runner.done.connect(results.append)
    runner.cancelled.connect(lambda: cancelled.append(True))
    runner.start(wait_for_cancel, started)  # the older: stops when superseded
    assert started.wait(5)
    with qtbot.waitSignal(runner.done, timeout=5000):
        assert runner.start(add, (1, 1)) == 2
    qtbot.wait(50)
    assert results == [2] and cancelled == []  # nothing of the older one arrives
    runner.shutdown()
    assert running_jobs() == 0


def test_cancel_and_failure(qtbot):
    runner = JobRunner()
    started = threading.Event()
    runner.start(wait_for_cancel, started)
    assert started.wait(5)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    errors = []
    runner.failed.connect(errors.append)
    with qtbot.waitSignal(runner.ended, timeout=5000):
        runner.start(fail)
    assert isinstance(errors[0], ValueError)


def test_shutdown_waits_for_the_thread_and_drops_its_result(qtbot):
    runner = JobRunner()
    started = threading.Event()
    ended = []
    runner.ended.connect(lambda: ended.append(True))
    runner.start(wait_for_cancel, started)
    assert started.wait(5)
    runner.shutdown()
    assert running_jobs() == 0
    qtbot.wait(30)
    assert ended == [] and not runner.is_running()


def test_a_process_job_leaves_the_gui_thread_free_and_cancels_at_once(qtbot):
    """A job holding the GIL in a thread would starve the event loop; in a process it cannot."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    runner = JobRunner(name="spin")
    with qtbot.waitSignal(runner.done, timeout=30000) as blocker:
        runner.start(spin_in_c, 0.1, process=True)
    assert blocker.args == ["spun"]

    gaps, clock = [], QElapsedTimer()
    clock.start()

    def tick():
        gaps.append(clock.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    runner.start(spin_in_c, 60.0, process=True)
    qtbot.waitSignal(runner.progressed, timeout=30000).wait()
    qtbot.wait(1000)  # the child spins meanwhile
    t0 = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    assert time.monotonic() - t0 < 1.0
    timer.stop()
    assert max(gaps[5:]) < 100  # ms; the GUI thread went on all the time
    runner.shutdown()
