"""Support: assign a suggested professional with one click (and undo), the board's moves."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QMimeData, Qt

from desktop_app.domain import (
    Area,
    AreaLevel,
    Network,
    Priority,
    Professional,
    SubjectType,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from desktop_app.ui.tasks.case_list import MIME
from desktop_app.ui.tasks.support_board import SupportBoard
from desktop_app.ui.tasks.support_case import SupportCaseDialog
from tests.ui.tasks.conftest import TODAY, same


def _case(atlas, status=SupportStatus.ASKED):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    network = atlas.networks.add(Network(name="Buurtkeuken Samen", area_id=area.id))
    expert = atlas.professionals.add(
        Professional(name="Anouk", expertise=("money",), area_ids=(area.id,))
    )
    atlas.professionals.add(Professional(name="Bram", expertise=("space",)))
    case = atlas.support.add(
        SupportCase(
            network_id=network.id,
            need=SupportNeed.MONEY,
            status=status,
            noticed_on=TODAY - timedelta(days=20),
            asked_on=TODAY - timedelta(days=10),
        )
    )
    return case, expert


def test_assign_suggested_professional_in_one_click_and_undo(qtbot, session):
    case, expert = _case(session.atlas)
    dialog = SupportCaseDialog(session, case=case, today=TODAY)
    qtbot.addWidget(dialog)
    first = next(iter(dialog.suggestions.buttons))
    assert first == expert.id  # the expert in the right area ranks first
    qtbot.mouseClick(dialog.suggestions.buttons[expert.id], Qt.MouseButton.LeftButton)
    stored = session.atlas.support.get(case.id)
    assert (stored.professional_id, stored.status, stored.assigned_on) == (
        expert.id,
        SupportStatus.ASSIGNED,
        TODAY,
    )
    assert dialog.professional.currentData() == expert.id
    assert not dialog.suggestions.buttons[expert.id].isEnabled()
    session.undo_stack.undo()
    assert same(session.atlas.support.get(case.id), case)
    assert dialog.professional.currentData() is None
    assert dialog.status.currentData() == SupportStatus.ASKED.value


def test_notes_of_what_was_done(qtbot, session):
    case, _ = _case(session.atlas)
    dialog = SupportCaseDialog(session, case=case, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note_text, "Fondsaanvraag samen ingevuld")
    qtbot.keyClick(dialog.note_text, Qt.Key.Key_Return)
    [note] = session.atlas.notes.about(SubjectType.SUPPORT_CASE, case.id)
    assert (note.text, note.date) == ("Fondsaanvraag samen ingevuld", TODAY)
    assert "27-11-2026" in dialog.notes.item(0).text()
    session.undo_stack.undo()
    assert session.atlas.notes.about(SubjectType.SUPPORT_CASE, case.id) == []


def test_new_case_is_saved_undoably(qtbot, session):
    _case(session.atlas)
    dialog = SupportCaseDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.network_edit, "keuken")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.on_save_requested()
    assert session.atlas.support.count() == 2
    session.undo_stack.undo()
    assert session.atlas.support.count() == 1


def test_board_moves_cases_between_columns_with_undo(qtbot, qtmodeltester, session):
    case, _ = _case(session.atlas)
    board = SupportBoard(session, today=TODAY)
    qtbot.addWidget(board)
    board.show()  # panels follow changes while shown
    asked = board.models[SupportStatus.ASKED]
    assert asked.rowCount() == 1
    assert board.select(case.id)
    qtbot.mouseClick(board.forward_button, Qt.MouseButton.LeftButton)
    stored = session.atlas.support.get(case.id)
    assert (stored.status, stored.assigned_on) == (SupportStatus.ASSIGNED, TODAY)
    assert asked.rowCount() == 0 and board.models[SupportStatus.ASSIGNED].rowCount() == 1
    session.undo_stack.undo()
    assert same(session.atlas.support.get(case.id), case)
    assert asked.rowCount() == 1
    # A drop on the "running" column moves it there.
    data = QMimeData()
    data.setData(MIME, case.id.encode())
    running = board.models[SupportStatus.RUNNING]
    running.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, running.index(-1))
    qtbot.waitUntil(lambda: running.rowCount() == 1)
    assert session.atlas.support.get(case.id).started_on == TODAY
    for model in board.models.values():
        qtmodeltester.check(model)


def test_board_filters(qtbot, sample_session):
    board = SupportBoard(sample_session, today=TODAY)
    qtbot.addWidget(board)
    board.show()  # panels follow changes while shown
    total = sum(m.rowCount() for m in board.models.values())
    assert total == sample_session.atlas.support.count()
    board.priority.setCurrentIndex(board.priority.findData(Priority.HIGH.value))
    high = sum(m.rowCount() for m in board.models.values())
    assert 0 < high < total
    board.priority.setCurrentIndex(0)
    board.professional.setCurrentIndex(board.professional.findData(""))  # nobody assigned
    unassigned = sum(m.rowCount() for m in board.models.values())
    assert unassigned == sum(1 for c in sample_session.atlas.support.all() if not c.professional_id)


def test_board_keys_move_the_selected_case(qtbot, session):
    case, _ = _case(session.atlas)
    board = SupportBoard(session, today=TODAY)
    qtbot.addWidget(board)
    with qtbot.waitActive(board):
        board.show()
        board.activateWindow()
    assert board.select(case.id)
    view = board.views[SupportStatus.ASKED]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert session.atlas.support.get(case.id).status is SupportStatus.ASSIGNED
    qtbot.keyClick(
        board.views[SupportStatus.ASSIGNED], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier
    )
    assert session.atlas.support.get(case.id).status is SupportStatus.ASKED
