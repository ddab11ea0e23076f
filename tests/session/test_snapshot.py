"""The session core: one picture of the atlas, updated from change sets, as of a date."""

import dataclasses
from datetime import date, timedelta

import pytest

from desktop_app.analysis import vitality as vitality_module
from desktop_app.analysis.settings import SILENCE_DAYS
from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    Obstacle,
    ObstacleCategory,
    Person,
    Signal,
    Tie,
)
from desktop_app.session import Snapshot
from desktop_app.store.bulk import insert_many

TODAY = date(2026, 11, 27)


def _signal(network, days_ago, valence=1):
    return Signal(
        network_id=network.id,
        date=TODAY - timedelta(days=days_ago),
        dimension=Dimension.ACTIVITY,
        valence=valence,
    )


@pytest.fixture
def filled(atlas):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    nets = [atlas.networks.add(Network(name=f"Netwerk {i}", area_id=area.id)) for i in range(4)]
    for i, net in enumerate(nets):
        atlas.signals.add(_signal(net, 10 + i, valence=1))
    atlas.ties.add(Tie(source_id=nets[0].id, target_id=nets[1].id))
    person = atlas.persons.add(Person(display_name="Fenna"))
    atlas.memberships.add(Membership(person_id=person.id, network_id=nets[0].id))
    snapshot = Snapshot(TODAY)
    snapshot.load(atlas)
    atlas.changes.take()
    return snapshot, nets, area


@pytest.fixture
def scored(monkeypatch):
    """Counts the networks scored (every vitality computation goes through here)."""
    calls: list[str] = []
    original = vitality_module.compute_vitality

    def counting(signals, settings, today, *, network_id="", _weights=None):
        calls.append(network_id)
        return original(signals, settings, today, network_id=network_id, _weights=_weights)

    monkeypatch.setattr(vitality_module, "compute_vitality", counting)
    return calls


def test_one_new_signal_rescores_only_its_network(atlas, filled, scored):
    snapshot, nets, _ = filled
    before = {nid: v.score for nid, v in snapshot.vitality.items()}
    atlas.signals.add(_signal(nets[2], 1, valence=-2))
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert scored == [nets[2].id]
    assert delta.vitality == {nets[2].id}
    assert not delta.findings_due and not delta.reload_due
    assert snapshot.vitality[nets[2].id].score < before[nets[2].id]
    assert snapshot.vitality[nets[1].id].score == before[nets[1].id]


def test_a_rename_changes_one_row_and_nothing_derived(atlas, filled, scored):
    snapshot, nets, _ = filled
    atlas.networks.update(dataclasses.replace(nets[1], name="Buurtkoor"))
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert delta.networks == {nets[1].id}
    assert scored == []
    assert not delta.findings_due and not delta.vitality_due
    assert snapshot.networks[nets[1].id].name == "Buurtkoor"


def test_deleting_a_network_drops_it_and_asks_for_new_findings(atlas, filled):
    snapshot, nets, _ = filled
    atlas.networks.delete_undoable(nets[0].id)
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert delta.removed == {nets[0].id}
    assert delta.findings_due
    assert nets[0].id not in snapshot.networks and nets[0].id not in snapshot.vitality
    assert not snapshot.rows["ties"] and not snapshot.rows["memberships"]


def test_a_new_network_gets_an_unknown_vitality_and_new_findings(atlas, filled):
    snapshot, _, area = filled
    new = atlas.networks.add(Network(name="Nieuw", area_id=area.id))
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert delta.networks == {new.id} and delta.findings_due
    assert snapshot.vitality[new.id].is_unknown


def test_an_obstacle_is_held_with_its_networks(atlas, filled):
    snapshot, nets, _ = filled
    obstacle = atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.SPACE,
            description="Geen zaal",
            network_ids=(nets[0].id, nets[1].id),
            reported_on=TODAY,
        )
    )
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert "obstacles" in delta.tables
    assert set(snapshot.rows["obstacles"][obstacle.id].network_ids) == {nets[0].id, nets[1].id}
    assert snapshot.overview(None).counts.open_obstacles == 1


def test_a_vitality_setting_asks_to_rescore_everything(atlas, filled):
    snapshot, _, _ = filled
    atlas.set_setting(SILENCE_DAYS.key, 5)
    delta = snapshot.apply(atlas.changes.take(), atlas)
    assert delta.vitality_due and not delta.reload_due
    assert snapshot.settings.vitality.silence_days == 5


def test_a_bulk_write_asks_for_a_full_read(atlas, filled):
    snapshot, nets, _ = filled
    insert_many(atlas, atlas.signals, [_signal(nets[3], 2) for _ in range(3)])
    assert snapshot.apply(atlas.changes.take(), atlas).reload_due


def test_as_of_a_date_ignores_what_came_after(atlas, filled):
    _, nets, _ = filled
    earlier = Snapshot(TODAY - timedelta(days=11))
    earlier.load(atlas)
    # nets[0] had its signal 10 days ago: after the date, so unknown then
    assert earlier.vitality[nets[0].id].is_unknown
    assert not earlier.vitality[nets[1].id].is_unknown
    assert earlier.as_of == TODAY - timedelta(days=11)
    assert Snapshot().as_of == date.today()


def test_overview_is_computed_once_per_change(atlas, filled, monkeypatch):
    snapshot, nets, _ = filled
    from desktop_app.session import snapshot as snapshot_module

    runs = []
    original = snapshot_module.area_overview
    monkeypatch.setattr(
        snapshot_module, "area_overview", lambda *a, **k: runs.append(1) or original(*a, **k)
    )
    first = snapshot.overview(None)
    assert snapshot.overview(None) is first and len(runs) == 1
    atlas.signals.add(_signal(nets[1], 1))
    snapshot.apply(atlas.changes.take(), atlas)
    snapshot.overview(None)
    assert len(runs) == 2


def test_findings_read_from_the_file_equal_those_of_the_picture(atlas, filled):
    from desktop_app.session.snapshot import _Check, findings_from_file

    snapshot, _, _ = filled
    found = findings_from_file((str(atlas.path), None, TODAY), _Check())
    assert found == snapshot.findings
