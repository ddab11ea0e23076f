"""The atlas on a date: the one definition the window, the reports, the exports and
the command line share (issue 13).

On a day ``D``:

- a **network** exists from its founding date, or, without one, from its first
  dated record (the first status period, membership, tie, signal, obstacle or
  support case); a network with no dated record at all counts on every day. It
  has the status of the period covering ``D`` (periods are ``[since, until)``);
  before its first period it has the first period's status, after a gap the
  status of the last period that began on or before ``D``;
- **memberships and ties** count when ``since <= D < until`` (no ``since``: from
  always; no ``until``: for good);
- an **obstacle** is open on ``D`` when it was reported on or before ``D`` (no
  report date: from always) and not closed by ``D``; its status on ``D`` follows
  its dates (reported, then in progress from ``started_on``, then its final status
  from ``closed_on``);
- a **support case** has begun once its first date (noticed, asked, assigned,
  started, finished: the earliest one set; none set: from always) is on or before
  ``D``; its status on ``D`` is that of the latest of those dates on or before
  ``D`` (finished from ``finished_on``);
- **signals** count when dated on or before ``D``, so vitality on ``D`` is what it
  would have been that day.

Undated records (no founding date and no dated record; an obstacle without a
report date; a case without any date) are shown on every date: the atlas cannot
tell when they began, and hiding them would hide what is known.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.analysis.common import is_current
from desktop_app.analysis.roles import bridge_persons
from desktop_app.domain import Membership, Network, Obstacle, StatusPeriod, SupportCase, Tie
from desktop_app.domain.enums import NetworkStatus, ObstacleStatus, SupportStatus

#: The dates of a support case in the order its statuses follow one another.
SUPPORT_STEPS = (
    ("noticed_on", SupportStatus.NOTICED),
    ("asked_on", SupportStatus.ASKED),
    ("assigned_on", SupportStatus.ASSIGNED),
    ("started_on", SupportStatus.RUNNING),
    ("finished_on", SupportStatus.FINISHED),
)


# -- one record on one day ----------------------------------------------------------------
def status_on(periods: Sequence[StatusPeriod], day: date, fallback: NetworkStatus) -> NetworkStatus:
    """The status of a network on ``day`` from its periods (sorted or not)."""
    if not periods:
        return fallback
    ordered = sorted(periods, key=lambda p: p.since)
    for period in ordered:
        if period.since <= day and (period.until is None or day < period.until):
            return period.status
    begun = [p for p in ordered if p.since <= day]
    return (begun[-1] if begun else ordered[0]).status


def obstacle_open_on(obstacle: Obstacle, day: date) -> bool:
    if obstacle.reported_on is not None and obstacle.reported_on > day:
        return False
    if obstacle.closed_on is not None:
        return obstacle.closed_on > day
    return obstacle.status.is_open


def obstacle_status_on(obstacle: Obstacle, day: date) -> ObstacleStatus:
    if obstacle.closed_on is not None and obstacle.closed_on <= day:
        return obstacle.status
    if obstacle.started_on is not None and obstacle.started_on <= day:
        return ObstacleStatus.IN_PROGRESS
    if obstacle.closed_on is not None or obstacle.started_on is not None:
        return ObstacleStatus.REPORTED
    return obstacle.status


def support_begun_on(case: SupportCase) -> date | None:
    dates = [getattr(case, name) for name, _ in SUPPORT_STEPS if getattr(case, name)]
    return min(dates) if dates else None


def support_status_on(case: SupportCase, day: date) -> SupportStatus | None:
    """The case's status on ``day``: that of its latest date on or before ``day``.

    None before the case began. A case without any date has its present status.
    """
    if support_begun_on(case) is None:
        return case.status
    reached = [
        (when, i, step)
        for i, (name, step) in enumerate(SUPPORT_STEPS)
        if (when := getattr(case, name)) is not None and when <= day
    ]
    return max(reached)[2] if reached else None  # the latest date; a tie: the later step


def first_records(
    networks: Iterable[Network],
    status_periods: Mapping[str, Sequence[StatusPeriod]],
    memberships: Iterable[Membership],
    ties: Iterable[Tie],
    signal_dates: Mapping[str, Iterable[date]],
    obstacles: Iterable[Obstacle],
    support_cases: Iterable[SupportCase],
) -> dict[str, date | None]:
    """The day each network begins: its founding, else its first dated record."""
    first: dict[str, date | None] = {}

    def seen(network_id: str, when: date | None) -> None:
        if when is None or network_id not in first:
            return
        current = first[network_id]
        if current is None or when < current:
            first[network_id] = when

    founded: set[str] = set()
    for n in networks:
        first[n.id] = n.founded
        if n.founded is not None:
            founded.add(n.id)
    pending = set(first) - founded

    def seen_pending(network_id: str, when: date | None) -> None:
        if network_id in pending:
            seen(network_id, when)

    for network_id, periods in status_periods.items():
        for p in periods:
            seen_pending(network_id, p.since)
    for m in memberships:
        seen_pending(m.network_id, m.since)
    for t in ties:
        seen_pending(t.source_id, t.since)
        seen_pending(t.target_id, t.since)
    for network_id, dates in signal_dates.items():
        if network_id in pending:
            seen(network_id, min(dates, default=None))
    for o in obstacles:
        for network_id in o.network_ids:
            seen_pending(network_id, o.reported_on)
    for c in support_cases:
        seen_pending(c.network_id, support_begun_on(c))
    return first


# -- the whole atlas on one day ----------------------------------------------------------------
@dataclass(frozen=True)
class AtlasOnDate:
    """What held on ``day``: the records as they were, statuses as they were."""

    day: date
    #: Networks that existed, each with its status on the day.
    networks: tuple[Network, ...]
    memberships: tuple[Membership, ...]
    ties: tuple[Tie, ...]
    #: Obstacles open on the day, each with its status then.
    obstacles: tuple[Obstacle, ...]
    #: Support cases begun by the day, each with its status then.
    support_cases: tuple[SupportCase, ...]
    #: Per network its signals dated on or before the day.
    signals_by_network: Mapping[str, Sequence[Any]] = field(default_factory=dict)

    @property
    def network_ids(self) -> set[str]:
        return {n.id for n in self.networks}

    def bridges(self) -> set[str]:
        """Persons who belong to two or more networks on the day."""
        return set(bridge_persons(self.memberships, self.day))


def atlas_on(
    day: date,
    *,
    networks: Sequence[Network],
    status_periods: Mapping[str, Sequence[StatusPeriod]],
    memberships: Sequence[Membership] = (),
    ties: Sequence[Tie] = (),
    obstacles: Sequence[Obstacle] = (),
    support_cases: Sequence[SupportCase] = (),
    signals_by_network: Mapping[str, Sequence[Any]] | None = None,
    begins: Mapping[str, date | None] | None = None,
) -> AtlasOnDate:
    """The atlas as it was on ``day`` (see the module's definition).

    ``begins`` (from :func:`first_records`) may be passed to reuse it across days
    (a timeline that moves through many dates).
    """
    signals_by_network = signals_by_network or {}
    if begins is None:
        begins = first_records(
            networks,
            status_periods,
            memberships,
            ties,
            {k: (s.date for s in v) for k, v in signals_by_network.items()},
            obstacles,
            support_cases,
        )
    present: list[Network] = []
    for n in networks:
        start = begins.get(n.id)
        if start is not None and start > day:
            continue
        status = status_on(status_periods.get(n.id, ()), day, n.status)
        present.append(n if status is n.status else dataclasses.replace(n, status=status))
    ids = {n.id for n in present}
    open_obstacles = []
    for o in obstacles:
        if obstacle_open_on(o, day) and ids.intersection(o.network_ids):
            status = obstacle_status_on(o, day)
            open_obstacles.append(
                o if status is o.status else dataclasses.replace(o, status=status)
            )
    cases = []
    for c in support_cases:
        if c.network_id not in ids:
            continue
        status = support_status_on(c, day)
        if status is None:
            continue
        cases.append(c if status is c.status else dataclasses.replace(c, status=status))
    return AtlasOnDate(
        day=day,
        networks=tuple(present),
        memberships=tuple(m for m in memberships if m.network_id in ids and is_current(m, day)),
        ties=tuple(
            t for t in ties if t.source_id in ids and t.target_id in ids and is_current(t, day)
        ),
        obstacles=tuple(open_obstacles),
        support_cases=tuple(cases),
        signals_by_network={
            k: [s for s in v if s.date <= day] for k, v in signals_by_network.items() if k in ids
        },
    )


# -- what changed between two days ------------------------------------------------------------
@dataclass(frozen=True)
class Changes:
    """What is different on ``after`` compared with ``before`` (ids)."""

    before: date
    after: date
    appeared: frozenset[str] = frozenset()
    ended: frozenset[str] = frozenset()
    went_dormant: frozenset[str] = frozenset()
    revived: frozenset[str] = frozenset()
    ties_made: frozenset[str] = frozenset()
    ties_broken: frozenset[str] = frozenset()
    #: Pairs of networks whose tie became stronger or weaker: ``(tie before, tie after)``.
    ties_strengthened: frozenset[tuple[str, str]] = frozenset()
    ties_weakened: frozenset[tuple[str, str]] = frozenset()
    new_bridges: frozenset[str] = frozenset()
    former_bridges: frozenset[str] = frozenset()
    obstacles_opened: frozenset[str] = frozenset()
    #: Obstacle id -> days from its report to its removal (None: no report date).
    obstacles_removed: Mapping[str, int | None] = field(default_factory=dict)
    support_started: frozenset[str] = frozenset()
    support_finished: frozenset[str] = frozenset()

    def network_ids(self) -> set[str]:
        """Every network that changed in itself (appeared, ended, went dormant, revived)."""
        return set(self.appeared | self.ended | self.went_dormant | self.revived)


def _pair(t: Tie) -> tuple[str, str, str]:
    a, b = sorted((t.source_id, t.target_id))
    return a, b, t.kind.value


def compare(first: AtlasOnDate, second: AtlasOnDate, obstacles: Iterable[Obstacle]) -> Changes:
    """What changed from ``first`` to ``second`` (``first.day <= second.day``).

    ``obstacles``: every obstacle of the atlas (a removed one is no longer in
    ``second``), to tell removed from merely out of view.
    """
    before = {n.id: n.status for n in first.networks}
    after = {n.id: n.status for n in second.networks}
    ended = NetworkStatus.ENDED
    dormant = NetworkStatus.DORMANT
    appeared = frozenset(set(after) - set(before))
    went_ended = frozenset(
        i for i, s in after.items() if s is ended and before.get(i, ended) is not ended
    )
    went_dormant = frozenset(
        i for i, s in after.items() if s is dormant and before.get(i) not in (None, dormant)
    )
    revived = frozenset(
        i
        for i, s in after.items()
        if s is NetworkStatus.ACTIVE and before.get(i) in (dormant, ended)
    )
    ties_before = {t.id: t for t in first.ties}
    ties_after = {t.id: t for t in second.ties}
    pairs_before = {_pair(t): t for t in first.ties}
    pairs_after = {_pair(t): t for t in second.ties}
    stronger, weaker = set(), set()
    for key, t2 in pairs_after.items():
        t1 = pairs_before.get(key)
        if t1 is not None and t2.strength != t1.strength:
            (stronger if t2.strength > t1.strength else weaker).add((t1.id, t2.id))
    made = {i for i in ties_after if i not in ties_before}
    broken = {i for i in ties_before if i not in ties_after}
    # A tie replaced by a new row for the same pair changed strength; it was not made or broken.
    for t1_id, t2_id in stronger | weaker:
        made.discard(t2_id)
        broken.discard(t1_id)
    bridges_before, bridges_after = first.bridges(), second.bridges()
    open_before = {o.id for o in first.obstacles}
    open_after = {o.id for o in second.obstacles}
    removed: dict[str, int | None] = {}
    for o in obstacles:
        closed = o.closed_on
        if o.id in open_before and o.id not in open_after and closed is not None:
            removed[o.id] = (closed - o.reported_on).days if o.reported_on else None
    cases_before = {c.id: c.status for c in first.support_cases}
    cases_after = {c.id: c.status for c in second.support_cases}
    finished = SupportStatus.FINISHED
    return Changes(
        before=first.day,
        after=second.day,
        appeared=appeared,
        ended=went_ended,
        went_dormant=went_dormant,
        revived=revived,
        ties_made=frozenset(made),
        ties_broken=frozenset(broken),
        ties_strengthened=frozenset(stronger),
        ties_weakened=frozenset(weaker),
        new_bridges=frozenset(bridges_after - bridges_before),
        former_bridges=frozenset(bridges_before - bridges_after),
        obstacles_opened=frozenset(open_after - open_before),
        obstacles_removed=removed,
        support_started=frozenset(set(cases_after) - set(cases_before)),
        support_finished=frozenset(
            i
            for i, s in cases_after.items()
            if s is finished and cases_before.get(i) is not finished
        ),
    )
