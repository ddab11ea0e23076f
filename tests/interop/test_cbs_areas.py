"""CBS's own area layout builds the whole gemeente › wijk › buurt tree in one import (15.3)."""

from __future__ import annotations

import pytest

from desktop_app.domain import AreaLevel
from desktop_app.interop.errors import ImportRejectedError
from desktop_app.interop.importer import import_file

CBS = (
    "buurtcode;buurtnaam;wijkcode;wijknaam;gemeentecode;gemeentenaam\r\n"
    "BU09990101;Oude Haven;WK099901;Centrum;GM0999;Zwermstad\r\n"
    "BU09990102;Nieuwe Haven;WK099901;Centrum;GM0999;Zwermstad\r\n"
    "BU09990201;Molenwijk;WK099902;Noord;GM0999;Zwermstad\r\n"
    "BU09990202;Bloemenbuurt;WK099902;Noord;GM0999;Zwermstad\r\n"
    "BU08880101;Dorp;WK088801;Dorpskern;GM0888;Buurgemeente\r\n"
)


def _tree(atlas) -> dict[str, tuple[str, AreaLevel, str | None]]:
    areas = atlas.areas.all()
    code = {a.id: a.cbs_code for a in areas}
    return {a.cbs_code: (a.name, a.level, code.get(a.parent_id)) for a in areas}


def test_one_import_builds_the_tree(atlas, tmp_path):
    path = tmp_path / "cbs.csv"
    path.write_bytes(CBS.encode("cp1252"))
    _, result = import_file(atlas, path, "areas")
    assert result.report.added == 10
    assert _tree(atlas) == {
        "GM0999": ("Zwermstad", AreaLevel.MUNICIPALITY, None),
        "WK099901": ("Centrum", AreaLevel.DISTRICT, "GM0999"),
        "BU09990101": ("Oude Haven", AreaLevel.NEIGHBOURHOOD, "WK099901"),
        "BU09990102": ("Nieuwe Haven", AreaLevel.NEIGHBOURHOOD, "WK099901"),
        "WK099902": ("Noord", AreaLevel.DISTRICT, "GM0999"),
        "BU09990201": ("Molenwijk", AreaLevel.NEIGHBOURHOOD, "WK099902"),
        "BU09990202": ("Bloemenbuurt", AreaLevel.NEIGHBOURHOOD, "WK099902"),
        "GM0888": ("Buurgemeente", AreaLevel.MUNICIPALITY, None),
        "WK088801": ("Dorpskern", AreaLevel.DISTRICT, "GM0888"),
        "BU08880101": ("Dorp", AreaLevel.NEIGHBOURHOOD, "WK088801"),
    }
    assert any("CBS-indeling" in p.text.nl for p in result.report.problems)
    # Again, with "update": the same tree, nothing added, no error for repeated codes.
    _, again = import_file(atlas, path, "areas", policy="update")
    assert again.report.added == 0 and again.report.updated == 10
    _, skipped = import_file(atlas, path, "areas")
    assert skipped.report.skipped == 10
    assert len(atlas.areas.all()) == 10


def test_areas_already_in_the_atlas_are_the_parents(filled, tmp_path):
    path = tmp_path / "cbs.csv"
    path.write_text(CBS, encoding="utf-8")
    _, result = import_file(filled, path, "areas")
    # GM0999, WK099901 and BU09990101 were there already (conftest.fill).
    assert result.report.added == 7 and result.report.skipped == 3
    tree = _tree(filled)
    assert tree["BU09990102"][2] == "WK099901" and tree["WK099902"][2] == "GM0999"


def test_one_code_with_two_names_is_refused_with_both_rows(atlas, tmp_path):
    path = tmp_path / "cbs.csv"
    path.write_text(
        "buurtcode;buurtnaam;wijkcode;wijknaam;gemeentecode;gemeentenaam\n"
        "BU09990101;Oude Haven;WK099901;Centrum;GM0999;Zwermstad\n"
        "BU09990102;Nieuwe Haven;WK099901;Binnenstad;GM0999;Zwermstad\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError, match="ook in rij 2"):
        import_file(atlas, path, "areas")
    assert atlas.areas.all() == []


def test_names_without_codes_nest_too(atlas, tmp_path):
    path = tmp_path / "wijken.csv"
    path.write_text(
        "Gemeente;Wijk;Buurt\nZwermstad;Centrum;Oude Haven\nZwermstad;Centrum;Kade\n"
        "Zwermstad;Noord;Kade\n",
        encoding="utf-8",
    )
    _, result = import_file(atlas, path, "areas")
    assert result.report.added == 6
    areas = atlas.areas.all()
    name = {a.id: a.name for a in areas}
    pairs = sorted((a.name, name.get(a.parent_id)) for a in areas)
    assert pairs == [
        ("Centrum", "Zwermstad"),
        ("Kade", "Centrum"),
        ("Kade", "Noord"),
        ("Noord", "Zwermstad"),
        ("Oude Haven", "Centrum"),
        ("Zwermstad", None),
    ]
