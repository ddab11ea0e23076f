"""The settings dialog: atlas settings with undo, language in QSettings, backup policy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app import i18n, qt_i18n
from desktop_app.analysis import settings as analysis_settings
from desktop_app.store import Atlas, backups
from desktop_app.store.backup_policy import BackupPolicy, load_policy
from tests.ui.window.conftest import build_small_atlas

HALF_LIFE = analysis_settings.HALF_LIFE_DAYS.key


@pytest.fixture(autouse=True)
def _dutch(qapp):
    qt_i18n.install("nl")
    yield
    qt_i18n.install("nl")


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    path = tmp_path / "klein.zwerm"
    build_small_atlas(path)
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def open_dialog(window, qtbot):
    action = next(a for a in QWidget.actions(window) if a.objectName() == "settings")
    assert action.shortcut().toString() == "Ctrl+,"
    assert action in window.menu("edit").actions()
    action.trigger()
    dialog = next(d for d in window.findChildren(QDialog, "settings_dialog") if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def test_half_life_is_stored_in_the_atlas_and_ctrl_z_restores_it(window, qtbot):
    dialog = open_dialog(window, qtbot)
    spin = dialog.analysis[HALF_LIFE]
    assert spin.value() == 90  # the default of analysis/settings.py
    spin.setValue(30)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    atlas = window.session.atlas
    assert atlas.setting(HALF_LIFE) == 30
    assert analysis_settings.vitality_settings(atlas).half_life_days == 30
    # On disk, for whoever opens the file next.
    with Atlas.open(atlas.path, read_only=True) as other:
        assert other.setting(HALF_LIFE) == 30

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert analysis_settings.HALF_LIFE_DAYS.read(atlas) == 90
    window.session.undo_stack.redo()
    assert atlas.setting(HALF_LIFE) == 30


def test_cancel_changes_nothing(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.analysis[HALF_LIFE].setValue(12)
    dialog.include_names.setChecked(True)
    dialog.reject()
    assert window.session.atlas.setting(HALF_LIFE) is None
    assert not window.session.undo_stack.canUndo()


def test_default_pseudonymisation_is_an_atlas_setting_the_reports_read(window, qtbot):
    from desktop_app.reports.export import INCLUDE_NAMES_SETTING

    dialog = open_dialog(window, qtbot)
    assert not dialog.include_names.isChecked()  # pseudonyms unless asked
    dialog.include_names.setChecked(True)
    dialog.buttons.accepted.emit()
    assert window.session.atlas.setting(INCLUDE_NAMES_SETTING) is True
    window.session.undo_stack.undo()
    assert window.session.atlas.setting(INCLUDE_NAMES_SETTING) is False


def test_language_switches_now_and_persists(window, qtbot, tmp_path):
    from desktop_app.ui.window.settings import WindowSettings

    dialog = open_dialog(window, qtbot)
    assert dialog.language.currentData() is None  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.accepted.emit()
    assert i18n.language() == "en"
    assert window.menu("edit").title() == "&Edit"
    assert WindowSettings(tmp_path / "window.ini").language == "en"

    dialog = open_dialog(window, qtbot)
    assert dialog.windowTitle() == "Settings"
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(0)  # back to "as the system" (Dutch here)
    dialog.buttons.accepted.emit()
    assert i18n.language() == "nl"
    assert window.menu("edit").title() == "Be&werken"
    assert WindowSettings(tmp_path / "window.ini").language is None


def test_backup_policy_and_folder_are_used_by_the_backups(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    assert dialog.backup_folder.text() == str(backups.backup_root())
    dialog.backup_folder.setText(str(tmp_path / "elders"))
    dialog.keep["daily"].setValue(3)
    dialog.buttons.accepted.emit()
    assert load_policy() == BackupPolicy(str(tmp_path / "elders"), 3, 4, 6)
    assert backups.backup_root() == tmp_path / "elders"
    made = backups.make_backup(window.session.atlas, "manual")
    assert made.path.parent.parent == tmp_path / "elders"


def test_a_dialog_on_a_small_screen_fits(window, qtbot):
    dialog = open_dialog(window, qtbot)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.minimumSizeHint().height() < 600
