"""The Help menu's actions: the user guide, keyboard shortcuts and About."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class HelpActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_ = parent
        self.guide = QAction(parent)
        self.guide.setObjectName("help_guide")
        self.guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide.triggered.connect(self.show_guide)
        self.shortcuts = QAction(parent)
        self.shortcuts.setObjectName("help_shortcuts")
        self.shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.about = QAction(parent)
        self.about.setObjectName("help_about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)
        self.actions = (self.guide, self.shortcuts, self.about)
        self.retranslate()

    def retranslate(self) -> None:
        self.guide.setText(self.tr("User guide"))
        self.shortcuts.setText(self.tr("Keyboard shortcuts"))
        self.about.setText(self.tr("About Zwermkaart"))

    def show_guide(self) -> None:
        from desktop_app.ui.help.dialogs import GuideDialog

        GuideDialog(self.parent_).exec()

    def show_shortcuts(self) -> None:
        from desktop_app.ui.help.dialogs import ShortcutsDialog

        ShortcutsDialog(self.parent_).exec()

    def show_about(self) -> None:
        from desktop_app.ui.help.dialogs import AboutDialog

        AboutDialog(self.parent_).exec()
