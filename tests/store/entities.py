"""One fully filled and one minimal object of every entity, for the store tests."""

from __future__ import annotations

from datetime import date

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    LegalBasis,
    Membership,
    Network,
    NetworkKind,
    NetworkStatus,
    Note,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
    Person,
    Priority,
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


def fill_full(atlas: Atlas) -> dict[str, object]:
    """Every entity with every field set (tuples, dates, enums, booleans); returns them."""
    town = atlas.areas.add(
        Area(name="Lindewaarde", level=AreaLevel.MUNICIPALITY, cbs_code="GM9913")
    )
    district = atlas.areas.add(
        Area(name="Centrum", level=AreaLevel.DISTRICT, parent_id=town.id, cbs_code="WK991301")
    )
    buurt = atlas.areas.add(
        Area(
            name="Vogelwijk",
            level=AreaLevel.NEIGHBOURHOOD,
            parent_id=district.id,
            cbs_code="BU99130101",
        )
    )
    garden = atlas.networks.add(
        Network(
            name="Moestuin De Zonnebloem",
            kind=NetworkKind.COMMUNITY_GARDEN,
            area_id=buurt.id,
            description="Buren tuinieren samen.\nOok op zondag.",
            themes=("groen", "ontmoeting", "voedsel"),
            channels=("WhatsApp", "nieuwsbrief"),
            size_estimate=14,
            meeting_place="Tuin aan de Merelstraat",
            founded=date(2019, 4, 1),
            status=NetworkStatus.DORMANT,
            status_since=date(2026, 6, 1),
        )
    )
    app = atlas.networks.add(Network(name="Buurtapp Vogelwijk", kind=NetworkKind.STREET_APP))
    person = atlas.persons.add(
        Person(
            display_name="Fatima El Amrani",
            contact="fatima@voorbeeld.invalid",
            legal_basis=LegalBasis.PUBLIC_TASK,
            source="bewonersavond",
            informed_on=date(2026, 1, 10),
            retention_until=date(2028, 1, 10),
        )
    )
    membership = atlas.memberships.add(
        Membership(
            person_id=person.id,
            network_id=garden.id,
            role=Role.TREKKER,
            since=date(2019, 4, 1),
            until=date(2026, 6, 1),
        )
    )
    professional = atlas.professionals.add(
        Professional(
            name="Sanne de Vries",
            organisation="Welzijn Lindewaarde",
            contact="s.devries@lindewaarde.invalid",
            expertise=("groenbeheer", "subsidies"),
            area_ids=tuple(sorted((district.id, buurt.id))),
        )
    )
    tie = atlas.ties.add(
        Tie(
            source_id=garden.id,
            target_id=app.id,
            kind=TieKind.TENSION,
            strength=3,
            since=date(2021, 3, 5),
            until=date(2025, 1, 1),
        )
    )
    signal = atlas.signals.add(
        Signal(
            network_id=garden.id,
            date=date(2026, 10, 2),
            dimension=Dimension.LEADERSHIP,
            valence=-2,
            source="gesprek met trekker",
            note="Trekker overweegt te stoppen.",
        )
    )
    obstacle = atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.INSURANCE,
            description="Vrijwilligers niet verzekerd.",
            network_ids=tuple(sorted((garden.id, app.id))),
            owner_professional_id=professional.id,
            owner_department="Juridische zaken",
            status=ObstacleStatus.CANNOT_REMOVE,
            reported_on=date(2026, 2, 1),
            started_on=date(2026, 2, 10),
            closed_on=date(2026, 5, 1),
        )
    )
    support = atlas.support.add(
        SupportCase(
            network_id=garden.id,
            need=SupportNeed.OBSTACLE_REMOVAL,
            priority=Priority.HIGH,
            status=SupportStatus.FINISHED,
            professional_id=professional.id,
            description="Hulp bij de vergunning.",
            noticed_on=date(2026, 1, 1),
            asked_on=date(2026, 1, 2),
            assigned_on=date(2026, 1, 3),
            started_on=date(2026, 1, 4),
            finished_on=date(2026, 3, 1),
            outcome="Vergunning verleend.",
        )
    )
    note = atlas.notes.add(
        Note(
            subject_type=SubjectType.SUPPORT_CASE,
            subject_id=support.id,
            text="Afgerond; groep is tevreden.",
            date=date(2026, 3, 2),
            author="Sanne",
            needs_review=True,
        )
    )
    return {
        "areas": [town, district, buurt],
        "networks": [garden, app],
        "persons": [person],
        "memberships": [membership],
        "professionals": [professional],
        "ties": [tie],
        "signals": [signal],
        "obstacles": [obstacle],
        "support": [support],
        "notes": [note],
    }
