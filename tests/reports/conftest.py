"""A small, fully known atlas for the report tests, and PDF reading helpers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    NetworkKind,
    Note,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
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

TODAY = date(2026, 11, 27)
XSS_NAME = '<b>x</b><img src="file:///etc/passwd">'
#: Residents of the test atlas: none of these may appear in a report without names.
RESIDENTS = (
    "Aagje Zonderland",
    "Bartholomeus Quist",
    "Cornelia Vrijdag",
    "Dirkje Wolkenkrabber",
    "Evert Zandvoort",
)


@pytest.fixture(autouse=True)
def _dutch_qt(qapp):
    """Reports are Dutch by default: the Dutch translators installed, as the app does."""
    from desktop_app import qt_i18n

    qt_i18n.install("nl")
    yield
    qt_i18n.install("nl")


def fill_atlas(atlas: Atlas) -> dict[str, str]:
    """Two districts with a few networks each; returns names -> ids of what tests look up."""
    ids: dict[str, str] = {}
    town = atlas.areas.add(Area(name="Teststad", level=AreaLevel.MUNICIPALITY))
    north = atlas.areas.add(Area(name="Noordwijk", level=AreaLevel.DISTRICT, parent_id=town.id))
    south = atlas.areas.add(Area(name="Zuidwijk", level=AreaLevel.DISTRICT, parent_id=town.id))
    harbour = atlas.areas.add(
        Area(name="Havenbuurt", level=AreaLevel.NEIGHBOURHOOD, parent_id=north.id)
    )
    ids.update(town=town.id, north=north.id, south=south.id, harbour=harbour.id)

    def network(name: str, area: Area, **kw) -> Network:
        n = atlas.networks.add(Network(name=name, area_id=area.id, **kw))
        ids[name] = n.id
        return n

    garden = network(
        "Moestuin Havenpad",
        harbour,
        kind=NetworkKind.COMMUNITY_GARDEN,
        size_estimate=25,
        description="Samen groente kweken.",
    )
    quiet = network("Stille Leesclub", harbour, kind=NetworkKind.CULTURE, size_estimate=8)
    xss = network(XSS_NAME, north, kind=NetworkKind.OTHER, size_estimate=12)
    lonely = network("Buurtapp Eenling", north, kind=NetworkKind.STREET_APP, size_estimate=40)
    club = network("Sportclub Zuid", south, kind=NetworkKind.SPORTS_CLUB, size_estimate=120)

    people = [atlas.persons.add(Person(display_name=name)) for name in RESIDENTS]
    a, b, c, d, e = people
    atlas.memberships.add(Membership(person_id=a.id, network_id=garden.id, role=Role.TREKKER))
    atlas.memberships.add(Membership(person_id=b.id, network_id=garden.id, role=Role.CORE))
    atlas.memberships.add(Membership(person_id=c.id, network_id=garden.id, role=Role.MEMBER))
    atlas.memberships.add(Membership(person_id=a.id, network_id=club.id, role=Role.MEMBER))
    # Rests on a single trekker: one trekker, no core members.
    atlas.memberships.add(Membership(person_id=d.id, network_id=lonely.id, role=Role.TREKKER))
    atlas.memberships.add(Membership(person_id=e.id, network_id=xss.id, role=Role.TREKKER))

    atlas.ties.add(Tie(source_id=garden.id, target_id=xss.id, kind=TieKind.COOPERATION))
    atlas.ties.add(Tie(source_id=garden.id, target_id=lonely.id, kind=TieKind.TENSION, strength=3))
    atlas.ties.add(Tie(source_id=club.id, target_id=garden.id, kind=TieKind.SHARED_MEMBERS))

    for days, valence in ((300, 1), (200, 1), (60, 2), (10, 1)):
        atlas.signals.add(
            Signal(
                network_id=garden.id,
                date=TODAY - timedelta(days=days),
                dimension=Dimension.ACTIVITY,
                valence=valence,
                note=f"Gesproken met {RESIDENTS[1]} over de oogst.",
            )
        )
    # Silent: last signal long ago.
    atlas.signals.add(
        Signal(
            network_id=quiet.id,
            date=TODAY - timedelta(days=400),
            dimension=Dimension.ACTIVITY,
            valence=0,
        )
    )
    atlas.signals.add(
        Signal(
            network_id=lonely.id,
            date=TODAY - timedelta(days=5),
            dimension=Dimension.LEADERSHIP,
            valence=-1,
        )
    )
    atlas.signals.add(
        Signal(
            network_id=xss.id,
            date=TODAY - timedelta(days=20),
            dimension=Dimension.ATMOSPHERE,
            valence=2,
            note='<a href="http://example.com">klik</a>',
        )
    )
    pro = atlas.professionals.add(
        Professional(
            name="Henk Opbouwwerker", organisation="Welzijn Teststad", area_ids=(north.id,)
        )
    )
    atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.PERMIT,
            description=f"Vergunning voor de kas; {RESIDENTS[0]} wacht al lang.",
            network_ids=(garden.id,),
            owner_professional_id=pro.id,
            status=ObstacleStatus.REPORTED,
            reported_on=TODAY - timedelta(days=200),
        )
    )
    atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.MONEY,
            description="Subsidie voor ballen.",
            network_ids=(club.id,),
            owner_department="Sportzaken",
            status=ObstacleStatus.IN_PROGRESS,
            reported_on=TODAY - timedelta(days=30),
        )
    )
    atlas.support.add(
        SupportCase(
            network_id=garden.id,
            need=SupportNeed.KNOWLEDGE,
            status=SupportStatus.RUNNING,
            professional_id=pro.id,
            description="Hulp bij bemesting.",
            noticed_on=TODAY - timedelta(days=90),
        )
    )
    atlas.support.add(
        SupportCase(
            network_id=lonely.id,
            need=SupportNeed.CONNECTION,
            status=SupportStatus.ASKED,
            noticed_on=TODAY - timedelta(days=80),
            asked_on=TODAY - timedelta(days=70),
        )
    )
    atlas.notes.add(
        Note(
            subject_type=SubjectType.NETWORK,
            subject_id=garden.id,
            text=f"Koffie gedronken met {RESIDENTS[2]}.\nZe wil meer doen.",
            date=TODAY - timedelta(days=3),
            author="coordinator",
        )
    )
    atlas.positions.save(
        [
            Position(network_id=nid, x=float(i * 40), y=float((i % 3) * 30))
            for i, nid in enumerate([garden.id, quiet.id, xss.id, lonely.id, club.id])
        ]
    )
    return ids


@pytest.fixture
def report_atlas(tmp_path):
    atlas = Atlas.create(tmp_path / "rapport.zwerm", name="Testatlas Rapporten")
    ids = fill_atlas(atlas)
    atlas.ids = ids
    yield atlas
    atlas.close()


@pytest.fixture
def demo_atlas(tmp_path):
    atlas = Atlas.create(tmp_path / "demo.zwerm", name="Demo-atlas Teststad", is_demo=True)
    atlas.ids = fill_atlas(atlas)
    yield atlas
    atlas.close()


def pdf_pages(path) -> list[str]:
    """The text of each page, whitespace collapsed to single spaces."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]
