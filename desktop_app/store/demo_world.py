"""The demo municipality's structure: areas, networks, people, professionals, ties, map.

Drawn in memory (a few hundred thousand small objects at 50,000 networks);
the story over time (signals, obstacles, support, notes) is in
:mod:`desktop_app.store.demo_story`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.domain import (
    Area,
    AreaLevel,
    LegalBasis,
    Membership,
    Network,
    NetworkKind,
    NetworkStatus,
    Person,
    Position,
    Professional,
    Role,
    StatusPeriod,
    Tie,
    TieKind,
)
from desktop_app.store.demo_recipe import DemoContext, ascii_slug, unique_names

GROWING, STABLE, DECLINING, SILENT = "growing", "stable", "declining", "silent"
#: How a network's story goes over the two years of signals, with its share of networks.
TRAJECTORIES = ((GROWING, 25), (STABLE, 40), (DECLINING, 20), (SILENT, 15))
#: Days before the reference date that the signals cover.
HISTORY_DAYS = 730
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
#: Map units between neighbouring networks in the first placement.
NETWORK_SPACING = 20.0


@dataclass(frozen=True, slots=True)
class DemoSize:
    """How big a demo atlas is for a number of networks (everything scales with it)."""

    networks: int
    #: Target: each network draws 1-5 persons of its own (3 on average).
    persons: int
    districts: int
    neighbourhoods: int
    professionals: int
    obstacles: int
    support_cases: int

    @classmethod
    def for_networks(cls, networks: int) -> DemoSize:
        if networks < 1:
            raise ValueError("a demo atlas needs at least one network")
        if networks <= 400:
            # The default demo: 15-25 neighbourhoods in 4-6 districts.
            neighbourhoods = max(15, min(25, round(networks / 15)))
            districts = max(4, min(6, round(neighbourhoods / 4)))
        else:
            # Benchmarks: about 15 networks per neighbourhood, 4 neighbourhoods per district.
            neighbourhoods = round(networks / 15)
            districts = round(neighbourhoods / 4)
        return cls(
            networks=networks,
            persons=3 * networks,
            districts=districts,
            neighbourhoods=neighbourhoods,
            # About one professional per 7.5 networks; a municipality has no thousands.
            professionals=max(5, min(1000, round(networks / 7.5))),
            obstacles=max(28, round(networks / 5)),
            support_cases=max(10, round(networks / 6)),
        )


@dataclass
class World:
    """Everything the structure part drew, kept for the story part."""

    size: DemoSize
    areas: list[Area] = field(default_factory=list)
    districts: list[Area] = field(default_factory=list)
    neighbourhoods: list[Area] = field(default_factory=list)
    #: District index of every neighbourhood.
    nb_district: list[int] = field(default_factory=list)
    #: Map centre of every neighbourhood.
    nb_centre: list[tuple[float, float]] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    #: Neighbourhood index of every network (also for district-wide ones: where they sit).
    net_nb: list[int] = field(default_factory=list)
    trajectory: list[str] = field(default_factory=list)
    #: Signals of network i fall in [signal_window[i][0], signal_window[i][1]].
    signal_window: list[tuple[date, date]] = field(default_factory=list)
    by_nb: list[list[int]] = field(default_factory=list)
    by_district: list[list[int]] = field(default_factory=list)
    status_periods: list[StatusPeriod] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    professionals: list[Professional] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    #: Network id -> index.
    index: dict[str, int] = field(default_factory=dict)

    def district_of(self, network_index: int) -> int:
        return self.nb_district[self.net_nb[network_index]]


def build_world(ctx: DemoContext, size: DemoSize) -> World:
    world = World(size)
    _areas(ctx, world)
    _networks(ctx, world)
    _people(ctx, world)
    _professionals(ctx, world)
    _ties(ctx, world)
    _positions(ctx, world)
    return world


# -- areas ------------------------------------------------------------------
def _spiral(index: int, spacing: float) -> tuple[float, float]:
    """Sunflower placement: evenly filled disc, index 0 in the middle."""
    r = spacing * math.sqrt(index + 0.5)
    a = index * _GOLDEN_ANGLE
    return r * math.cos(a), r * math.sin(a)


def _areas(ctx: DemoContext, world: World) -> None:
    recipe, size = ctx.recipe, world.size
    gm = recipe["municipality"]["gm_code"]
    municipality = Area(
        id=ctx.new_id(),
        name=recipe["municipality"]["name"],
        level=AreaLevel.MUNICIPALITY,
        cbs_code=f"GM{gm}",
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    world.areas.append(municipality)
    district_names = unique_names(recipe["districts"], size.districts, recipe["compass"])
    d_width = max(2, len(str(size.districts)))
    for d, name in enumerate(district_names):
        area = Area(
            id=ctx.new_id(),
            name=name,
            level=AreaLevel.DISTRICT,
            parent_id=municipality.id,
            cbs_code=f"WK{gm}{d + 1:0{d_width}d}",
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        world.districts.append(area)
        world.areas.append(area)
    nb_names = list(recipe["neighbourhoods"])
    ctx.rng.shuffle(nb_names)
    nb_names = unique_names(nb_names, size.neighbourhoods, recipe["compass"])
    per_district: list[int] = [0] * size.districts
    nb_width = max(2, len(str(-(-size.neighbourhoods // size.districts))))
    for j, name in enumerate(nb_names):
        d = j * size.districts // size.neighbourhoods
        per_district[d] += 1
        district = world.districts[d]
        area = Area(
            id=ctx.new_id(),
            name=name,
            level=AreaLevel.NEIGHBOURHOOD,
            parent_id=district.id,
            cbs_code=f"BU{district.cbs_code[2:]}{per_district[d]:0{nb_width}d}",
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        world.neighbourhoods.append(area)
        world.nb_district.append(d)
        world.areas.append(area)
    # Map: districts on a sunflower spiral, their neighbourhoods around them.
    nbs_per_district = max(per_district)
    nb_spacing = NETWORK_SPACING * 11
    d_spacing = nb_spacing * math.sqrt(nbs_per_district) * 1.3
    seen: list[int] = [0] * size.districts
    for d in world.nb_district:
        cx, cy = _spiral(d, d_spacing)
        ox, oy = _spiral(seen[d], nb_spacing)
        seen[d] += 1
        world.nb_centre.append((cx + ox, cy + oy))


# -- networks ---------------------------------------------------------------
def _networks(ctx: DemoContext, world: World) -> None:
    recipe, rng = ctx.recipe, ctx.rng
    kinds = list(recipe["network_kinds"])
    kind_weights = [recipe["network_kinds"][k]["weight"] for k in kinds]
    trajectories = [t for t, _ in TRAJECTORIES]
    trajectory_weights = [w for _, w in TRAJECTORIES]
    nb_weights = [rng.uniform(0.5, 1.5) for _ in world.neighbourhoods]
    world.by_nb = [[] for _ in world.neighbourhoods]
    world.by_district = [[] for _ in world.districts]
    used: dict[str, int] = {}
    n = world.size.networks
    nb_of = rng.choices(range(len(world.neighbourhoods)), nb_weights, k=n)
    kind_of = rng.choices(kinds, kind_weights, k=n)
    trajectory_of = rng.choices(trajectories, trajectory_weights, k=n)
    for i in range(n):
        nb, kind_key, trajectory = nb_of[i], kind_of[i], trajectory_of[i]
        spec = recipe["network_kinds"][kind_key]
        district = world.nb_district[nb]
        # A few tries at a name nobody has yet; only then "Naam (2)".
        for _ in range(6):
            template = ctx.pick(spec["names"])
            name = ctx.fill(
                template,
                buurt=world.neighbourhoods[nb].name,
                wijk=world.districts[district].name,
            )
            if name not in used:
                break
        district_wide = "{wijk}" in template and "{buurt}" not in template
        if name in used:
            used[name] += 1
            name = f"{name} ({used[name]})"
        else:
            used[name] = 1
        founded, status, status_since, window = _history(ctx, spec, trajectory)
        kind = NetworkKind(kind_key)
        channels = rng.sample(recipe["channels"], rng.randint(1, 3))
        if kind is NetworkKind.STREET_APP and "WhatsApp" not in channels:
            channels[0] = "WhatsApp"
        place_template = ctx.pick(spec["places"])
        network = Network(
            id=ctx.new_id(),
            name=name,
            kind=kind,
            area_id=(world.districts[district] if district_wide else world.neighbourhoods[nb]).id,
            description=ctx.pick(spec["description"]),
            themes=tuple(rng.sample(spec["themes"], min(len(spec["themes"]), rng.randint(1, 3)))),
            channels=tuple(channels),
            size_estimate=None if ctx.chance(0.1) else ctx.log_uniform(*spec["size"]),
            meeting_place=ctx.fill(
                place_template,
                buurt=world.neighbourhoods[nb].name,
                wijk=world.districts[district].name,
            ),
            founded=founded,
            status=status,
            status_since=status_since,
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        if status is not NetworkStatus.ACTIVE:
            world.status_periods.append(
                StatusPeriod(
                    id=ctx.new_id(),
                    network_id=network.id,
                    status=NetworkStatus.ACTIVE,
                    since=founded or status_since - timedelta(days=rng.randint(400, 3000)),
                    until=status_since,
                    created_at=ctx.now,
                    updated_at=ctx.now,
                )
            )
        world.networks.append(network)
        world.net_nb.append(nb)
        world.trajectory.append(trajectory)
        world.signal_window.append(window)
        world.by_nb[nb].append(i)
        world.by_district[district].append(i)


def _history(
    ctx: DemoContext, spec: dict, trajectory: str
) -> tuple[date | None, NetworkStatus, date, tuple[date, date]]:
    """Founding date, current status (and since when) and the span its signals cover."""
    rng, ref = ctx.rng, ctx.reference
    first_year = spec["founded_from"]
    # Growing networks are often young; the others have been around a while.
    if trajectory == GROWING and ctx.chance(0.5):
        founded = ctx.days_ago(90, HISTORY_DAYS)
    else:
        span = max(1, ref.year - first_year)
        year = ref.year - round(span * rng.random() ** 1.6) - 1
        founded = date(max(first_year, year), rng.randint(1, 12), rng.randint(1, 28))
        if trajectory in (DECLINING, SILENT):
            founded = min(founded, ref - timedelta(days=HISTORY_DAYS + 30))
    start = max(founded, ref - timedelta(days=HISTORY_DAYS))
    end = ref - timedelta(days=rng.randint(0, 20))
    status, since = NetworkStatus.ACTIVE, founded
    if trajectory == DECLINING and ctx.chance(0.25):
        status, since = NetworkStatus.DORMANT, ctx.days_ago(10, 90)
    elif trajectory == SILENT:
        # No signals in the last five months or more.
        end = ref - timedelta(days=rng.randint(155, 330))
        roll = rng.random()
        if roll < 0.15:
            status, since = NetworkStatus.ENDED, end + timedelta(days=rng.randint(14, 60))
        elif roll < 0.45:
            status, since = NetworkStatus.DORMANT, end + timedelta(days=rng.randint(30, 120))
    unknown_founding = ctx.chance(0.08) and status is NetworkStatus.ACTIVE
    if unknown_founding:
        return None, status, founded, (start, end)
    return founded, status, since, (start, end)


# -- people -----------------------------------------------------------------
def _people(ctx: DemoContext, world: World) -> None:
    """About three persons per network; a fifth of them also in a nearby network (bridges)."""
    recipe, rng, ref = ctx.recipe, ctx.rng, ctx.reference
    sources = recipe["person_sources"]
    home_counts = rng.choices((1, 2, 3, 4, 5), (14, 22, 28, 22, 14), k=world.size.networks)
    for i, network in enumerate(world.networks):
        start = network.founded or ref - timedelta(days=HISTORY_DAYS)
        declining = world.trajectory[i] == DECLINING
        trekker_leaves = declining and ctx.chance(0.5)
        for k in range(home_counts[i]):
            person = _person(ctx, sources)
            world.persons.append(person)
            if k == 0 or (k == 1 and ctx.chance(0.15)):
                role = Role.TREKKER
            else:
                role = Role.CORE if ctx.chance(0.4) else Role.MEMBER
            since = start if role is Role.TREKKER and k == 0 else ctx.between(start, ref)
            until = None
            if k == 0 and trekker_leaves:
                until = max(since, ctx.days_ago(30, 270))
            elif ctx.chance(0.05):
                until = ctx.between(since, ref)
            world.memberships.append(_membership(ctx, person.id, network.id, role, since, until))
    # Bridges: persons who are also in a second (and sometimes third) network nearby.
    persons = world.persons
    for p_index in range(len(persons)):
        extra = 1 if ctx.chance(0.2) else 0
        if extra and ctx.chance(0.2):
            extra = 2
        if not extra:
            continue
        own = world.memberships[p_index]  # every person's first membership, same order
        home = _network_index(world, own.network_id)
        for _ in range(extra):
            other = _nearby(ctx, world, home)
            if other is None:
                break
            network = world.networks[other]
            start = network.founded or ref - timedelta(days=HISTORY_DAYS)
            roll = ctx.rng.random()
            role = Role.MEMBER if roll < 0.7 else Role.CORE if roll < 0.95 else Role.TREKKER
            since = ctx.between(start, ref)
            world.memberships.append(
                _membership(ctx, persons[p_index].id, network.id, role, since, None)
            )


def _network_index(world: World, network_id: str) -> int:
    if not world.index:
        world.index = {n.id: i for i, n in enumerate(world.networks)}
    return world.index[network_id]


def _nearby(ctx: DemoContext, world: World, home: int) -> int | None:
    """Another network: mostly in the same neighbourhood, else the district, else anywhere."""
    roll = ctx.rng.random()
    if roll < 0.65:
        pool = world.by_nb[world.net_nb[home]]
    elif roll < 0.96:
        pool = world.by_district[world.district_of(home)]
    else:
        pool = range(len(world.networks))
    if len(pool) < 2:
        return None
    for _ in range(4):
        other = pool[int(ctx.rng.random() * len(pool))]
        if other != home:
            return other
    return None


def _person(ctx: DemoContext, sources: list[str]) -> Person:
    name = ctx.person_name()
    informed = ctx.days_ago(20, HISTORY_DAYS + 400)
    roll = ctx.rng.random()
    basis = (
        LegalBasis.CONSENT
        if roll < 0.8
        else LegalBasis.PUBLIC_TASK
        if roll < 0.93
        else LegalBasis.LEGITIMATE_INTEREST
    )
    return Person(
        id=ctx.new_id(),
        display_name=name,
        contact=f"{ascii_slug(name)}@voorbeeld.invalid" if ctx.chance(0.6) else "",
        legal_basis=basis,
        source=ctx.pick(sources),
        informed_on=informed,
        retention_until=None
        if ctx.chance(0.1)
        else informed + timedelta(days=365 * ctx.rng.randint(2, 4)),
        created_at=ctx.now,
        updated_at=ctx.now,
    )


def _membership(
    ctx: DemoContext, person_id: str, network_id: str, role: Role, since: date, until: date | None
) -> Membership:
    return Membership(
        id=ctx.new_id(),
        person_id=person_id,
        network_id=network_id,
        role=role,
        since=since,
        until=until,
        created_at=ctx.now,
        updated_at=ctx.now,
    )


# -- professionals ----------------------------------------------------------
def _professionals(ctx: DemoContext, world: World) -> None:
    recipe, rng = ctx.recipe, ctx.rng
    for _ in range(world.size.professionals):
        name = ctx.person_name()
        d = rng.randrange(len(world.districts))
        organisation = ctx.fill(ctx.pick(recipe["organisations"]), wijk=world.districts[d].name)
        roll = rng.random()
        if roll < 0.7:
            areas = (world.districts[d].id,)
        elif roll < 0.9:
            nbs = [j for j, dj in enumerate(world.nb_district) if dj == d]
            chosen = rng.sample(nbs, min(len(nbs), rng.randint(2, 4)))
            areas = tuple(world.neighbourhoods[j].id for j in chosen)
        else:
            areas = (world.areas[0].id,)
        first = ascii_slug(name.split()[0])
        last = ascii_slug(name.split()[-1], "")
        world.professionals.append(
            Professional(
                id=ctx.new_id(),
                name=name,
                organisation=organisation,
                contact=f"{first[:1]}.{last}@{ascii_slug(recipe['municipality']['name'])}.invalid",
                expertise=tuple(sorted(rng.sample(recipe["expertise"], rng.randint(2, 4)))),
                area_ids=tuple(sorted(areas)),
                created_at=ctx.now,
                updated_at=ctx.now,
            )
        )


# -- ties ---------------------------------------------------------------------
def _ties(ctx: DemoContext, world: World) -> None:
    """About three ties per network: shared members where bridges are, then cooperation,
    shared places and some tension, mostly between neighbours."""
    rng = ctx.rng
    seen: set[tuple[int, int]] = set()
    target = 3 * world.size.networks
    first_of_person: dict[str, int] = {}
    for m in world.memberships:
        j = _network_index(world, m.network_id)
        i = first_of_person.setdefault(m.person_id, j)
        if i != j and (min(i, j), max(i, j)) not in seen and len(world.ties) < target:
            seen.add((min(i, j), max(i, j)))
            world.ties.append(_tie(ctx, world, i, j, TieKind.SHARED_MEMBERS, m.since))
    kinds = (TieKind.COOPERATION, TieKind.SHARED_PLACE, TieKind.TENSION)
    attempts = 0
    while len(world.ties) < target and attempts < target * 4:
        attempts += 1
        i = rng.randrange(world.size.networks)
        j = _nearby(ctx, world, i)
        if j is None or (min(i, j), max(i, j)) in seen:
            continue
        seen.add((min(i, j), max(i, j)))
        kind = rng.choices(kinds, (62, 30, 8))[0]
        world.ties.append(_tie(ctx, world, i, j, kind, None))


def _tie(ctx: DemoContext, world: World, i: int, j: int, kind: TieKind, since: date | None) -> Tie:
    a, b = world.networks[i], world.networks[j]
    oldest = ctx.reference - timedelta(days=HISTORY_DAYS)
    start = max(a.founded or oldest, b.founded or oldest)
    since = since or ctx.between(start, ctx.reference)
    until = ctx.between(since, ctx.reference) if ctx.chance(0.05) else None
    return Tie(
        id=ctx.new_id(),
        source_id=a.id,
        target_id=b.id,
        kind=kind,
        strength=ctx.rng.randint(1, 2) if kind is TieKind.TENSION else ctx.pick((1, 2, 2, 3)),
        since=since,
        until=until,
        created_at=ctx.now,
        updated_at=ctx.now,
    )


# -- map --------------------------------------------------------------------
def _positions(ctx: DemoContext, world: World) -> None:
    """A cheap first map: each neighbourhood's networks on a small sunflower around its
    centre (no overlaps), with a little jitter; neighbourhoods grouped per district."""
    rng = ctx.rng
    placed = [0] * len(world.neighbourhoods)
    for i, network in enumerate(world.networks):
        nb = world.net_nb[i]
        cx, cy = world.nb_centre[nb]
        ox, oy = _spiral(placed[nb], NETWORK_SPACING)
        placed[nb] += 1
        jitter = NETWORK_SPACING * 0.25
        world.positions.append(
            Position(
                network_id=network.id,
                x=round(cx + ox + rng.uniform(-jitter, jitter), 2),
                y=round(cy + oy + rng.uniform(-jitter, jitter), 2),
            )
        )
