"""Arbitrary Unicode in names and notes comes back exactly (emoji, RTL, control characters)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.domain import Network, Note, Person, SubjectType
from desktop_app.store import Atlas
from desktop_app.store.search import search

#: Any character SQLite text can hold: no surrogates, no NUL (C strings end there).
CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
#: Names: 1-200 characters (the column limit) that are not only spaces (SQLite's trim()).
NAMES = st.text(CHARACTERS, min_size=1, max_size=200).filter(lambda s: s.strip(" "))
NOTES = st.text(CHARACTERS, max_size=5000)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def shared_atlas(tmp_path_factory):
    """One atlas for all examples: each adds new rows with new ids."""
    atlas = Atlas.create(tmp_path_factory.mktemp("unicode") / "u.zwerm", name="Unicode")
    yield atlas
    atlas.close()


@SETTINGS
@given(name=NAMES, text=NOTES)
@example(name="Buurtapp 🐦 Vogelwijk", text="Koffie ☕ met 👩🏽‍🌾 en 🇳🇱")
@example(name="مسجد الفتح", text="שלום \u202eRTL\u202c עולם")
@example(name="Tab\tnew\nline\x1b\x7f\u200b", text="\x01\x02\x1f control")
@example(name="x" * 200, text="é" * 5000)
@example(name="Ⅻ ﬁ Å Å", text="NFC Å and NFD Å stay distinct")
def test_names_and_notes_round_trip_exactly(shared_atlas, name, text):
    atlas = shared_atlas
    network = atlas.networks.add(Network(name=name, description=text, meeting_place=text))
    person = atlas.persons.add(Person(display_name=name, contact=text))
    note = atlas.notes.add(
        Note(
            subject_type=SubjectType.NETWORK,
            subject_id=network.id,
            text=text,
            date=date(2026, 11, 27),
            author=name,
        )
    )
    back = atlas.networks.get(network.id)
    assert (back.name, back.description, back.meeting_place) == (name, text, text)
    assert atlas.persons.get(person.id).display_name == name
    assert atlas.persons.get(person.id).contact == text
    assert (atlas.notes.get(note.id).text, atlas.notes.get(note.id).author) == (text, name)
    # Whatever was typed, searching for it never fails.
    search(atlas, name)
    search(atlas, text[:100])


@SETTINGS
@given(themes=st.lists(st.text(CHARACTERS, max_size=50), max_size=6))
def test_tuples_of_text_round_trip(shared_atlas, themes):
    network = shared_atlas.networks.add(Network(name="N", themes=tuple(themes)))
    assert shared_atlas.networks.get(network.id).themes == tuple(themes)
