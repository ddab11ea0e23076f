"""The coordinator's first hour in one go, like a new user (issue 12).

Fresh profile, first start (the demo), a new atlas of their own, an area, a
network with two persons and a tie made in the same dialog, a professional
made in the window, a support case matched to them, a signal, an obstacle,
quit, start again: their own atlas opens with every item, the map unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktop_app.domain.enums import ObstacleCategory, SupportNeed, SupportStatus
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks.obstacle_dialog import ObstacleDialog
from desktop_app.ui.tasks.professionals import ProfessionalsDialog
from desktop_app.ui.tasks.signal_entry import QuickSignalDialog
from desktop_app.ui.tasks.support_case import SupportCaseDialog
from desktop_app.ui.window.settings import WindowSettings
from tests.ui.tasks.test_professionals import _fill as fill_professional
from tests.ui.window.conftest import settle
from tests.ui.window.dialogs import with_dialog
from tests.ui.window.test_new_atlas_dialogs import click, new_network, ok


def _shown(qtbot, kind):
    """The dialog of ``kind`` the window opened without blocking (``open()``)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    return QApplication.activeModalWidget()


def _map_positions(win) -> dict[str, tuple[float, float]]:
    model = win.map.model
    return {nid: (float(model.pos[i, 0]), float(model.pos[i, 1])) for nid, i in model.index.items()}


def test_the_first_hour(qtbot, tmp_path, monkeypatch):
    import desktop_app.store.demo as demo

    real_create = demo.create_demo
    monkeypatch.setattr(demo, "create_demo", lambda path: real_create(path, networks=40))
    settings = WindowSettings(tmp_path / "profiel" / "window.ini")

    # First start on a fresh profile: the demo, clearly marked.
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_initial_atlas(None)
    settle(win, qtbot)
    assert win.session.atlas.is_demo
    assert "DEMO" in win.windowTitle()

    # Bestand › Nieuwe atlas: "Wijk Oost".
    own = tmp_path / "mijn atlassen" / "Wijk Oost"
    own.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(own), ""))
    win.actions.new_atlas.trigger()
    settle(win, qtbot)
    atlas = win.session.atlas
    assert atlas.name == "Wijk Oost" and not atlas.is_demo
    assert win.map.empty_hint.isVisible()

    # The empty map's first step: an area.
    def area(dialog):
        assert dialog.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Wijk Oost")
        ok(qtbot, dialog)

    with_dialog(lambda: click(qtbot, win.map.empty_hint.buttons["area"]), area)

    # Two networks; the second with two new persons and a tie to the first, in one dialog.
    new_network(qtbot, win, "Buurtkoor Oost", "Wijk Oost")
    seen = new_network(
        qtbot,
        win,
        "Moestuin Oosterpark",
        "Wijk Oost",
        persons=("Fatima el Amrani", "Jan de Boer"),
        tie_to="Buurtkoor Oost",
    )
    assert seen["from"] == "Moestuin Oosterpark"
    assert not win.map.empty_hint.isVisible()
    [garden] = atlas.networks.by_name("Moestuin Oosterpark")
    [choir] = atlas.networks.by_name("Buurtkoor Oost")
    assert sorted(p.display_name for p in atlas.persons.all()) == [
        "Fatima el Amrani",
        "Jan de Boer",
    ]
    assert len(atlas.memberships.of_network(garden.id)) == 2
    [tie] = atlas.ties.of_network(garden.id)
    assert {tie.source_id, tie.target_id} == {garden.id, choir.id}

    # Taken › Professionals…: a professional made in the window.
    win.tasks.professionals.trigger()
    manager = _shown(qtbot, ProfessionalsDialog)
    with_dialog(
        lambda: click(qtbot, manager.new_button),
        lambda d: fill_professional(
            qtbot,
            d,
            name="Sanne Kok",
            organisation="Welzijn Oost",
            contact="s.kok@example.invalid",
            tags="subsidie, fondsenwerving",
            areas=("Wijk Oost",),
        ),
    )
    manager.reject()
    [pro] = atlas.professionals.all()

    # A support case for the selected network, matched to her.
    win.selection.set_ids([garden.id], "test")
    win.tasks.new_support.trigger()
    case_dialog = _shown(qtbot, SupportCaseDialog)
    assert case_dialog.network_edit.network_id() == garden.id
    case_dialog.need.setCurrentIndex(case_dialog.need.findData(SupportNeed.MONEY.value))
    click(qtbot, case_dialog.suggestions.buttons[pro.id])
    click(qtbot, case_dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not case_dialog.isVisible())
    [case] = atlas.support.all()
    assert (case.network_id, case.professional_id, case.status) == (
        garden.id,
        pro.id,
        SupportStatus.ASSIGNED,
    )

    # A signal, with the keyboard (the selected network is filled in).
    win.tasks.record_signal.trigger()
    signal_dialog = _shown(qtbot, QuickSignalDialog)
    qtbot.keyClick(signal_dialog.dimension, "1")
    qtbot.keyClick(signal_dialog.valence, "5")  # +2
    qtbot.keyClicks(signal_dialog.note, "Oogstfeest")
    with qtbot.waitSignal(signal_dialog.signal_saved):
        qtbot.keyClick(signal_dialog.note, Qt.Key.Key_Return)
    [signal] = atlas.signals.of_network(garden.id)
    assert (signal.valence, signal.note) == (2, "Oogstfeest")

    # An obstacle for the selected network.
    win.tasks.new_obstacle.trigger()
    obstacle_dialog = _shown(qtbot, ObstacleDialog)
    obstacle_dialog.category.setCurrentIndex(
        obstacle_dialog.category.findData(ObstacleCategory.PERMIT.value)
    )
    obstacle_dialog.description.setPlainText("Vergunning voor de kas")
    click(qtbot, obstacle_dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not obstacle_dialog.isVisible())
    [obstacle] = atlas.obstacles.all()
    assert obstacle.network_ids == (garden.id,)

    settle(win, qtbot)
    positions = atlas.positions.all()
    assert set(positions) == {garden.id, choir.id}
    shown_before = _map_positions(win)
    path = atlas.path
    win.close()  # quit

    # Start again: the own atlas, with every item, the map as it was.
    again = MainWindow(WindowSettings(settings.path))
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.open_initial_atlas(None)
    settle(again, qtbot)
    atlas = again.session.atlas
    assert str(atlas.path) == str(path)
    assert atlas.name == "Wijk Oost" and not atlas.is_demo
    assert [a.name for a in atlas.areas.all()] == ["Wijk Oost"]
    assert sorted(n.name for n in atlas.networks.all()) == ["Buurtkoor Oost", "Moestuin Oosterpark"]
    assert len(atlas.persons.all()) == 2 and len(atlas.memberships.of_network(garden.id)) == 2
    assert len(atlas.ties.of_network(garden.id)) == 1
    assert [p.name for p in atlas.professionals.all()] == ["Sanne Kok"]
    assert atlas.support.get(case.id).professional_id == pro.id
    assert len(atlas.signals.of_network(garden.id)) == 1
    assert atlas.obstacles.get(obstacle.id).network_ids == (garden.id,)
    assert {k: (p.x, p.y) for k, p in atlas.positions.all().items()} == {
        k: (p.x, p.y) for k, p in positions.items()
    }
    assert not again.map.layout_running()
    assert again.session.undo_stack.count() == 0
    assert _map_positions(again) == shown_before
    again.close()
