"""AVG: export everything about a person, erase completely, retention, audit log ids only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desktop_app.domain import Person, Signal
from desktop_app.domain.enums import Dimension, SubjectType
from desktop_app.store import search
from desktop_app.store.crypto import is_encrypted
from desktop_app.store.privacy import (
    ERASED_MARK,
    erase_person,
    person_export,
    persons_past_retention,
    purge_expired,
    write_person_export,
)

from .helpers import add_network, add_note, add_person

NAME = "Wilhelmina Zwiebelmeister"
OTHER = "Anton Pieterszoon"
CONTACT = "06-98765432 wilhelmina@example.invalid"


def _raw_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            data += p.read_bytes()
    return data


def _setup(atlas):
    network = add_network(atlas, "Repaircafé Oost")
    other_network = add_network(atlas, "Koor De Lijster")
    person = add_person(
        atlas,
        NAME,
        network,
        contact=CONTACT,
        source="gesprek buurthuis",
        informed_on=date(2026, 3, 1),
        retention_until=date(2027, 3, 1),
    )
    other = add_person(atlas, OTHER, other_network)
    add_note(atlas, SubjectType.PERSON, person.id, f"{NAME} wil helpen met {OTHER}.")
    mention = add_note(
        atlas, SubjectType.NETWORK, network.id, f"Gesproken met {NAME.upper()} over de opening."
    )
    add_note(atlas, SubjectType.PERSON, other.id, f"{OTHER} zingt bas.")
    atlas.signals.add(
        Signal(
            network_id=network.id,
            date=date(2026, 5, 1),
            dimension=Dimension.LEADERSHIP,
            valence=1,
            note=f"{NAME} neemt het trekkerschap over",
        )
    )
    return person, other, mention


def test_export_holds_everything_about_the_person_and_nobody_else(atlas, tmp_path):
    person, other, mention = _setup(atlas)
    export = person_export(atlas, person.id)
    assert export.person.contact == CONTACT
    assert [m.network_name for m in export.memberships] == ["Repaircafé Oost"]
    assert len(export.notes) == 1
    assert {(m.table, m.row_id) for m in export.mentions} >= {("notes", mention.id)}
    assert any(m.table == "signals" for m in export.mentions)

    dest = write_person_export(atlas, person.id, tmp_path / "inzage.json")
    text = dest.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["person"]["display_name"] == NAME
    assert NAME in text
    assert "Pieterszoon" not in text and "Anton" not in text
    assert other.id not in text
    assert "Koor De Lijster" not in text and "zingt bas" not in text
    assert dest.stat().st_mode & 0o077 == 0
    last = atlas.conn.execute(
        "SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert last == ("export", "person", person.id)


def test_erase_leaves_no_trace_in_the_file_bytes(atlas, atlas_path):
    person, other, mention = _setup(atlas)
    assert b"Zwiebelmeister" in _raw_bytes(atlas_path) or is_encrypted(atlas_path)
    assert search.search(atlas, "Zwiebelmeister")

    atlas.set_setting("ui.last_search", f"zoek {NAME}")
    report = erase_person(atlas, person.id)

    assert atlas.persons.find(person.id) is None
    assert atlas.memberships.of_person(person.id) == []
    assert atlas.notes.about(SubjectType.PERSON, person.id) == []
    assert report.memberships_removed == 1 and report.notes_removed == 1
    flagged = atlas.notes.get(mention.id)
    assert flagged.needs_review
    assert ERASED_MARK in flagged.text and "opening" in flagged.text
    assert report.notes_flagged == (mention.id,)
    assert search.search(atlas, "Zwiebelmeister") == []
    assert search.search(atlas, "Wilhelmina") == []
    assert atlas.setting("ui.last_search") == f"zoek {ERASED_MARK}"
    # Everyone else is untouched.
    assert atlas.persons.get(other.id).display_name == OTHER
    assert atlas.check() == []

    raw = _raw_bytes(atlas_path)
    for needle in (b"Zwiebelmeister", b"ZWIEBELMEISTER", b"98765432", b"wilhelmina@"):
        assert needle not in raw, needle
    if not is_encrypted(atlas_path):
        assert b"Pieterszoon" in raw  # the search above can find what is there
    atlas.close()
    assert b"Zwiebelmeister" not in _raw_bytes(atlas_path)


def test_audit_log_holds_ids_never_names_or_contact(atlas):
    person, _, _ = _setup(atlas)
    atlas.persons.update(
        atlas.persons.get(person.id).__class__(
            **{**_fields(atlas.persons.get(person.id)), "contact": "nieuw 0612345678"}
        )
    )
    erase_person(atlas, person.id)
    rows = atlas.conn.execute("SELECT * FROM audit_log").fetchall()
    dump = json.dumps(rows, ensure_ascii=False)
    assert person.id in dump
    for needle in ("Zwiebelmeister", "Wilhelmina", "98765432", "0612345678", "Pieterszoon"):
        assert needle not in dump
    actions = {r[3] for r in rows}
    assert {"create", "update", "erase"} <= actions


def _fields(obj):
    return {f: getattr(obj, f) for f in obj.__dataclass_fields__}


def test_retention_lists_and_purges_in_one_step(atlas, atlas_path):
    network = add_network(atlas)
    expired = [
        add_person(atlas, f"Verlopen Persoon{i}", network, retention_until=date(2026, 1, i + 1))
        for i in range(3)
    ]
    current = add_person(atlas, "Blijvend Persoon", network, retention_until=date(2027, 1, 1))
    no_date = atlas.persons.add(Person(display_name="Zonder Datum"))
    due = persons_past_retention(atlas, today=date(2026, 6, 1))
    assert {p.id for p in due} == {p.id for p in expired}

    purged = purge_expired(atlas, today=date(2026, 6, 1))
    assert set(purged) == {p.id for p in expired}
    assert atlas.persons.find(current.id) and atlas.persons.find(no_date.id)
    logged = atlas.conn.execute(
        "SELECT entity_id FROM audit_log WHERE action = 'purge' AND entity = 'person'"
    ).fetchall()
    assert {r[0] for r in logged} == set(purged)
    assert b"Verlopen" not in _raw_bytes(atlas_path)
    assert persons_past_retention(atlas, today=date(2026, 6, 1)) == []
