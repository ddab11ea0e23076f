"""One writer per atlas: a second instance gets a clear 'locked' message."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from desktop_app.store import Atlas, AtlasLockedError
from desktop_app.store.lock import acquire, is_locked_elsewhere, lock_path_for

OPEN_IN_CHILD = textwrap.dedent(
    """
    import sys
    from desktop_app.store import Atlas, AtlasError
    try:
        Atlas.open(sys.argv[1], read_only=sys.argv[2] == "ro").close()
    except AtlasError as exc:
        print(type(exc).__name__, exc)
        sys.exit(1)
    print("opened")
    """
)


def _open_in_child(path, mode="rw"):
    return subprocess.run(
        [sys.executable, "-c", OPEN_IN_CHILD, str(path), mode],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_second_process_gets_locked_message(atlas, atlas_path):
    result = _open_in_child(atlas_path)
    assert result.returncode == 1
    assert result.stdout.startswith("AtlasLockedError")
    assert "al geopend in een ander Zwermkaart-venster" in result.stdout


def test_second_process_may_open_read_only(atlas, atlas_path):
    result = _open_in_child(atlas_path, "ro")
    assert result.stdout.strip() == "opened", result.stdout + result.stderr


def test_lock_is_released_on_close(atlas, atlas_path):
    atlas.close()
    assert not lock_path_for(atlas_path).exists()
    assert _open_in_child(atlas_path).stdout.strip() == "opened"


def test_same_process_shares_the_lock(atlas, atlas_path):
    # A second open in this process (the CLI on an atlas a test holds) is SQLite's business.
    with Atlas.open(atlas_path) as again:
        assert again.name == "Testatlas"
    assert not is_locked_elsewhere(atlas_path)  # same process: not "elsewhere"


def test_lock_held_by_child_blocks_us(tmp_path):
    path = tmp_path / "a.zwerm"
    Atlas.create(path, name="A").close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from desktop_app.store.lock import acquire; acquire(sys.argv[1]);"
            " print('held', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(AtlasLockedError):
            Atlas.open(path)
        with pytest.raises(AtlasLockedError):
            acquire(path)
        assert is_locked_elsewhere(path)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()
    # The lock died with the child.
    Atlas.open(path).close()


@pytest.mark.skipif(sys.platform == "win32", reason="the inode lock is POSIX")
def test_a_hardlinked_name_is_locked_too(atlas, atlas_path):
    """Two names, one file: the lock follows the file's identity, not its name."""
    atlas.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the other name has no WAL
    other = atlas_path.with_name("dezelfde.zwerm")
    other.hardlink_to(atlas_path)
    result = _open_in_child(other)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("AtlasLockedError")
    atlas.close()
    assert _open_in_child(other).stdout.strip() == "opened"


@pytest.mark.skipif(sys.platform == "win32", reason="the inode lock is POSIX")
def test_a_hardlinked_name_in_this_process_shares_the_lock(atlas, atlas_path):
    atlas.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the other name has no WAL
    other = atlas_path.with_name("dezelfde.zwerm")
    other.hardlink_to(atlas_path)
    with Atlas.open(other, auto_backup=False) as again:
        assert again.name == "Testatlas"
