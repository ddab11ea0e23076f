"""The main window like a user uses it: select, search, filter, edit, undo, remember."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QFileDialog

from desktop_app.store import Atlas
from desktop_app.ui.main_window import MainWindow
from tests.ui.window.conftest import build_small_atlas, settle
from tests.ui.window.dialogs import with_dialog, with_dialogs


def select_row_by_name(window, qtbot, name: str) -> None:
    view = window.table.view
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == name:
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} not in the table")


def test_title_and_table_show_the_atlas(window):
    assert window.windowTitle().startswith("Kleine atlas")
    assert "DEMO" not in window.windowTitle()
    assert window.table.proxy.rowCount() == 5
    assert not window.status_bar.demo.isVisibleTo(window)


def test_a_demo_atlas_is_clearly_marked(qtbot, tmp_path, settings):
    path = tmp_path / "demo.zwerm"
    build_small_atlas(path, name="Demo-atlas Lindewaarde", is_demo=True)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_atlas(path)
    assert "(DEMO)" in win.windowTitle()
    assert win.status_bar.demo.isVisibleTo(win)
    assert "DEMO" in win.status_bar.demo.text()
    settle(win, qtbot)
    win.close()


def spy(monkeypatch, obj, name: str) -> list:
    """Record the calls of obj.name (still calling it)."""
    calls: list = []
    original = getattr(obj, name)

    def wrapper(*args):
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(obj, name, wrapper)
    return calls


def test_clicking_a_row_selects_it_everywhere_and_shows_details(
    window, qtbot, small_atlas, monkeypatch
):
    _path, ids = small_atlas
    map_calls = spy(monkeypatch, window.map, "set_selected_ids")
    select_row_by_name(window, qtbot, "Moestuin De Linde")
    assert window.selection.ids() == [ids["garden"]]
    assert window.details_panel.title.text() == "Moestuin De Linde"
    # The map follows the table.
    assert map_calls[-1] == ([ids["garden"]],)


def test_selecting_on_the_map_selects_the_table_row(window, small_atlas):
    _path, ids = small_atlas
    window.map.selection_changed.emit([ids["choir"]])
    assert window.table.selected_ids() == [ids["choir"]]
    assert window.details_panel.title.text() == "Buurtkoor Zuid"


def test_details_show_vitality_and_findings_in_words(window, small_atlas):
    _path, ids = small_atlas
    window.selection.set_ids([ids["garden"]], "test")
    text = window.details_panel.vitality.text()
    assert "van de 100" in text
    assert "Oogstfeest" in text  # the signal that weighs most
    findings = window.details_panel.findings.text()
    assert "trekker" in findings
    assert "verbinder" in findings


def test_typing_in_search_selects_and_centres_the_hit(window, qtbot, small_atlas, monkeypatch):
    _path, ids = small_atlas
    centred = spy(monkeypatch, window.map, "center_on")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "koor")
    qtbot.waitUntil(lambda: window.selection.ids() == [ids["choir"]], timeout=2000)
    assert centred[-1] == (ids["choir"],)


def test_a_filter_reduces_the_visible_nodes_and_rows(window, small_atlas):
    _path, ids = small_atlas
    panel = window.filter_panel
    panel.mode_box.setCurrentIndex(panel.mode_box.findData("hide"))
    before = window.map.visible_node_count()
    panel.select_area(ids["south"])
    assert window.visible_ids() == {ids["choir"], ids["elderly"]}
    assert window.map.visible_node_count() < before
    assert window.map.visible_node_count() == 2
    assert window.table.proxy.rowCount() == 2
    panel.reset()
    assert window.visible_ids() is None
    assert window.table.proxy.rowCount() == 5


def test_kind_checkbox_filters(window, small_atlas):
    _path, ids = small_atlas
    kinds = window.filter_panel.kinds
    for i in range(kinds.count()):
        if kinds.item(i).data(Qt.ItemDataRole.UserRole) == "culture":
            kinds.item(i).setCheckState(Qt.CheckState.Checked)
    assert window.visible_ids() == {ids["choir"]}


def rename_in_dialog(new_name: str):
    def handle(dialog):
        dialog.name.setText(new_name)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return handle


def test_edit_a_name_then_ctrl_z_restores_it_in_the_atlas(window, qtbot, small_atlas):
    path, ids = small_atlas
    window.selection.set_ids([ids["repair"]], "test")
    with_dialog(window.actions.edit.trigger, rename_in_dialog("Repaircafé Noord-West"))
    assert window.session.atlas.networks.get(ids["repair"]).name == "Repaircafé Noord-West"
    assert "Opgeslagen" in window.statusBar().currentMessage()
    assert window.details_panel.title.text() == "Repaircafé Noord-West"
    # The window manager gives the focus back after a dialog; offscreen we do it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.atlas.networks.get(ids["repair"]).name == "Repair Café Noord"
    assert window.details_panel.title.text() == "Repair Café Noord"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.atlas.networks.get(ids["repair"]).name == "Repaircafé Noord-West"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    window.close()
    with Atlas.open(path) as atlas:
        assert atlas.networks.get(ids["repair"]).name == "Repair Café Noord"


def test_html_in_a_name_is_shown_literally(window, small_atlas):
    _path, ids = small_atlas
    evil = '<b>x</b><img src="file:///etc/passwd">'
    window.selection.set_ids([ids["app"]], "test")
    with_dialog(window.actions.edit.trigger, rename_in_dialog(evil))
    title = window.details_panel.title
    assert title.text() == evil
    assert title.textFormat() == Qt.TextFormat.PlainText
    row = window.table.model.row_of(ids["app"])
    assert window.table.model.index(row, 0).data() == evil
    assert window.windowTitle().startswith("Kleine atlas")


def test_an_invalid_field_shows_a_message_and_blocks_ok(window, small_atlas):
    _path, ids = small_atlas
    seen = {}

    def handle(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name.setText("   ")
        dialog.founded.setText("31-02-2020")
        seen["ok"] = ok.isEnabled()
        seen["name"] = dialog.error_text("name")
        seen["founded"] = dialog.error_text("founded")
        seen["cancel"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.reject()

    window.selection.set_ids([ids["garden"]], "test")
    with_dialog(window.actions.edit.trigger, handle)
    assert seen == {
        "ok": False,
        "name": "Een naam is verplicht.",
        "founded": "Geen datum: gebruik dd-mm-jjjj, bijv. 27-11-2026.",
        "cancel": "Annuleren",
    }
    assert window.session.atlas.networks.get(ids["garden"]).name == "Moestuin De Linde"


def test_new_network_with_a_member_is_one_undo_step(window, small_atlas):
    _path, ids = small_atlas
    atlas = window.session.atlas

    def handle(dialog):
        from desktop_app.domain import Membership

        dialog.name.setText("Speeltuinvereniging")
        dialog.memberships.append(Membership(person_id=ids["anna"], network_id=dialog.network_id))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(window.actions.new_network.trigger, handle)
    [network] = atlas.networks.by_name("Speeltuinvereniging")
    assert len(atlas.memberships.of_network(network.id)) == 1
    assert window.selection.ids() == [network.id]
    window.actions.undo.trigger()
    assert atlas.networks.by_name("Speeltuinvereniging") == []
    assert len(atlas.memberships.of_person(ids["anna"])) == 2


def test_delete_asks_first_and_undo_brings_everything_back(window, monkeypatch, small_atlas):
    _path, ids = small_atlas
    atlas = window.session.atlas
    answers = []

    def ask(parent, title, question):
        answers.append(question)
        return len(answers) > 1

    monkeypatch.setattr("desktop_app.ui.window.editing.plain_question", ask)
    window.selection.set_ids([ids["garden"]], "test")
    window.actions.delete.trigger()
    assert atlas.networks.find(ids["garden"]) is not None  # said no
    window.actions.delete.trigger()
    assert "Moestuin De Linde" in answers[-1]
    assert atlas.networks.find(ids["garden"]) is None
    assert window.table.proxy.rowCount() == 4
    window.actions.undo.trigger()
    assert atlas.networks.find(ids["garden"]) is not None
    assert len(atlas.memberships.of_network(ids["garden"])) == 1
    assert len(atlas.ties.of_network(ids["garden"])) == 1


def test_window_state_is_remembered_across_two_windows(qtbot, small_atlas, settings):
    path, _ids = small_atlas
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_atlas(path)
    first.show()
    first.resize(720, 540)
    first.findChild(QDockWidget, "details_panel").hide()
    settle(first, qtbot)
    first.close()
    assert settings.last_atlas == str(path.resolve())
    assert settings.recent_atlases == [str(path.resolve())]

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 540)
    assert not second.findChild(QDockWidget, "details_panel").isVisible()
    assert second.findChild(QDockWidget, "filter_panel").isVisible()
    second.close()


def test_file_new_atlas_creates_a_file_and_opens_it(window, monkeypatch, tmp_path):
    target = tmp_path / "nieuw" / "Wijk Oost"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.new_atlas.trigger()
    created = target.with_name("Wijk Oost.zwerm")
    assert created.exists()
    assert window.windowTitle().startswith("Wijk Oost")
    assert window.table.proxy.rowCount() == 0
    assert str(created.resolve()) in window.settings.recent_atlases


def test_store_errors_are_shown_and_nothing_changes(window, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(
        "desktop_app.ui.window.context.plain_message", lambda *args: shown.append(args[2])
    )
    # A SQLite file of another program (a file that is not SQLite at all may be an
    # encrypted atlas: then the window asks for a passphrase first).
    bad = tmp_path / "ander.zwerm"
    with contextlib.closing(sqlite3.connect(bad)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    assert not window.open_atlas(bad)
    assert shown and "atlas" in shown[0].lower()
    assert window.windowTitle().startswith("Kleine atlas")


def test_english_can_be_chosen_and_takes_effect_at_once(window):
    assert window.menu("file").title() == "&Bestand"
    window.actions.languages["en"].trigger()
    try:
        assert window.menu("file").title() == "&File"
        assert window.table.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert window.settings.language == "en"
    finally:
        window.set_language("nl")
    assert window.menu("file").title() == "&Bestand"


def test_preview_entry_point_starts_and_quits(small_atlas, tmp_path):
    path, _ids = small_atlas
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.ui.main_window", str(path), "--quit-after", "200"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


#: Runs the real command line entry, closing every window shortly after it started.
QUIT_SOON = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from desktop_app.cli.main import main\n"
    "app = QApplication(sys.argv[:1])\n"
    "QTimer.singleShot(300, app.closeAllWindows)\n"
)


def test_zwermkaart_without_arguments_opens_the_demo_atlas(tmp_path):
    """``zwermkaart`` alone: the window on the user's own demo copy (made on first start)."""
    env = {**os.environ, "ZWERMKAART_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QUIT_SOON + "sys.exit(main([]))"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo.zwerm").exists()
    assert "demo.zwerm" in (tmp_path / "window.ini").read_text()


def test_clicking_a_node_on_the_map_selects_it_and_shows_details(window, qtbot, small_atlas):
    _path, ids = small_atlas
    window.map.fit_to_view()
    qtbot.waitUntil(lambda: not window.map.is_moving(), timeout=2000)
    point = window.map.viewport_point(ids["choir"]).toPoint()
    qtbot.mouseClick(window.map.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.selection.ids() == [ids["choir"]], timeout=2000)
    assert window.details_panel.title.text() == "Buurtkoor Zuid"
    assert window.table.selected_ids() == [ids["choir"]]


def test_double_click_on_a_node_opens_its_profile(window, qtbot, small_atlas):
    _path, ids = small_atlas
    window.map.fit_to_view()
    qtbot.waitUntil(lambda: not window.map.is_moving(), timeout=2000)
    point = window.map.viewport_point(ids["garden"]).toPoint()
    seen = {}

    def handle(dialog):
        seen["title"] = dialog.windowTitle()
        seen["people"] = dialog.people_table.item(0, 0).text()
        dialog.reject()

    viewport = window.map.view.viewport()

    def double_click_and_wait():
        # What a real double click delivers: press, release, double-click press, release.
        left = Qt.MouseButton.LeftButton
        qtbot.mouseClick(viewport, left, pos=point)
        qtbot.mouseDClick(viewport, left, pos=point)
        qtbot.mouseRelease(viewport, left, pos=point)
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)  # the map reports it a moment later

    with_dialog(double_click_and_wait, handle)
    assert seen == {"title": "Netwerk: Moestuin De Linde", "people": "Anna de Vries"}


def test_findings_from_the_graph_filter_the_map(window, small_atlas):
    _path, ids = small_atlas
    findings = window.filter_panel.findings
    for i in range(findings.count()):
        if findings.item(i).data(Qt.ItemDataRole.UserRole) == "isolated":
            assert findings.item(i).text() == "Geïsoleerd"
            findings.item(i).setCheckState(Qt.CheckState.Checked)
    assert window.visible_ids() == {ids["app"]}
    window.selection.set_ids([ids["app"]], "test")
    assert "Geïsoleerd" in window.details_panel.findings.text()


def test_file_export_map_image_writes_a_png(window, monkeypatch, tmp_path):
    target = tmp_path / "kaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.export_image.trigger()
    png = tmp_path / "kaart.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "kaart.png" in window.statusBar().currentMessage()


def test_a_refused_edit_is_explained_and_nothing_typed_is_lost(window, monkeypatch, small_atlas):
    from desktop_app.store import DiskFullError

    _path, ids = small_atlas
    shown = []
    monkeypatch.setattr(
        "desktop_app.ui.window.context.plain_message", lambda *args: shown.append(args[2])
    )
    real_execute = window.session.execute
    calls = []

    def execute_refusing_once(command):
        calls.append(command)
        if len(calls) == 1:
            raise DiskFullError()
        return real_execute(command)

    monkeypatch.setattr(window.session, "execute", execute_refusing_once)
    seen = {}

    def type_and_ok(dialog):
        dialog.name.setText("Moestuin De Linde-Oost")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def still_there_then_ok(dialog):
        seen["name"] = dialog.name.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    window.selection.set_ids([ids["garden"]], "test")
    with_dialogs(window.actions.edit.trigger, type_and_ok, still_there_then_ok)
    assert len(shown) == 1 and "schijf" in shown[0].lower()
    assert seen == {"name": "Moestuin De Linde-Oost"}
    assert window.session.atlas.networks.get(ids["garden"]).name == "Moestuin De Linde-Oost"


def test_new_area_in_the_tree_with_cbs_code_checked(window, small_atlas):
    _path, ids = small_atlas
    seen = {}

    def handle(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name.setText("Schildersbuurt")
        assert dialog.parent_area.current_id() == ids["south"]  # where the tree was
        dialog.cbs.setText("buurt 7")
        seen["cbs"] = dialog.error_text("cbs")
        seen["ok"] = ok.isEnabled()
        dialog.cbs.setText("BU03630007")
        ok.click()

    window.filter_panel.select_area(ids["south"])
    with_dialog(window.filter_panel._new_area, handle)
    assert seen == {"cbs": "Twee hoofdletters en cijfers, bijv. WK036300.", "ok": False}
    [area] = window.session.atlas.areas.by_name("Schildersbuurt")
    assert (area.parent_id, area.cbs_code, area.level.value) == (
        ids["south"],
        "BU03630007",
        "neighbourhood",
    )
    assert window.data.areas.path(area.id) == "Lindewaarde › Zuid › Schildersbuurt"
    window.actions.undo.trigger()
    assert window.session.atlas.areas.by_name("Schildersbuurt") == []


def test_persons_with_roles_are_edited_in_one_step(window, small_atlas):
    _path, ids = small_atlas
    atlas = window.session.atlas

    def handle(dialog):
        dialog.name.setText("Bram Jansen")
        dialog.informed_on.setText("01-03-2026")
        dialog.retention_until.setText("01-03-2025")
        assert dialog.error_text("retention_until")
        dialog.retention_until.setText("01-03-2028")
        from desktop_app.domain import Membership
        from desktop_app.domain.enums import Role

        dialog.memberships.append(
            Membership(person_id=dialog.person_id, network_id=ids["choir"], role=Role.CORE)
        )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(window.editor.new_person, handle)
    [person] = [p for p in atlas.persons.all() if p.display_name == "Bram Jansen"]
    [membership] = atlas.memberships.of_person(person.id)
    assert (membership.network_id, membership.role.value) == (ids["choir"], "core")
    assert person.retention_until.isoformat() == "2028-03-01"
    window.actions.undo.trigger()
    assert atlas.persons.find(person.id) is None
    assert atlas.memberships.of_network(ids["choir"]) == []


def test_enter_on_the_map_opens_the_selected_profile(window, qtbot, small_atlas):
    _path, ids = small_atlas
    window.selection.set_ids([ids["choir"]], "test")
    window.map.view.setFocus()
    seen = {}

    def handle(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    with_dialog(lambda: qtbot.keyClick(window.map.view, Qt.Key.Key_Return), handle)
    assert seen == {"title": "Netwerk: Buurtkoor Zuid"}
