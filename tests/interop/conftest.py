"""A small but complete atlas for import/export tests, and a file-hash helper."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    NetworkKind,
    NetworkStatus,
    Note,
    Obstacle,
    ObstacleCategory,
    Person,
    Position,
    Professional,
    Role,
    Signal,
    SubjectType,
    SupportCase,
    SupportNeed,
    SupportStatus,
    Tie,
    TieKind,
)
from desktop_app.store import Atlas


def fill(atlas: Atlas) -> dict[str, str]:
    """Areas, networks, persons, ties, signals, professionals, obstacles, support, notes."""
    gm = atlas.areas.add(Area(name="Zwermstad", level=AreaLevel.MUNICIPALITY, cbs_code="GM0999"))
    wk = atlas.areas.add(
        Area(name="Centrum", level=AreaLevel.DISTRICT, parent_id=gm.id, cbs_code="WK099901")
    )
    bu = atlas.areas.add(
        Area(
            name="Oude Haven", level=AreaLevel.NEIGHBOURHOOD, parent_id=wk.id, cbs_code="BU09990101"
        )
    )
    garden = atlas.networks.add(
        Network(
            name="Buurtmoestuin De Hof",
            kind=NetworkKind.COMMUNITY_GARDEN,
            area_id=bu.id,
            description="Samen tuinieren; iedereen welkom",
            themes=("groen", "ontmoeting"),
            channels=("whatsapp",),
            size_estimate=25,
            meeting_place="Achter de kerk",
            founded=date(2019, 4, 1),
        )
    )
    repair = atlas.networks.add(
        Network(
            name="Repair Café Haven",
            kind=NetworkKind.REPAIR_CAFE,
            area_id=wk.id,
            description="=1+1 is geen formule",
            status=NetworkStatus.DORMANT,
            status_since=date(2026, 3, 1),
        )
    )
    app = atlas.networks.add(Network(name="Straatapp Kade", kind=NetworkKind.STREET_APP))
    anna = atlas.persons.add(Person(display_name="Anna de Vries", contact="06-12345678"))
    bram = atlas.persons.add(Person(display_name="Bram Bakker", source="gesprek"))
    atlas.memberships.add(Membership(person_id=anna.id, network_id=garden.id, role=Role.TREKKER))
    atlas.memberships.add(
        Membership(person_id=anna.id, network_id=repair.id, role=Role.CORE, since=date(2020, 1, 1))
    )
    atlas.memberships.add(Membership(person_id=bram.id, network_id=garden.id))
    atlas.ties.add(Tie(source_id=garden.id, target_id=repair.id, kind=TieKind.SHARED_MEMBERS))
    atlas.ties.add(Tie(source_id=repair.id, target_id=app.id, kind=TieKind.TENSION, strength=1))
    atlas.signals.add(
        Signal(
            network_id=garden.id,
            date=date(2026, 11, 27),
            dimension=Dimension.ACTIVITY,
            valence=2,
            note="@iedereen oogstfeest",
        )
    )
    atlas.signals.add(
        Signal(
            network_id=garden.id,
            date=date(2026, 11, 20),
            dimension=Dimension.LEADERSHIP,
            valence=1,
            note="Gesprek met Anna de Vries; Bram Bakker helpt mee",
        )
    )
    atlas.signals.add(
        Signal(
            network_id=repair.id,
            date=date(2026, 10, 1),
            dimension=Dimension.LEADERSHIP,
            valence=-1,
            source="buurtteam",
        )
    )
    pro = atlas.professionals.add(
        Professional(
            name="Fatima El Amrani",
            organisation="Welzijn Zwermstad",
            expertise=("subsidies", "vergunningen"),
            area_ids=(wk.id,),
        )
    )
    atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.PERMIT,
            description="Vergunning voor oogstfeest",
            network_ids=(garden.id,),
            owner_professional_id=pro.id,
            reported_on=date(2026, 9, 1),
        )
    )
    atlas.support.add(
        SupportCase(
            network_id=repair.id,
            need=SupportNeed.KNOWLEDGE,
            status=SupportStatus.ASKED,
            professional_id=pro.id,
        )
    )
    atlas.notes.add(
        Note(
            subject_type=SubjectType.NETWORK,
            subject_id=garden.id,
            text="Goed gesprek",
            date=date(2026, 11, 1),
        )
    )
    atlas.notes.add(
        Note(
            subject_type=SubjectType.PERSON,
            subject_id=anna.id,
            text="Anna wil meer doen",
            date=date(2026, 11, 2),
        )
    )
    atlas.positions.save(
        [
            Position(network_id=garden.id, x=0.0, y=0.0),
            Position(network_id=repair.id, x=1.5, y=-0.5, pinned=True),
            Position(network_id=app.id, x=-1.0, y=2.0),
        ]
    )
    return {
        "gm": gm.id,
        "wk": wk.id,
        "bu": bu.id,
        "garden": garden.id,
        "repair": repair.id,
        "app": app.id,
        "anna": anna.id,
        "bram": bram.id,
        "pro": pro.id,
    }


@pytest.fixture
def filled(atlas):
    ids = fill(atlas)
    atlas.ids = ids  # type: ignore[attr-defined]
    return atlas


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def closed_atlas(tmp_path):
    """A filled atlas file, closed (checkpointed); yields its path."""
    path = tmp_path / "closed.zwerm"
    atlas = Atlas.create(path, name="Gesloten")
    fill(atlas)
    atlas.close()
    return path
