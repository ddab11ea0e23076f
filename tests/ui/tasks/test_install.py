"""The tasks in the main window: the shortcut from anywhere, panels, profile tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain import Dimension
from desktop_app.store import Atlas
from desktop_app.ui.tasks.sample import build_sample
from desktop_app.ui.tasks.signal_entry import QuickSignalDialog


@pytest.fixture
def window(qtbot, tmp_path, dutch):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    path = tmp_path / "taken.zwerm"
    atlas = Atlas.create(path, name="Taken")
    build_sample(atlas)
    atlas.close()
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()


def _open_quick_entry(qtbot, window, focus_widget):
    focus_widget.setFocus()
    qtbot.keyClick(
        focus_widget,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QuickSignalDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_record_signal_by_keyboard_from_a_panel_and_see_score_and_timeline_change(qtbot, window):
    tasks = window.tasks
    atlas = window.session.atlas
    network = atlas.networks.by_name("Taalcafé Noord")[0]
    timeline, _ = tasks.profile_tab(window.session, network.id, None)
    qtbot.addWidget(timeline)
    timeline.show()
    score_before = timeline.score_label.text()
    markers_before = timeline.marker_count()

    # Focus somewhere else entirely (the inbox table, its tab in front) and press the shortcut.
    from PySide6.QtWidgets import QDockWidget

    window.findChild(QDockWidget, "tasks_inbox").raise_()
    qtbot.waitUntil(lambda: tasks.inbox.model.rowCount() > 0, timeout=5000)
    dialog = _open_quick_entry(qtbot, window, tasks.inbox.table)
    qtbot.keyClicks(dialog.network_edit, "taalcaf")
    popup = dialog.network_edit.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.dimension, "1")  # activiteit
    qtbot.keyClick(dialog.valence, "1")  # -2
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    newest = atlas.signals.of_network(network.id)[-1]
    assert (newest.dimension, newest.valence) == (Dimension.ACTIVITY, -2)
    assert timeline.marker_count() == markers_before + 1
    assert timeline.score_label.text() != score_before
    assert tasks.inbox.model.signal_at(0).id == newest.id or any(
        tasks.inbox.model.signal_at(r).id == newest.id for r in range(tasks.inbox.model.rowCount())
    )
    window.session.undo_stack.undo()
    assert timeline.marker_count() == markers_before
    assert timeline.score_label.text() == score_before


def test_selected_network_is_prefilled(qtbot, window):
    network = window.session.atlas.networks.by_name("Koor Stemmig")[0]
    window.selection.set_ids([network.id], "test")
    dialog = _open_quick_entry(qtbot, window, window.tasks.overview.table)
    assert dialog.network_edit.text() == "Koor Stemmig"
    assert dialog.dimension.hasFocus()
    qtbot.keyClick(dialog.dimension, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_panels_and_menu_are_there(qtbot, window):
    from PySide6.QtWidgets import QDockWidget

    names = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {"tasks_overview", "tasks_inbox", "tasks_obstacles", "tasks_support"} <= names
    texts = [a.text() for a in window.menu("tasks").actions() if a.text()]
    assert "Signaal vastleggen…" in texts
    board = window.tasks.support
    assert board.models
    # Tabbed behind the networks table, the board waits; its tab to the front loads it.
    dock = window.findChild(QDockWidget, "tasks_support")
    dock.raise_()
    qtbot.waitUntil(lambda: sum(m.rowCount() for m in board.models.values()) > 0, timeout=5000)
