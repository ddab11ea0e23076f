"""A failed write (a full disk) leaves the previous file intact and no half file behind."""

from __future__ import annotations

import errno
import os

import pytest

from desktop_app.store import Atlas, atomic
from desktop_app.store.atomic import WriteFailedError, atomic_target, atomic_write


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_writes_whole_file(tmp_path):
    dest = tmp_path / "export.csv"
    atomic_write(dest, lambda fh: fh.write(b"a;b\n"))
    assert dest.read_bytes() == b"a;b\n"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_full_disk_during_write_keeps_previous_file(tmp_path):
    dest = tmp_path / "report.pdf"
    dest.write_bytes(b"old report")

    def half_then_full(fh):
        fh.write(b"new rep")
        _enospc()

    with pytest.raises(WriteFailedError) as info:
        atomic_write(dest, half_then_full)
    assert info.value.disk_full
    assert "schijf is vol" in str(info.value)
    assert dest.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_full_disk_at_fsync_keeps_previous_file(tmp_path, monkeypatch):
    dest = tmp_path / "export.json"
    dest.write_text("{}")
    with monkeypatch.context() as m, pytest.raises(WriteFailedError):
        m.setattr(os, "fsync", _enospc)
        atomic_write(dest, lambda fh: fh.write(b'{"new": 1}'))
    assert dest.read_text() == "{}"
    assert os.listdir(tmp_path) == ["export.json"]


def test_full_disk_in_os_write_keeps_previous_file(tmp_path, monkeypatch):
    """A writer that goes through os.write (as some libraries do) fails the same way."""
    dest = tmp_path / "graph.gexf"
    dest.write_text("<old/>")
    with monkeypatch.context() as m, pytest.raises(WriteFailedError), atomic_target(dest) as tmp:
        m.setattr(os, "write", _enospc)
        fd = os.open(tmp, os.O_WRONLY)
        try:
            os.write(fd, b"<new/>")
        finally:
            os.close(fd)
    assert dest.read_text() == "<old/>"
    assert os.listdir(tmp_path) == ["graph.gexf"]


def test_other_errors_pass_through_and_clean_up(tmp_path):
    dest = tmp_path / "x.txt"
    with pytest.raises(RuntimeError), atomic_target(dest) as tmp:
        tmp.write_text("half")
        raise RuntimeError("the writer failed")
    assert os.listdir(tmp_path) == []


def test_private_files_are_owner_only(tmp_path):
    dest = atomic.atomic_write_text(tmp_path / "person.json", "{}", private=True)
    assert dest.stat().st_mode & 0o077 == 0
    public = atomic.atomic_write_text(tmp_path / "summary.pdf", "x")
    assert public.stat().st_mode & 0o044 == 0o044


def test_full_disk_during_backup_keeps_previous_backup(atlas, tmp_path, monkeypatch):
    dest = tmp_path / "copy.zwerm"
    atlas.backup_to(dest)
    before = dest.read_bytes()
    atlas.set_setting("atlas.name", "Later")
    with monkeypatch.context() as m, pytest.raises(WriteFailedError):
        m.setattr(os, "fsync", _enospc)
        atlas.backup_to(dest)
    assert dest.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")) == []
    with Atlas.open(dest, read_only=True) as copy:
        assert copy.name == "Testatlas"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_follows_the_umask_and_an_overwrite_keeps_the_mode(tmp_path):
    old = os.umask(0o027)
    try:
        fresh = atomic.atomic_write_text(tmp_path / "new.csv", "a")
        assert fresh.stat().st_mode & 0o777 == 0o640
        kept = tmp_path / "shared.csv"
        kept.write_text("old")
        kept.chmod(0o664)
        atomic.atomic_write_text(kept, "new")
        assert kept.stat().st_mode & 0o777 == 0o664
        assert atomic.atomic_write_text(kept, "x", mode=0o600).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
