"""The atlas on a date: one definition, checked with properties (issue 13, point 1)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.analysis.as_of import atlas_on, compare, first_records
from desktop_app.analysis.common import is_current
from desktop_app.domain import (
    Dimension,
    Membership,
    Network,
    Obstacle,
    Signal,
    StatusPeriod,
    SupportCase,
    Tie,
)
from desktop_app.domain.enums import (
    NetworkStatus,
    ObstacleCategory,
    ObstacleStatus,
    SupportNeed,
    SupportStatus,
)

TODAY = date(2026, 11, 27)
START = date(2020, 1, 1)
SPAN = (TODAY - START).days

days = st.integers(0, SPAN).map(lambda n: START + timedelta(days=n))
maybe_day = st.none() | days


@st.composite
def interval(draw):
    since = draw(maybe_day)
    until = draw(maybe_day)
    if since is not None and until is not None and until <= since:
        since, until = until, since + timedelta(days=1) if until == since else since
    return since, until


@st.composite
def atlases(draw):
    """A small atlas whose present state agrees with its dates (as the app keeps it)."""
    count = draw(st.integers(1, 6))
    networks, periods = [], {}
    for i in range(count):
        founded = draw(maybe_day)
        history = []
        at = draw(days)
        for _ in range(draw(st.integers(0, 3))):
            status = draw(st.sampled_from(list(NetworkStatus)))
            end = at + timedelta(days=draw(st.integers(1, 400)))
            if end > TODAY:  # the open, present period began in the past
                break
            history.append((status, at, end))
            at = end
        current = draw(st.sampled_from(list(NetworkStatus)))
        history.append((current, at, None))
        nid = f"n{i}"
        periods[nid] = [
            StatusPeriod(network_id=nid, status=s, since=a, until=b) for s, a, b in history
        ]
        networks.append(Network(id=nid, name=f"N{i}", founded=founded, status=current))
    ids = [n.id for n in networks]
    memberships = []
    for j in range(draw(st.integers(0, 8))):
        since, until = draw(interval())
        memberships.append(
            Membership(
                person_id=f"p{draw(st.integers(0, 3))}",
                network_id=draw(st.sampled_from(ids)),
                since=since,
                until=until,
                id=f"m{j}",
            )
        )
    ties = []
    for j in range(draw(st.integers(0, 6))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a == b:
            continue
        since, until = draw(interval())
        ties.append(
            Tie(
                source_id=a,
                target_id=b,
                strength=draw(st.integers(1, 3)),
                since=since,
                until=until,
                id=f"t{j}",
            )
        )
    obstacles = []
    for j in range(draw(st.integers(0, 5))):
        reported = draw(maybe_day)
        closed = draw(maybe_day)
        if reported is not None and closed is not None and closed < reported:
            closed = reported
        status = (
            draw(st.sampled_from([ObstacleStatus.REMOVED, ObstacleStatus.CANNOT_REMOVE]))
            if closed is not None
            else draw(st.sampled_from([ObstacleStatus.REPORTED, ObstacleStatus.IN_PROGRESS]))
        )
        obstacles.append(
            Obstacle(
                category=ObstacleCategory.MONEY,
                description=f"O{j}",
                network_ids=(draw(st.sampled_from(ids)),),
                status=status,
                reported_on=reported,
                closed_on=closed,
                id=f"o{j}",
            )
        )
    cases = []
    for j in range(draw(st.integers(0, 4))):
        noticed = draw(maybe_day)
        finished = draw(maybe_day)
        if noticed is not None and finished is not None and finished < noticed:
            finished = noticed
        cases.append(
            SupportCase(
                network_id=draw(st.sampled_from(ids)),
                need=SupportNeed.KNOWLEDGE,
                status=SupportStatus.FINISHED if finished else SupportStatus.NOTICED,
                noticed_on=noticed,
                finished_on=finished,
                id=f"c{j}",
            )
        )
    signals: dict[str, list[Signal]] = {}
    for _ in range(draw(st.integers(0, 10))):
        nid = draw(st.sampled_from(ids))
        signals.setdefault(nid, []).append(
            Signal(network_id=nid, date=draw(days), dimension=Dimension.ACTIVITY, valence=1)
        )
    return {
        "networks": networks,
        "status_periods": periods,
        "memberships": memberships,
        "ties": ties,
        "obstacles": obstacles,
        "support_cases": cases,
        "signals_by_network": signals,
    }


def _begins(atlas):
    return first_records(
        atlas["networks"],
        atlas["status_periods"],
        atlas["memberships"],
        atlas["ties"],
        {k: [s.date for s in v] for k, v in atlas["signals_by_network"].items()},
        atlas["obstacles"],
        atlas["support_cases"],
    )


@settings(max_examples=60, deadline=None)
@given(atlases(), days)
def test_nothing_dated_after_the_day_appears_on_it(atlas, day):
    state = atlas_on(day, **atlas)
    begins = _begins(atlas)
    for n in state.networks:
        assert begins[n.id] is None or begins[n.id] <= day
    for row in (*state.memberships, *state.ties):
        assert row.since is None or row.since <= day
        assert row.until is None or row.until > day
    for o in state.obstacles:
        assert o.reported_on is None or o.reported_on <= day
        assert o.closed_on is None or o.closed_on > day
        assert o.status.is_open
    for c in state.support_cases:
        dates = [d for d in (c.noticed_on, c.finished_on) if d is not None]
        assert not dates or min(dates) <= day
    for signals in state.signals_by_network.values():
        assert all(s.date <= day for s in signals)


@settings(max_examples=60, deadline=None)
@given(atlases())
def test_the_state_today_is_the_plain_atlas(atlas):
    state = atlas_on(TODAY, **atlas)
    plain_networks = {n.id: n.status for n in atlas["networks"]}
    assert {n.id: n.status for n in state.networks} == plain_networks
    assert {m.id for m in state.memberships} == {
        m.id for m in atlas["memberships"] if is_current(m, TODAY)
    }
    assert {t.id for t in state.ties} == {t.id for t in atlas["ties"] if is_current(t, TODAY)}
    assert {o.id for o in state.obstacles} == {o.id for o in atlas["obstacles"] if o.status.is_open}
    assert {c.id: c.status for c in state.support_cases} == {
        c.id: c.status for c in atlas["support_cases"]
    }


@settings(max_examples=60, deadline=None)
@given(atlases(), days, days)
def test_compare_is_what_happened_between_the_two_days(atlas, a, b):
    first_day, second_day = min(a, b), max(a, b)
    first, second = atlas_on(first_day, **atlas), atlas_on(second_day, **atlas)
    changes = compare(first, second, atlas["obstacles"])
    begins = _begins(atlas)
    # Networks appear once their first record is reached.
    assert changes.appeared == {
        n.id
        for n in atlas["networks"]
        if begins[n.id] is not None and first_day < begins[n.id] <= second_day
    }
    # A tie made or broken between the days crossed one of its dates in between.
    for tie_id in changes.ties_made | changes.ties_broken:
        tie = next(t for t in atlas["ties"] if t.id == tie_id)
        crossed = [d for d in (tie.since, tie.until) if d and first_day < d <= second_day]
        ends = [begins[tie.source_id], begins[tie.target_id]]
        appeared = [d for d in ends if d and first_day < d <= second_day]
        assert crossed or appeared
    # An obstacle removed between the days was closed between them.
    for obstacle_id in changes.obstacles_removed:
        obstacle = next(o for o in atlas["obstacles"] if o.id == obstacle_id)
        assert obstacle.closed_on is not None and first_day < obstacle.closed_on <= second_day
    # Support started between the days began between them (or its network appeared).
    for case_id in changes.support_started:
        case = next(c for c in atlas["support_cases"] if c.id == case_id)
        began = min(d for d in (case.noticed_on, case.finished_on, TODAY) if d)
        assert first_day < began <= second_day or case.network_id in changes.appeared
    # Comparing a day with itself shows nothing.
    same = compare(first, first, atlas["obstacles"])
    assert not same.network_ids() and not same.ties_made and not same.obstacles_removed


def test_status_follows_its_periods():
    periods = {
        "n": [
            StatusPeriod(
                network_id="n",
                status=NetworkStatus.ACTIVE,
                since=date(2020, 1, 1),
                until=date(2022, 1, 1),
            ),
            StatusPeriod(
                network_id="n",
                status=NetworkStatus.DORMANT,
                since=date(2022, 1, 1),
                until=date(2024, 1, 1),
            ),
            StatusPeriod(network_id="n", status=NetworkStatus.ACTIVE, since=date(2024, 1, 1)),
        ]
    }
    networks = [Network(id="n", name="N", founded=date(2019, 6, 1))]

    def status(day):
        return atlas_on(day, networks=networks, status_periods=periods).networks[0].status

    assert status(date(2019, 7, 1)) is NetworkStatus.ACTIVE
    assert status(date(2023, 1, 1)) is NetworkStatus.DORMANT
    assert status(date(2024, 1, 1)) is NetworkStatus.ACTIVE
    assert atlas_on(date(2019, 1, 1), networks=networks, status_periods=periods).networks == ()
    changes = compare(
        atlas_on(date(2023, 1, 1), networks=networks, status_periods=periods),
        atlas_on(date(2025, 1, 1), networks=networks, status_periods=periods),
        [],
    )
    assert changes.revived == {"n"}
