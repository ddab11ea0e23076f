"""Export: graph files read back by networkx, neutralised formulas, safe names, atomic writes."""

from __future__ import annotations

import csv
import errno
import os

import networkx as nx
import pytest

from desktop_app.interop import safe_files
from desktop_app.interop.errors import ExportError, TargetExistsError
from desktop_app.interop.export import ExportOptions, export
from desktop_app.interop.graph_export import build_graph
from desktop_app.interop.safe_files import atomic_write, inside, safe_filename


def _scale(atlas):
    return build_graph(atlas).graph["position_scale"]


def _expected_graph(atlas):
    nodes = {n.id: n for n in atlas.networks.all()}
    edges = {t.id: t for t in atlas.ties.all()}
    return nodes, edges


def test_graphml_reads_back_with_nodes_edges_attributes_and_positions(filled, tmp_path):
    [path] = export(filled, "graphml", tmp_path / "kaart.graphml")
    graph = nx.read_graphml(path, force_multigraph=True)
    nodes, edges = _expected_graph(filled)
    assert set(graph.nodes) == set(nodes)
    garden = graph.nodes[filled.ids["garden"]]
    assert garden["label"] == "Buurtmoestuin De Hof"
    assert garden["kind"] == "community_garden" and garden["area"] == "Oude Haven"
    assert garden["size_estimate"] == 25 and garden["status"] == "active"
    assert graph.nodes[filled.ids["repair"]]["support"] == "asked"
    # Vitality as the analysis computes it; a network without signals has none.
    from desktop_app.analysis.vitality import vitality_for_atlas

    expected = vitality_for_atlas(filled)[filled.ids["garden"]].score
    assert garden["vitality"] == pytest.approx(expected, abs=0.05)
    assert "vitality" not in graph.nodes[filled.ids["app"]]
    assert graph.nodes[filled.ids["repair"]]["x"] == pytest.approx(1.5 * _scale(filled))
    assert graph.nodes[filled.ids["repair"]]["y"] == pytest.approx(-0.5 * _scale(filled))
    read_edges = {d["id"]: (frozenset((u, v)), d) for u, v, d in graph.edges(data=True)}
    assert set(read_edges) == set(edges)
    for tie_id, tie in edges.items():
        pair, data = read_edges[tie_id]
        assert pair == frozenset((tie.source_id, tie.target_id))
        assert data["kind"] == tie.kind.value and data["strength"] == tie.strength


def test_gexf_reads_back_with_viz_positions(filled, tmp_path):
    [path] = export(filled, "gexf", tmp_path / "kaart.gexf")
    graph = nx.read_gexf(path)
    nodes, edges = _expected_graph(filled)
    assert set(graph.nodes) == set(nodes)
    assert graph.number_of_edges() == len(edges)
    app = graph.nodes[filled.ids["app"]]
    assert app["label"] == "Straatapp Kade" and app["kind"] == "street_app"
    assert app["viz"]["position"]["x"] == pytest.approx(-1.0 * _scale(filled))
    assert app["viz"]["position"]["y"] == pytest.approx(2.0 * _scale(filled))
    kinds = sorted(d["kind"] for _, _, d in graph.edges(data=True))
    assert kinds == sorted(t.kind.value for t in edges.values())


def test_graph_export_respects_the_filter(filled, tmp_path):
    keep = (filled.ids["garden"], filled.ids["repair"])
    [path] = export(filled, "graphml", tmp_path / "f.graphml", ExportOptions(network_ids=keep))
    graph = nx.read_graphml(path, force_multigraph=True)
    assert set(graph.nodes) == set(keep) and graph.number_of_edges() == 1


def test_formula_cells_come_out_neutralised_in_csv_and_xlsx(filled, tmp_path):
    from openpyxl import load_workbook

    [csv_path] = export(filled, "csv", tmp_path / "n.csv", ExportOptions(table="networks"))
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh, delimiter=";") for c in row]
    assert "'=1+1 is geen formule" in cells
    assert not any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells if c)
    [xlsx] = export(filled, "xlsx", tmp_path / "alles.xlsx")
    workbook = load_workbook(xlsx)
    values = [
        cell.value
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    # A text cell, as Excel stores a typed '=1+1: no apostrophe in the value (issue 15.11).
    assert "=1+1 is geen formule" in values and "@iedereen oogstfeest" in values
    assert not any(v.startswith("'") for v in values)
    quoted = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@")
    ]
    assert quoted and all(c.data_type == "s" and c.quotePrefix for c in quoted)
    formulas = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []


def test_persons_are_pseudonymised_unless_names_are_asked(filled, tmp_path):
    [plain] = export(filled, "csv", tmp_path / "p.csv", ExportOptions(table="persons"))
    text = plain.read_text(encoding="utf-8-sig")
    assert "Anna" not in text and "06-12345678" not in text and "Bewoner 1" in text
    [named] = export(
        filled, "xlsx", tmp_path / "p.xlsx", ExportOptions(table="persons", with_names=True)
    )
    from openpyxl import load_workbook

    values = [c for row in load_workbook(named).active.iter_rows(values_only=True) for c in row]
    assert "Anna de Vries" in values


def test_csv_is_semicolon_utf8_with_bom_and_dutch_dates(filled, tmp_path):
    [path] = export(filled, "csv", tmp_path / "n.csv", ExportOptions(table="networks"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "01-04-2019" in data.decode("utf-8-sig")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("id;naam;soort;gebied")


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "..",
        "CON",
        "aux.txt",
        "com1",
        'a<b>c:d"e/f\\g|h?i*j',
        "trailing. . .",
        "\x00\x1fnul",
        "x" * 500,
        "../" * 20 + "escape",
        "—",
        "",
    ],
)
def test_hostile_names_stay_inside_the_folder(tmp_path, name):
    safe = safe_filename(name, ".csv")
    assert safe.endswith(".csv") and len(safe) <= safe_files.MAX_NAME
    assert not any(c in safe for c in '<>:"/\\|?*') and "\x00" not in safe
    stem = safe[: -len(".csv")]
    assert stem and not stem.endswith((" ", ".")) and stem not in (".", "..")
    assert stem.split(".")[0].upper() not in {"CON", "AUX", "NUL", "PRN", "COM1", "LPT1"}
    path = inside(tmp_path, safe)
    assert path.parent == tmp_path.resolve()


def test_atlas_name_with_hostile_characters_gives_a_safe_file_in_the_folder(filled, tmp_path):
    filled.set_setting("atlas.name", '../../Wijk "Noord": CON?')
    out = tmp_path / "out"
    out.mkdir()
    written = export(filled, "csv", out) + export(filled, "json", out)
    assert len(written) == 9
    for path in written:
        assert path.parent == out.resolve() and path.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)


def test_inside_refuses_escapes(tmp_path):
    for name in ("../x.csv", "sub/../../x.csv", "/etc/x.csv", ".."):
        with pytest.raises(ExportError):
            inside(tmp_path, name)


def test_existing_file_is_only_replaced_with_overwrite(filled, tmp_path):
    target = tmp_path / "atlas.json"
    target.write_text("vorige versie")
    with pytest.raises(TargetExistsError):
        export(filled, "json", target)
    assert target.read_text() == "vorige versie"
    export(filled, "json", target, ExportOptions(overwrite=True))
    assert target.read_text().startswith("{")


def test_full_disk_leaves_the_previous_file_and_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_text("vorige versie")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="schijf is vol"):
        atomic_write(target, lambda fh: fh.write(b"nieuw" * 1000), overwrite=True)
    assert target.read_text() == "vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_failing_writer_leaves_no_file(tmp_path):
    target = tmp_path / "new.xlsx"

    def broken(fh):
        fh.write(b"half")
        raise OSError(errno.EIO, "I/O error")

    with pytest.raises(ExportError):
        atomic_write(target, broken)
    assert list(tmp_path.iterdir()) == []


def test_export_is_audited_without_paths(filled, tmp_path):
    export(filled, "gexf", tmp_path / "k.gexf")
    [row] = filled.conn.execute(
        "SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchall()
    assert row == ("export", "gexf", "atlas")


def test_filter_limits_every_table(filled, tmp_path):
    keep = (filled.ids["repair"],)
    [path] = export(
        filled, "csv", tmp_path / "p.csv", ExportOptions(table="persons", network_ids=keep)
    )
    rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and "Repair Café Haven" in rows[1]
    [signals] = export(
        filled, "csv", tmp_path / "s.csv", ExportOptions(table="signals", network_ids=keep)
    )
    assert len(signals.read_text(encoding="utf-8-sig").splitlines()) == 2


def test_residents_names_in_free_text_become_pseudonyms(filled, tmp_path):
    import json

    [signals] = export(filled, "csv", tmp_path / "s.csv", ExportOptions(table="signals"))
    text = signals.read_text(encoding="utf-8-sig")
    assert "Anna" not in text and "Bram" not in text
    assert "Gesprek met Bewoner " in text and "; Bewoner " in text
    # Within one export the note and the person have the same pseudonym.
    [doc] = export(filled, "json", tmp_path / "a.json")
    data = json.loads(doc.read_text(encoding="utf-8"))
    anna = next(p for p in data["persons"] if p["id"] == filled.ids["anna"])["display_name"]
    note = next(s["note"] for s in data["signals"] if s["note"].startswith("Gesprek"))
    assert note.startswith(f"Gesprek met {anna};")
    assert "Anna" not in doc.read_text(encoding="utf-8")
    [named] = export(
        filled, "csv", tmp_path / "n.csv", ExportOptions(table="signals", with_names=True)
    )
    assert "Gesprek met Anna de Vries" in named.read_text(encoding="utf-8-sig")


def test_graphml_carries_yed_geometry_for_the_same_layout(filled, tmp_path):
    from defusedxml.ElementTree import parse

    [path] = export(filled, "graphml", tmp_path / "kaart.graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    root = parse(path).getroot()
    assert root.find("g:key[@id='yfiles_node']", ns).get("yfiles.type") == "nodegraphics"
    node = root.find(f"g:graph/g:node[@id='{filled.ids['repair']}']", ns)
    geometry = node.find("g:data/y:ShapeNode/y:Geometry", ns)
    width, height = float(geometry.get("width")), float(geometry.get("height"))
    # yEd: top-left corner, y down; the map: centre, y up.
    assert float(geometry.get("x")) + width / 2 == pytest.approx(1.5 * _scale(filled))
    assert -(float(geometry.get("y")) + height / 2) == pytest.approx(-0.5 * _scale(filled))
    assert node.find("g:data/y:ShapeNode/y:NodeLabel", ns).text == "Repair Café Haven"
