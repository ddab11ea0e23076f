"""The harness fails a test that leaves a thread, window or timer behind, or makes Qt warn."""

from __future__ import annotations

INNER = """
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QWidget


class Sleeper(QThread):
    def run(self):
        self.msleep(4000)


def test_clean(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()


def test_leaks_a_window(qapp):
    global kept
    kept = QWidget()
    kept.show()


def test_leaks_a_timer(qapp):
    global timer
    timer = QTimer()
    timer.start(60000)


def test_leaks_a_thread(qapp):
    global thread
    thread = Sleeper()
    thread.start()


def test_qt_warns(qapp):
    QCoreApplication.removePostedEvents(None)
    # Qt warns: "QTimer::singleShot: Timers cannot have negative timeouts"
    QTimer.singleShot(-1, lambda: None)
"""


def test_leaks_and_qt_warnings_fail_the_test(pytester):
    # The inner run imports tests.qt_leaks through PYTHONPATH (the repository).
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess(
        "-p",
        "tests.qt_leaks",
        "-o",
        "qt_api=pyside6",
        "-o",
        "qt_log_level_fail=WARNING",
        "-q",
        "-p",
        "no:cacheprovider",
    )
    text = result.stdout.str() + result.stderr.str()
    assert "test_inner.py::test_clean" not in text.split("short test summary")[-1]
    for name, why in (
        ("test_leaks_a_window", "a top-level widget: QWidget"),
        ("test_leaks_a_timer", "an active timer"),
        ("test_leaks_a_thread", "a running thread: Sleeper"),
    ):
        assert f"ERROR test_inner.py::{name}" in text, text
        assert why in text
    assert "FAILED test_inner.py::test_qt_warns" in text, text
