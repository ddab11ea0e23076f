"""A damaged or lost ``-wal`` after a crash is noticed and reported, not passed over."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store import Atlas
from desktop_app.store.atlas import WAL_DAMAGED, WAL_LOST
from desktop_app.store.lock import lock_path_for
from desktop_app.store.wal_check import FRAME_HEADER, WAL_HEADER, wal_damaged

from .helpers import add_network

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the crash notes are POSIX")


@pytest.fixture
def crashed(atlas, tmp_path):
    """What a crash after ten commits leaves: the atlas, its WAL, a stale lock file."""
    atlas.checkpoint()  # the new atlas itself in the main file, the ten commits in the WAL
    for i in range(10):
        add_network(atlas, f"Netwerk {i}")
    copy = tmp_path / "na-crash.zwerm"
    shutil.copyfile(atlas.path, copy)
    shutil.copyfile(f"{atlas.path}-wal", f"{copy}-wal")
    lock_path_for(copy).write_text(f"4242 {socket.gethostname()} wrote\n")
    atlas.close()
    return copy


def _networks(path: Path) -> int:
    with Atlas.open(path, auto_backup=False) as atlas:
        return atlas.networks.count()


def test_an_intact_wal_after_a_crash_is_replayed_without_a_warning(crashed):
    with Atlas.open(crashed, auto_backup=False) as atlas:
        assert atlas.warnings == []
        assert atlas.networks.count() == 10


def test_a_lost_wal_is_reported(crashed):
    Path(f"{crashed}-wal").unlink()
    with Atlas.open(crashed, auto_backup=False) as atlas:
        assert atlas.warnings == [WAL_LOST]
        assert "wijzigingen van die keer kunnen verloren zijn" in str(atlas.warnings[0])


def test_a_damaged_wal_is_reported(crashed):
    wal = Path(f"{crashed}-wal")
    data = bytearray(wal.read_bytes())
    data[WAL_HEADER + FRAME_HEADER + 100] ^= 0xFF  # inside the first frame's page
    wal.write_bytes(bytes(data))
    assert wal_damaged(wal)
    with Atlas.open(crashed, auto_backup=False) as atlas:
        assert atlas.warnings == [WAL_DAMAGED]
        assert atlas.networks.count() < 10  # what SQLite dropped without a word


def test_a_clean_close_leaves_nothing_to_report(atlas, atlas_path):
    add_network(atlas)
    atlas.close()
    with Atlas.open(atlas_path, auto_backup=False) as again:
        assert again.warnings == []


def test_a_killed_writer_then_a_lost_wal_is_reported_by_the_command_line(atlas, atlas_path):
    atlas.close()
    child = textwrap.dedent(
        """
        import os, signal, sys
        from desktop_app.domain import Network
        from desktop_app.store import Atlas
        atlas = Atlas.open(sys.argv[1], auto_backup=False)
        atlas.networks.add(Network(name="Na de laatste controle"))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    with Atlas.open(atlas_path, auto_backup=False) as again:
        again.checkpoint()
    subprocess.run([sys.executable, "-c", child, str(atlas_path)], check=False, timeout=120)
    Path(f"{atlas_path}-wal").unlink()
    code = "import sys; from desktop_app.cli.main import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "info", str(atlas_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "het bestand -wal" in done.stderr, done.stderr
