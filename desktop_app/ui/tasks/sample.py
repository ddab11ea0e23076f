"""A small, fictional atlas for the preview entry points (``python -m desktop_app.ui.tasks.X``).

Deterministic (fixed seed) and small (a dozen networks), so a preview opens at
once and tests can rely on its shape; the full demo atlas is the store's job.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    NetworkKind,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
    Person,
    Priority,
    Professional,
    Role,
    Signal,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from desktop_app.store import Atlas

_NAMES = (
    "Moestuin Zonnebloem",
    "Repair Café Oost",
    "Buurtapp Lindelaan",
    "Mantelzorgkring De Linde",
    "Voetbalclub Vooruit",
    "Taalcafé Noord",
    "Ouderensoos Het Anker",
    "Jongerenplek De Kelder",
    "Koor Stemmig",
    "Speeltuinvereniging Klimop",
    "Buurtkeuken Samen",
    "Straatfeest Eikenlaan",
)


def build_sample(atlas: Atlas, *, seed: int = 7, today: date | None = None) -> None:
    """Fill an empty atlas with a municipality, two districts, networks and their work."""
    today = today or date.today()
    rng = random.Random(seed)
    with atlas.transaction():
        town = atlas.areas.add(Area(name="Zwermstad", level=AreaLevel.MUNICIPALITY))
        districts = [
            atlas.areas.add(Area(name=n, level=AreaLevel.DISTRICT, parent_id=town.id))
            for n in ("Oost", "Noord")
        ]
        hoods = [
            atlas.areas.add(Area(name=n, level=AreaLevel.NEIGHBOURHOOD, parent_id=d.id))
            for d, names in zip(
                districts, (("Lindebuurt", "Eikenhof"), ("Haven", "Molenwijk")), strict=True
            )
            for n in names
        ]
        kinds = list(NetworkKind)
        networks = [
            atlas.networks.add(
                Network(
                    name=name,
                    kind=kinds[i % len(kinds)],
                    area_id=hoods[i % len(hoods)].id,
                    size_estimate=rng.randint(5, 80),
                )
            )
            for i, name in enumerate(_NAMES)
        ]
        pros = [
            atlas.professionals.add(
                Professional(
                    name=name,
                    organisation=org,
                    expertise=tags,
                    area_ids=tuple(a.id for a in areas),
                )
            )
            for name, org, tags, areas in (
                (
                    "Anouk de Vries",
                    "Welzijn Zwermstad",
                    ("fondsenwerving", "subsidie"),
                    [districts[0]],
                ),
                ("Bram Jansen", "Gemeente", ("vergunningen", "ruimtegebruik", "advies"), [town]),
                ("Chaima El Amrani", "Buurtwerk", ("opbouwwerk", "verbinden"), [districts[1]]),
            )
        ]
        dims = list(Dimension)
        for i, network in enumerate(networks):
            trend = rng.choice((-1, 0, 1))
            for k in range(rng.randint(0 if i == 11 else 3, 14)):
                day = today - timedelta(days=rng.randint(0, 700))
                valence = max(-2, min(2, round(rng.gauss(trend * 0.8, 1.0))))
                atlas.signals.add(
                    Signal(
                        network_id=network.id,
                        date=day,
                        dimension=dims[(i + k) % len(dims)],
                        valence=valence,
                        source=rng.choice(("gesprek", "bijeenkomst", "telefoon", "")),
                        note=rng.choice(
                            (
                                "Goede opkomst",
                                "Trekker stopt",
                                "Nieuwe leden",
                                "Ruzie over geld",
                                "",
                            )
                        ),
                    )
                )
        people = [atlas.persons.add(Person(display_name=f"Bewoner {n}")) for n in range(14)]
        for i, network in enumerate(networks):
            atlas.memberships.add(
                Membership(person_id=people[i].id, network_id=network.id, role=Role.TREKKER)
            )
            if i % 3:
                atlas.memberships.add(
                    Membership(person_id=people[i + 1].id, network_id=network.id, role=Role.CORE)
                )
        cats = list(ObstacleCategory)
        statuses = list(ObstacleStatus)
        for i in range(8):
            status = statuses[i % len(statuses)]
            reported = today - timedelta(days=20 + 25 * i)
            atlas.obstacles.add(
                Obstacle(
                    category=cats[i % len(cats)],
                    description=f"Obstakel {i + 1}: "
                    + (
                        "vergunning voor straatfeest",
                        "huur buurthuis",
                        "verzekering vrijwilligers",
                    )[i % 3],
                    network_ids=(networks[i].id,),
                    owner_professional_id=pros[i % 3].id if i % 2 else None,
                    owner_department="" if i % 2 else "Vergunningen",
                    status=status,
                    reported_on=reported,
                    started_on=reported + timedelta(days=5)
                    if status is not ObstacleStatus.REPORTED
                    else None,
                    closed_on=reported + timedelta(days=15) if not status.is_open else None,
                )
            )
        needs = list(SupportNeed)
        for i, status in enumerate(list(SupportStatus) * 2):
            assigned = status in (
                SupportStatus.ASSIGNED,
                SupportStatus.RUNNING,
                SupportStatus.FINISHED,
            )
            atlas.support.add(
                SupportCase(
                    network_id=networks[i].id,
                    need=needs[i % len(needs)],
                    priority=list(Priority)[i % 3],
                    status=status,
                    professional_id=pros[i % 3].id if assigned else None,
                    description=("Kennis", "Ruimte", "Geld", "Contact", "Vergunning", "Anders")[
                        i % 6
                    ]
                    + " gevraagd",
                    noticed_on=today - timedelta(days=60 + i),
                    asked_on=today - timedelta(days=50)
                    if status is not SupportStatus.NOTICED
                    else None,
                    assigned_on=today - timedelta(days=30) if assigned else None,
                )
            )


def preview_atlas(folder: str | Path | None = None) -> Atlas:
    """A fresh sample atlas in ``folder`` (a new temporary folder when omitted)."""
    folder = Path(folder or tempfile.mkdtemp(prefix="zwerm-preview-"))
    atlas = Atlas.create(folder / "voorbeeld.zwerm", name="Voorbeeld", is_demo=True)
    build_sample(atlas)
    return atlas
