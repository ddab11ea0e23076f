"""An atlas whose place cannot be written opens read-only, says so, and can be read and exported.

Three such places (issue 15.13, issue 16.8): a ``-wal`` that is a folder, an
immutable file (``chattr +i``: ``chmod`` means nothing to root) and a
read-only mount (a bind mount inside ``unshare -m``). The last two need root
and are skipped without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.interop.export import ExportOptions, export
from desktop_app.store import Atlas, AtlasReadOnlyError
from desktop_app.store.connection import location_writable

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed(tmp_path):
    return closed_atlas(tmp_path)


def closed_atlas(tmp_path: Path) -> Path:
    """A filled atlas, closed, alone in its folder (no -wal, no -shm)."""
    path = tmp_path / "atlas" / "wijk.zwerm"
    path.parent.mkdir()
    with Atlas.create(path, name="Wijk") as atlas:
        from tests.interop.conftest import fill

        fill(atlas)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _reads_and_exports(path: Path, out: Path) -> None:
    before = _digest(path)
    with Atlas.open(path) as atlas:
        assert atlas.read_only and atlas.read_only_note is not None
        assert "alleen-lezen" in atlas.read_only_note.nl
        assert atlas.counts()["networks"] > 0
        written = export(atlas, "xlsx", out, ExportOptions(table="networks"))
        assert written and written[0].exists()  # and no failure on the audit entry
        with pytest.raises(AtlasReadOnlyError), atlas.transaction():
            pass
    assert _digest(path) == before


def test_a_wal_that_is_a_folder(closed, tmp_path):
    Path(f"{closed}-wal").mkdir()
    assert not location_writable(closed)
    _reads_and_exports(closed, tmp_path / "uit.xlsx")
    # And a reader on its own connection, as the window's workers use.
    with Atlas.open(closed, read_only=True) as atlas, atlas.reader() as reader:
        assert reader.counts() == atlas.counts()


def test_a_writable_place_opens_for_writing(closed):
    assert location_writable(closed)
    with Atlas.open(closed) as atlas:
        assert not atlas.read_only and atlas.read_only_note is None


@contextlib.contextmanager
def _immutable(path: Path):
    if os.geteuid() != 0 or not shutil.which("chattr"):
        pytest.skip("chattr +i needs root")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_an_immutable_atlas(closed, tmp_path):
    with _immutable(closed):
        assert not location_writable(closed)
        _reads_and_exports(closed, tmp_path / "uit.xlsx")


MOUNTED = textwrap.dedent(
    """
    set -e
    mount --bind "$1" "$2"
    mount -o remount,bind,ro "$2"
    shift 2
    for command in info check; do
        "$PYTHON" -m desktop_app "$command" "$ATLAS"
        echo "rc=$?"
    done
    "$PYTHON" -m desktop_app export "$ATLAS" --format csv --table networks -o "$OUT"
    echo "rc=$?"
    "$PYTHON" -m desktop_app import "$ATLAS" "$OUT" --as networks || echo "rc=$?"
    """
)


def test_a_read_only_mount_from_the_command_line(closed, tmp_path):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("a private read-only mount needs root")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no mount namespaces here")
    mount = tmp_path / "mnt"
    mount.mkdir()
    out = tmp_path / "netwerken.csv"
    before = _digest(closed)
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "ATLAS": str(mount / closed.name),
        "OUT": str(out),
        "PYTHONPATH": str(REPO),
        "ZWERMKAART_LANG": "nl",
    }
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", MOUNTED, "sh", str(closed.parent), str(mount)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "unable to open" not in output, output
    assert result.stdout.count("rc=0") == 3, output
    assert "Geen problemen gevonden" in result.stdout
    assert output.count("alleen-lezen geopend") >= 4
    assert "rc=1" in result.stdout and "wijzigingen kunnen niet worden opgeslagen" in output
    assert out.exists() and _digest(closed) == before
