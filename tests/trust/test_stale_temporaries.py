"""Temporaries of crashed writes are removed by the next run; live ones are left alone."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.store import Atlas, backups
from desktop_app.store.atomic import atomic_write_bytes, clean_stale

from .helpers import add_person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")


def _held(path):
    """A temporary another run is writing right now (it holds the temporary's lock)."""
    import fcntl

    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def test_the_next_backup_removes_the_plain_copy_a_killed_backup_left(atlas, tmp_path):
    add_person(atlas, "Wilma Kwikstaartje")
    dest = tmp_path / "copy.zwerm"
    left = tmp_path / ".copy.zwerm.x1y2z3.tmp"  # what a SIGKILL mid-backup leaves
    left.write_bytes(atlas.path.read_bytes())
    (tmp_path / ".copy.zwerm.x1y2z3.tmp-journal").write_bytes(b"hot")
    live = tmp_path / ".copy.zwerm.live00.tmp"
    live.write_bytes(b"being written")
    fd = _held(live)
    try:
        atlas.backup_to(dest)
        names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".copy"))
        assert names == [live.name]
    finally:
        os.close(fd)
    with Atlas.open(dest, read_only=True) as copy:
        assert [p.display_name for p in copy.persons.all()] == ["Wilma Kwikstaartje"]


def test_thinning_removes_half_made_backups_at_once(atlas):
    """Before: only after an hour, so a fresh one survived an encryption right after."""
    folder = backups.backup_dir(atlas.id)
    folder.mkdir(parents=True, exist_ok=True)
    half = folder / ".20261204T100000.000000Z-open.zwerm.abc123.tmp"
    half.write_bytes(b"SQLite format 3\x00 Wilma Kwikstaartje")
    backups.make_backup(atlas, "manual")
    assert not half.exists()


def test_other_files_are_not_touched(tmp_path):
    mine = tmp_path / "rapport.pdf"
    other = tmp_path / ".bashrc.tmp"
    other.write_text("not ours")
    atomic_write_bytes(mine, b"%PDF")
    assert other.exists()  # another name's temporaries are not ours to clean
    assert clean_stale(tmp_path, ".rapport.pdf.*.tmp") == []
