"""Every entity goes into the atlas and comes back exactly: all fields, None, tuples, enums."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    NetworkStatus,
    Note,
    Obstacle,
    ObstacleCategory,
    Person,
    Position,
    Professional,
    Signal,
    StatusPeriod,
    SubjectType,
    SupportCase,
    SupportNeed,
    Tie,
)
from desktop_app.store import Atlas
from tests.store.entities import fill_full


def _without_stamps(obj):
    return dataclasses.replace(obj, created_at=None, updated_at=None)


def test_every_entity_round_trips_with_every_field(atlas, atlas_path):
    made = fill_full(atlas)
    for repo_name, objects in made.items():
        repo = getattr(atlas, repo_name)
        for obj in objects:
            assert repo.get(obj.id) == obj, repo_name
    atlas.close()
    with Atlas.open(atlas_path) as reopened:
        for repo_name, objects in made.items():
            stored = {o.id: o for o in getattr(reopened, repo_name).all()}
            for obj in objects:
                assert stored[obj.id] == obj, repo_name
                assert stored[obj.id].created_at is not None


def test_minimal_objects_keep_their_none_and_empty_values(atlas):
    network = atlas.networks.add(Network(name="N"))
    person = atlas.persons.add(Person(display_name="P"))
    other = atlas.networks.add(Network(name="O"))
    objects = [
        (atlas.areas, Area(name="A", level=AreaLevel.MUNICIPALITY)),
        (atlas.memberships, Membership(person_id=person.id, network_id=network.id)),
        (atlas.professionals, Professional(name="Pro")),
        (atlas.ties, Tie(source_id=network.id, target_id=other.id)),
        (
            atlas.signals,
            Signal(
                network_id=network.id,
                date=date(2026, 1, 1),
                dimension=Dimension.ACTIVITY,
                valence=0,
            ),
        ),
        (atlas.obstacles, Obstacle(category=ObstacleCategory.OTHER, description="x")),
        (atlas.support, SupportCase(network_id=network.id, need=SupportNeed.OTHER)),
        (
            atlas.notes,
            Note(
                subject_type=SubjectType.NETWORK,
                subject_id=network.id,
                text="",
                date=date(2026, 1, 1),
            ),
        ),
    ]
    for repo, obj in objects:
        added = repo.add(obj)
        back = repo.get(added.id)
        assert back == added
        assert _without_stamps(back) == obj
    assert atlas.networks.get(network.id).founded is None
    assert atlas.networks.get(network.id).themes == ()
    assert atlas.persons.get(person.id).retention_until is None


def test_add_many_and_update_round_trip(atlas):
    made = fill_full(atlas)
    garden = made["networks"][0]
    signals = [
        Signal(network_id=garden.id, date=date(2026, 1, d), dimension=dim, valence=v, note=f"n{d}")
        for d, dim, v in ((1, Dimension.ACTIVITY, 2), (2, Dimension.RESOURCES, -1))
    ]
    assert atlas.signals.add_many(signals) == 2
    for signal in signals:
        assert _without_stamps(atlas.signals.get(signal.id)) == signal
    professional = made["professionals"][0]
    pros = [
        Professional(name=f"P{i}", expertise=("a", "b"), area_ids=professional.area_ids)
        for i in range(3)
    ]
    atlas.professionals.add_many(pros)
    for pro in pros:
        assert _without_stamps(atlas.professionals.get(pro.id)) == pro

    changed = dataclasses.replace(
        garden,
        themes=(),
        channels=("e-mail",),
        founded=None,
        size_estimate=None,
        description="",
        status=NetworkStatus.ENDED,
        status_since=date(2026, 7, 1),
    )
    updated = atlas.networks.update(changed)
    assert _without_stamps(atlas.networks.get(garden.id)) == _without_stamps(changed)
    assert updated.updated_at >= garden.updated_at
    obstacle = made["obstacles"][0]
    atlas.obstacles.update(dataclasses.replace(obstacle, network_ids=(garden.id,)))
    assert atlas.obstacles.get(obstacle.id).network_ids == (garden.id,)


def test_status_history_follows_the_status(atlas):
    network = atlas.networks.add(
        Network(name="N", status=NetworkStatus.DORMANT, status_since=date(2026, 6, 1))
    )
    earlier = StatusPeriod(
        network_id=network.id,
        status=NetworkStatus.ACTIVE,
        since=date(2020, 1, 1),
        until=date(2026, 6, 1),
    )
    assert atlas.networks.add_status_periods([earlier]) == 1
    history = atlas.networks.status_history(network.id)
    assert [(p.status, p.since, p.until) for p in history] == [
        (NetworkStatus.ACTIVE, date(2020, 1, 1), date(2026, 6, 1)),
        (NetworkStatus.DORMANT, date(2026, 6, 1), None),
    ]
    atlas.networks.update(
        dataclasses.replace(network, status=NetworkStatus.ACTIVE, status_since=date(2026, 9, 1))
    )
    history = atlas.networks.status_history(network.id)
    assert [(p.status, p.until) for p in history][-2:] == [
        (NetworkStatus.DORMANT, date(2026, 9, 1)),
        (NetworkStatus.ACTIVE, None),
    ]


def test_many_networks_in_one_add_many_each_get_an_open_status_period(atlas):
    networks = [Network(name=f"N{i}", status_since=date(2025, 1, i + 1)) for i in range(7)]
    atlas.networks.add_many(networks)
    for n in networks:
        (period,) = atlas.networks.status_history(n.id)
        assert (period.status, period.since, period.until) == (n.status, n.status_since, None)


@pytest.mark.parametrize("pinned", [False, True])
def test_positions_round_trip(atlas, pinned):
    network = atlas.networks.add(Network(name="N"))
    atlas.positions.save([Position(network_id=network.id, x=-12.5, y=1e6, pinned=pinned)])
    back = atlas.positions.get(network.id)
    assert (back.x, back.y, back.pinned) == (-12.5, 1e6, pinned)
    assert atlas.positions.all() == {network.id: back}
