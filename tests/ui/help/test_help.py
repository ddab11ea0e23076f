"""Help inside the app: the guide in the UI language, shortcuts read from the window, About."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app import __version__, i18n
from desktop_app.ui.help.dialogs import AboutDialog, GuideDialog, ShortcutsDialog


def test_guide_is_dutch_by_default_and_english_on_request(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "De vier taken" in dialog.browser.toPlainText()
    assert "halveringstijd" in dialog.browser.toPlainText()  # the settings say so too
    i18n.set_language("en")
    english = GuideDialog()
    qtbot.addWidget(english)
    assert "The four tasks" in english.browser.toPlainText()


def test_shortcut_overview_lists_the_windows_actions(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    action = QAction("Fit to view", window)
    action.setShortcut(QKeySequence("F"))
    window.addAction(action)
    silent = QAction("No shortcut", window)
    window.addAction(silent)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows == {"Fit to view": "F"}


def test_about_shows_version_and_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels
    assert "EUPL" in labels
    assert "European Union Public Licence" in dialog.licence.toPlainText()
