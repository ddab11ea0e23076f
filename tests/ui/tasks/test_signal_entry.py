"""Recording a signal with the keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain import Area, AreaLevel, Dimension, Network
from desktop_app.ui.tasks.signal_entry import QuickSignalDialog
from tests.ui.tasks.conftest import same

TODAY = date(2026, 11, 27)


def _networks(atlas):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    a = atlas.networks.add(Network(name="Moestuin Zonnebloem", area_id=area.id))
    b = atlas.networks.add(Network(name="Repair Café Oost", area_id=area.id))
    return a, b


def _open(qtbot, session, **kwargs):
    dialog = QuickSignalDialog(session, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_keyboard_only_entry_with_completion(qtbot, session):
    a, _ = _networks(session.atlas)
    dialog = _open(qtbot, session)
    assert dialog.network_edit.hasFocus()
    qtbot.keyClicks(dialog.network_edit, "zonne")
    popup = dialog.network_edit.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.network_edit.text() == "Moestuin Zonnebloem"
    assert dialog.dimension.hasFocus()
    qtbot.keyClick(dialog.dimension, "3")  # leadership
    assert dialog.valence.hasFocus()
    qtbot.keyClick(dialog.valence, "1")  # -2
    qtbot.keyClicks(dialog.note, "Trekker stopt")
    with qtbot.waitSignal(dialog.signal_saved):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [signal] = session.atlas.signals.of_network(a.id)
    assert (signal.dimension, signal.valence, signal.note, signal.date) == (
        Dimension.LEADERSHIP,
        -2,
        "Trekker stopt",
        TODAY,
    )
    session.undo_stack.undo()
    assert session.atlas.signals.of_network(a.id) == []


def test_unique_partial_name_is_enough_and_sign_keys_work(qtbot, session, dutch):
    _, b = _networks(session.atlas)
    dialog = _open(qtbot, session)
    qtbot.keyClicks(dialog.network_edit, "repair")
    # The completion popup is open and gets the keys, as it does for a user.
    qtbot.keyClick(dialog.network_edit.completer().popup(), Qt.Key.Key_Tab)
    assert dialog.network_edit.text() == "Repair Café Oost"
    qtbot.keyClick(dialog.dimension, "s")  # Dutch: Samenwerking / Sfeer -> stays to cycle
    assert dialog.dimension.value() is Dimension.COOPERATION
    qtbot.keyClick(dialog.dimension, "s")
    assert dialog.dimension.value() is Dimension.ATMOSPHERE
    qtbot.keyClick(dialog.dimension, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.valence, "+")
    qtbot.keyClick(dialog.valence, "1")
    assert dialog.valence.value() == 1
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    [signal] = session.atlas.signals.of_network(b.id)
    assert (signal.dimension, signal.valence) == (Dimension.ATMOSPHERE, 1)


def test_missing_valence_keeps_dialog_open_and_says_why(qtbot, session):
    a, _ = _networks(session.atlas)
    dialog = _open(qtbot, session, network_id=a.id)
    assert dialog.dimension.hasFocus()
    qtbot.keyClick(dialog.dimension, "1")
    qtbot.keyClick(dialog.valence, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "1-5" in dialog.error.text()
    assert session.atlas.signals.count() == 0
    qtbot.keyClick(dialog.valence, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert session.atlas.signals.count() == 0


def test_edit_signal_and_undo(qtbot, session):
    from desktop_app.domain import Signal

    a, _ = _networks(session.atlas)
    original = session.atlas.signals.add(
        Signal(network_id=a.id, date=TODAY, dimension=Dimension.ACTIVITY, valence=1, note="Oogst")
    )
    dialog = _open(qtbot, session, signal=original)
    assert dialog.valence.value() == 1 and dialog.note.text() == "Oogst"
    qtbot.keyClick(dialog.dimension, "6")  # sfeer / atmosphere
    qtbot.keyClick(dialog.valence, "5")  # +2
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    stored = session.atlas.signals.get(original.id)
    assert (stored.dimension, stored.valence, stored.note) == (Dimension.ATMOSPHERE, 2, "Oogst")
    session.undo_stack.undo()
    assert same(session.atlas.signals.get(original.id), original)


def test_ctrl_enter_saves_and_starts_the_next(qtbot, session):
    a, b = _networks(session.atlas)
    dialog = _open(qtbot, session)
    dialog.source.setText("buurtoverleg")
    for name, dim, val in (("zonne", "1", "5"), ("repair", "2", "3")):
        qtbot.keyClicks(dialog.network_edit, name)
        qtbot.keyClick(dialog.network_edit.completer().popup(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.dimension, dim)
        qtbot.keyClick(dialog.valence, val)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible() and dialog.network_edit.hasFocus()
        assert dialog.network_edit.text() == "" and dialog.valence.value() is None
    assert [s.network_id for s in session.atlas.signals.all()] == [a.id, b.id]
    assert {s.source for s in session.atlas.signals.all()} == {"buurtoverleg"}
    assert "2" in dialog.network_hint.text()
    session.undo_stack.undo()
    assert [s.network_id for s in session.atlas.signals.all()] == [a.id]
