"""A forgotten resident stays forgotten: no byte the app can reach holds them.

The resident is mentioned by surname, initial with surname, e-mail address
and phone number in five places (a network description, another person's
note, a signal note, an obstacle, a support case). After ``erase-person``
every file the app can reach is read: the atlas, its WAL and search index,
the backups (in the current and a previously chosen backup folder), a damaged
copy, exports and reports, the log, the settings and the record of erasures.
Then again after a restore of a copy made before the erasure, and after a
recovery of a damaged atlas.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store import Atlas, backups, search
from desktop_app.store.backup_policy import BackupPolicy, save_policy

from .test_erasure_reach import EMAIL, mentions

NETWORK_REPORT = ("--kind", "network", "--network", "Repaircafé Oost")
NEEDLES = ("kwikstaartje", "wilma.k@", "55512345", "5551 2345", "555 123 45")


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def _texts(path: Path) -> list[str]:
    data = path.read_bytes()
    texts = [data.decode("latin-1").casefold()]
    if path.suffix == ".pdf" and shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
        )
        texts.append(out.stdout.decode("utf-8", "replace").casefold())
    return texts


def _found(roots: list[Path], skip: tuple[Path, ...] = ()) -> list[tuple[str, str]]:
    found = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder, name)
                if path in skip:
                    continue
                for text in _texts(path):
                    found += [(str(path), n) for n in NEEDLES if n in text]
    return sorted(set(found))


@pytest.fixture
def world(tmp_path):
    from desktop_app import logging_setup

    logging_setup.install(level=logging.DEBUG)  # the log the window and the CLI write
    yield from _world(tmp_path)
    logging_setup.uninstall()


def _world(tmp_path):
    data = Path(os.environ["ZWERMKAART_DATA_DIR"])
    config = Path(os.environ["XDG_CONFIG_HOME"])
    home = tmp_path / "wijk"
    home.mkdir()
    out = tmp_path / "uit"
    out.mkdir()
    yield data, config, home, out


def test_no_byte_the_app_can_reach_holds_an_erased_resident(qapp, world, tmp_path):
    # qapp: the report command renders with Qt; later tests need a QApplication.
    data, config, home, out = world
    path = home / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        person, _other, _note = mentions(atlas)
    with Atlas.open(path) as atlas:  # the day's backup, in the default folder
        assert backups.list_backups(atlas.id)
        save_policy(BackupPolicy(folder=str(tmp_path / "oude-map")))
        backups.make_backup(atlas, "manual")
        save_policy(BackupPolicy(folder=str(tmp_path / "nieuwe-map")))
        before = backups.make_backup(atlas, "manual")
        atlas_id = atlas.id
    outside = tmp_path / "eigen-kopie.zwerm"  # the user's own copy: the app cannot reach it
    shutil.copyfile(before.path, outside)
    shutil.copyfile(before.path, home / "wijk.damaged-20261101-120000.zwerm")

    # Output without names never carries the resident, even before the erasure.
    (out / "csv").mkdir()
    assert cli("export", path, "--format", "csv", "-o", out / "csv") == 0
    assert cli("export", path, "--format", "json", "-o", out / "a.json") == 0
    assert cli("export", path, "--format", "graphml", "-o", out / "a.graphml") == 0
    assert cli("report", path, *NETWORK_REPORT, "-o", out / "netwerk.pdf") == 0
    assert _found([out]) == []

    assert cli("erase-person", path, "--person", person.id, "--yes") == 0
    # After the erasure, even output with names has nothing left to carry.
    assert cli("export", path, "--format", "json", "--with-names", "-o", out / "b.json") == 0
    assert cli("report", path, *NETWORK_REPORT, "--with-names", "-o", out / "namen.pdf") == 0
    roots = [home, data, config, out, tmp_path / "oude-map", tmp_path / "nieuwe-map"]
    assert _found(roots) == []
    assert (data / "logs" / "zwermkaart.log").stat().st_size > 0 and (
        data / "erasures" / f"{atlas_id}.json"
    ).is_file()

    # A restore of a copy made before the erasure erases again.
    assert cli("restore", path, "--backup", outside) == 0
    assert _found(roots, skip=(outside,)) == []
    with Atlas.open(path) as atlas:
        assert atlas.persons.find(person.id) is None
        assert search.search(atlas, "Kwikstaartje") == []
        assert search.search(atlas, EMAIL) == []

    # So does the recovery of a damaged atlas, whose own audit log is lost.
    with path.open("r+b") as fh:  # the header stays: the pages behind it are damaged
        fh.seek(4096)
        fh.write(b"\xa5" * (path.stat().st_size - 4096))
    assert cli("restore", path, "--backup", outside) == 0
    assert _found(roots, skip=(outside,)) == []
    with Atlas.open(path) as atlas:
        assert atlas.persons.find(person.id) is None
