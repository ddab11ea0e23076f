"""A network's timeline: score, markers, why, and the signal list with edit/delete + undo."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.domain import Dimension, Network, Signal
from desktop_app.ui.tasks.timeline import NetworkTimeline
from tests.ui.tasks.conftest import TODAY


def _network(atlas):
    network = atlas.networks.add(Network(name="Taalcafé Noord"))
    for days, valence, note in ((100, 1, "Goede opkomst"), (40, 0, "<b>niet vet</b>")):
        atlas.signals.add(
            Signal(
                network_id=network.id,
                date=TODAY - timedelta(days=days),
                dimension=Dimension.ACTIVITY,
                valence=valence,
                note=note,
            )
        )
    return network


def _timeline(qtbot, session, network):
    timeline = NetworkTimeline(session, today=TODAY)
    qtbot.addWidget(timeline)
    timeline.show()  # panels follow changes while shown
    timeline.set_network(network.id)
    return timeline


def test_shows_score_markers_and_why(qtbot, session):
    network = _network(session.atlas)
    timeline = _timeline(qtbot, session, network)
    assert timeline.title.text() == "Taalcafé Noord"
    assert timeline.marker_count() == 2
    assert timeline.why.count() == 2
    # The most recent signal weighs most and comes first.
    assert timeline.why.item(0).text().startswith("18-10-2026")
    assert timeline.score_label.text().split()[1].isdigit()


def test_hover_shows_the_note_as_plain_text(qtbot, session):
    network = _network(session.atlas)
    timeline = _timeline(qtbot, session, network)
    points = list(timeline.markers.points())
    recent = next(p for p in points if "niet vet" in timeline.hover_text(p.data()))
    timeline.on_markers_hovered(timeline.markers, [recent], None)
    assert "<b>niet vet</b>" in timeline.hover_label.text()
    assert timeline.hover_label.textFormat() == Qt.TextFormat.PlainText
    tooltip = timeline.markers.getViewBox().toolTip()
    assert "&lt;b&gt;" in tooltip and "<b>" not in tooltip


def test_delete_signal_and_undo_updates_score(qtbot, session):
    network = _network(session.atlas)
    timeline = _timeline(qtbot, session, network)
    before = timeline.score_label.text()
    timeline.table.selectRow(0)  # newest first: the neutral one
    qtbot.mouseClick(timeline.delete_button, Qt.MouseButton.LeftButton)
    assert timeline.marker_count() == 1
    assert timeline.score_label.text() != before
    session.undo_stack.undo()
    assert timeline.marker_count() == 2
    assert timeline.score_label.text() == before


def test_no_network_and_no_signals(qtbot, session):
    timeline = NetworkTimeline(session, today=TODAY)
    qtbot.addWidget(timeline)
    timeline.show()  # panels follow changes while shown
    assert not timeline.record_button.isEnabled()
    empty = session.atlas.networks.add(Network(name="Nieuw"))
    timeline.set_network(empty.id)
    assert timeline.marker_count() == 0
    assert "(" in timeline.score_label.text()  # "unknown (no signals)", not 50
    assert "50" not in timeline.score_label.text()


def test_pointing_the_mouse_at_a_marker_shows_its_note(qtbot, session):
    network = _network(session.atlas)
    timeline = _timeline(qtbot, session, network)
    timeline.resize(900, 600)
    with qtbot.waitExposed(timeline):
        timeline.show()
    older = next(
        p for p in timeline.markers.points() if "Goede opkomst" in timeline.hover_text(p.data())
    )
    where = timeline.plot.mapFromScene(timeline.markers.mapToScene(older.pos()))
    qtbot.mouseMove(timeline.plot.viewport(), where)
    qtbot.waitUntil(lambda: "Goede opkomst" in timeline.hover_label.text())
    assert timeline.hover_label.text().startswith("19-08-2026")
