"""The obstacles register: states with their dates, undo, long-open marking, filters."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop_app.domain import (
    Area,
    AreaLevel,
    Network,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
)
from desktop_app.ui.tasks.obstacle_dialog import ObstacleDialog
from desktop_app.ui.tasks.obstacle_table import ObstacleTableModel
from desktop_app.ui.tasks.obstacles import ObstacleRegister
from tests.ui.tasks.conftest import TODAY, same


def _register(qtbot, session):
    register = ObstacleRegister(session, today=TODAY)
    qtbot.addWidget(register)
    register.show()  # panels follow changes while shown
    return register


def _one(atlas, reported=TODAY - timedelta(days=10)):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    network = atlas.networks.add(Network(name="Straatfeest Eikenlaan", area_id=area.id))
    return atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.PERMIT,
            description="Vergunning straatfeest",
            network_ids=(network.id,),
            owner_department="Vergunningen",
            reported_on=reported,
        )
    )


def test_move_through_states_sets_dates_and_undoes(qtbot, session):
    obstacle = _one(session.atlas)
    register = _register(qtbot, session)
    register.status_filter.setCurrentIndex(register.status_filter.findData(None))
    assert register.select(obstacle.id)
    qtbot.mouseClick(register.next_button, Qt.MouseButton.LeftButton)
    stored = session.atlas.obstacles.get(obstacle.id)
    assert (stored.status, stored.started_on, stored.closed_on) == (
        ObstacleStatus.IN_PROGRESS,
        TODAY,
        None,
    )
    qtbot.mouseClick(register.next_button, Qt.MouseButton.LeftButton)
    stored = session.atlas.obstacles.get(obstacle.id)
    assert (stored.status, stored.closed_on) == (ObstacleStatus.REMOVED, TODAY)
    assert not register.next_button.isEnabled()  # removed is the end
    with qtbot.waitSignal(register.network_activated) as opened:
        qtbot.mouseClick(register.open_network_button, Qt.MouseButton.LeftButton)
    assert opened.args == [obstacle.network_ids[0]]
    session.undo_stack.undo()
    stored = session.atlas.obstacles.get(obstacle.id)
    assert (stored.status, stored.closed_on) == (ObstacleStatus.IN_PROGRESS, None)
    session.undo_stack.undo()
    assert same(session.atlas.obstacles.get(obstacle.id), obstacle)
    session.undo_stack.redo()
    assert session.atlas.obstacles.get(obstacle.id).status is ObstacleStatus.IN_PROGRESS


def test_removed_ones_leave_the_open_view(qtbot, session):
    obstacle = _one(session.atlas)
    register = _register(qtbot, session)
    assert register.proxy.rowCount() == 1  # default filter: open
    register.select(obstacle.id)
    action = next(a for a in register.move_menu.actions() if a.data() == "cannot_remove")
    action.trigger()
    stored = session.atlas.obstacles.get(obstacle.id)
    assert (stored.status, stored.closed_on) == (ObstacleStatus.CANNOT_REMOVE, TODAY)
    assert register.proxy.rowCount() == 0


def test_long_open_obstacle_stands_out_with_icon_and_bold(qtbot, session):
    old = _one(session.atlas, reported=TODAY - timedelta(days=200))
    register = _register(qtbot, session)
    row = register.model.row_of(old.id)
    assert register.model.is_long_open(row)
    index = register.model.index(row, ObstacleTableModel.STATUS)
    assert register.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert register.model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert register.model.data(register.model.index(row, ObstacleTableModel.DAYS)) == "200"


def test_dialog_sets_date_when_status_moves_and_saves_undoably(qtbot, session):
    obstacle = _one(session.atlas)
    dialog = ObstacleDialog(session, obstacle=obstacle, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    assert dialog.started_on.value() == TODAY
    dialog.started_on.set_value(date(2026, 11, 20))  # editable
    dialog.description.setPlainText("Vergunning straatfeest, aangevraagd")
    dialog.on_save_requested()
    stored = session.atlas.obstacles.get(obstacle.id)
    assert (stored.status, stored.started_on) == (ObstacleStatus.IN_PROGRESS, date(2026, 11, 20))
    session.undo_stack.undo()
    assert same(session.atlas.obstacles.get(obstacle.id), obstacle)


def test_new_obstacle_needs_a_network(qtbot, session):
    obstacle = _one(session.atlas)
    dialog = ObstacleDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Geen ruimte")
    dialog.on_save_requested()
    assert not dialog.error.isHidden()
    assert session.atlas.obstacles.count() == 1
    dialog.networks.set_checked(obstacle.network_ids[0])
    dialog.on_save_requested()
    assert session.atlas.obstacles.count() == 2


def test_filters_and_models(qtbot, qtmodeltester, sample_session):
    register = _register(qtbot, sample_session)
    open_count = len(sample_session.atlas.obstacles.open())
    assert register.proxy.rowCount() == open_count
    register.status_filter.setCurrentIndex(register.status_filter.findData(None))
    assert register.proxy.rowCount() == sample_session.atlas.obstacles.count()
    register.category_filter.setCurrentIndex(register.category_filter.findData("money"))
    assert 0 < register.proxy.rowCount() < sample_session.atlas.obstacles.count()
    qtmodeltester.check(register.model)
    qtmodeltester.check(register.proxy)
    qtmodeltester.check(register.stats)
