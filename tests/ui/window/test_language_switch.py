"""A language switch retranslates every part of the window at once, without a restart.

The texts of a window switched to English must be those of a window started in
English: every menu and action, every dock title, every label, button, tab,
combo box item, placeholder and column header of every panel; and back.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
)

from tests.ui.window.conftest import settle


def _menu_texts(menu: QMenu, path: str) -> list[str]:
    texts = [f"{path}: {menu.title()}"]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu(), f"{path}/{menu.title()}")
        elif not action.isSeparator():
            texts.append(f"{path}/{menu.title()}: {action.text()} | {action.toolTip()}")
    return texts


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not isinstance(view, QTableView | QTreeView):
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount(QModelIndex()))
    ]


def window_texts(win) -> list[str]:
    """Every translatable text the user can see in the window, with where it is."""
    texts = [f"title: {win.windowTitle()}"]
    for action in win.menuBar().actions():
        texts += _menu_texts(action.menu(), "menu")
    for dock in win.findChildren(QDockWidget):
        name = dock.objectName()
        texts.append(f"dock {name}: {dock.windowTitle()}")
        for label in dock.findChildren(QLabel):
            texts.append(f"{name} label {label.objectName()}: {label.text()}")
        for button in dock.findChildren(QAbstractButton):
            texts.append(f"{name} button: {button.text()} | {button.toolTip()}")
        for box in dock.findChildren(QGroupBox):
            texts.append(f"{name} group: {box.title()}")
        for tabs in dock.findChildren(QTabWidget):
            texts += [f"{name} tab: {tabs.tabText(i)}" for i in range(tabs.count())]
        for combo in dock.findChildren(QComboBox):
            texts += [f"{name} combo: {combo.itemText(i)}" for i in range(combo.count())]
        for edit in dock.findChildren(QLineEdit):
            texts.append(f"{name} placeholder: {edit.placeholderText()}")
        for view in dock.findChildren(QAbstractItemView):
            texts += [f"{name} header: {h}" for h in _headers(view)]
    return texts


def _fresh_window(qtbot, settings, path, language):
    from desktop_app import qt_i18n
    from desktop_app.ui.main_window import MainWindow

    qt_i18n.install(language)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    settle(win, qtbot)
    texts = window_texts(win)
    settle(win, qtbot)
    win.close()
    return texts


def _differences(got: list[str], want: list[str]) -> list[tuple[str, str]]:
    assert len(got) == len(want), (len(got), len(want))
    return [(g, w) for g, w in zip(got, want, strict=True) if g != w]


def test_switching_language_retranslates_every_part_at_once(qtbot, small_atlas, settings, tmp_path):
    from desktop_app.ui.window.settings import WindowSettings

    path, _ids = small_atlas
    english = _fresh_window(qtbot, WindowSettings(tmp_path / "en.ini"), path, "en")
    dutch = _fresh_window(qtbot, WindowSettings(tmp_path / "nl.ini"), path, "nl")
    assert any("&Bestand" in t for t in dutch) and any("&File" in t for t in english)

    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    settle(win, qtbot)
    win.actions.languages["en"].trigger()
    settle(win, qtbot)
    assert _differences(window_texts(win), english) == []
    win.actions.languages["nl"].trigger()
    settle(win, qtbot)
    assert _differences(window_texts(win), dutch) == []
    settle(win, qtbot)
    win.close()
