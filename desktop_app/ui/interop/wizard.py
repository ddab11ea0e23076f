"""The import wizard: file and target, column mapping, preview with problems, import.

Step 1 reads the file (CSV or Excel) and says how it was read; step 2 shows
every column with a sample and a field chosen automatically, which the user
can change; step 3 validates off the GUI thread and shows the rows as they
will be stored with each row's problem next to it. Import runs in a worker
with progress and cancel, is one transaction and one undo step, and ends with
the import report. Nothing in the atlas changes before the last step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.interop.catalogue import TARGETS
from desktop_app.interop.errors import ImportCancelledError
from desktop_app.interop.matching import auto_match
from desktop_app.interop.validation import ADD, SKIP, UPDATE, WARNING
from desktop_app.store import AtlasError
from desktop_app.ui.interop.preview_model import ImportPreviewModel
from desktop_app.ui.interop.worker import run_with_progress
from desktop_app.ui.numbers import number  # ship: Dutch separators
from desktop_app.ui.window.widgets import plain_message

FILE_FILTER = "CSV, Excel, LibreOffice (*.csv *.txt *.tsv *.xlsx *.ods)"
#: Cells shown as samples per column in the mapping step.
SAMPLES = 3


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (for instance from Excel, separated by ; or ,) or a workbook from "
                "Excel (.xlsx) or LibreOffice (.ods). The first row must hold the column names."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.target = QComboBox()
        self.target.setObjectName("import_target")
        for name, spec in TARGETS.items():
            self.target.addItem(str(spec.label), name)
        self.policy = QButtonGroup(self)
        policies = QVBoxLayout()
        for value, text in (
            (SKIP, self.tr("Skip rows that are already in the atlas")),
            (UPDATE, self.tr("Update them with the filled cells of the file")),
            (ADD, self.tr("Add them anyway")),
        ):
            button = QRadioButton(text)
            button.setProperty("policy", value)
            button.setChecked(value == SKIP)
            self.policy.addButton(button)
            policies.addWidget(button)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("The rows are:"), self.target)
        form.addRow(self.tr("Duplicates:"), policies)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), self.path.text(), FILE_FILTER
        )
        if path:
            self.path.setText(path)

    def chosen_policy(self) -> str:
        button = self.policy.checkedButton()
        return button.property("policy") if button is not None else SKIP

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        from desktop_app.interop.sources import read_table

        path = self.path.text().strip()
        try:
            self._wizard.table = run_with_progress(
                self, self.tr("Reading the file…"), lambda progress: read_table(path)
            )
        except AtlasError as exc:
            self._wizard.show_error(self.tr("The file cannot be imported"), str(exc))
            return False
        self._wizard.target_name = self.target.currentData()
        self._wizard.policy = self.chosen_policy()
        return True


class ImportMappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.how = _plain_label()
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("mapping_table")
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.required = _plain_label()
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet_label = QLabel(self.tr("Sheet:"))
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(sheet_row)
        layout.addWidget(self.how)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.required)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        many = len(table.sheets) > 1
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        current = table.description.removeprefix("Excel, ")
        if current in table.sheets:
            self.sheet.setCurrentIndex(table.sheets.index(current))
        self.sheet.blockSignals(False)
        if not getattr(self, "_sheet_connected", False):
            self.sheet.currentTextChanged.connect(self._reread)
            self._sheet_connected = True
        self.sheet.setVisible(many)
        self.sheet_label.setVisible(many)
        self._fill(table)

    def _reread(self, sheet: str) -> None:
        from desktop_app.interop.sources import read_table

        path = self._wizard.file_page.path.text().strip()
        try:
            self._wizard.table = run_with_progress(
                self, self.tr("Reading the sheet…"), lambda progress: read_table(path, sheet=sheet)
            )
        except AtlasError as exc:
            self._wizard.show_error(self.tr("The sheet cannot be read"), str(exc))
            return
        self._fill(self._wizard.table)

    def _fill(self, table: Any) -> None:
        spec = TARGETS[self._wizard.target_name]
        self.setSubTitle(
            self.tr(
                "Each column of the file goes into a field of %1; change what is wrong."
            ).replace("%1", str(spec.label))
        )
        self.how.setText(
            self.tr("Read as: %1, %2 rows.")
            .replace("%1", table.description)
            .replace("%2", number(len(table.rows)))
        )
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Field")]
        )
        automatic = auto_match(table.headers, spec)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(header or f"#{i + 1}"))
            samples = [
                str(row[i]) for row in table.rows[:50] if i < len(row) and row[i] not in (None, "")
            ][:SAMPLES]
            self.grid.setItem(i, 1, QTableWidgetItem(" · ".join(s[:40] for s in samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), None)
            for f in spec.fields:
                combo.addItem(str(f.label) + (" *" if f.required else ""), f.name)
            combo.setCurrentIndex(max(0, combo.findData(automatic.get(i))))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        required = [str(f.label) for f in spec.fields if f.required]
        self.required.setText(self.tr("* required: %1").replace("%1", ", ".join(required)))

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        return True


class ImportPreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "The first rows as they will be stored, and every row with a problem. "
                "Nothing is imported while any row has an error."
            )
        )
        self.summary = _plain_label()
        self.summary.setObjectName("preview_summary")
        self.view = QTableView()
        self.view.setObjectName("preview_table")
        self.view.setWordWrap(False)
        self.notes = QListWidget()
        self.notes.setObjectName("preview_problems")
        self.notes.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def initializePage(self) -> None:
        from desktop_app.interop.validation import validate

        wizard = self._wizard
        atlas = wizard.session.atlas
        try:
            preview = run_with_progress(
                self,
                self.tr("Checking the rows…"),
                lambda progress: validate(
                    atlas,
                    wizard.table,
                    wizard.target_name,
                    wizard.mapping,
                    policy=wizard.policy,
                    progress=progress,
                ),
            )
        except ImportCancelledError:
            preview = None
        except AtlasError as exc:
            wizard.show_error(self.tr("The file cannot be checked"), str(exc))
            preview = None
        wizard.preview = preview
        self.notes.clear()
        if preview is None:
            self.summary.setText(self.tr("Not checked. Go back to try again."))
            self.view.setModel(None)
            self.completeChanged.emit()
            return
        model = ImportPreviewModel(preview, self.view)
        self.view.setModel(model)
        self.view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
        verdict = (
            self.tr("Ready to import.")
            if preview.ok
            else self.tr(
                "%n error(s): correct the file (or the matching) and try again.",
                "",
                len(preview.errors),
            )
        )
        self.summary.setText(f"{preview.summary()}. {verdict}")
        for problem in [p for p in preview.file_problems][:50] + preview.errors[:200]:
            self.notes.addItem(str(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and preview.ok

    def validatePage(self) -> bool:
        return self._wizard.run_import()


class ImportWizard(QWizard):
    """Modal wizard; after a successful import ``result`` holds the ImportResult."""

    def __init__(self, session: Any, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.session = session
        self.table: Any = None
        self.target_name = "networks"
        self.mapping: dict[int, str] = {}
        self.policy = SKIP
        self.preview: Any = None
        self.result: Any = None
        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.file_page.path.setText(path)
        self.resize(900, 620)

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def run_import(self) -> bool:
        from desktop_app.interop.importer import apply

        source = Path(self.file_page.path.text().strip()).name
        try:
            self.result = run_with_progress(
                self,
                self.tr("Importing…"),
                lambda progress: apply(
                    self.session.atlas, self.preview, progress=progress, source=source
                ),
            )
        except ImportCancelledError:
            self.show_error(self.tr("Import cancelled"), self.tr("Nothing was imported."))
            return False
        except AtlasError as exc:
            self.show_error(self.tr("The import failed"), str(exc))
            return False
        return True


def report_box(parent: QWidget, result: Any) -> QMessageBox:
    """The import report: counts in the message, every note in the details, and a save button."""
    report = result.report
    text = str(report.as_text())
    first, _, rest = text.partition("\n")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ImportWizard", "Import report"),
        first,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    notes = [p for p in report.problems if p.severity != WARNING]
    if rest:
        box.setDetailedText(rest)
    save = box.addButton(
        QCoreApplication.translate("ImportWizard", "Save report…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Ok)

    def on_clicked(button: Any) -> None:
        if button is save:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("ImportWizard", "Save report"),
                "importverslag.txt",
                "*.txt",
            )
            if path:
                from desktop_app.interop.safe_files import atomic_write

                try:
                    atomic_write(path, lambda fh: fh.write((text + "\n").encode()), overwrite=True)
                except AtlasError as exc:
                    plain_message(
                        parent, QCoreApplication.translate("ImportWizard", "Save report"), str(exc)
                    )

    box.buttonClicked.connect(on_clicked)
    box.setProperty("note_count", len(notes))
    return box
