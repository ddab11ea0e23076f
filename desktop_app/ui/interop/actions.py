"""File menu entries for import and export, enabled while an atlas is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app.interop.errors import ImportCancelledError
from desktop_app.store import AtlasError
from desktop_app.ui.interop.command import push_import
from desktop_app.ui.interop.worker import run_with_progress
from desktop_app.ui.numbers import number  # ship: Dutch separators
from desktop_app.ui.window.context import WindowContext


class InteropActions(QObject):
    """The import actions and the Export submenu; the window places them in File."""

    def __init__(self, context: WindowContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_ = parent
        self.import_action = QAction(parent)
        self.import_action.setObjectName("import_table")
        self.import_action.triggered.connect(lambda: self.import_table())
        self.import_graph_action = QAction(parent)
        self.import_graph_action.setObjectName("import_graph")
        self.import_graph_action.triggered.connect(lambda: self.import_graph())
        self.export_menu = QMenu(parent)
        self.export_menu.setObjectName("menu_export")
        self.export_actions: dict[str, QAction] = {}
        for fmt in ("xlsx", "csv", "gexf", "graphml", "json"):
            action = QAction(parent)
            action.setObjectName(f"export_{fmt}")
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))
            self.export_menu.addAction(action)
            self.export_actions[fmt] = action
        self._folder = ""
        self.retranslate()
        self.on_session_changed(context.session)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import table (CSV, Excel)…"))
        self.import_graph_action.setText(self.tr("Import &graph (GraphML)…"))
        self.export_menu.setTitle(self.tr("E&xport"))
        texts = {
            "xlsx": self.tr("Tables as &Excel…"),
            "csv": self.tr("Tables as &CSV…"),
            "gexf": self.tr("Map for &Gephi (GEXF)…"),
            "graphml": self.tr("Map for &yEd or Gephi (GraphML)…"),
            "json": self.tr("Whole atlas as &JSON…"),
        }
        for fmt, action in self.export_actions.items():
            action.setText(texts[fmt])

    def on_session_changed(self, session: Any) -> None:
        on = session is not None
        for action in (self.import_action, self.import_graph_action, *self.export_actions.values()):
            action.setEnabled(on)
        self.export_menu.setEnabled(on)

    # -- import -----------------------------------------------------------------------
    def import_table(self, path: str = "") -> Any:
        from desktop_app.ui.interop.wizard import ImportWizard, report_box

        session = self.context.session
        if session is None:
            return None
        wizard = ImportWizard(session, self.parent_, path=path)
        wizard.exec()
        result = wizard.result
        wizard.deleteLater()
        if result is None:
            return None
        report = result.report
        push_import(
            session,
            result,
            self.tr("Import of %1 (%2 added)")
            .replace("%1", report.source)
            .replace("%2", number(report.added)),
        )
        box = report_box(self.parent_, result)
        box.exec()
        return result

    def import_graph(self, path: str = "") -> Any:
        from desktop_app.interop.graph_import import import_graph

        session = self.context.session
        if session is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.parent_,
                self.tr("Import graph"),
                self._folder,
                "GraphML, GEXF (*.graphml *.gexf *.xml)",
            )
        if not path:
            return None
        try:
            result = run_with_progress(
                self.parent_,
                self.tr("Importing…"),
                lambda progress: import_graph(session.atlas, path),
            )
        except (AtlasError, ImportCancelledError) as exc:
            self._error(self.tr("The graph cannot be imported"), str(exc))
            return None
        counts = result.report.added_per_table
        text = (
            self.tr("Import of %1: %2 networks, %3 ties")
            .replace("%1", Path(path).name)
            .replace("%2", number(counts.get("networks", 0)))
            .replace("%3", number(counts.get("ties", 0)))
        )
        push_import(session, result, text)
        self.context.status(text)
        return result

    # -- export -----------------------------------------------------------------------
    def export(self, fmt: str) -> list[Path] | None:
        dialog = self.export_dialog(fmt)
        if dialog is None or dialog.exec() != dialog.DialogCode.Accepted:
            return None
        return self.export_with(dialog)

    def export_dialog(self, fmt: str) -> Any:
        """The export dialog for ``fmt``, names ticked as the atlas's privacy default says."""
        from desktop_app.reports.export import INCLUDE_NAMES_SETTING
        from desktop_app.ui.interop.export_dialog import TableExportDialog

        session = self.context.session
        if session is None:
            return None
        return TableExportDialog(
            fmt,
            session.atlas.name,
            filtered_ids=self.context.visible_ids(),
            folder=self._folder,
            with_names=bool(session.atlas.setting(INCLUDE_NAMES_SETTING, False)),
            parent=self.parent_,
        )

    def export_with(self, dialog: Any, *, confirm: Any = None) -> list[Path] | None:
        """Export as the dialog says; existing files are replaced only after a yes."""
        from desktop_app.interop.export import export, planned_paths

        atlas = self.context.session.atlas
        target = dialog.target()
        self._folder = str(target if dialog.needs_folder() else target.parent)
        try:
            existing = [
                p for p in planned_paths(atlas, dialog.fmt, target, dialog.options()) if p.exists()
            ]
        except AtlasError as exc:
            self._error(self.tr("Export failed"), str(exc))
            return None
        overwrite = False
        if existing:
            ask = confirm or self._confirm_replace
            if not ask(existing):
                return None
            overwrite = True
        options = dialog.options(overwrite=overwrite)
        try:
            written = run_with_progress(
                self.parent_,
                self.tr("Exporting…"),
                lambda progress: export(atlas, dialog.fmt, target, options),
            )
        except AtlasError as exc:
            self._error(self.tr("Export failed"), str(exc))
            return None
        self.context.status(
            self.tr("Exported: %1").replace("%1", ", ".join(p.name for p in written))
        )
        return written

    def _confirm_replace(self, paths: list[Path]) -> bool:
        names = "\n".join(p.name for p in paths[:10])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace files?"),
            self.tr("These files exist already. Replace them?") + "\n\n" + names,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent_,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent_)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
