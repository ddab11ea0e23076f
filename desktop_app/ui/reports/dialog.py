"""File › Export › PDF: choose the report, make it in the background, open it.

The dialog asks for the kind (network profile, area summary, municipality
overview), the area or network, whether residents' names go in (remembered
per atlas in the setting ``reports.include_names``) and the target file. The
report is made by :func:`~desktop_app.ui.reports.worker.report_job` on the
dialog's job runner, with a progress bar and a cancel button; afterwards the
file can be opened.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Area, AreaLevel
from desktop_app.reports.build import ReportRequest, top_area
from desktop_app.reports.export import INCLUDE_NAMES_SETTING
from desktop_app.reports.model import ReportKind
from desktop_app.store import Atlas
from desktop_app.store.errors import AtlasError
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.reports.worker import report_job

log = logging.getLogger(__name__)

_FORBIDDEN = str.maketrans({c: "_" for c in '<>:"/\\|?*'})


class ExportPdfDialog(QDialog):
    """Choose and make one PDF report of ``atlas``."""

    #: A PDF was written: its path.
    report_saved = Signal(str)

    def __init__(
        self,
        atlas: Atlas,
        *,
        network_id: str | None = None,
        area_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_pdf_dialog")
        self.setWindowTitle(self.tr("Export PDF report"))
        self.atlas = atlas
        self.jobs = JobRunner(self, name="report")
        self.saved_path: str | None = None
        self._folder_chosen = False

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Area summary (district or neighbourhood)"), ReportKind.AREA)
        self.kind.addItem(self.tr("Network profile"), ReportKind.NETWORK)
        self.kind.addItem(self.tr("Municipality overview"), ReportKind.MUNICIPALITY)
        self.area = QComboBox()
        self.area.setObjectName("area")
        self.network = QComboBox()
        self.network.setObjectName("network")
        self.network.setEditable(True)
        self.network.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names = QCheckBox(
            self.tr("Include residents' names (the report then contains personal data)")
        )
        self.names.setObjectName("include_names")
        self.names.setChecked(bool(atlas.setting(INCLUDE_NAMES_SETTING, False)))
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self.on_browse_clicked)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        self._area_label = QLabel(self.tr("Area"))
        form.addRow(self._area_label, self.area)
        self._network_label = QLabel(self.tr("Network"))
        form.addRow(self._network_label, self.network)
        form.addRow("", self.names)
        form.addRow(self.tr("Save as"), target_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.open_button = self.buttons.addButton(
            self.tr("Open the file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("open_file")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._fill(network_id, area_id)
        self._connect_signals()
        self.on_kind_changed()
        self.resize(560, self.sizeHint().height())

    # -- filling -----------------------------------------------------------------------
    def _fill(self, network_id: str | None, area_id: str | None) -> None:
        areas = self.atlas.areas.all()
        children: dict[str | None, list[Area]] = {}
        for a in areas:
            children.setdefault(a.parent_id, []).append(a)

        def add(parent: str | None, depth: int) -> None:
            for a in sorted(children.get(parent, []), key=lambda x: x.name.casefold()):
                self.area.addItem("    " * depth + a.name, a.id)
                add(a.id, depth + 1)

        add(None, 0)
        for network in self.atlas.networks.all():
            self.network.addItem(network.name, network.id)
        chosen_network = self.network.findData(network_id) if network_id else -1
        if chosen_network >= 0:
            self.network.setCurrentIndex(chosen_network)
            self.kind.setCurrentIndex(self.kind.findData(ReportKind.NETWORK))
            network = self.atlas.networks.find(network_id)
            area_id = area_id or (network.area_id if network else None)
        chosen_area = self.area.findData(area_id) if area_id else -1
        if chosen_area < 0:
            # Default: the first district, the usual subject of an area summary.
            districts = [a for a in areas if a.level is AreaLevel.DISTRICT]
            top = top_area(self.atlas)
            default = sorted(districts, key=lambda a: a.name.casefold())[:1] or (
                [top] if top else []
            )
            chosen_area = self.area.findData(default[0].id) if default else 0
        self.area.setCurrentIndex(max(chosen_area, 0))

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.area.currentIndexChanged.connect(self.on_subject_changed)
        self.network.currentIndexChanged.connect(self.on_subject_changed)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.jobs.progressed.connect(self.on_job_progressed)
        self.jobs.done.connect(self.on_job_finished)
        self.jobs.failed.connect(self.on_job_failed)
        self.jobs.cancelled.connect(self.on_job_cancelled)

    # -- state -------------------------------------------------------------------------
    def current_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())  # Qt hands the StrEnum back as str

    def request(self) -> ReportRequest | None:
        kind = self.current_kind()
        subject = None
        if kind is ReportKind.AREA:
            subject = self.area.currentData()
        elif kind is ReportKind.NETWORK:
            index = self.network.findText(self.network.currentText(), Qt.MatchFlag.MatchFixedString)
            subject = self.network.itemData(index) if index >= 0 else None
        if kind is not ReportKind.MUNICIPALITY and not subject:
            return None
        return ReportRequest(kind, subject, self.names.isChecked(), date.today())

    def default_name(self) -> str:
        kind = self.current_kind()
        today = date.today().strftime("%d-%m-%Y")
        if kind is ReportKind.NETWORK:
            title = self.tr("Network profile %1").replace("%1", self.network.currentText())
        elif kind is ReportKind.AREA:
            title = self.tr("Area summary %1").replace("%1", self.area.currentText().strip())
        else:
            top = top_area(self.atlas)
            name = top.name if top else self.atlas.name
            title = self.tr("Municipality overview %1").replace("%1", name)
        return f"{title} {today}.pdf".translate(_FORBIDDEN)

    def on_kind_changed(self, *_args) -> None:
        kind = self.current_kind()
        for widget in (self._area_label, self.area):
            widget.setVisible(kind is ReportKind.AREA)
        for widget in (self._network_label, self.network):
            widget.setVisible(kind is ReportKind.NETWORK)
        self.on_subject_changed()

    def on_subject_changed(self, *_args) -> None:
        folder = Path(self.target.text()).parent if self._folder_chosen else _documents()
        self.target.setText(str(folder / self.default_name()))

    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF report"), self.target.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self._folder_chosen = True
            self.target.setText(path)

    # -- running -----------------------------------------------------------------------
    def on_export_clicked(self) -> None:
        request = self.request()
        target = self.target.text().strip()
        if request is None:
            self.message.setText(self.tr("Choose an area or network that is in the atlas."))
            return
        if not target:
            self.message.setText(self.tr("Choose where to save the PDF."))
            return
        if (
            not self.atlas.read_only
            and self.atlas.setting(INCLUDE_NAMES_SETTING, False) != request.with_names
        ):
            self.atlas.set_setting(INCLUDE_NAMES_SETTING, request.with_names)
        self._set_running(True)
        self.message.setText(self.tr("Making the report…"))
        self.jobs.start(report_job, (self.atlas, request, target))

    def on_cancel_clicked(self) -> None:
        if self.jobs.is_running():
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))
            self.jobs.cancel()

    def on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(100 * done // max(total, 1))

    def on_job_finished(self, result) -> None:
        self._end_job()
        path, pages = str(result.path), result.pages
        self.saved_path = path
        self.message.setText(self.tr("Saved: %1 (%n pages).", "", pages).replace("%1", path))
        self.open_button.show()
        self.report_saved.emit(path)

    def on_job_failed(self, error: BaseException) -> None:
        self._end_job()
        if isinstance(error, AtlasError):
            message = str(error)
        else:  # a bug: say so in the dialog, and in the log (type only: no residents' data)
            log.error("report failed: %s", type(error).__name__)
            message = f"{type(error).__name__}: {error}"
        self.message.setText(self.tr("The report was not saved: %1").replace("%1", message))

    def on_job_cancelled(self) -> None:
        self._end_job()
        self.message.setText(self.tr("Cancelled: no file was written."))

    def on_open_clicked(self) -> None:
        if self.saved_path:
            # A local file opened in the user's PDF viewer; no network involved.
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.saved_path))

    def _end_job(self) -> None:
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.kind, self.area, self.network, self.names, self.target, self.browse):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)
            self.open_button.hide()

    def reject(self) -> None:
        # Closing while running: stop and wait (the export is atomic), write nothing.
        self.jobs.shutdown()
        super().reject()


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())
