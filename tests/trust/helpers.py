"""Small builders shared by the trust tests."""

from __future__ import annotations

from datetime import date

from desktop_app.domain import Membership, Network, Note, Person, Signal
from desktop_app.domain.enums import Dimension, SubjectType
from desktop_app.store import Atlas


def add_network(atlas: Atlas, name: str = "Buurtmoestuin De Wilg", **kw) -> Network:
    return atlas.networks.add(Network(name=name, **kw))


def add_person(atlas: Atlas, name: str, network: Network | None = None, **kw) -> Person:
    with atlas.transaction():
        person = atlas.persons.add(Person(display_name=name, **kw))
        if network is not None:
            atlas.memberships.add(Membership(person_id=person.id, network_id=network.id))
    return person


def add_note(atlas: Atlas, subject_type: SubjectType, subject_id: str, text: str) -> Note:
    return atlas.notes.add(
        Note(subject_type=subject_type, subject_id=subject_id, text=text, date=date(2026, 11, 1))
    )


def add_signals(atlas: Atlas, network: Network, count: int) -> int:
    return atlas.signals.add_many(
        Signal(
            network_id=network.id, date=date(2026, 1, 1), dimension=Dimension.ACTIVITY, valence=1
        )
        for _ in range(count)
    )
