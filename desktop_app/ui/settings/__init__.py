"""Edit › Settings (Ctrl+,): language, backups, analysis thresholds, pseudonymisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence


def install(window: Any) -> None:
    action = QAction(QCoreApplication.translate("Settings", "&Settings…"), window)
    action.setObjectName("settings")
    action.setShortcuts([QKeySequence("Ctrl+,")])
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_settings(window))
    window.addAction(action)
    menu = window.menu("edit")
    menu.addSeparator()
    menu.addAction(action)


def open_settings(window: Any, page: int = 0):
    """Show the settings dialog (modal to the window) and return it."""
    from desktop_app.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.pages.setCurrentIndex(page)
    dialog.open()
    return dialog
