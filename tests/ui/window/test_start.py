"""Which atlas a normal start opens: the demo only the first time, then the user's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.store import Atlas
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.window.settings import WindowSettings
from tests.ui.window.conftest import settle
from tests.ui.window.dialogs import with_dialog


def start(qtbot, settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_initial_atlas(None)
    settle(win, qtbot)
    return win


def test_a_normal_start_opens_the_last_own_atlas_not_the_demo(qtbot, tmp_path, settings):
    own = tmp_path / "Wijk Oost.zwerm"
    Atlas.create(own, name="Wijk Oost").close()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    assert first.open_atlas(own)
    first.close()

    again = start(qtbot, WindowSettings(settings.path))
    assert again.session is not None
    assert again.session.atlas.name == "Wijk Oost"
    assert not again.session.atlas.is_demo
    again.close()


def test_a_missing_last_atlas_is_named_and_a_recent_one_can_be_opened(qtbot, tmp_path, settings):
    kept = tmp_path / "Wijk West.zwerm"
    gone = tmp_path / "Wijk Oost.zwerm"
    for path, name in ((kept, "Wijk West"), (gone, "Wijk Oost")):
        Atlas.create(path, name=name).close()
        settings.add_recent(str(path.resolve()))
    settings.last_atlas = str(gone.resolve())
    gone.unlink()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    seen = {}

    def handle(dialog):
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["recent"] = [dialog.recent.item(i).text() for i in range(dialog.recent.count())]
        rect = dialog.recent.visualItemRect(dialog.recent.item(0))
        qtbot.mouseClick(dialog.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    with_dialog(lambda: win.open_initial_atlas(None), handle)
    settle(win, qtbot)
    assert str(gone.resolve()) in seen["text"]
    assert seen["recent"] == [f"Wijk West — {kept.resolve()}"]
    assert win.session.atlas.name == "Wijk West"
    win.close()
