"""Restore from a backup (undoable), and recovery of a damaged atlas."""

from __future__ import annotations

import pytest

from desktop_app.store import Atlas, AtlasCorruptError, backups
from desktop_app.store.restore import recover, recovery_options, restore

from .helpers import add_network, add_person


def _damage(path):
    """Overwrite the middle of the file (not the header) with garbage."""
    data = bytearray(path.read_bytes())
    for i in range(4096 * 2, min(len(data), 4096 * 6)):
        data[i] = 0x5A
    path.write_bytes(bytes(data))


def test_restore_brings_back_the_backup_and_is_undoable(atlas, atlas_path):
    kept = add_network(atlas, "Voor de kopie")
    backup = backups.make_backup(atlas, "manual")
    later = add_network(atlas, "Na de kopie")
    atlas.close()

    result = restore(atlas_path, backup.path)
    with Atlas.open(atlas_path) as back:
        assert back.networks.find(kept.id) is not None
        assert back.networks.find(later.id) is None
        assert back.check() == []
        assert back.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        actions = [r[0] for r in back.conn.execute("SELECT action FROM audit_log")]
        assert actions[-1] == "restore"
        # The audit log of what happened after the backup is kept.
        assert actions.count("create") >= 2
    assert result.undo_backup is not None and result.undo_backup.reason == "restore"

    # Undo the restore with the backup it made first.
    restore(atlas_path, result.undo_backup.path)
    with Atlas.open(atlas_path) as undone:
        assert undone.networks.find(later.id) is not None


def test_restore_refuses_while_open_elsewhere_is_not_needed_in_process(atlas, atlas_path):
    backup = backups.make_backup(atlas, "manual")
    add_network(atlas, "Later")
    # Same process holds it (shared lock); restore still works through SQLite.
    restore(atlas_path, backup.path)
    assert atlas.networks.count() == 0


def test_restore_does_not_bring_back_an_erased_person(atlas, atlas_path):
    from desktop_app.store.privacy import erase_person

    person = add_person(atlas, "Henriëtte Quaggelbeek")
    backup = backups.make_backup(atlas, "manual")
    erase_person(atlas, person.id)
    atlas.close()
    restore(atlas_path, backup.path)
    with Atlas.open(atlas_path) as back:
        assert back.persons.find(person.id) is None
    assert b"Quaggelbeek" not in atlas_path.read_bytes()


def test_damaged_atlas_is_detected_and_not_written(atlas, atlas_path):
    add_network(atlas)
    for i in range(40):
        add_network(atlas, f"Netwerk {i}", description="x" * 500)
    atlas.close()
    _damage(atlas_path)
    damaged = atlas_path.read_bytes()
    with pytest.raises(AtlasCorruptError):
        Atlas.open(atlas_path)
    assert atlas_path.read_bytes() == damaged


def test_recovery_offers_newest_backup_and_moves_damaged_file_aside(atlas, atlas_path):
    first = add_network(atlas, "Eerste")
    atlas.close()
    with Atlas.open(atlas_path) as again:  # the daily backup
        atlas_id = again.id
        for i in range(40):
            add_network(again, f"Netwerk {i}", description="x" * 500)
    _damage(atlas_path)
    with pytest.raises(AtlasCorruptError):
        Atlas.open(atlas_path)

    options = recovery_options(atlas_path)
    assert options.atlas_id == atlas_id
    assert options.newest is not None and options.newest.reason == "open"
    assert options.lost_since == options.newest.made_at
    assert options.newest.label() in str(options.describe())

    result = recover(atlas_path)
    assert result.damaged_moved_to is not None
    assert result.damaged_moved_to.name.startswith("test.damaged-")
    assert result.damaged_moved_to.suffix == ".zwerm"
    assert result.damaged_moved_to.exists()
    with Atlas.open(atlas_path) as back:
        assert back.networks.find(first.id) is not None
        assert back.check() == []


def test_no_backup_means_no_offer(tmp_path):
    path = tmp_path / "lost.zwerm"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    options = recovery_options(path)
    assert options.newest is None
    assert "geen bruikbare reservekopie" in str(options.describe())
