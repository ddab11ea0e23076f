"""``zwermkaart import`` and ``zwermkaart export`` on the command line."""

from __future__ import annotations

import json

from desktop_app.cli.main import main
from desktop_app.store import Atlas

from .conftest import sha256


def test_import_then_export_round_trip(closed_atlas, tmp_path, capsys):
    source = tmp_path / "n.csv"
    source.write_bytes("Naam;Soort;Opgericht\nLeesclub;overig;27-11-2026\n".encode("cp1252"))
    assert main(["import", str(closed_atlas), str(source), "--as", "networks"]) == 0
    out = capsys.readouterr().out
    assert "1 toegevoegd" in out and "Naam -> naam" in out
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", str(closed_atlas), "--format", "xlsx", "-o", str(folder)]) == 0
    assert (folder / "Gesloten.xlsx").exists()
    assert main(["export", str(closed_atlas), "--format", "xlsx", "-o", str(folder)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert (
        main(["export", str(closed_atlas), "--format", "xlsx", "-o", str(folder), "--overwrite"])
        == 0
    )


def test_bad_input_exits_1_with_the_row_problems_and_changes_nothing(
    closed_atlas, tmp_path, capsys
):
    source = tmp_path / "n.csv"
    source.write_text("naam;opgericht\nLeesclub;31-02-2026\n;2020-01-01\n", encoding="utf-8")
    before = sha256(closed_atlas)
    assert main(["import", str(closed_atlas), str(source), "--as", "networks"]) == 1
    err = capsys.readouterr().err
    assert "Rij 2" in err and "bestaat niet als datum" in err and "Rij 3" in err
    assert sha256(closed_atlas) == before
    assert main(["import", str(closed_atlas), str(tmp_path / "weg.csv"), "--as", "networks"]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert sha256(closed_atlas) == before


def test_dry_run_saves_nothing(closed_atlas, tmp_path, capsys):
    source = tmp_path / "n.csv"
    source.write_text("naam\nLeesclub\n", encoding="utf-8")
    before = sha256(closed_atlas)
    assert main(["import", str(closed_atlas), str(source), "--as", "networks", "--dry-run"]) == 0
    assert "niets opgeslagen" in capsys.readouterr().out
    assert sha256(closed_atlas) == before


def test_mapping_file_and_duplicates_policy(closed_atlas, tmp_path, capsys):
    source = tmp_path / "n.csv"
    source.write_text("Titel;Grootte\nBuurtmoestuin De Hof;40\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Titel": "name", "Grootte": "size_estimate"}))
    args = ["import", str(closed_atlas), str(source), "--as", "networks", "--mapping", str(mapping)]
    # Without an area the name is not a duplicate of the one in Oude Haven.
    assert main([*args, "--duplicates", "update"]) == 0
    with Atlas.open(closed_atlas) as atlas:
        sizes = sorted(n.size_estimate or 0 for n in atlas.networks.by_name("Buurtmoestuin De Hof"))
    assert sizes == [25, 40]
    mapping.write_text("[1, 2]")
    assert main(args) == 1
    assert "JSON-object" in capsys.readouterr().err


def test_export_json_pseudonymised_and_import_into_new_atlas(closed_atlas, tmp_path, capsys):
    target = tmp_path / "atlas.json"
    assert main(["export", str(closed_atlas), "--format", "json", "-o", str(target)]) == 0
    assert "Anna" not in target.read_text(encoding="utf-8")
    fresh = tmp_path / "nieuw.zwerm"
    assert main(["new", str(fresh)]) == 0
    assert main(["import", str(fresh), str(target), "--as", "atlas"]) == 0
    with Atlas.open(fresh) as atlas:
        assert atlas.counts()["networks"] == 3
    assert main(["import", str(fresh), str(target), "--as", "atlas"]) == 1
    assert "lege atlas" in capsys.readouterr().err


def test_export_with_unknown_network_filter_exits_1(closed_atlas, tmp_path, capsys):
    code = main(
        [
            "export",
            str(closed_atlas),
            "--format",
            "gexf",
            "-o",
            str(tmp_path / "k.gexf"),
            "--network",
            "bestaat-niet",
        ]
    )
    assert code == 1 and "Onbekend netwerk" in capsys.readouterr().err


def test_graphml_export_and_import_on_the_command_line(closed_atlas, tmp_path, capsys):
    target = tmp_path / "kaart.graphml"
    assert main(["export", str(closed_atlas), "--format", "graphml", "-o", str(target)]) == 0
    fresh = tmp_path / "nieuw.zwerm"
    assert main(["new", str(fresh)]) == 0
    assert main(["import", str(fresh), str(target), "--as", "graph"]) == 0
    assert "3 netwerken en 2 verbindingen" in capsys.readouterr().out
    target.write_text(target.read_text().replace('id="e', 'id="x', 1))
    dup = target.read_text().replace("<node ", '<node id="dup"/><node ', 1)
    target.write_text(dup.replace("<node ", '<node id="dup"/><node ', 1))
    before = sha256(fresh)
    assert main(["import", str(fresh), str(target), "--as", "graph"]) == 1
    assert "komt meer dan eens voor" in capsys.readouterr().err
    assert sha256(fresh) == before
