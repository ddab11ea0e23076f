"""Erasure reaches every mention, every copy, and survives restores and recoveries."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date
from pathlib import Path

from desktop_app.domain import Obstacle, Signal, SupportCase
from desktop_app.domain.enums import Dimension, ObstacleCategory, SubjectType, SupportNeed
from desktop_app.store import Atlas, backups, erasure_ledger, search
from desktop_app.store.backup_policy import BackupPolicy, save_policy
from desktop_app.store.privacy import ERASED_MARK, erase_person, erasure_preview
from desktop_app.store.restore import recover, restore

from .helpers import add_network, add_note, add_person

NAME = "Wilma Kwikstaartje"
EMAIL = "wilma.k@example.invalid"
PHONE = "06-55512345"
NEEDLES = (b"Kwikstaartje", b"KWIKSTAARTJE", b"wilma.k@", b"55512345", b"5551 2345")


def mentions(atlas):
    """The five places of the issue: surname, initial, e-mail and phone, in notes,
    a signal note, a network description, an obstacle and a support case."""
    network = add_network(atlas, "Repaircafé Oost", description="Contact: W. Kwikstaartje")
    other_network = add_network(atlas, "Koor De Lijster")
    person = add_person(atlas, NAME, network, contact=f"{EMAIL} {PHONE}")
    other = add_person(atlas, "Anton Pieterszoon", other_network)
    note = add_note(
        atlas, SubjectType.PERSON, other.id, f"Mevrouw Kwikstaartje belde; mail {EMAIL}."
    )
    atlas.signals.add(
        Signal(
            network_id=network.id,
            date=date(2026, 5, 1),
            dimension=Dimension.LEADERSHIP,
            valence=1,
            note="W. Kwikstaartje (+31 6 5551 2345) neemt het over",
        )
    )
    atlas.obstacles.add(
        Obstacle(
            category=ObstacleCategory.SPACE,
            description="Sleutel ligt bij mevr. KWIKSTAARTJE, 06 555 123 45",
            network_ids=(network.id,),
        )
    )
    atlas.support.add(
        SupportCase(
            network_id=network.id,
            need=SupportNeed.KNOWLEDGE,
            description="Vraag van W. Kwikstaartje",
            outcome=f"Teruggebeld op {PHONE}",
        )
    )
    return person, other, note


def raw(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


def assert_clean(data: bytes, where: str) -> None:
    for needle in NEEDLES:
        assert needle not in data, (needle, where)


def test_surname_initials_e_mail_and_phone_are_redacted_everywhere(atlas, atlas_path):
    person, other, note = mentions(atlas)
    assert search.search(atlas, "Kwikstaartje")
    preview = erasure_preview(atlas, person.id)
    tables = sorted(p.table for p in preview.places)
    assert tables == ["networks", "notes", "obstacles", "signals", "support_cases", "support_cases"]
    excerpts = " | ".join(p.excerpt() for p in preview.places)
    assert "«Mevrouw Kwikstaartje»" not in excerpts and "«Kwikstaartje»" in excerpts
    assert "«W. Kwikstaartje»" in excerpts and f"«{EMAIL}»" in excerpts
    assert preview.memberships == 1

    report = erase_person(atlas, person.id)
    assert report.scrubbed and report.texts_redacted == 6
    assert report.notes_flagged == (note.id,)
    assert atlas.notes.get(note.id).text == f"Mevrouw {ERASED_MARK} belde; mail {ERASED_MARK}."
    (description,) = atlas.conn.execute(
        "SELECT description FROM networks WHERE name = 'Repaircafé Oost'"
    ).fetchone()
    assert description == f"Contact: {ERASED_MARK}"
    assert search.search(atlas, "Kwikstaartje") == []
    assert atlas.persons.get(other.id).display_name == "Anton Pieterszoon"
    assert_clean(raw(atlas_path), "atlas")


def test_a_relative_with_the_same_surname_keeps_their_full_name(atlas):
    person = add_person(atlas, NAME)
    piet = add_person(atlas, "Piet Kwikstaartje")
    note = add_note(
        atlas, SubjectType.PERSON, piet.id, "Piet Kwikstaartje en mevrouw Kwikstaartje kwamen."
    )
    erase_person(atlas, person.id)
    assert atlas.notes.get(note.id).text == f"Piet Kwikstaartje en mevrouw {ERASED_MARK} kwamen."


def test_the_record_of_erasures_outside_the_atlas_holds_no_personal_data(atlas):
    person, _, _ = mentions(atlas)
    erase_person(atlas, person.id)
    path = erasure_ledger.ledger_path(atlas.id)
    text = path.read_text(encoding="utf-8")
    assert person.id in text
    for needle in (*NEEDLES, b"Wilma", b"wilma"):
        assert needle.decode() not in text
    assert path.stat().st_mode & 0o077 == 0
    assert json.loads(text)["persons"][0]["digests"]


def test_recovery_of_a_damaged_atlas_erases_again(atlas, atlas_path):
    person, _, note = mentions(atlas)
    backup = backups.make_backup(atlas, "manual")
    shutil_copy = atlas_path.parent / "kept-aside.zwerm"
    shutil_copy.write_bytes(backup.path.read_bytes())  # a backup the app did not rewrite
    erase_person(atlas, person.id)
    atlas.close()
    # The atlas is damaged: its audit log (who was erased) is lost with it.
    atlas_path.write_bytes(b"\0" * 4096)
    result = recover(atlas_path, shutil_copy)
    assert result.damaged_moved_to is not None
    with Atlas.open(atlas_path) as back:
        assert back.persons.find(person.id) is None
        assert ERASED_MARK in back.notes.get(note.id).text
        assert search.search(back, "Kwikstaartje") == []
    assert_clean(raw(atlas_path), "recovered atlas")


def test_the_digests_redact_a_copy_that_never_held_the_person_row(atlas, atlas_path):
    network = add_network(atlas)
    early = add_note(
        atlas, SubjectType.NETWORK, network.id, f"W. Kwikstaartje wil meedoen, {PHONE}"
    )
    backup = backups.make_backup(atlas, "manual")
    aside = atlas_path.parent / "aside.zwerm"
    aside.write_bytes(backup.path.read_bytes())
    person = add_person(atlas, NAME, contact=PHONE)
    erase_person(atlas, person.id)
    restore(atlas_path, aside)
    assert atlas.notes.get(early.id).text == f"{ERASED_MARK} wil meedoen, {ERASED_MARK}"
    assert_clean(raw(atlas_path), "restored atlas")


def test_backups_in_every_folder_are_rewritten_and_damaged_copies_removed(
    atlas, atlas_path, tmp_path
):
    person, _, _ = mentions(atlas)
    save_policy(BackupPolicy(folder=str(tmp_path / "first")))
    first = backups.make_backup(atlas, "manual")
    save_policy(BackupPolicy(folder=str(tmp_path / "second")))
    second = backups.make_backup(atlas, "manual")
    assert {b.path for b in backups.list_backups(atlas.id)} >= {first.path, second.path}
    damaged = atlas_path.parent / f"{atlas_path.stem}.damaged-20261101-120000.zwerm"
    damaged.write_bytes(first.path.read_bytes())
    assert erasure_preview(atlas, person.id).damaged_copies == [damaged]

    report = erase_person(atlas, person.id)
    assert report.backups_erased >= 2 and report.copies_removed == 1
    assert not damaged.exists()
    for b in (first, second):
        assert_clean(b.path.read_bytes(), str(b.path))
        assert backups.verify(b.path)


def test_erasing_while_a_reader_reads_leaves_nothing_in_file_or_wal(atlas, atlas_path):
    person, _, _ = mentions(atlas)
    for i in range(300):
        add_note(atlas, SubjectType.PERSON, person.id, f"notitie {i} " + "x" * 200)
    reader = None
    reading, release = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def work():
        nonlocal reader
        reader = atlas.reader()
        try:
            rows = reader.conn.execute("SELECT text FROM notes")
            rows.fetchone()  # a read transaction is open now: the WAL cannot be emptied
            reading.set()
            release.wait(10)
            rows.fetchall()
        except sqlite3.Error as exc:
            errors.append(exc)  # interrupted by the scrub
        finally:
            reader.close()

    worker = threading.Thread(target=work)
    worker.start()
    assert reading.wait(10)
    report = erase_person(atlas, person.id)
    release.set()
    worker.join(10)
    assert report.scrubbed
    assert_clean(raw(atlas_path), "atlas and WAL with a reader")
    assert Path(f"{atlas_path}-wal").stat().st_size == 0


def test_a_scrub_kept_from_the_wal_is_redone_on_close(atlas, atlas_path, monkeypatch):
    from desktop_app.store import privacy

    person, _, _ = mentions(atlas)
    outside = sqlite3.connect(f"file:{atlas_path}?mode=ro", uri=True)  # another process's reader
    rows = outside.execute("SELECT text FROM notes")
    rows.fetchone()
    monkeypatch.setattr(privacy, "_checkpoint", lambda conn, attempts=20: False)
    report = erase_person(atlas, person.id)
    assert not report.scrubbed and privacy.scrub_pending(atlas)
    monkeypatch.undo()
    rows.fetchall()
    outside.close()
    atlas.close()
    assert_clean(raw(atlas_path), "after close")
    with Atlas.open(atlas_path, auto_backup=False) as again:
        assert not privacy.scrub_pending(again)


def test_encrypt_leaves_no_plaintext_damaged_copy_or_old_backup_folder(atlas, atlas_path, tmp_path):
    from desktop_app.store.crypto import encrypt_atlas

    person, _, _ = mentions(atlas)
    save_policy(BackupPolicy(folder=str(tmp_path / "old-folder")))
    old = backups.make_backup(atlas, "manual")
    save_policy(BackupPolicy(folder=str(tmp_path / "new-folder")))
    damaged = atlas_path.parent / f"{atlas_path.stem}.damaged-20261101-120000.zwerm"
    damaged.write_bytes(old.path.read_bytes())
    atlas.close()
    encrypt_atlas(atlas_path, "een lang wachtwoord")
    assert not damaged.exists()
    assert old.path.exists() and b"Kwikstaartje" not in old.path.read_bytes()
    assert person.id


def test_other_residents_and_professionals_keep_their_own_names(atlas, atlas_path):
    from desktop_app.domain import Professional

    person = add_person(atlas, NAME, contact=EMAIL)
    namesake = add_person(atlas, NAME, contact="06-99988877")  # the same name, someone else
    spouse = add_person(atlas, "Piet Kwikstaartje", contact=EMAIL)  # a shared address
    pro = atlas.professionals.add(Professional(name="Karel Kwikstaartje", organisation="Wijkteam"))
    backup = backups.make_backup(atlas, "manual")
    aside = atlas_path.parent / "aside.zwerm"
    aside.write_bytes(backup.path.read_bytes())
    erase_person(atlas, person.id)
    restore(atlas_path, aside)  # the digests run over a copy that holds them all
    assert atlas.persons.get(namesake.id).display_name == NAME
    assert atlas.persons.get(spouse.id).display_name == "Piet Kwikstaartje"
    assert atlas.persons.get(spouse.id).contact == EMAIL
    assert atlas.professionals.get(pro.id).name == "Karel Kwikstaartje"
    assert atlas.persons.find(person.id) is None


def test_encrypted_backups_are_rewritten_encrypted_and_still_open(tmp_path):
    from desktop_app.store.crypto import encrypt_atlas

    path = tmp_path / "geheim.zwerm"
    with Atlas.create(path, name="Geheim") as atlas:
        person, _, note = mentions(atlas)
    encrypt_atlas(path, "een lang wachtwoord")
    with Atlas.open(path, passphrase="een lang wachtwoord") as atlas:
        made = backups.list_backups(atlas.id)
        assert made
        report = erase_person(atlas, person.id)
        assert report.backups_erased == len(made) and report.backups_removed == 0
    for backup in made:
        assert backups.verify(backup.path, "een lang wachtwoord")
        assert not backups.verify(backup.path)  # still encrypted
        copy = backups.open_copy(backup.path, "een lang wachtwoord")
        try:
            assert (
                copy.execute("SELECT count(*) FROM persons WHERE id = ?", (person.id,)).fetchone()[
                    0
                ]
                == 0
            )
            (text,) = copy.execute("SELECT text FROM notes WHERE id = ?", (note.id,)).fetchone()
            assert "Kwikstaartje" not in text
        finally:
            copy.close()


def test_a_deep_check_stopped_by_the_scrub_is_not_reported_as_damage(atlas, monkeypatch):
    import pytest

    from desktop_app.store import damage

    mentions(atlas)
    reader = atlas.reader()
    try:
        monkeypatch.setattr(
            damage, "check_constraints", lambda conn: [("notes", "interrupted_now()")]
        )
        reader.conn.create_function("interrupted_now", 0, lambda: reader.conn.interrupt() or 1)
        with pytest.raises(sqlite3.OperationalError):
            damage.deep_check(reader.conn)
    finally:
        reader.close()
