"""The import wizard on LibreOffice and CBS files, as a user goes through it (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store import Atlas

CORPUS = Path(__file__).resolve().parents[2] / "interop" / "corpus" / "tables"


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from desktop_app import qt_i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    qt_i18n.install("nl")
    path = tmp_path / "leeg.zwerm"
    Atlas.create(path, name="Leeg").close()
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    yield win
    win.close()


def _through(window, qtbot, path: Path, target: str):
    from desktop_app.ui.interop.command import push_import
    from desktop_app.ui.interop.wizard import FILE_FILTER, ImportWizard

    assert f"*{path.suffix}" in FILE_FILTER
    wizard = ImportWizard(window.session, window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.target.setCurrentIndex(wizard.file_page.target.findData(target))
    assert wizard.file_page.isComplete()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.isComplete()
    assert wizard.validateCurrentPage()
    push_import(window.session, wizard.result, "Import")
    return wizard


def test_a_cbs_list_then_a_libreoffice_sheet(window, qtbot):
    wizard = _through(window, qtbot, CORPUS / "cbs-wijken-en-buurten.csv", "areas")
    model = wizard.preview_page.view.model()
    assert model.rowCount() == 10  # 2 gemeenten, 3 wijken, 5 buurten from 5 rows
    atlas = window.session.atlas
    assert atlas.counts()["areas"] == 10
    _through(window, qtbot, CORPUS / "libreoffice-netwerken.ods", "networks")
    assert atlas.counts()["networks"] == 6
    [garden] = atlas.networks.by_name("Moestuin Café Noord")
    assert garden.size_estimate == 1250
    qtbot.waitUntil(lambda: window.table.proxy.rowCount() == 6, timeout=10000)
