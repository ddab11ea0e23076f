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
