"""The export dialog: what (format, table), which networks, names or pseudonyms, where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.interop.export import ExportOptions
from desktop_app.interop.safe_files import safe_filename

#: format -> (file suffix, whether it holds persons and tables)
FORMAT_INFO = {
    "xlsx": (".xlsx", True),
    "csv": (".csv", True),
    "gexf": (".gexf", False),
    "graphml": (".graphml", False),
    "json": (".json", True),
}


class TableExportDialog(QDialog):
    def __init__(
        self,
        fmt: str,
        atlas_name: str,
        *,
        filtered_ids: set[str] | None,
        folder: str = "",
        with_names: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.fmt = fmt
        self.atlas_name = atlas_name
        self.filtered_ids = filtered_ids
        has_persons = FORMAT_INFO[fmt][1]
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.table = QComboBox()
        self.table.setObjectName("export_table")
        if fmt in ("csv", "xlsx"):
            from desktop_app.interop.tables_export import TABLES

            labels = {
                "areas": self.tr("Areas"),
                "networks": self.tr("Networks"),
                "persons": self.tr("Persons with memberships"),
                "ties": self.tr("Ties"),
                "signals": self.tr("Signals"),
                "professionals": self.tr("Professionals"),
                "obstacles": self.tr("Obstacles"),
                "support": self.tr("Support"),
            }
            self.table.addItem(
                self.tr("All tables (one sheet each)")
                if fmt == "xlsx"
                else self.tr("All tables (one file each, in a folder)"),
                None,
            )
            for name in TABLES:
                self.table.addItem(labels[name], name)
            form.addRow(self.tr("Table:"), self.table)
        self.only_filtered = QCheckBox(self.tr("Only the networks the filter shows"))
        self.only_filtered.setObjectName("export_only_filtered")
        self.only_filtered.setEnabled(filtered_ids is not None)
        self.only_filtered.setChecked(filtered_ids is not None)
        form.addRow(self.only_filtered)
        self.with_names = QCheckBox(self.tr("Real names and contact data of persons"))
        self.with_names.setObjectName("export_with_names")
        self.with_names.setVisible(has_persons)
        self.with_names.setChecked(with_names)
        self.with_names.setToolTip(
            self.tr("Without this, persons are called 'Bewoner 1', 'Bewoner 2', …")
        )
        form.addRow(self.with_names)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save as:"), row)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._folder = folder or str(Path.home())
        self.table.currentIndexChanged.connect(self._suggest)
        self.path.textChanged.connect(self._check)
        self._suggest()

    def needs_folder(self) -> bool:
        return self.fmt == "csv" and self.table.currentData() is None

    def _suggest(self) -> None:
        suffix = FORMAT_INFO[self.fmt][0]
        if self.needs_folder():
            self.path.setText(self._folder)
            self.hint.setText(self.tr("One CSV file per table is written into this folder."))
        else:
            from desktop_app.interop.tables_export import TABLE_LABELS

            table = self.table.currentData()
            part = str(TABLE_LABELS[table]) if table else ""
            name = safe_filename(f"{self.atlas_name} - {part}" if part else self.atlas_name, suffix)
            self.path.setText(str(Path(self._folder) / name))
            self.hint.setText("")
        self._check()

    def _check(self) -> None:
        text = self.path.text().strip()
        ok = bool(text) and (
            Path(text).is_dir() if self.needs_folder() else Path(text).parent.is_dir()
        )
        self._ok.setEnabled(ok)

    def _browse(self) -> None:
        if self.needs_folder():
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self._folder)
        else:
            suffix = FORMAT_INFO[self.fmt][0]
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                self.path.text(),
                f"*{suffix}",
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if path and not path.lower().endswith(suffix):
                path += suffix
        if path:
            self.path.setText(path)

    def options(self, *, overwrite: bool = False) -> ExportOptions:
        ids = self.filtered_ids if self.only_filtered.isChecked() else None
        return ExportOptions(
            network_ids=tuple(sorted(ids)) if ids is not None else None,
            with_names=self.with_names.isChecked() and self.with_names.isVisible(),
            overwrite=overwrite,
            table=self.table.currentData() if self.fmt in ("csv", "xlsx") else None,
        )

    def target(self) -> Path:
        return Path(self.path.text().strip())


def planned_files(dialog: TableExportDialog, atlas: Any) -> list[Path]:
    """The files an export will write (to ask once before replacing any of them)."""
    from desktop_app.interop.export import planned_paths

    return planned_paths(atlas, dialog.fmt, dialog.target(), dialog.options())
