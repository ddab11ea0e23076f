"""A small atlas (a municipality, two districts, a handful of networks) and a window on it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain import Area, Membership, Network, Person, Position, Signal, Tie
from desktop_app.domain.enums import (
    AreaLevel,
    Dimension,
    NetworkKind,
    NetworkStatus,
    Role,
)
from desktop_app.store import Atlas


def build_small_atlas(path, *, name: str = "Kleine atlas", is_demo: bool = False) -> dict:
    """Write a small atlas at ``path``; returns the ids by short name."""
    atlas = Atlas.create(path, name=name, is_demo=is_demo)
    ids: dict[str, str] = {}
    try:
        town = atlas.areas.add(Area(name="Lindewaarde", level=AreaLevel.MUNICIPALITY))
        north = atlas.areas.add(Area(name="Noord", level=AreaLevel.DISTRICT, parent_id=town.id))
        south = atlas.areas.add(Area(name="Zuid", level=AreaLevel.DISTRICT, parent_id=town.id))
        park = atlas.areas.add(
            Area(name="Parkbuurt", level=AreaLevel.NEIGHBOURHOOD, parent_id=north.id)
        )
        ids.update(town=town.id, north=north.id, south=south.id, park=park.id)
        specs = [
            ("garden", "Moestuin De Linde", NetworkKind.COMMUNITY_GARDEN, park.id, ("groen",)),
            ("repair", "Repair Café Noord", NetworkKind.REPAIR_CAFE, north.id, ("duurzaamheid",)),
            ("choir", "Buurtkoor Zuid", NetworkKind.CULTURE, south.id, ("cultuur",)),
            ("elderly", "Ouderensoos Zuid", NetworkKind.ELDERLY_GROUP, south.id, ("ouderen",)),
            ("app", "Buurtapp Parkbuurt", NetworkKind.STREET_APP, park.id, ("veiligheid",)),
        ]
        for i, (key, label, kind, area_id, themes) in enumerate(specs):
            network = atlas.networks.add(
                Network(
                    name=label,
                    kind=kind,
                    area_id=area_id,
                    themes=themes,
                    size_estimate=10 * (i + 1),
                    status=NetworkStatus.ACTIVE,
                )
            )
            ids[key] = network.id
            atlas.positions.save([Position(network_id=network.id, x=100.0 * i, y=50.0 * (i % 2))])
        atlas.ties.add(Tie(source_id=ids["garden"], target_id=ids["repair"]))
        atlas.ties.add(Tie(source_id=ids["choir"], target_id=ids["elderly"], strength=3))
        anna = atlas.persons.add(Person(display_name="Anna de Vries"))
        ids["anna"] = anna.id
        atlas.memberships.add(
            Membership(person_id=anna.id, network_id=ids["garden"], role=Role.TREKKER)
        )
        atlas.memberships.add(Membership(person_id=anna.id, network_id=ids["repair"]))
        today = date.today()
        for days, valence in ((5, 2), (40, 1)):
            atlas.signals.add(
                Signal(
                    network_id=ids["garden"],
                    date=today - timedelta(days=days),
                    dimension=Dimension.ACTIVITY,
                    valence=valence,
                    note="Oogstfeest",
                )
            )
    finally:
        atlas.close()
    return ids


@pytest.fixture(autouse=True)
def _dutch(qapp):
    """The window's tests read the Dutch interface, as users see it by default."""
    from desktop_app import qt_i18n

    qt_i18n.install("nl")


@pytest.fixture
def small_atlas(tmp_path):
    path = tmp_path / "klein.zwerm"
    ids = build_small_atlas(path)
    return path, ids


@pytest.fixture
def settings(tmp_path):
    from desktop_app.ui.window.settings import WindowSettings

    return WindowSettings(tmp_path / "window.ini")


def settle(win, qtbot) -> None:
    """Wait until background work (vitality for the table and the map) is done."""
    qtbot.waitUntil(lambda: not win.data.vitality_pending(), timeout=10000)
    pending = getattr(win.map, "vitality_pending", None)
    if pending is not None:
        qtbot.waitUntil(lambda: not pending(), timeout=10000)


@pytest.fixture
def window(qtbot, small_atlas, settings):
    from desktop_app.ui.main_window import MainWindow

    path, _ids = small_atlas
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_atlas(path)
    win.resize(1366, 768)  # a laptop screen; the offscreen screen is smaller
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    settle(win, qtbot)
    yield win
    settle(win, qtbot)
    win.close()
