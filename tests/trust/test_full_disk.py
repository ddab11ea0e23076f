"""A full disk under a report or an export: a clear message, exit 1, the old files kept, no debris.

Runs on a real, small tmpfs (root and ``unshare`` needed, see full_disk.py).
"""

from __future__ import annotations

import pytest

from . import full_disk
from .helpers import add_network, add_person

pytestmark = pytest.mark.skipif(not full_disk.available(), reason="needs root and unshare -m")


@pytest.fixture
def filled_atlas(atlas, atlas_path):
    for i in range(30):
        network = add_network(atlas, f"Netwerk {i}")
        add_person(atlas, f"Bewoner {i}", network)
    atlas.close()
    return atlas_path


def test_a_pdf_report_onto_a_full_disk_keeps_the_old_report(filled_atlas, tmp_path):
    mount = tmp_path / "vol"
    report = full_disk.cli("report", str(filled_atlas), "-o", str(mount / "rapport.pdf"))
    results = full_disk.run(
        mount,
        "4m",
        [report, ["sha", "rapport.pdf"], ["fill", 8192], report, ["sha", "rapport.pdf"], ["ls"]],
        {},
    )
    first, before, free, second, after, listing = results
    assert first["code"] == 0, first
    assert free["free"] < 64 * 1024
    assert second["code"] == 1, second  # before: 0, "12 pages", a cut-off file
    assert "schijf is vol" in second["err"], second["err"]
    assert "pagina" not in second["out"]
    assert after == before
    assert sorted(listing["ls"]) == ["filler", "rapport.pdf"]


def test_a_csv_export_onto_a_full_disk_writes_all_or_nothing(filled_atlas, tmp_path):
    mount = tmp_path / "vol"

    def export(name):
        folder = str(mount / name)
        return full_disk.cli("export", str(filled_atlas), "--format", "csv", "-o", folder)

    results = full_disk.run(
        mount,
        "4m",
        [
            ["mkdir", str(mount / "a")],
            export("a"),
            ["ls"],
            ["mkdir", str(mount / "b")],
            ["fill", 4096],  # room for a few of the files, not all
            export("b"),
            ["ls"],
        ],
        {},
    )
    _, first, listing, _, _, second, after = results
    assert first["code"] == 0, first
    assert len(listing["ls"]) > 4  # the folder and its files
    assert second["code"] == 1, second
    assert "schijf is vol" in second["err"], second["err"]
    # Before: 4 of the 8 files were written.
    assert after["ls"] == {**listing["ls"], "b": "dir", "filler": ""}
