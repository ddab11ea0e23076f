"""Building a new atlas by hand: areas, networks with people and ties, where they land."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTabBar

from desktop_app.store import Atlas
from desktop_app.ui.main_window import MainWindow
from tests.ui.window.conftest import settle
from tests.ui.window.dialogs import with_dialog


def button(dialog, text: str) -> QPushButton:
    """The visible push button whose text (without the & of its shortcut) is ``text``."""
    for candidate in dialog.findChildren(QPushButton):
        if candidate.text().replace("&", "") == text and candidate.isVisible():
            return candidate
    raise AssertionError(f"no button {text!r} in {dialog.windowTitle()}")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    problems = {k: dialog.error_text(k) for k in dialog._errors if dialog.error_text(k)}
    assert not dialog.isVisible(), problems


def open_tab(qtbot, dialog, title: str) -> None:
    bar = dialog.tabs.findChild(QTabBar)
    for index in range(bar.count()):
        if bar.tabText(index).replace("&", "") == title:
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            return
    raise AssertionError(title)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clearEditText() if hasattr(widget, "clearEditText") else widget.clear()
    qtbot.keyClicks(widget, text)


def new_area(qtbot, win, name: str) -> dict:
    seen = {}

    def handle(dialog):
        seen["focus"] = dialog.focusWidget()
        seen["name_field"] = dialog.name
        seen["level"] = dialog.level.currentText()
        seen["parent"] = dialog.parent_area.currentText()
        qtbot.keyClicks(dialog.name, name)
        ok(qtbot, dialog)

    with_dialog(lambda: win.editor.new_area(), handle)
    return seen


def add_person(qtbot, network_dialog, name: str) -> None:
    def membership(dialog):
        def person(person_dialog):
            qtbot.keyClicks(person_dialog.name, name)
            ok(qtbot, person_dialog)

        with_dialog(lambda: click(qtbot, dialog.new_person_button), person)
        ok(qtbot, dialog)

    with_dialog(lambda: click(qtbot, button(network_dialog, "Persoon toevoegen…")), membership)


def new_network(qtbot, win, name: str, area: str, *, persons=(), tie_to: str | None = None) -> dict:
    seen = {}

    def handle(dialog):
        qtbot.keyClicks(dialog.name, name)
        type_into(qtbot, dialog.area, area)
        open_tab(qtbot, dialog, "Personen")
        for person in persons:
            add_person(qtbot, dialog, person)
        if tie_to is not None:
            open_tab(qtbot, dialog, "Verbindingen")

            def tie(tie_dialog):
                seen["from"] = tie_dialog.source.currentText()
                seen["tie_focus"] = tie_dialog.focusWidget()
                type_into(qtbot, tie_dialog.target, tie_to)
                ok(qtbot, tie_dialog)

            with_dialog(lambda: click(qtbot, button(dialog, "Verbinding toevoegen…")), tie)
            seen["ties_rows"] = dialog.ties_table.rowCount()
        ok(qtbot, dialog)

    with_dialog(win.actions.new_network.trigger, handle)
    return seen


def test_new_network_with_a_tie_made_in_the_same_dialog(window, qtbot, small_atlas):
    _path, ids = small_atlas
    seen = new_network(qtbot, window, "Speeltuin De Linde", "Parkbuurt", tie_to="Moestuin De Linde")
    assert seen["from"] == "Speeltuin De Linde"
    assert seen["ties_rows"] == 1
    atlas = window.session.atlas
    [network] = atlas.networks.by_name("Speeltuin De Linde")
    [tie] = atlas.ties.of_network(network.id)
    assert (tie.source_id, tie.target_id) == (network.id, ids["garden"])


def test_new_network_lands_near_the_network_it_is_tied_to(window, qtbot, small_atlas):
    _path, ids = small_atlas
    atlas = window.session.atlas
    before = atlas.positions.all()
    new_network(qtbot, window, "Speeltuin", "Zuid", tie_to="Ouderensoos Zuid")
    [network] = atlas.networks.by_name("Speeltuin")
    after = atlas.positions.all()
    assert {k: (p.x, p.y) for k, p in before.items()} == {
        k: (p.x, p.y) for k, p in after.items() if k != network.id
    }
    mine, elderly = after[network.id], after[ids["elderly"]]
    # Tied: within a typical spacing of its partner (the small atlas spans 400 x 50).
    assert abs(mine.x - elderly.x) < 150 and abs(mine.y - elderly.y) < 150
    assert not mine.pinned
    window.actions.undo.trigger()
    assert network.id not in atlas.positions.all()


def test_a_new_atlas_keeps_its_map_between_starts(qtbot, tmp_path, settings):
    path = tmp_path / "Wijk Oost.zwerm"
    Atlas.create(path, name="Wijk Oost").close()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_atlas(path)
    new_area(qtbot, win, "Wijk Oost")
    new_network(qtbot, win, "Moestuin Oosterpark", "Wijk Oost")
    new_network(qtbot, win, "Buurtkoor Oost", "Wijk Oost")
    new_network(qtbot, win, "Buurtwerkplaats", "Wijk Oost", tie_to="Buurtkoor Oost")
    settle(win, qtbot)
    positions = win.session.atlas.positions.all()
    assert len(positions) == 3
    shown = {nid: tuple(win.map.model.pos[i]) for nid, i in win.map.model.index.items()}
    assert shown == {nid: (p.x, p.y) for nid, p in positions.items()}
    win.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    again.open_initial_atlas(None)
    settle(again, qtbot)
    assert again.session.atlas.name == "Wijk Oost"
    assert not again.map.layout_running()
    assert again.session.undo_stack.count() == 0  # no silent "Kaart ordenen"
    reopened = {nid: tuple(again.map.model.pos[i]) for nid, i in again.map.model.index.items()}
    assert reopened == shown
    again.close()


@pytest.fixture
def empty_window(qtbot, tmp_path, settings):
    path = tmp_path / "Wijk Oost.zwerm"
    Atlas.create(path, name="Wijk Oost").close()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_atlas(path)
    settle(win, qtbot)
    yield win
    settle(win, qtbot)
    win.close()


def test_area_dialog_starts_in_the_name_and_a_second_area_is_a_district(empty_window, qtbot):
    window = empty_window
    atlas = window.session.atlas
    first = new_area(qtbot, window, "Lindewaarde")
    assert first["focus"] is first["name_field"]
    assert first["level"] == "Gemeente"
    second = new_area(qtbot, window, "Oost")
    assert second["focus"] is second["name_field"]
    assert second["level"] == "Wijk"
    assert second["parent"] == "Lindewaarde"
    [oost] = [a for a in atlas.areas.all() if a.name == "Oost"]
    assert oost.parent_id == next(a.id for a in atlas.areas.all() if a.name == "Lindewaarde")


def test_tie_dialog_starts_in_a_field_and_the_person_field_shows_a_whole_name(window, qtbot):
    seen = {}

    def tie(dialog):
        seen["tie"] = dialog.focusWidget()
        seen["fields"] = (dialog.source, dialog.target)
        dialog.reject()

    window.selection.clear("test")
    with_dialog(window.actions.new_tie.trigger, tie)
    assert seen["tie"] in seen["fields"]

    def network(dialog):
        open_tab(qtbot, dialog, "Personen")

        def membership(member_dialog):
            field = member_dialog.person
            seen["width"] = field.width()
            seen["needed"] = field.fontMetrics().horizontalAdvance("Fatima el Amrani-Bouzidi")
            seen["focus"] = member_dialog.focusWidget() in (field, field.lineEdit())
            member_dialog.reject()

        with_dialog(lambda: click(qtbot, button(dialog, "Persoon toevoegen…")), membership)
        dialog.reject()

    with_dialog(window.actions.new_network.trigger, network)
    assert seen["width"] > seen["needed"]
    assert seen["focus"]
