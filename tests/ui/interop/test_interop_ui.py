"""The import wizard and the export actions in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from desktop_app.store import Atlas
from tests.interop.conftest import fill


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from desktop_app import qt_i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    qt_i18n.install("nl")
    path = tmp_path / "venster.zwerm"
    atlas = Atlas.create(path, name="Venster")
    ids = fill(atlas)
    atlas.close()
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    win.ids = ids
    yield win
    win.close()


def test_file_menu_has_import_and_export(window):
    names = {a.objectName() for a in window.menu("file").actions()}
    assert {"import_table", "import_graph"} <= names
    interop = window.interop
    assert interop.import_action.text().startswith("&Tabel importeren")
    assert interop.import_action.isEnabled()
    assert sorted(interop.export_actions) == ["csv", "gexf", "graphml", "json", "xlsx"]


def _wizard(window, path):
    from desktop_app.ui.interop.wizard import ImportWizard

    wizard = ImportWizard(window.session, window, path=str(path))
    wizard.show()
    return wizard


def test_wizard_imports_with_a_corrected_mapping_as_one_undo_step(window, qtbot, tmp_path):
    from desktop_app.ui.interop.command import push_import

    source = tmp_path / "netwerken.csv"
    source.write_bytes(
        "Benaming;Soort;Wat\nLeesclub <b>Noord</b>;overig;Boeken\nKoor;cultuur;Zingen\n".encode(
            "cp1252"
        )
    )
    wizard = _wizard(window, source)
    qtbot.addWidget(wizard)
    wizard.file_page.target.setCurrentIndex(wizard.file_page.target.findData("networks"))
    assert wizard.file_page.isComplete()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    combos = page.combos
    assert combos[0].currentData() is None  # "Benaming" is not a known header
    assert combos[1].currentData() == "kind"
    combos[0].setCurrentIndex(combos[0].findData("name"))
    combos[2].setCurrentIndex(combos[2].findData("description"))
    wizard.next()
    preview_page = wizard.preview_page
    assert wizard.currentPage() is preview_page
    assert preview_page.isComplete()
    model = preview_page.view.model()
    assert model.rowCount() == 2
    assert model.index(0, 3).data() == "Leesclub <b>Noord</b>"  # shown as plain text
    before = window.session.atlas.counts()["networks"]
    assert wizard.validateCurrentPage()
    result = wizard.result
    assert result.report.added == 2
    push_import(window.session, result, "Import")
    atlas = window.session.atlas
    assert atlas.counts()["networks"] == before + 2
    [club] = atlas.networks.by_name("Leesclub <b>Noord</b>")
    assert club.description == "Boeken"
    window.session.undo_stack.undo()
    assert atlas.counts()["networks"] == before
    window.session.undo_stack.redo()
    assert atlas.networks.get(club.id).description == "Boeken"


def test_wizard_shows_each_rows_problem_and_refuses_to_import(window, qtbot, tmp_path):
    source = tmp_path / "signalen.csv"
    source.write_text(
        "netwerk;datum;dimensie;waarde\nBuurtmoestuin De Hof;27-11-2026;sfeer;1\n"
        "Onbekend;31-02-2026;sfeer;7\n",
        encoding="utf-8",
    )
    wizard = _wizard(window, source)
    qtbot.addWidget(wizard)
    wizard.file_page.target.setCurrentIndex(wizard.file_page.target.findData("signals"))
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    model = page.view.model()
    assert model.index(1, 1).data() == "fout"
    problems = model.index(1, 2).data()
    assert "Onbekend netwerk" in problems and "bestaat niet als datum" in problems
    assert page.notes.count() >= 3
    assert "3 fout" in page.summary.text()


def test_unreadable_file_stays_on_the_first_page(window, qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.interop import wizard as wizard_module

    shown = []
    monkeypatch.setattr(
        wizard_module.ImportWizard, "show_error", lambda self, title, text: shown.append(text)
    )
    source = tmp_path / "kapot.csv"
    source.write_bytes(b"naam;soort\nLees\x00club;overig\n")
    wizard = _wizard(window, source)
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert shown and "NUL" in shown[0]


def test_export_asks_before_replacing_and_respects_the_filter(window, tmp_path):
    from desktop_app.ui.interop.export_dialog import TableExportDialog

    keep = {window.ids["garden"]}
    dialog = TableExportDialog(
        "csv", "Venster", filtered_ids=keep, folder=str(tmp_path), parent=window
    )
    dialog.table.setCurrentIndex(dialog.table.findData("signals"))
    assert dialog.only_filtered.isChecked() and not dialog.with_names.isChecked()
    target = dialog.target()
    assert target.parent == tmp_path and target.name == "Venster - Signalen.csv"
    written = window.interop.export_with(dialog, confirm=lambda paths: False)
    assert written == [target]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and all("Buurtmoestuin De Hof" in line for line in lines[1:])
    target.write_text("oud")
    asked = []
    assert window.interop.export_with(dialog, confirm=lambda p: asked.append(p) or False) is None
    assert asked == [[target]] and target.read_text() == "oud"
    assert window.interop.export_with(dialog, confirm=lambda p: True) == [target]
    assert target.read_text(encoding="utf-8-sig").startswith("id;netwerk")


def test_graph_import_is_one_undo_step(window, tmp_path):
    from desktop_app.interop.export import export

    atlas = window.session.atlas
    [path] = export(atlas, "graphml", tmp_path / "kaart.graphml")
    fresh = tmp_path / "leeg.zwerm"
    Atlas.create(fresh, name="Leeg").close()
    assert window.open_atlas(fresh)
    result = window.interop.import_graph(str(path))
    assert result.report.added_per_table == {"networks": 3, "ties": 2}
    assert window.session.atlas.counts()["networks"] == 3
    window.session.undo_stack.undo()
    assert window.session.atlas.counts()["networks"] == 0


def test_a_workbook_with_several_sheets_can_switch_sheet(window, qtbot, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Uitleg"
    workbook.active.append(["Dit blad is alleen uitleg"])
    data = workbook.create_sheet("Netwerken")
    data.append(["Naam", "Soort"])
    data.append(["Wijkkoor", "cultuur"])
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    wizard = _wizard(window, path)
    qtbot.addWidget(wizard)
    wizard.next()
    page = wizard.mapping_page
    assert page.sheet.isVisibleTo(page) and page.sheet.currentText() == "Uitleg"
    page.sheet.setCurrentText("Netwerken")
    assert wizard.table.headers == ["Naam", "Soort"]
    assert [c.currentData() for c in page.combos] == ["name", "kind"]
    wizard.next()
    assert wizard.preview is not None, wizard.preview_page.summary.text()
    assert wizard.preview_page.isComplete(), [str(p) for p in wizard.preview.errors]


@pytest.mark.parametrize("page", [1, 2, 3])
def test_preview_entry_point_shows_each_step(qapp, tmp_path, page):
    from desktop_app import qt_i18n
    from desktop_app.ui.interop.preview import main

    shot = tmp_path / f"stap{page}.png"
    try:
        assert main(["--page", str(page), "--shot", str(shot)]) == 0
    finally:
        qt_i18n.install("nl")
    assert shot.stat().st_size > 5000


def test_export_dialog_follows_the_atlas_privacy_default(window):
    from desktop_app.reports.export import INCLUDE_NAMES_SETTING

    dialog = window.interop.export_dialog("json")
    assert not dialog.with_names.isChecked()
    dialog.deleteLater()
    window.session.atlas.set_setting(INCLUDE_NAMES_SETTING, True)
    dialog = window.interop.export_dialog("json")
    assert dialog.with_names.isChecked()
    dialog.deleteLater()
