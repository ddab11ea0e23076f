"""What the map keeps in sight: markers beside their node, nodes and names beside the legend."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from desktop_app.domain import Network, Position, Professional, SupportCase
from desktop_app.domain.enums import SupportNeed, SupportStatus
from desktop_app.store import Atlas
from desktop_app.ui.session import AtlasSession


def _viewport(widget, x: float, y: float) -> QPointF:
    scene = widget.viewbox.mapViewToScene(QPointF(x, y))
    return QPointF(widget.view.mapFromScene(scene))


@pytest.fixture
def two_in_a_row(qtbot, tmp_path):
    """A new atlas: two networks side by side (same y), a professional helping one."""
    from desktop_app.ui.map import MapWidget

    path = tmp_path / "rij.zwerm"
    with Atlas.create(path, name="Rij") as atlas:
        a = atlas.networks.add(Network(name="Moestuin Oosterpark"))
        b = atlas.networks.add(Network(name="Buurtkoor"))
        atlas.positions.save(
            [Position(network_id=a.id, x=0.0, y=0.0), Position(network_id=b.id, x=1.0, y=0.0)]
        )
        pro = atlas.professionals.add(Professional(name="Sanne"))
        atlas.support.add(
            SupportCase(
                network_id=a.id,
                need=SupportNeed.MONEY,
                status=SupportStatus.ASSIGNED,
                professional_id=pro.id,
            )
        )
    session = AtlasSession(Atlas.open(path))
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.vitality_pending(), timeout=10_000)
    yield widget, session, a.id
    widget.set_session(None)
    session.close()


def test_the_professional_marker_is_beside_its_node(two_in_a_row, qtbot):
    widget, _session, garden = two_in_a_row
    widget.set_layer("professionals", True)
    widget.fit_to_view()
    qtbot.wait(20)
    marks = widget.layers.pro_marks.data
    assert len(marks) == 1
    marker = _viewport(widget, float(marks["x"][0]), float(marks["y"][0]))
    node = widget.viewport_point(garden)
    radius = widget.layers.sizes(widget.model)[widget.model.index[garden]] / 2
    distance = np.hypot(marker.x() - node.x(), marker.y() - node.y())
    assert distance > radius + 8


def _node_boxes(widget):
    """Per network: (disc rect, name rect) in viewport pixels, as drawn."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(widget.labels.layer.font)
    sizes = widget.layers.sizes(widget.model)
    boxes = {}
    for nid, i in widget.model.index.items():
        p = widget.viewport_point(nid)
        r = sizes[i] / 2
        width = metrics.horizontalAdvance(widget.model.names[i])
        disc = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
        name = QRectF(p.x() - width / 2, p.y() + r, width, metrics.height())
        boxes[nid] = (disc, name)
    return boxes


@pytest.mark.parametrize("size", [(900, 650), (1366 - 600, 768 - 300), (1600, 900)])
def test_fit_keeps_nodes_and_names_off_the_legend_and_inside_the_view(map_widget, qtbot, size):
    widget, _session, _ids = map_widget
    widget.resize(*size)
    qtbot.wait(20)
    widget.fit_to_view()
    qtbot.wait(20)
    viewport = widget.view.viewport().rect()
    legend = widget.legend.geometry().translated(-widget.view.viewport().pos())
    assert widget.legend.isVisible() and legend.height() > 40
    for nid, (disc, name) in _node_boxes(widget).items():
        assert not disc.intersects(legend.toRectF()), nid
        assert not name.intersects(legend.toRectF()), nid
        assert viewport.toRectF().contains(disc), nid
        assert viewport.toRectF().contains(name), (nid, name, viewport)


def test_fit_in_fade_mode_frames_the_networks_the_filter_keeps(map_widget, qtbot):
    widget, _session, ids = map_widget
    kept = {ids["Moestuin De Linde"], ids["Repair Café Noord"]}  # neighbours at (0,0), (10,0)
    widget.set_visible_ids(kept, "fade")
    widget.fit_to_view()
    qtbot.wait(20)
    a = widget.viewport_point(ids["Moestuin De Linde"])
    b = widget.viewport_point(ids["Repair Café Noord"])
    # Framed: far apart on screen (the whole map would put them 1/3 of the width apart).
    assert abs(b.x() - a.x()) > widget.view.viewport().width() * 0.45


def test_the_legend_folds_and_unfolds_in_place(map_widget, qtbot):
    widget, _session, _ids = map_widget
    open_height = widget.legend.height()
    widget.legend.set_collapsed(True)
    qtbot.wait(10)
    assert widget.legend.is_collapsed()
    assert widget.legend.height() < open_height
    bottom = widget.legend.geometry().bottom()
    assert widget.view.height() - bottom < 20  # still in its corner
