"""What stays visible in the window: toolbar buttons, nodes beside the legend, the filter."""

from __future__ import annotations

from PySide6.QtCore import QPoint

LONG = "Stichting Buurtmoestuin en Repair Café De Lindewaarde Noord-Oost"


def test_a_long_undo_text_keeps_redo_and_fit_on_the_toolbar(window, qtbot, small_atlas):
    _path, ids = small_atlas
    window.resize(1366, 768)
    assert window.editor.rename_network(ids["repair"], LONG)
    window.actions.undo.trigger()  # now both undo and redo carry the long name
    window.editor.rename_network(ids["garden"], LONG + " II")
    bar = window.toolbar
    qtbot.waitUntil(lambda: bar.widgetForAction(window.actions.fit).isVisible())
    for action in (window.actions.undo, window.actions.redo, window.actions.fit):
        button = bar.widgetForAction(action)
        assert button.isVisible(), action.objectName()
        assert bar.rect().contains(button.geometry()), action.objectName()
    assert bar.widgetForAction(window.actions.undo).text() == "Ongedaan maken"
    assert LONG in window.actions.undo.toolTip()
    assert LONG in window.actions.undo.text()  # the menu says what will be undone
    assert bar.mapTo(window, QPoint(0, 0)).y() >= 0


def test_the_legend_stays_folded_after_a_restart(window, qtbot, settings):
    from desktop_app.ui.main_window import MainWindow
    from tests.ui.window.conftest import settle

    window.map.legend.set_collapsed(True)
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.map.legend.is_collapsed()
    again.map.legend.set_collapsed(False)
    settle(again, qtbot)
    again.close()
    third = MainWindow(settings)
    qtbot.addWidget(third)
    assert not third.map.legend.is_collapsed()


def test_a_selected_network_outside_the_filter_is_deselected(window, small_atlas):
    _path, ids = small_atlas
    window.selection.set_ids([ids["choir"]], "test")
    window.on_filter_changed({ids["garden"], ids["app"]})
    assert window.selection.ids() == []
    assert window.map.selected_ids() == []
