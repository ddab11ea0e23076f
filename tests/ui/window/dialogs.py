"""Driving modal dialogs from a test: act on the dialog once it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def with_dialog(open_it: Callable[[], object], handle: Callable[[QDialog], None]):
    """Call ``open_it`` (which runs a modal dialog); ``handle`` gets the dialog when shown.

    A failing ``handle`` closes the dialog (so the test does not hang) and re-raises.
    """
    failure: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            handle(dialog)
        except BaseException as exc:
            failure.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    result = open_it()
    if failure:
        raise failure[0]
    return result


def with_dialogs(open_it: Callable[[], object], *handlers: Callable[[QDialog], None]):
    """Like :func:`with_dialog` for a dialog that is shown several times in a row."""
    todo = list(handlers)
    failure: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, run)
            return
        handle = todo.pop(0)
        try:
            handle(dialog)
        except BaseException as exc:
            failure.append(exc)
            todo.clear()
            dialog.reject()
            return
        if todo:
            QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)
    result = open_it()
    if failure:
        raise failure[0]
    assert not todo, "the dialog was shown fewer times than expected"
    return result
