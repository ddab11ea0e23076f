"""A new atlas says what to do first; counts, dates and Qt's own dialogs speak Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.domain import Network, Signal
from desktop_app.domain.enums import Dimension
from desktop_app.store import Atlas
from desktop_app.ui.main_window import MainWindow
from tests.ui.window.conftest import settle
from tests.ui.window.dialogs import with_dialog


@pytest.fixture
def open_window(qtbot, settings):
    windows = []

    def make(path):
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        assert win.open_atlas(path)
        settle(win, qtbot)
        windows.append(win)
        return win

    yield make
    for win in windows:
        settle(win, qtbot)
        win.close()


def test_an_empty_atlas_says_what_to_do_first(open_window, qtbot, tmp_path):
    path = tmp_path / "Wijk Oost.zwerm"
    Atlas.create(path, name="Wijk Oost").close()
    win = open_window(path)
    hint = win.map.empty_hint
    assert hint.isVisible()
    assert hint.title.text() == "Deze atlas heeft nog geen netwerken"
    assert win.map.view.rect().contains(hint.geometry())

    def area(dialog):
        qtbot.keyClicks(dialog.name, "Wijk Oost")
        dialog.accept()

    with_dialog(lambda: qtbot.mouseClick(hint.buttons["area"], Qt.MouseButton.LeftButton), area)
    assert [a.name for a in win.session.atlas.areas.all()] == ["Wijk Oost"]

    def network(dialog):
        qtbot.keyClicks(dialog.name, "Moestuin")
        dialog.accept()

    with_dialog(
        lambda: qtbot.mouseClick(hint.buttons["network"], Qt.MouseButton.LeftButton), network
    )
    assert not hint.isVisible()


def test_one_of_a_kind_is_said_in_the_singular(open_window, tmp_path):
    path = tmp_path / "een.zwerm"
    with Atlas.create(path, name="Een") as atlas:
        network = atlas.networks.add(Network(name="Moestuin"))
        atlas.signals.add(
            Signal(
                network_id=network.id, date=date.today(), dimension=Dimension.ACTIVITY, valence=2
            )
        )
    win = open_window(path)
    assert win.status_bar.counts.text() == "1 netwerk"
    win.selection.set_ids([network.id], "test")
    text = win.details_panel.vitality.text()
    assert "(1 signaal in totaal)" in text
    assert "100 van de 100 (weinig gegevens: 1 signaal)" in text
    win.selection.set_ids([], "test")


def test_qt_file_dialogs_speak_dutch_even_when_qt_looks_elsewhere(qapp, monkeypatch, tmp_path):
    from desktop_app import qt_i18n

    monkeypatch.setattr(
        qt_i18n.QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path / "nergens"))
    )
    qt_i18n.install("nl")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"


def test_the_user_guide_begins_with_getting_started(qapp):
    from desktop_app.ui.help.dialogs import GuideDialog

    guide = GuideDialog()
    text = guide.browser.toPlainText()
    assert "Beginnen" in text
    assert "Tabel importeren (CSV, Excel)" in text
    assert "Taken › Professionals" in text
    assert "halfwaardetijd" not in text
    guide.deleteLater()
