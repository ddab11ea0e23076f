"""Change sets: every committed write says which rows it changed, cascades included."""

import dataclasses
from datetime import date

import pytest

from desktop_app.domain import (
    Area,
    AreaLevel,
    Dimension,
    Membership,
    Network,
    Note,
    Person,
    Position,
    Professional,
    Signal,
    SubjectType,
    SupportCase,
    SupportNeed,
    Tie,
)
from desktop_app.store import Atlas, ChangeSet
from desktop_app.store.bulk import delete_many, insert_many


def _populated(atlas):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    a = atlas.networks.add(Network(name="Moestuin", area_id=area.id))
    b = atlas.networks.add(Network(name="Repair Café", area_id=area.id))
    person = atlas.persons.add(Person(display_name="Fenna"))
    member = atlas.memberships.add(Membership(person_id=person.id, network_id=a.id))
    tie = atlas.ties.add(Tie(source_id=a.id, target_id=b.id))
    signal = atlas.signals.add(
        Signal(network_id=a.id, date=date(2026, 1, 5), dimension=Dimension.ACTIVITY, valence=1)
    )
    pro = atlas.professionals.add(Professional(name="Anouk", area_ids=(area.id,)))
    case = atlas.support.add(
        SupportCase(network_id=a.id, need=SupportNeed.MONEY, professional_id=pro.id)
    )
    note = atlas.notes.add(
        Note(subject_type=SubjectType.NETWORK, subject_id=a.id, text="kas", date=date(2026, 1, 6))
    )
    atlas.positions.save([Position(network_id=a.id, x=1.0, y=2.0)])
    atlas.changes.take()
    return dict(
        area=area, a=a, b=b, member=member, tie=tie, signal=signal, pro=pro, case=case, note=note
    )


def test_add_update_and_delete_name_their_rows(atlas):
    net = atlas.networks.add(Network(name="Buurttuin"))
    changes = atlas.changes.take()
    assert changes.inserted("networks") == {net.id}
    assert changes.touches("networks") and not changes.touches("signals")
    assert atlas.changes.take() == ChangeSet()  # taken once

    atlas.networks.update(dataclasses.replace(net, name="Buurttuin Oost"))
    changes = atlas.changes.take()
    assert changes.updated("networks") == {net.id}
    assert changes.inserted("networks") == set()

    atlas.networks.delete(net.id)
    assert atlas.changes.take().deleted("networks") == {net.id}


def test_a_deleted_network_lists_every_cascaded_row_and_its_neighbours(atlas):
    rows = _populated(atlas)
    deleted = atlas.networks.delete_undoable(rows["a"].id)
    changes = atlas.changes.take()
    assert changes.deleted("networks") == {rows["a"].id}
    assert changes.deleted("signals") == {rows["signal"].id}
    assert changes.deleted("ties") == {rows["tie"].id}
    assert changes.deleted("memberships") == {rows["member"].id}
    assert changes.deleted("support_cases") == {rows["case"].id}
    assert changes.deleted("notes") == {rows["note"].id}
    assert changes.deleted("positions") == {rows["a"].id}
    assert changes.network_ids("ties") == {rows["a"].id, rows["b"].id}
    assert changes.network_ids("signals") == {rows["a"].id}

    atlas.networks.undelete(deleted)
    back = atlas.changes.take()
    assert back.inserted("signals") == {rows["signal"].id}
    assert back.inserted("networks") == {rows["a"].id}


def test_set_null_references_are_updates(atlas):
    rows = _populated(atlas)
    atlas.professionals.delete_undoable(rows["pro"].id)
    changes = atlas.changes.take()
    assert changes.deleted("professionals") == {rows["pro"].id}
    assert changes.updated("support_cases") == {rows["case"].id}
    assert changes.network_ids("support_cases") == {rows["a"].id}


def test_a_signal_moved_to_another_network_changes_both(atlas):
    rows = _populated(atlas)
    moved = dataclasses.replace(rows["signal"], network_id=rows["b"].id)
    atlas.signals.update(moved)
    assert atlas.changes.take().network_ids("signals") == {rows["a"].id, rows["b"].id}


def test_one_transaction_of_several_writes_folds_per_row(atlas):
    with atlas.transaction():
        net = atlas.networks.add(Network(name="Kort"))
        atlas.networks.update(dataclasses.replace(net, name="Kort bestaan"))
        gone = atlas.networks.add(Network(name="Weg"))
        atlas.networks.delete(gone.id)
    changes = atlas.changes.take()
    assert changes.rows["networks"] == {net.id: "i"}


def test_a_rolled_back_write_changes_nothing(atlas):
    with pytest.raises(RuntimeError), atlas.transaction():
        atlas.networks.add(Network(name="Nooit"))
        raise RuntimeError("refused")
    assert not atlas.changes.take()
    net = atlas.networks.add(Network(name="Wel"))
    assert atlas.changes.take().rows["networks"] == {net.id: "i"}


def test_bulk_writes_count_as_the_whole_table(atlas):
    net = atlas.networks.add(Network(name="Veel signalen"))
    atlas.changes.take()
    signals = [
        Signal(network_id=net.id, date=date(2026, 1, 1), dimension=Dimension.ACTIVITY, valence=1)
        for _ in range(50)
    ]
    insert_many(atlas, atlas.signals, signals)
    changes = atlas.changes.take()
    assert changes.is_whole("signals") and changes.ids("signals") == set()
    assert changes.touches("signals")
    delete_many(atlas, atlas.signals, [s.id for s in signals])
    assert atlas.changes.take().is_whole("signals")
    # and the triggers are back for the next single write
    one = atlas.signals.add(signals[0])
    assert atlas.changes.take().inserted("signals") == {one.id}


def test_the_log_lives_in_the_connection_not_in_the_file(atlas, atlas_path):
    _populated(atlas)
    reader = atlas.reader()
    try:
        names = [r[0] for r in reader.conn.execute("SELECT name FROM sqlite_master")]
        assert not [n for n in names if n.startswith("zk_")]
        assert not reader.changes.enabled
    finally:
        reader.close()
    atlas.close()
    again = Atlas.open(atlas_path, auto_backup=False)
    try:
        assert again.check() == []
        assert not again.changes.take()
    finally:
        again.close()


def test_merging_change_sets_keeps_the_net_effect():
    first = ChangeSet({"networks": {"a": "i", "b": "u"}}, {"signals": frozenset({"a"})})
    second = ChangeSet({"networks": {"a": "d", "b": "u", "c": "d"}}, whole=frozenset({"ties"}))
    merged = first.merged(second)
    assert merged.rows["networks"] == {"b": "u", "c": "d"}
    assert merged.network_ids("signals") == {"a"}
    assert merged.tables == {"networks", "ties"}
    assert ChangeSet.everything(["networks"]).is_whole("networks")


def test_the_log_survives_the_scrub_setting_and_recovers_from_a_dropped_temp_store(atlas):
    atlas.conn.execute("PRAGMA temp_store = MEMORY")  # what the scrub of an erasure sets
    net = atlas.networks.add(Network(name="Blijft"))
    assert atlas.changes.take().inserted("networks") == {net.id}
    atlas.conn.execute("PRAGMA temp_store = FILE")  # drops every temp object
    atlas.networks.add(Network(name="Onbekend"))
    assert atlas.changes.take().is_whole("networks")  # told, if not which rows
    again = atlas.networks.add(Network(name="Weer per rij"))
    assert atlas.changes.take().inserted("networks") == {again.id}
