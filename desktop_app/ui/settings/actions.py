"""The Edit › Settings action (Ctrl+,) and opening the settings dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.ui.window.context import WindowContext


class SettingsActions(QObject):
    """``set_language(code)`` is the window's: it switches every part's language at once."""

    def __init__(
        self, context: WindowContext, set_language: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.set_language = set_language
        self.parent_ = parent
        self.settings = QAction(parent)
        self.settings.setObjectName("settings")
        self.settings.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings.triggered.connect(lambda _checked=False: self.open_settings())
        self.retranslate()

    def retranslate(self) -> None:
        self.settings.setText(self.tr("&Settings…"))

    def open_settings(self, page: int = 0):
        """Show the settings dialog (modal to the window) and return it."""
        from desktop_app.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self.set_language, self.parent_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pages.setCurrentIndex(page)
        dialog.open()
        return dialog
