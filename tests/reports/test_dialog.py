"""File › Export › PDF: the dialog, its worker, and the menu entry in the window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMenu

from desktop_app.reports.export import INCLUDE_NAMES_SETTING
from desktop_app.reports.model import ReportKind
from desktop_app.ui.reports import worker as worker_module
from desktop_app.ui.reports.dialog import ExportPdfDialog
from tests.reports.conftest import RESIDENTS, fill_atlas, pdf_pages

# Known, left to the job runner's owner: Qt objects the PDF job makes in its (Python)
# thread start or stop a timer once that thread has ended. Qt's other warnings still fail.
pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support",
    "^QBasicTimer::start: current thread's event dispatcher has already been destroyed",
    "^QObject::killTimer: Timers cannot be stopped from another thread",
)


@pytest.fixture
def dialog(qtbot, report_atlas, tmp_path):
    dlg = ExportPdfDialog(report_atlas, network_id=report_atlas.ids["Moestuin Havenpad"])
    qtbot.addWidget(dlg)
    dlg.target.setText(str(tmp_path / "uit.pdf"))
    yield dlg
    dlg.reject()


def test_export_a_network_profile_and_offer_to_open_it(qtbot, dialog, tmp_path, monkeypatch):
    assert dialog.current_kind() is ReportKind.NETWORK
    assert dialog.network.currentText() == "Moestuin Havenpad"
    assert not dialog.names.isChecked()
    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.reports.dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    with qtbot.waitSignal(dialog.report_saved, timeout=30000):
        dialog.export_button.click()
    pages = pdf_pages(tmp_path / "uit.pdf")
    assert "Netwerkprofiel: Moestuin Havenpad" in pages[0]
    assert not any(name in " ".join(pages) for name in RESIDENTS)
    assert dialog.open_button.isVisible() or not dialog.isVisible()
    assert "uit.pdf" in dialog.message.text()
    dialog.open_button.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "uit.pdf")


def test_names_choice_is_remembered_per_atlas(qtbot, dialog, report_atlas, tmp_path):
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.AREA))
    dialog.area.setCurrentIndex(dialog.area.findData(report_atlas.ids["north"]))
    dialog.target.setText(str(tmp_path / "noord.pdf"))
    dialog.names.setChecked(True)
    with qtbot.waitSignal(dialog.report_saved, timeout=30000):
        dialog.export_button.click()
    assert report_atlas.setting(INCLUDE_NAMES_SETTING) is True
    assert "persoonsgegevens" in pdf_pages(tmp_path / "noord.pdf")[0]
    again = ExportPdfDialog(report_atlas)
    qtbot.addWidget(again)
    assert again.names.isChecked()
    assert again.current_kind() is ReportKind.AREA


def test_cancel_writes_nothing(qtbot, dialog, tmp_path, monkeypatch):
    real = worker_module.export_report

    def waits_for_cancel(atlas, request, path, progress):
        # Hold the export until the user has pressed Cancel, then let it run into it.
        deadline = time.monotonic() + 10
        while progress(0, 100) and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(atlas, request, path, progress)

    monkeypatch.setattr(worker_module, "export_report", waits_for_cancel)
    target = tmp_path / "uit.pdf"
    target.write_bytes(b"old")
    dialog.export_button.click()
    assert dialog.jobs.is_running()
    with qtbot.waitSignal(dialog.jobs.cancelled, timeout=15000):
        dialog.cancel_button.click()
    assert not dialog.jobs.is_running()
    assert target.read_bytes() == b"old"
    assert [
        p.name for p in tmp_path.iterdir() if p.suffix != ".zwerm" and "zwerm" not in p.name
    ] == ["uit.pdf"]
    assert dialog.export_button.isEnabled()


def test_menu_entry_in_the_window(qtbot, tmp_path):
    from desktop_app.store import Atlas
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    path = tmp_path / "venster.zwerm"
    atlas = Atlas.create(path, name="Venster")
    ids = fill_atlas(atlas)
    atlas.close()
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    action = win.report_actions.export_pdf
    assert not action.isEnabled()
    assert win.open_atlas(path)
    assert action.isEnabled()
    export = win.findChild(QMenu, "menu_export")
    assert action in export.actions()
    assert export.menuAction() in win.menu("file").actions()
    win.selection.set_ids([ids["Sportclub Zuid"]], "test")
    action.trigger()
    dlg = win.report_actions.dialog
    assert dlg.isVisible()
    assert dlg.current_kind() is ReportKind.NETWORK
    assert dlg.network.currentText() == "Sportclub Zuid"
    dlg.reject()
    win.close()
