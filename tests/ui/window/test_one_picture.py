"""One picture of the open atlas: after every kind of edit each open panel shows the new
state without another edit, and one edit computes vitality once, for every view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDockWidget

from desktop_app.analysis import vitality as vitality_module
from desktop_app.domain import Dimension, Obstacle, ObstacleCategory, ObstacleStatus, Signal
from desktop_app.ui.commands import AddCommand, DeleteCommand
from tests.ui.window.conftest import settle


def _front(win, qtbot, name: str):
    """Bring a tabbed dock to the front, as a click on its tab does, and let it catch up."""
    dock = win.findChild(QDockWidget, name)
    dock.show()
    dock.raise_()
    qtbot.wait(30)
    settle(win, qtbot)
    return dock


def _table_names(win) -> set[str]:
    model = win.table.model
    return {model.network_row(r).name for r in range(model.rowCount())}


def _map_names(win) -> set[str]:
    return set(win.map.model.names)


def _inbox_networks(win) -> list[str]:
    model = win.tasks.inbox.model
    return [model.signal_at(r).network_id for r in range(model.rowCount())]


def _details(win) -> str:
    panel = win.details_panel
    return panel.title.text() + "\n" + panel.findings.text()


@pytest.fixture
def picture(window, qtbot, small_atlas):
    _path, ids = small_atlas
    window.selection.set_ids([ids["garden"]], "test")
    settle(window, qtbot)
    return window, ids


def test_rename_undo_redo_reach_table_map_details_and_inbox(picture, qtbot):
    win, ids = picture
    _front(win, qtbot, "tasks_inbox")
    assert win.editor.rename_network(ids["garden"], "Moestuin De Eik")
    settle(win, qtbot)
    assert "Moestuin De Eik" in _table_names(win)
    assert "Moestuin De Eik" in _map_names(win)
    assert win.details_panel.title.text() == "Moestuin De Eik"
    inbox = win.tasks.inbox
    assert inbox.model.index(0, inbox.model.NETWORK).data() == "Moestuin De Eik"

    win.session.undo_stack.undo()
    settle(win, qtbot)
    assert "Moestuin De Linde" in _table_names(win) and "Moestuin De Eik" not in _table_names(win)
    assert win.details_panel.title.text() == "Moestuin De Linde"
    assert inbox.model.index(0, inbox.model.NETWORK).data() == "Moestuin De Linde"

    win.session.undo_stack.redo()
    settle(win, qtbot)
    assert win.details_panel.title.text() == "Moestuin De Eik"
    assert "Moestuin De Eik" in _map_names(win)


def test_an_obstacle_registered_and_moved_on_shows_in_the_details_at_once(picture, qtbot):
    """The bug of issue 11: the details said "Niets bijzonders." until another edit."""
    win, ids = picture
    register = win.tasks.obstacles
    _front(win, qtbot, "tasks_obstacles")
    assert "open obstakel" not in _details(win)
    obstacle = Obstacle(
        category=ObstacleCategory.SPACE,
        description="Geen zaal",
        network_ids=(ids["garden"],),
        reported_on=date.today(),
    )
    win.session.execute(AddCommand(win.session, win.session.atlas.obstacles, obstacle, "x"))
    settle(win, qtbot)
    assert "1 open obstakel" in _details(win)
    assert register.model.rowCount() == 1

    register.table.selectRow(0)
    register.next_button.click()  # "Volgende stap"
    settle(win, qtbot)
    assert win.session.atlas.obstacles.get(obstacle.id).status is not ObstacleStatus.REPORTED
    assert register.model.obstacle_at(0).status is not ObstacleStatus.REPORTED
    assert "1 open obstakel" in _details(win)

    win.session.undo_stack.undo()  # the step
    win.session.undo_stack.undo()  # the obstacle
    settle(win, qtbot)
    assert "open obstakel" not in _details(win)
    assert register.model.rowCount() == 0


def test_a_signal_is_scored_once_and_every_view_shows_it(picture, qtbot, monkeypatch):
    win, ids = picture
    scored: list[str] = []
    original = vitality_module.compute_vitality

    def counting(*args, **kwargs):
        scored.append(kwargs.get("network_id", ""))
        return original(*args, **kwargs)

    monkeypatch.setattr(vitality_module, "compute_vitality", counting)
    _front(win, qtbot, "tasks_inbox")
    before = win.data.by_id[ids["choir"]].vitality
    assert before is None  # no signals yet
    signal = Signal(
        network_id=ids["choir"], date=date.today(), dimension=Dimension.ACTIVITY, valence=2
    )
    win.session.execute(AddCommand(win.session, win.session.atlas.signals, signal, "x"))
    settle(win, qtbot)
    # The map, the table, the details and the overview share one computation of one network.
    assert scored == [ids["choir"]]
    assert win.data.by_id[ids["choir"]].vitality == 100
    node = win.map.model.index[ids["choir"]]
    assert win.map.model.vscore[node] == 100
    assert ids["choir"] in _inbox_networks(win)
    overview = win.tasks.overview
    _front(win, qtbot, "tasks_overview")
    qtbot.waitUntil(lambda: overview.distribution()[4] == 2, timeout=10000)  # garden and choir


def test_delete_and_its_undo_reach_every_panel(picture, qtbot):
    win, ids = picture
    _front(win, qtbot, "tasks_inbox")
    count = win.data.count()
    edges = len(win.map.model.edges)
    win.session.execute(
        DeleteCommand(win.session, win.session.atlas.networks, ids["garden"], "Delete")
    )
    settle(win, qtbot)
    assert win.data.count() == count - 1 and win.table.model.rowCount() == count - 1
    assert "Moestuin De Linde" not in _map_names(win)
    model = win.map.model
    assert len(model.edges) == edges - 1  # its tie to the repair café went with it
    assert model.n == count - 1 and len(model.pos) == model.n
    assert (model.edges < model.n).all()
    assert [model.ids[i] for i in model.edges[0]] == [ids["choir"], ids["elderly"]]
    assert ids["garden"] not in _inbox_networks(win)
    assert win.details_panel.title.text() == "Niets geselecteerd"
    win.session.undo_stack.undo()
    settle(win, qtbot)
    assert win.table.model.rowCount() == count
    assert "Moestuin De Linde" in _map_names(win)
    assert len(win.map.model.edges) == edges
    assert ids["garden"] in _inbox_networks(win)
    assert win.data.by_id[ids["garden"]].vitality is not None  # scored again


def test_an_import_and_its_undo_reach_the_table_and_the_map(picture, qtbot, tmp_path):
    from desktop_app.interop.importer import import_file
    from desktop_app.ui.interop.command import push_import

    win, _ids = picture
    source = tmp_path / "netwerken.csv"
    source.write_text("naam;soort\nLeesclub Noord;overig\nKoor Samen;cultuur\n", encoding="utf-8")
    _preview, result = import_file(
        win.session.atlas, source, "networks", by_header={"naam": "name", "soort": "kind"}
    )
    push_import(win.session, result, "Import")
    settle(win, qtbot)
    assert {"Leesclub Noord", "Koor Samen"} <= _table_names(win)
    assert {"Leesclub Noord", "Koor Samen"} <= _map_names(win)
    assert set(win.session.snapshot.networks) == set(win.data.by_id)
    win.session.undo_stack.undo()
    settle(win, qtbot)
    assert "Leesclub Noord" not in _table_names(win) and "Koor Samen" not in _map_names(win)
    assert set(win.session.snapshot.networks) == set(win.data.by_id)


def test_a_restored_atlas_fills_every_panel_again(picture, qtbot):
    from desktop_app.store import backups
    from desktop_app.store.restore import restore

    win, ids = picture
    atlas = win.session.atlas
    backup = atlas.backup_to(atlas.path.with_name("kopie.zwerm"))
    assert win.editor.rename_network(ids["garden"], "Moestuin Later")
    settle(win, qtbot)
    path = atlas.path
    win.set_atlas(None)
    restore(path, backup)
    assert win.open_atlas(path)
    win.selection.set_ids([ids["garden"]], "test")
    settle(win, qtbot)
    assert "Moestuin De Linde" in _table_names(win) and "Moestuin Later" not in _table_names(win)
    assert "Moestuin De Linde" in _map_names(win)
    assert win.details_panel.title.text() == "Moestuin De Linde"
    assert win.data.by_id[ids["garden"]].vitality is not None
    _front(win, qtbot, "tasks_inbox")
    assert ids["garden"] in _inbox_networks(win)
    del backups
