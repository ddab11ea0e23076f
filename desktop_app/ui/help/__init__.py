"""Help menu: the user guide inside the app, keyboard shortcuts, About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def install(window: Any) -> None:
    from desktop_app.ui.help.dialogs import AboutDialog, GuideDialog, ShortcutsDialog

    menu = window.menu("help")
    guide = QAction(QCoreApplication.translate("Help", "User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: GuideDialog(window).exec())
    shortcuts = QAction(QCoreApplication.translate("Help", "Keyboard shortcuts"), window)
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda: ShortcutsDialog(window).exec())
    about = QAction(QCoreApplication.translate("Help", "About Zwermkaart"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: AboutDialog(window).exec())
    for action in (guide, shortcuts, about):
        menu.addAction(action)
