"""The atlas refuses bad values with our ValidationError and stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    Person,
    Signal,
    Tie,
)
from desktop_app.store import ValidationError
from desktop_app.store.atlas import ENTITY_TABLES


@pytest.fixture
def two_networks(atlas):
    return atlas.networks.add(Network(name="Een")), atlas.networks.add(Network(name="Twee"))


def _bad_values(a, b):
    return {
        "valence 5": lambda atlas: atlas.signals.add(
            Signal(network_id=a.id, date=date(2026, 1, 1), dimension=Dimension.ACTIVITY, valence=5)
        ),
        "valence -3": lambda atlas: atlas.signals.add(
            Signal(network_id=a.id, date=date(2026, 1, 1), dimension=Dimension.ACTIVITY, valence=-3)
        ),
        "empty network name": lambda atlas: atlas.networks.add(Network(name="")),
        "blank person name": lambda atlas: atlas.persons.add(Person(display_name="   ")),
        "name over 200": lambda atlas: atlas.networks.add(Network(name="x" * 201)),
        "tie to itself": lambda atlas: atlas.ties.add(Tie(source_id=a.id, target_id=a.id)),
        "tie strength 4": lambda atlas: atlas.ties.add(
            Tie(source_id=a.id, target_id=b.id, strength=4)
        ),
        "bad enum": lambda atlas: atlas.networks.add(Network(name="N", kind="space_station")),
        "bad dimension": lambda atlas: atlas.signals.add(
            Signal(network_id=a.id, date=date(2026, 1, 1), dimension="mood", valence=1)
        ),
        "missing network": lambda atlas: atlas.signals.add(
            Signal(
                network_id="missing", date=date(2026, 1, 1), dimension=Dimension.ACTIVITY, valence=1
            )
        ),
        "membership of missing person": lambda atlas: atlas.memberships.add(
            Membership(person_id="nobody", network_id=a.id)
        ),
        "area under missing parent": lambda atlas: atlas.areas.add(
            Area(name="Wijk", level=AreaLevel.DISTRICT, parent_id="missing")
        ),
        "bad CBS code": lambda atlas: atlas.areas.add(
            Area(name="Wijk", level=AreaLevel.DISTRICT, cbs_code="wijk 3")
        ),
        "until before since": lambda atlas: atlas.ties.add(
            Tie(source_id=a.id, target_id=b.id, since=date(2026, 2, 1), until=date(2026, 1, 1))
        ),
        "negative size": lambda atlas: atlas.networks.add(Network(name="N", size_estimate=-1)),
    }


BAD = sorted(_bad_values(None, None))


def _snapshot(atlas):
    return atlas.counts(), atlas.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("case", BAD)
def test_bad_value_is_refused_with_our_error(atlas, two_networks, case):
    before = _snapshot(atlas)
    with pytest.raises(ValidationError) as info:
        _bad_values(*two_networks)[case](atlas)
    assert str(info.value).startswith("Deze waarde is niet toegestaan")
    assert _snapshot(atlas) == before
    assert not atlas.conn.in_transaction


def test_one_bad_row_in_add_many_refuses_them_all(atlas, two_networks):
    a, _ = two_networks
    rows = [
        Signal(network_id=a.id, date=date(2026, 1, d), dimension=Dimension.ACTIVITY, valence=1)
        for d in range(1, 10)
    ]
    rows.append(
        Signal(network_id=a.id, date=date(2026, 2, 1), dimension=Dimension.ACTIVITY, valence=9)
    )
    with pytest.raises(ValidationError):
        atlas.signals.add_many(rows)
    assert atlas.signals.count() == 0


def test_one_action_of_several_calls_rolls_back_whole(atlas):
    with pytest.raises(ValidationError), atlas.transaction():
        network = atlas.networks.add(Network(name="Half"))
        atlas.ties.add(Tie(source_id=network.id, target_id=network.id))
    assert atlas.networks.by_name("Half") == []
    assert set(atlas.counts()) == set(ENTITY_TABLES)
