"""Fail a test that leaves Qt work behind: a running thread, a top-level widget, an active timer.

As napari's and qutebrowser's harnesses do: after a test and its fixtures are
torn down (and pytest-qt has closed the widgets given to ``qtbot.addWidget``),
deferred deletes are carried out and then

- every ``QThread`` started during the test must have finished, and the global
  ``QThreadPool`` must be idle;
- no top-level widget made during the test may still exist;
- no ``QTimer`` started during the test may still be active.

Qt's own warnings fail tests through pytest-qt (``qt_log_level_fail`` in
pyproject.toml). A test that leaks on purpose says so with
``@pytest.mark.qt_leak_ok``.
"""

from __future__ import annotations

import gc
import weakref

import pytest

#: Qt's own top-level helpers that live for the whole process once made.
_QT_SINGLETONS = {"QTipLabel", "QWhatsThat", "QComboBoxPrivateContainer", "QCompleter"}
_started_threads: weakref.WeakSet = weakref.WeakSet()
_started_timers: weakref.WeakSet = weakref.WeakSet()
_GRACE_MS = 2000


def _install_tracking() -> None:
    from PySide6.QtCore import QThread, QTimer

    if getattr(QThread, "_leak_tracking", False):
        return
    thread_start, timer_start = QThread.start, QTimer.start

    def start_thread(self, *args, **kwargs):
        _started_threads.add(self)
        return thread_start(self, *args, **kwargs)

    def start_timer(self, *args, **kwargs):
        _started_timers.add(self)
        return timer_start(self, *args, **kwargs)

    QThread.start = start_thread
    QTimer.start = start_timer
    QThread._leak_tracking = True


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "qt_leak_ok: the test may leave Qt threads, widgets or timers behind"
    )


def _app():
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover - Qt is a dependency
        return None
    return QApplication.instance()


def _flush(app) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()  # pyqtgraph's menus belong to Python objects in reference cycles


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item):
    _install_tracking()
    _started_threads.clear()
    _started_timers.clear()
    app = _app()
    item._qt_toplevels_before = {id(w) for w in app.topLevelWidgets()} if app is not None else set()
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    result = yield
    app = _app()
    if app is None:
        return result
    if item.get_closest_marker("qt_leak_ok") is not None:
        # Allowed to leak, but not into the next test: close what it left open.
        before = getattr(item, "_qt_toplevels_before", set())
        for widget in app.topLevelWidgets():
            if id(widget) not in before:
                widget.close()
                widget.deleteLater()
        _flush(app)
        return result
    from PySide6.QtCore import QThreadPool

    # The fixtures' values (a window, a dialog) are torn down: let Python free them too.
    if isinstance(getattr(item, "funcargs", None), dict):
        item.funcargs.clear()
    _flush(app)
    problems = []
    for thread in list(_started_threads):
        if _alive(thread) and thread.isRunning() and not thread.wait(_GRACE_MS):
            problems.append(f"a running thread: {type(thread).__name__}")
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(_GRACE_MS):
        problems.append(f"{pool.activeThreadCount()} task(s) still running in the QThreadPool")
    _flush(app)
    before = getattr(item, "_qt_toplevels_before", set())
    for widget in app.topLevelWidgets():
        name = type(widget).__name__
        if id(widget) not in before and name not in _QT_SINGLETONS:
            problems.append(f"a top-level widget: {name} {widget.windowTitle()!r}")
            widget.close()
            widget.deleteLater()
    for timer in list(_started_timers):
        if _alive(timer) and timer.isActive():
            parent = timer.parent()
            owner = f" of {type(parent).__name__}" if parent is not None else ""
            problems.append(f"an active timer{owner} ({timer.interval()} ms)")
            timer.stop()
    _flush(app)
    if problems:
        pytest.fail("the test left Qt work behind:\n  " + "\n  ".join(problems), pytrace=False)
    return result
