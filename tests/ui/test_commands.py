"""Undo commands through the session: every edit undoable, deletes restored whole."""

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
from desktop_app.store import ValidationError
from desktop_app.store.search import search
from desktop_app.ui.commands import AddCommand, DeleteCommand, MoveNodesCommand, UpdateCommand
from desktop_app.ui.session import AtlasSession


@pytest.fixture
def session(atlas, qapp):
    return AtlasSession(atlas)


def _populated(atlas):
    area = atlas.areas.add(Area(name="Oost", level=AreaLevel.DISTRICT))
    a = atlas.networks.add(Network(name="Moestuin Zonnebloem", area_id=area.id))
    b = atlas.networks.add(Network(name="Repair Café Oost", area_id=area.id))
    person = atlas.persons.add(Person(display_name="Fenna"))
    atlas.memberships.add(Membership(person_id=person.id, network_id=a.id))
    atlas.ties.add(Tie(source_id=a.id, target_id=b.id))
    atlas.signals.add(
        Signal(network_id=a.id, date=date(2026, 1, 5), dimension=Dimension.ACTIVITY, valence=1)
    )
    pro = atlas.professionals.add(Professional(name="Anouk", area_ids=(area.id,)))
    atlas.support.add(SupportCase(network_id=a.id, need=SupportNeed.MONEY, professional_id=pro.id))
    atlas.notes.add(
        Note(subject_type=SubjectType.NETWORK, subject_id=a.id, text="kas", date=date(2026, 1, 6))
    )
    atlas.positions.save([Position(network_id=a.id, x=1.0, y=2.0, pinned=True)])
    return area, a, b, pro


def test_delete_network_and_undo_restores_everything(session, atlas):
    _, a, _, _ = _populated(atlas)
    before = atlas.counts()
    session.execute(DeleteCommand(session, session.atlas.networks, a.id, "Delete network"))
    assert atlas.networks.find(a.id) is None
    assert atlas.counts()["signals"] == 0
    assert search(atlas, "Zonnebloem") == []

    session.undo_stack.undo()
    assert atlas.counts() == before
    assert atlas.networks.get(a.id) == a
    assert atlas.positions.get(a.id).pinned
    assert [h.ref_id for h in search(atlas, "Zonnebloem")] == [a.id]
    tomb = atlas.conn.execute("SELECT count(*) FROM tombstones WHERE row_id = ?", (a.id,))
    assert tomb.fetchone()[0] == 0

    session.undo_stack.redo()
    assert atlas.networks.find(a.id) is None


def test_delete_professional_undo_restores_set_null_references(session, atlas):
    _, a, _, pro = _populated(atlas)
    session.execute(
        DeleteCommand(session, session.atlas.professionals, pro.id, "Delete professional")
    )
    assert atlas.support.of_network(a.id)[0].professional_id is None
    session.undo_stack.undo()
    assert atlas.support.of_network(a.id)[0].professional_id == pro.id
    assert atlas.professionals.get(pro.id).area_ids == pro.area_ids


def test_add_update_undo_redo(session, atlas):
    net = Network(name="Buurtapp Vogelwijk")
    session.execute(AddCommand(session, session.atlas.networks, net, "Add network"))
    assert atlas.networks.get(net.id).name == "Buurtapp Vogelwijk"
    stored = atlas.networks.get(net.id)
    from dataclasses import replace

    renamed = replace(stored, name="Buurtapp De Vogels")
    session.execute(UpdateCommand(session, session.atlas.networks, stored, renamed, "Rename"))
    assert atlas.networks.get(net.id).name == "Buurtapp De Vogels"
    session.undo_stack.undo()
    assert atlas.networks.get(net.id).name == "Buurtapp Vogelwijk"
    session.undo_stack.undo()
    assert atlas.networks.find(net.id) is None
    session.undo_stack.redo()
    assert atlas.networks.get(net.id).name == "Buurtapp Vogelwijk"


def test_refused_edit_changes_nothing_and_is_not_on_the_stack(session, atlas):
    with pytest.raises(ValidationError):
        session.execute(
            AddCommand(session, session.atlas.networks, Network(name="  "), "Add network")
        )
    assert session.undo_stack.count() == 0
    assert atlas.networks.count() == 0


def test_consecutive_drags_of_a_node_merge_into_one_step(session, atlas):
    net = atlas.networks.add(Network(name="Sportclub"))
    p1 = Position(network_id=net.id, x=0, y=0)
    p2 = Position(network_id=net.id, x=5, y=5, pinned=True)
    p3 = Position(network_id=net.id, x=9, y=9, pinned=True)
    atlas.positions.save([p1])
    session.execute(MoveNodesCommand(session, {net.id: p1}, {net.id: p2}, "Move"))
    session.execute(MoveNodesCommand(session, {net.id: p2}, {net.id: p3}, "Move"))
    assert session.undo_stack.count() == 1
    assert atlas.positions.get(net.id).x == 9
    session.undo_stack.undo()
    assert (atlas.positions.get(net.id).x, atlas.positions.get(net.id).pinned) == (0, False)
