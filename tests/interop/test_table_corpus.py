"""Tabular files written by other tools (see corpus/tables/README.md) import whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.interop.importer import import_file
from desktop_app.store import Atlas

CORPUS = Path(__file__).parent / "corpus" / "tables"

#: file -> (target, rows added, {network name: (founded, size)} for a few rows)
EXPECTED = {
    "libreoffice-netwerken.xlsx": (
        "networks",
        6,
        {
            "Moestuin Café Noord": (date(2021, 11, 27), 1250),
            "Zangkoor Één Stem": (date(2020, 2, 1), 40),
        },
    ),
    "libreoffice-netwerken.ods": (
        "networks",
        6,
        {
            "Moestuin Café Noord": (date(2021, 11, 27), 1250),
            "Jongerenhonk 't Hoekje": (date(2023, 5, 5), 25),
        },
    ),
    "excel-netwerken-cp1252.csv": (
        "networks",
        4,
        {
            "Bewonerscomité Zuidkade": (date(2026, 11, 27), 1250),
            "Sportclub Eendracht": (date(2026, 11, 27), 12),
            "Seniorensoos De Linde": (date(1995, 2, 1), 1),
            "Gebedsgroep Hoop": (date(2019, 9, 15), 40),
        },
    ),
}


@pytest.fixture
def with_areas(tmp_path):
    atlas = Atlas.create(tmp_path / "corpus.zwerm", name="Corpus")
    _, result = import_file(atlas, CORPUS / "cbs-wijken-en-buurten.csv", "areas")
    assert result.report.added == 10  # 2 gemeenten, 3 wijken, 5 buurten
    yield atlas
    atlas.close()


def test_every_corpus_file_is_listed():
    files = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    assert files == {*EXPECTED, "cbs-wijken-en-buurten.csv"}
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_corpus_file_imports_whole(with_areas, name):
    target, added, some = EXPECTED[name]
    _, result = import_file(with_areas, CORPUS / name, target)
    assert result.report.added == added and result.report.skipped == 0
    networks = {n.name: n for n in with_areas.networks.all()}
    assert len(networks) == added
    for network_name, (founded, size) in some.items():
        network = networks[network_name]
        assert (network.founded, network.size_estimate) == (founded, size)
        assert network.area_id is not None  # the buurt or wijk of the CBS file
