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
