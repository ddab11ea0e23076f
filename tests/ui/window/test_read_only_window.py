"""The window on an atlas whose place cannot be written: read-only, and it says so."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.main_window import MainWindow
from tests.store.test_read_only_location import closed_atlas

from .conftest import settle


def test_the_window_opens_it_read_only_and_says_so(qtbot, tmp_path, settings):
    path = closed_atlas(tmp_path)
    Path(f"{path}-wal").mkdir()  # as on a read-only mount: SQLite cannot use it
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    assert "(alleen-lezen)" in win.windowTitle()
    assert "alleen-lezen geopend" in win.statusBar().currentMessage()
    assert win.table.proxy.rowCount() > 0
    settle(win, qtbot)
    win.close()
