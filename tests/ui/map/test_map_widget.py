"""The map used like a user would: clicks, drags, filters, layout, legend."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.store import Atlas
from tests.ui.map.conftest import NAMES


def _move_holding(viewport, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
    """A mouse move with the left button and ``mods`` held (QTest.mouseMove sends no modifiers)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        mods,
    )
    QApplication.sendEvent(viewport, event)


def _point(widget, network_id) -> QPoint:
    return widget.viewport_point(network_id).toPoint()


def test_clicking_a_node_selects_it(map_widget, qtbot):
    widget, _session, ids = map_widget
    target = ids["Buurtkoor Zuid"]
    with qtbot.waitSignal(widget.selection_changed, timeout=2000) as blocker:
        qtbot.mouseClick(
            widget.view.viewport(), Qt.MouseButton.LeftButton, pos=_point(widget, target)
        )
    assert blocker.args == [[target]]
    assert widget.selected_ids() == [target]


def test_clicking_empty_space_clears_the_selection(map_widget, qtbot):
    widget, _session, ids = map_widget
    widget.set_selected_ids([ids["Buurtkoor Zuid"]])
    with qtbot.waitSignal(widget.selection_changed, timeout=2000) as blocker:
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert blocker.args == [[]]


def test_double_click_activates_the_network(map_widget, qtbot):
    widget, _session, ids = map_widget
    target = ids["Voedselbank Oost"]
    viewport, point, left = (
        widget.view.viewport(),
        _point(widget, target),
        Qt.MouseButton.LeftButton,
    )
    # What a real double click delivers: press, release, double-click press, release
    # (QTest.mouseDClick alone sends only the double-click event).
    with qtbot.waitSignal(widget.network_activated, timeout=2000) as blocker:
        qtbot.mouseClick(viewport, left, pos=point)
        qtbot.mouseDClick(viewport, left, pos=point)
        qtbot.mouseRelease(viewport, left, pos=point)
    assert blocker.args == [target]


def test_shift_drag_selects_the_nodes_in_the_rubber_band(map_widget, qtbot):
    widget, _session, ids = map_widget
    # The first row of the grid (y=0): the first four networks.
    first_row = {ids[name] for name in NAMES[:4]}
    left = _point(widget, ids[NAMES[0]]) + QPoint(-15, 15)
    right = _point(widget, ids[NAMES[3]]) + QPoint(15, -15)
    viewport = widget.view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(widget.selection_changed, timeout=2000) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, shift, left)
        for k in range(1, 6):
            _move_holding(viewport, left + (right - left) * (k / 5), shift)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, shift, right)
    assert set(blocker.args[0]) == first_row


def test_filter_in_hide_mode_reduces_the_visible_node_count(map_widget):
    widget, _session, ids = map_widget
    assert widget.visible_node_count() == len(NAMES)
    keep = {ids[NAMES[0]], ids[NAMES[1]]}
    widget.set_visible_ids(keep, "hide")
    assert widget.visible_node_count() == 2
    assert len(widget.layers.nodes.data) == 2
    widget.set_visible_ids(keep, "fade")
    assert widget.visible_node_count() == 2
    assert len(widget.layers.nodes.data) == len(NAMES)  # the rest is drawn, faded
    widget.set_visible_ids(None)
    assert widget.visible_node_count() == len(NAMES)


def test_hidden_nodes_cannot_be_clicked(map_widget, qtbot):
    widget, _session, ids = map_widget
    hidden = ids[NAMES[2]]
    point = _point(widget, hidden)
    widget.set_visible_ids({ids[NAMES[0]]}, "hide")
    with qtbot.waitSignal(widget.selection_changed, timeout=2000) as blocker:
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [[]]


def test_dragging_a_node_moves_and_pins_it_in_the_atlas(map_widget, qtbot):
    widget, session, ids = map_widget
    target = ids["Jongerenplek West"]
    before = widget.position_of(target)
    start = _point(widget, target)
    end = start + QPoint(60, 40)
    viewport = widget.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 9):
        QTest.mouseMove(viewport, start + (end - start) * (k / 8))
        qtbot.wait(5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    after = widget.position_of(target)
    assert after[0] > before[0] and after[1] < before[1]  # right and down on screen
    assert session.undo_stack.count() == 1
    path = session.atlas.path
    with Atlas.open(path, read_only=True) as reopened:
        stored = reopened.positions.get(target)
    assert stored is not None and stored.pinned
    assert (stored.x, stored.y) == after
    # Undo puts it back where it was, unpinned.
    session.undo_stack.undo()
    assert widget.position_of(target) == before
    assert not session.atlas.positions.get(target).pinned


def test_a_layout_can_be_cancelled_and_changes_nothing(map_widget, qtbot):
    widget, session, _ids = map_widget
    stored_before = session.atlas.positions.all()
    drawn_before = widget.model.pos.copy()
    widget.layout_chunk = 1  # many short chunks, so cancelling lands between two
    widget.layout_progress.connect(lambda *_: widget.cancel_layout())
    with qtbot.waitSignal(widget.layout_finished, timeout=10_000) as blocker:
        widget.run_layout(all_nodes=True)
    assert blocker.args == [False]
    assert session.atlas.positions.all() == stored_before
    assert np.array_equal(widget.model.pos, drawn_before)
    assert session.undo_stack.count() == 0
    assert not widget.layout_running()


def test_a_finished_layout_is_one_undo_step_and_keeps_pinned_nodes(map_widget, qtbot):
    widget, session, ids = map_widget
    pinned_id = ids[NAMES[0]]
    atlas = session.atlas
    first = atlas.positions.get(pinned_id)
    atlas.positions.save([type(first)(network_id=pinned_id, x=first.x, y=first.y, pinned=True)])
    session.notify()
    stored_before = atlas.positions.all()
    with qtbot.waitSignal(widget.layout_finished, timeout=20_000) as blocker:
        widget.run_layout(all_nodes=False)
    assert blocker.args == [True]
    after = atlas.positions.all()
    assert after[pinned_id].x == first.x and after[pinned_id].y == first.y
    assert after[pinned_id].pinned
    moved = [
        nid
        for nid in after
        if (after[nid].x, after[nid].y) != (stored_before[nid].x, stored_before[nid].y)
    ]
    assert len(moved) >= len(NAMES) - 1
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert {k: (v.x, v.y) for k, v in atlas.positions.all().items()} == {
        k: (v.x, v.y) for k, v in stored_before.items()
    }


def test_arranging_all_networks_releases_the_pins(map_widget, qtbot):
    widget, session, ids = map_widget
    atlas = session.atlas
    pinned_id = ids[NAMES[0]]
    first = atlas.positions.get(pinned_id)
    atlas.positions.save([type(first)(network_id=pinned_id, x=first.x, y=first.y, pinned=True)])
    session.notify()
    with qtbot.waitSignal(widget.layout_finished, timeout=20_000) as blocker:
        widget.run_layout(all_nodes=True)
    assert blocker.args == [True]
    assert not any(p.pinned for p in atlas.positions.all().values())
    session.undo_stack.undo()
    assert atlas.positions.get(pinned_id).pinned


def test_center_on_puts_the_network_in_the_middle(map_widget):
    widget, _session, ids = map_widget
    target = ids["Ouderensoos Zuid"]
    widget.center_on(target)
    centre = widget.viewbox.viewRect().center()
    x, y = widget.position_of(target)
    assert abs(centre.x() - x) < 1e-6 and abs(centre.y() - y) < 1e-6
    point = widget.viewport_point(target)
    viewport = widget.view.viewport().rect()
    assert abs(point.x() - viewport.width() / 2) <= 2
    assert abs(point.y() - viewport.height() / 2) <= 2


def test_legend_matches_the_drawn_layers(map_widget):
    widget, _session, ids = map_widget
    keys = widget.legend.entry_keys()
    # One network at 100 (class 4), one at 0 (class 0), the rest unknown.
    assert {"vitality:4", "vitality:0", "vitality:unknown"} <= set(keys)
    assert "vitality:2" not in keys
    assert {"ring:running", "obstacle", "tie", "tension"} <= set(keys)
    assert "ring:asked" not in keys  # only the most advanced open case shows
    assert "bridge_persons" not in keys and "professionals" not in keys
    widget.set_layer("bridge_persons", True)
    widget.set_layer("professionals", True)
    assert {"bridge_persons", "professionals"} <= set(widget.legend.entry_keys())
    assert len(widget.layers.bridge_marks.data) == 1
    assert len(widget.layers.pro_marks.data) == 1
    # Hide the obstacle's network and the tension tie: their entries go too.
    keep = {ids[n] for n in NAMES if n not in ("Buurtapp Parkbuurt", "Ouderensoos Zuid")}
    widget.set_visible_ids(keep, "hide")
    keys = widget.legend.entry_keys()
    assert "obstacle" not in keys and "tension" not in keys
    widget.set_layer("bridge_persons", False)
    assert "bridge_persons" not in widget.legend.entry_keys()


def test_labels_show_names_when_few_are_in_view(map_widget):
    widget, _session, _ids = map_widget
    assert len(widget.labels.shown) == len(NAMES)
    texts = set(widget.labels.texts())
    assert "<b>Tuin</b> & Co" in texts  # literally, as plain text
    widget.set_layer("labels", False)
    assert len(widget.labels.shown) == 0


def test_tooltip_shows_user_text_literally(map_widget):
    widget, _session, ids = map_widget
    text = widget.tooltip_text(widget.model.index[ids["<b>Tuin</b> & Co"]])
    assert "&lt;b&gt;Tuin&lt;/b&gt; &amp; Co" in text
    assert "<b>Tuin</b>" not in text.replace("<b>&lt;b&gt;", "")


def test_highlight_fades_the_rest(map_widget):
    widget, _session, ids = map_widget
    widget.highlight_neighbourhood(ids[NAMES[1]])
    assert len(widget.layers.highlight_nodes.data) == 3  # itself and its two ties
    assert widget.layers.nodes.opacity() < 1
    widget.highlight_neighbourhood(None)
    assert widget.layers.nodes.opacity() == 1


def test_export_image_writes_a_png(map_widget, tmp_path):
    widget, _session, _ids = map_widget
    out = tmp_path / "kaart.png"
    assert widget.export_image(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_networks_without_position_are_placed_near_their_ties(qtbot, tmp_path):
    from desktop_app.domain import Network, Tie
    from desktop_app.ui.map import MapWidget
    from desktop_app.ui.session import AtlasSession

    path = tmp_path / "nieuw.zwerm"
    ids = build = __import__("tests.ui.map.conftest", fromlist=["x"]).build_map_atlas(path)
    del build
    with Atlas.open(path) as atlas:
        new = atlas.networks.add(Network(name="Nieuw netwerk"))
        atlas.ties.add(Tie(source_id=new.id, target_id=ids[NAMES[0]]))
        atlas.ties.add(Tie(source_id=new.id, target_id=ids[NAMES[1]]))
    session = AtlasSession(Atlas.open(path))
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.set_session(session)
    try:
        x, y = widget.position_of(new.id)
        a, b = widget.position_of(ids[NAMES[0]]), widget.position_of(ids[NAMES[1]])
        mid = np.array([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2])
        assert np.hypot(x - mid[0], y - mid[1]) < 10  # grid spacing is 10
        assert session.atlas.positions.get(new.id) is None  # nothing written on open
        assert widget.position_of(new.id) == (x, y)  # the same spot every time
    finally:
        widget.set_session(None)
        session.close()


def test_reacts_to_changes_in_the_atlas(map_widget, qtbot):
    from desktop_app.domain import Network
    from desktop_app.ui.commands import AddCommand

    widget, session, _ids = map_widget
    session.execute(
        AddCommand(session, session.atlas.networks, Network(name="Later erbij"), "Add network")
    )
    assert widget.model.n == len(NAMES) + 1
    session.undo_stack.undo()
    assert widget.model.n == len(NAMES)


def test_viewport_point_maps_back_to_the_node(map_widget):
    widget, _session, ids = map_widget
    for name in NAMES:
        point = widget.viewport_point(ids[name])
        scene = widget.view.mapToScene(point.toPoint())
        assert widget._hit(QPointF(scene)) == widget.model.index[ids[name]]


def test_crowded_views_draw_smaller_nodes_without_rings_and_say_so():
    from desktop_app.ui.map.layers import MARK_SCALE, detail_scale

    screen = 1200.0 * 800.0
    assert detail_scale(100, screen) == 1.0
    assert detail_scale(10_000, screen) < MARK_SCALE
    assert detail_scale(0, screen) == 1.0


def test_legend_drops_rings_when_they_are_not_drawn(map_widget):
    widget, _session, _ids = map_widget
    assert "ring:running" in widget.legend.entry_keys()
    widget.layers.scale = 0.4  # as in a crowded overview
    widget._redraw_nodes()
    assert len(widget.layers.rings.data) == 0
    assert "ring:running" not in widget.legend.entry_keys()
    assert "obstacle" not in widget.legend.entry_keys()


def test_hovering_a_node_names_it(map_widget, qtbot):
    widget, _session, ids = map_widget
    target = ids["Repair Café Noord"]
    viewport = widget.view.viewport()
    QTest.mouseMove(viewport, QPoint(2, 2))
    qtbot.wait(100)  # pyqtgraph drops mouse moves that come faster than its frame rate
    with qtbot.waitSignal(widget.hovered, timeout=2000, check_params_cb=lambda i: i == target):
        QTest.mouseMove(viewport, _point(widget, target))


def test_large_maps_drag_an_overlay_and_save_on_release(map_widget, qtbot, monkeypatch):
    from desktop_app.ui.map import widget as widget_module

    monkeypatch.setattr(widget_module, "DRAG_REDRAW_LIMIT", 2)  # treat the small map as large
    widget, session, ids = map_widget
    target = ids["Buurtapp Parkbuurt"]
    start = _point(widget, target)
    end = start + QPoint(-50, -30)
    viewport = widget.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * (k / 5))
        qtbot.wait(40)
    assert len(widget.layers.highlight_nodes.data) == 1  # the dragged node drawn on top
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    stored = session.atlas.positions.get(target)
    assert stored.pinned and (stored.x, stored.y) == widget.position_of(target)
    assert len(widget.layers.highlight_nodes.data) == 0  # overlay gone after the redraw
