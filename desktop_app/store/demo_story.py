"""The demo municipality over time: signals, obstacles, support cases and notes.

Each network follows one trajectory (growing, stable, declining, falling
silent) and its dated signals are drawn accordingly; silent networks have no
signals in the last five months or more.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta

from desktop_app.domain import (
    Dimension,
    Note,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
    Priority,
    Signal,
    SubjectType,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from desktop_app.store.demo_recipe import DemoContext
from desktop_app.store.demo_world import (
    DECLINING,
    GROWING,
    HISTORY_DAYS,
    SILENT,
    STABLE,
    World,
)

_DIMENSIONS = tuple(Dimension)
_DIMENSION_WEIGHTS = (30, 20, 14, 14, 10, 12)
_CUM_DIMENSION_WEIGHTS = tuple(
    sum(_DIMENSION_WEIGHTS[: i + 1]) for i in range(len(_DIMENSION_WEIGHTS))
)
#: Mean valence at the start and at the end of the two years, and how signals
#: cluster in time (exponent > 1: early, < 1: late).
_TONES = ("pos", "neu", "neg")
_COURSE = {
    GROWING: (-0.2, 1.4, 0.7),
    STABLE: (0.4, 0.4, 1.0),
    DECLINING: (0.9, -1.4, 1.3),
    SILENT: (0.6, -1.0, 1.0),
}


def _physical_place(meeting_place: str, fallback: str) -> str:
    """The meeting place where a story can happen (not "Online" or someone's home)."""
    if not meeting_place or meeting_place == "Online" or meeting_place.startswith("Bij "):
        return fallback
    return meeting_place


# -- signals ----------------------------------------------------------------
def signals(ctx: DemoContext, world: World) -> Iterator[Signal]:
    """20-40 signals per network over two years (fewer for young networks), oldest first.

    The hot loop of the demo (over a million signals at 50,000 networks), hence
    the local names and the plain draws.
    """
    rng, recipe, now, new_id = ctx.rng, ctx.recipe, ctx.now, ctx.new_id
    notes = {(d, tone): recipe["signals"][d.value][tone] for d in _DIMENSIONS for tone in _TONES}
    sources = recipe["signal_sources"]
    oldest = ctx.reference - timedelta(days=HISTORY_DAYS)
    random, randint = rng.random, rng.randint
    total = _CUM_DIMENSION_WEIGHTS[-1]
    one_day = timedelta(days=1)
    for i, network in enumerate(world.networks):
        start, end = world.signal_window[i]
        span = max(1, (end - start).days)
        count = randint(20, 40)
        if span < 365:
            count = max(4, round(count * span / 365))
        first, last, skew = _COURSE[world.trajectory[i]]
        slope = (last - first) / HISTORY_DAYS
        base = first + slope * (start - oldest).days
        place = _physical_place(network.meeting_place, "de buurt")
        network_id = network.id
        for offset in sorted(round((random() ** skew) * span) for _ in range(count)):
            # Noise ~N(0, 0.8) from three uniforms (Irwin-Hall): a third of gauss()'s cost.
            noise = (random() + random() + random() - 1.5) * 1.6
            valence = round(base + slope * offset + noise)
            valence = -2 if valence < -2 else 2 if valence > 2 else valence
            dimension = _DIMENSIONS[bisect_right(_CUM_DIMENSION_WEIGHTS, random() * total)]
            note = ""
            if random() < 0.85:
                options = notes[dimension, _TONES[1 - (valence > 0) + (valence < 0)]]
                note = options[int(random() * len(options))]
                if "{" in note:
                    note = ctx.fill(note, plek=place)
            yield Signal(
                id=new_id(),
                network_id=network_id,
                date=start + one_day * offset,
                dimension=dimension,
                valence=valence,
                source=sources[int(random() * len(sources))],
                note=note,
                created_at=now,
                updated_at=now,
            )


# -- obstacles --------------------------------------------------------------
def obstacles(ctx: DemoContext, world: World) -> list[Obstacle]:
    """Obstacles in every category and every status (the first 28 cover all pairs)."""
    recipe, rng = ctx.recipe, ctx.rng
    categories, statuses = list(ObstacleCategory), list(ObstacleStatus)
    result: list[Obstacle] = []
    for k in range(world.size.obstacles):
        if k < len(categories) * len(statuses):
            category, status = categories[k % len(categories)], statuses[k // len(categories)]
        else:
            category = ctx.pick(categories)
            status = rng.choices(statuses, (25, 30, 35, 10))[0]
        home = rng.randrange(world.size.networks)
        network_ids = [world.networks[home].id]
        if ctx.chance(0.15):
            for other in world.by_nb[world.net_nb[home]][:3]:
                if world.networks[other].id not in network_ids:
                    network_ids.append(world.networks[other].id)
        place = _physical_place(world.networks[home].meeting_place, "het buurthuis")
        reported = ctx.days_ago(20, 500) if status.is_open else ctx.days_ago(120, HISTORY_DAYS)
        started = closed = None
        if status is not ObstacleStatus.REPORTED:
            started = min(ctx.reference, reported + timedelta(days=rng.randint(3, 60)))
        if not status.is_open and started is not None:
            closed = min(ctx.reference, started + timedelta(days=rng.randint(7, 180)))
        owner = ctx.pick(world.professionals).id if ctx.chance(0.5) else None
        result.append(
            Obstacle(
                id=ctx.new_id(),
                category=category,
                description=ctx.fill(ctx.pick(recipe["obstacles"][category.value]), plek=place),
                network_ids=tuple(sorted(network_ids)),
                owner_professional_id=owner,
                owner_department=ctx.pick(recipe["departments"]) if ctx.chance(0.7) else "",
                status=status,
                reported_on=reported,
                started_on=started,
                closed_on=closed,
                created_at=ctx.now,
                updated_at=ctx.now,
            )
        )
    return result


# -- support ----------------------------------------------------------------
def support_cases(ctx: DemoContext, world: World) -> list[SupportCase]:
    """Support cases in every status; assigned ones have a professional who fits."""
    recipe, rng = ctx.recipe, ctx.rng
    statuses = list(SupportStatus)
    needs = list(SupportNeed)
    by_tag: dict[str, list[int]] = {}
    for p, professional in enumerate(world.professionals):
        for tag in professional.expertise:
            by_tag.setdefault(tag, []).append(p)
    result: list[SupportCase] = []
    for k in range(world.size.support_cases):
        if k < len(statuses):
            status = statuses[k]
        else:
            status = rng.choices(statuses, (15, 15, 20, 25, 25))[0]
        need = needs[k % len(needs)] if k < len(needs) else ctx.pick(needs)
        network_index = rng.randrange(world.size.networks)
        professional_id = None
        if status not in (SupportStatus.NOTICED, SupportStatus.ASKED) or ctx.chance(0.2):
            tag = ctx.pick(recipe["support_expertise"][need.value])
            pool = by_tag.get(tag) or range(len(world.professionals))
            professional_id = world.professionals[ctx.pick(list(pool))].id
        steps = statuses.index(status)
        dates: list[date | None] = [None] * 5
        day = ctx.days_ago(15 + 25 * steps, 200 + 60 * steps)
        for s in range(steps + 1):
            dates[s] = min(day, ctx.reference)
            day = day + timedelta(days=rng.randint(3, 40))
        result.append(
            SupportCase(
                id=ctx.new_id(),
                network_id=world.networks[network_index].id,
                need=need,
                priority=rng.choices(list(Priority), (25, 55, 20))[0],
                status=status,
                professional_id=professional_id,
                description=ctx.pick(recipe["support"][need.value]),
                noticed_on=dates[0],
                asked_on=dates[1],
                assigned_on=dates[2],
                started_on=dates[3],
                finished_on=dates[4],
                outcome=ctx.pick(recipe["support_outcomes"])
                if status is SupportStatus.FINISHED
                else "",
                created_at=ctx.now,
                updated_at=ctx.now,
            )
        )
    return result


# -- notes --------------------------------------------------------------------
def notes(ctx: DemoContext, world: World) -> Iterator[Note]:
    """About one note per two networks, by the coordinators of the demo team."""
    recipe = ctx.recipe
    for network in world.networks:
        if not ctx.chance(0.5):
            continue
        yield Note(
            id=ctx.new_id(),
            subject_type=SubjectType.NETWORK,
            subject_id=network.id,
            text=ctx.fill(
                ctx.pick(recipe["network_notes"]),
                plek=_physical_place(network.meeting_place, "de buurt"),
            ),
            date=ctx.days_ago(0, HISTORY_DAYS),
            author=ctx.pick(recipe["coordinators"]),
            needs_review=ctx.chance(0.1),
            created_at=ctx.now,
            updated_at=ctx.now,
        )
