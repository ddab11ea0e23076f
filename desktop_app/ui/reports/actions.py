"""The "PDF report…" action (enabled while an atlas is open); the window puts it in Export.

The dialog starts on the selected network's profile when one network is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.ui.window.context import WindowContext


class ReportActions(QObject):
    def __init__(self, context: WindowContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_ = parent
        self.export_pdf = QAction(parent)
        self.export_pdf.setObjectName("export_pdf")
        self.export_pdf.triggered.connect(self.on_export_pdf_triggered)
        self.dialog = None
        self.retranslate()
        self.on_session_changed(context.session)

    def retranslate(self) -> None:
        self.export_pdf.setText(self.tr("PDF report…"))

    def on_session_changed(self, session: Any) -> None:
        self.export_pdf.setEnabled(session is not None)

    def on_export_pdf_triggered(self) -> None:
        from desktop_app.ui.reports.dialog import ExportPdfDialog

        session = self.context.session
        if session is None:
            return
        ids = self.context.selection.ids()
        self.dialog = ExportPdfDialog(
            session.atlas, network_id=ids[0] if len(ids) == 1 else None, parent=self.parent_
        )
        self.dialog.report_saved.connect(
            lambda path: self.context.status(self.tr("PDF saved: %1").replace("%1", path))
        )
        self.dialog.open()
