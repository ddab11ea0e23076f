"""PDF reports in the window: File › Export › PDF report…

:func:`install` adds the action (enabled while an atlas is open) to the File
menu's Export submenu, creating that submenu when nobody has yet. The dialog
starts on the selected network's profile when one network is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

#: The File menu's Export submenu, shared by everything that exports (interop makes it too).
EXPORT_MENU = "menu_export"


def export_menu(window: Any) -> QMenu:
    """The File › Export submenu (made before the last separator of File when missing)."""
    file_menu = window.menu("file")
    found = window.findChild(QMenu, EXPORT_MENU)
    if found is not None:
        return found
    menu = QMenu(QCoreApplication.translate("Reports", "&Export"), window)
    menu.setObjectName(EXPORT_MENU)
    separators = [a for a in file_menu.actions() if a.isSeparator()]
    if separators:
        file_menu.insertMenu(separators[-1], menu)
    else:
        file_menu.addMenu(menu)
    return menu


class ReportActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.export_pdf = QAction(QCoreApplication.translate("Reports", "PDF report…"), window)
        self.export_pdf.setObjectName("export_pdf")
        self.export_pdf.triggered.connect(self.on_export_pdf_triggered)
        export_menu(window).addAction(self.export_pdf)
        window.session_changed.connect(self.on_session_changed)
        self.on_session_changed(window.session)
        self.dialog = None

    def on_session_changed(self, session: Any) -> None:
        self.export_pdf.setEnabled(session is not None)

    def on_export_pdf_triggered(self) -> None:
        from desktop_app.ui.reports.dialog import ExportPdfDialog

        session = self.window.session
        if session is None:
            return
        ids = self.window.selection.ids()
        self.dialog = ExportPdfDialog(
            session.atlas, network_id=ids[0] if len(ids) == 1 else None, parent=self.window
        )
        self.dialog.report_saved.connect(
            lambda path: self.window.status(
                QCoreApplication.translate("Reports", "PDF saved: %1").replace("%1", path)
            )
        )
        self.dialog.open()


def install(window: Any) -> None:
    window.report_actions = ReportActions(window)
