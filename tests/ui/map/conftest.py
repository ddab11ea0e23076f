"""A small atlas for the map: eight networks, ties (one tension), support, an obstacle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain import (
    Membership,
    Network,
    Obstacle,
    Person,
    Position,
    Professional,
    Signal,
    SupportCase,
    Tie,
)
from desktop_app.domain.enums import (
    Dimension,
    NetworkKind,
    ObstacleCategory,
    SupportNeed,
    SupportStatus,
    TieKind,
)
from desktop_app.store import Atlas

NAMES = [
    "Moestuin De Linde",
    "Repair Café Noord",
    "Buurtkoor Zuid",
    "Ouderensoos Zuid",
    "Buurtapp Parkbuurt",
    "Voedselbank Oost",
    "Jongerenplek West",
    "<b>Tuin</b> & Co",
]


def build_map_atlas(path, *, positions: bool = True) -> dict[str, str]:
    """Write the atlas; returns network ids by name (and a few other ids)."""
    atlas = Atlas.create(path, name="Kaartatlas")
    ids: dict[str, str] = {}
    try:
        for i, name in enumerate(NAMES):
            net = atlas.networks.add(
                Network(name=name, kind=NetworkKind.RESIDENTS_INITIATIVE, size_estimate=5 + 8 * i)
            )
            ids[name] = net.id
            if positions:
                atlas.positions.save(
                    [Position(network_id=net.id, x=float(i % 4) * 10, y=float(i // 4) * 10)]
                )
        n = [ids[name] for name in NAMES]
        for a, b, kind, strength in [
            (0, 1, TieKind.COOPERATION, 3),
            (1, 2, TieKind.COOPERATION, 1),
            (2, 3, TieKind.TENSION, 2),
            (4, 5, TieKind.SHARED_PLACE, 2),
            (5, 6, TieKind.COOPERATION, 2),
        ]:
            atlas.ties.add(Tie(source_id=n[a], target_id=n[b], kind=kind, strength=strength))
        today = date.today()
        # A lively network (score 100) and a low one (score 0); the rest unknown.
        atlas.signals.add(
            Signal(network_id=n[0], date=today, dimension=Dimension.ACTIVITY, valence=2)
        )
        atlas.signals.add(
            Signal(
                network_id=n[1],
                date=today - timedelta(days=3),
                dimension=Dimension.ACTIVITY,
                valence=-2,
            )
        )
        pro = atlas.professionals.add(Professional(name="Sanne Opbouwwerk"))
        ids["professional"] = pro.id
        atlas.support.add(
            SupportCase(
                network_id=n[2],
                need=SupportNeed.KNOWLEDGE,
                status=SupportStatus.ASKED,
                professional_id=pro.id,
            )
        )
        atlas.support.add(
            SupportCase(network_id=n[2], need=SupportNeed.MONEY, status=SupportStatus.RUNNING)
        )
        atlas.obstacles.add(
            Obstacle(
                category=ObstacleCategory.PERMIT, description="Vergunning", network_ids=(n[4],)
            )
        )
        person = atlas.persons.add(Person(display_name="Anna de Vries"))
        atlas.memberships.add(Membership(person_id=person.id, network_id=n[0]))
        atlas.memberships.add(Membership(person_id=person.id, network_id=n[6]))
        ids["anna"] = person.id
    finally:
        atlas.close()
    return ids


@pytest.fixture
def map_atlas(tmp_path):
    path = tmp_path / "kaart.zwerm"
    ids = build_map_atlas(path)
    return path, ids


@pytest.fixture
def map_widget(qtbot, map_atlas):
    """A shown map on the small atlas, vitality computed, fitted to the view."""
    from desktop_app.ui.map import MapWidget
    from desktop_app.ui.session import AtlasSession

    path, ids = map_atlas
    session = AtlasSession(Atlas.open(path))
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.set_session(session)
    session.start()  # as the window does: vitality comes from the session's picture
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.vitality_pending(), timeout=10_000)
    widget.fit_to_view()
    qtbot.wait(20)
    yield widget, session, ids
    widget.set_session(None)
    session.close()
