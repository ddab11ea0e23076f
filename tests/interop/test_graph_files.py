"""Graph files from other tools come in whole; ours validate and round-trip (issue 15)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from desktop_app.domain import Network, NetworkStatus, Position, SubjectType, Tie
from desktop_app.interop.errors import ImportRejectedError
from desktop_app.interop.export import ExportOptions, export
from desktop_app.interop.graph_import import import_graph, plan_graph
from desktop_app.interop.graph_positions import NEIGHBOUR_PX, neighbour_distance
from desktop_app.store import Atlas

from .conftest import sha256

CORPUS = Path(__file__).parent / "corpus" / "graph"
SCHEMAS = Path(__file__).parent / "schemas"

#: file -> (networks, ties, notes, positions, counts of what was merged, skipped, kept)
EXPECTED = {
    "gephi-data-self-loop.gexf": (1, 0, 1, 0, {"attributes_as_notes": 3, "self_loops": 1}),
    "gephi-dynamic-timestamps.gexf": (2, 1, 0, 0, {}),
    "gephi-infinity-attributes.gexf": (1, 0, 1, 0, {"attributes_as_notes": 2}),
    "gephi-les-miserables.gexf": (77, 254, 77, 77, {"attributes_as_notes": 77}),
    "gephi-two-cliques.graphml": (10, 20, 10, 0, {"attributes_as_notes": 10}),
    "graphology-attributes.graphml": (6, 7, 6, 0, {"attributes_as_notes": 6}),
    "graphology-case.gexf": (10, 17, 27, 0, {"attributes_as_notes": 47, "merged": 3}),
    "graphology-edge_viz.gexf": (2, 1, 2, 2, {"attributes_as_notes": 4}),
    "graphology-minimal.gexf": (2, 1, 0, 0, {}),
    "graphology-miserables.graphml": (77, 254, 77, 77, {"attributes_as_notes": 308}),
    "graphology-mixed.gexf": (3, 3, 1, 0, {"attributes_as_notes": 1}),
    "graphology-multigraph.graphml": (6, 7, 6, 0, {"attributes_as_notes": 6, "merged": 2}),
    "graphology-v1_3.gexf": (2, 1, 2, 0, {"attributes_as_notes": 9}),
    "igraph-zachary.graphml": (34, 78, 0, 34, {}),
    "networkx-florentine-1.2draft.gexf": (15, 20, 15, 15, {"attributes_as_notes": 15}),
    "networkx-karate-1.1draft.gexf": (34, 78, 34, 0, {"attributes_as_notes": 34}),
    "networkx-multigraph.graphml": (
        3,
        2,
        0,
        0,
        {"repeated_edge_ids": 2, "merged": 2, "self_loops": 1},
    ),
    "yed-3.17-groups.graphml": (9, 4, 9, 9, {"attributes_as_notes": 9}),
    "yed-live-own.graphml": (3, 2, 0, 3, {}),
    "yed-yfiles-java-shapes.graphml": (3, 1, 0, 3, {}),
}


def test_every_corpus_file_is_listed_with_its_origin():
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".gexf", ".graphml")}
    assert files == set(EXPECTED)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in readme for name in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_with_its_counts(name, atlas):
    networks, ties, notes, positions, counts = EXPECTED[name]
    result = import_graph(atlas, CORPUS / name)
    assert result is not None
    got = atlas.counts()
    assert (got["networks"], got["ties"], got["notes"], got["positions"]) == (
        networks,
        ties,
        notes,
        positions,
    )
    plan = plan_graph(atlas, CORPUS / name, policy="add")
    assert dict(+plan.counts) == counts
    assert all(p.usable for p in atlas.positions.all().values())


def test_gephi_gexf_brings_labels_viz_positions_and_weights(atlas):
    import_graph(atlas, CORPUS / "gephi-les-miserables.gexf")
    names = {n.name: n for n in atlas.networks.all()}
    assert {"Myriel", "Valjean", "Javert"} <= set(names)
    positions = atlas.positions.all()

    # Gephi's layout keeps its shape: Valjean is further from Myriel than Napoleon is.
    def at(name):
        p = positions[names[name].id]
        return np.array([p.x, p.y])

    gephi = {"Myriel": (-102.81979, -185.35468), "Napoleon": (-254.07549, -332.5496)}
    file_vec = np.subtract(gephi["Napoleon"], gephi["Myriel"])
    map_vec = at("Napoleon") - at("Myriel")
    # Same direction (a uniform scale): the 2-D cross product is zero.
    cross = file_vec[0] * map_vec[1] - file_vec[1] * map_vec[0]
    assert cross == pytest.approx(0, abs=1e-6 * np.linalg.norm(map_vec) * np.linalg.norm(file_vec))
    assert np.dot(file_vec, map_vec) > 0
    # Weight 17 (Valjean-Javert) is a strong tie; Gephi leaves weight 1 out: a normal one.
    strengths = {frozenset((t.source_id, t.target_id)): t.strength for t in atlas.ties.all()}
    assert strengths[frozenset((names["Valjean"].id, names["Javert"].id))] == 3
    assert set(strengths.values()) == {2, 3}
    [note] = [n for n in atlas.notes.all() if n.subject_id == names["Myriel"].id]
    assert "Modularity Class: 0" in note.text


def test_gexf_spells_become_founding_and_tie_dates(atlas, tmp_path):
    path = tmp_path / "dynamic.gexf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" '
        'timeformat="date"><nodes>'
        '<node id="a" label="Koor" start="2015-03-01"/>'
        '<node id="b" label="Soos"><spells><spell start="2010-01-01" end="2012-06-30"/>'
        '<spell start="2014-01-01" end="2020-12-31"/></spells></node>'
        "</nodes><edges>"
        '<edge id="e" source="a" target="b" start="2016-01-01" end="2019-05-01"/>'
        "</edges></graph></gexf>",
        encoding="utf-8",
    )
    import_graph(atlas, path)
    nets = {n.name: n for n in atlas.networks.all()}
    assert nets["Koor"].founded == date(2015, 3, 1)
    assert nets["Koor"].status is NetworkStatus.ACTIVE
    assert nets["Soos"].founded == date(2010, 1, 1)
    assert nets["Soos"].status is NetworkStatus.ENDED
    assert nets["Soos"].status_since == date(2020, 12, 31)
    [tie] = atlas.ties.all()
    assert (tie.since, tie.until) == (date(2016, 1, 1), date(2019, 5, 1))


def test_yed_live_labels_and_positions_come_in(atlas):
    import_graph(atlas, CORPUS / "yed-live-own.graphml")
    nets = {n.name: n for n in atlas.networks.all()}
    assert set(nets) == {"Buurtkoor De Linde", "Repair Café Oost", "Moestuin Achterom"}
    assert nets["Buurtkoor De Linde"].description == "Zingt elke dinsdag"
    positions = atlas.positions.all()
    koor = positions[nets["Buurtkoor De Linde"].id]
    repair = positions[nets["Repair Café Oost"].id]
    # Centres (0, 0) and (120, 60) in yFiles (y down): the repair café lies right and below.
    assert repair.x > koor.x and repair.y < koor.y
    assert (repair.y - koor.y) / (repair.x - koor.x) == pytest.approx(-0.5)


def test_self_loop_and_repeated_edge_ids_do_not_reject_and_are_counted(atlas):
    plan = plan_graph(atlas, CORPUS / "networkx-multigraph.graphml")
    text = str(plan.summary())
    assert "1 lus(sen)" in text and "Samengevoegd: 2" in text and "2 lijn(en) met een id" in text
    import_graph(atlas, CORPUS / "networkx-multigraph.graphml")
    nets = {n.name: n for n in atlas.networks.all()}
    ties = atlas.ties.all()
    assert len(ties) == 2
    # The strongest of the three parallel and reciprocal edges.
    [koor_repair] = [t for t in ties if nets["Repair Café"].id in (t.source_id, t.target_id)]
    assert koor_repair.strength == 3
    assert nets["Buurtkoor"].themes == ("muziek",)


def _graphml(nodes: str, edges: str = "", keys: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<key id="l" for="node" attr.name="label" attr.type="string"/>\n'
        '<key id="x" for="node" attr.name="x" attr.type="double"/>\n'
        '<key id="y" for="node" attr.name="y" attr.type="double"/>\n'
        '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n'
        f'{keys}<graph edgedefault="undirected">{nodes}{edges}</graph></graphml>\n'
    )


def test_duplicate_names_in_the_file_are_kept_apart_and_reported(atlas, tmp_path):
    path = tmp_path / "twee.graphml"
    path.write_text(
        _graphml(
            '<node id="a"><data key="l">Buurtkoor</data></node>'
            '<node id="b"><data key="l">buurtkoor</data></node>'
            '<node id="c"><data key="l">Moestuin</data></node>',
            '<edge source="a" target="c"/><edge source="b" target="c"/>',
        ),
        encoding="utf-8",
    )
    result = import_graph(atlas, path)
    assert sorted(n.name for n in atlas.networks.all()) == [
        "Buurtkoor",
        "Moestuin",
        "buurtkoor (2)",
    ]
    assert len(atlas.ties.all()) == 2
    assert "kwamen meer dan eens voor" in str(result.report.as_text())


def test_unknown_attributes_and_kinds_become_notes(atlas, tmp_path):
    path = tmp_path / "extra.gexf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph>'
        '<attributes class="node"><attribute id="0" title="Wijkagent" type="string"/>'
        '<attribute id="1" title="thema" type="string"/></attributes>'
        "<nodes>"
        '<node id="a" label="Koor"><attvalues><attvalue for="0" value="Jansen"/>'
        '<attvalue for="1" value="muziek; ontmoeting"/></attvalues></node>'
        '<node id="b" label="Soos"/></nodes>'
        '<edges><edge id="e" source="a" target="b" kind="vriendschap"/></edges>'
        "</graph></gexf>",
        encoding="utf-8",
    )
    import_graph(atlas, path)
    koor = atlas.networks.by_name("Koor")[0]
    assert koor.themes == ("muziek", "ontmoeting")
    notes = {n.subject_type: n.text for n in atlas.notes.all()}
    assert "Wijkagent: Jansen" in notes[SubjectType.NETWORK]
    assert "vriendschap" in notes[SubjectType.TIE]


@pytest.mark.parametrize("weight", ["INF", "1e400", "NaN", "-inf"])
def test_an_infinite_edge_weight_is_refused_without_a_traceback(weight, closed_atlas, tmp_path):
    path = tmp_path / "w.graphml"
    path.write_text(
        _graphml(
            '<node id="a"/><node id="b"/>',
            f'<edge source="a" target="b"><data key="w">{weight}</data></edge>',
        ),
        encoding="utf-8",
    )
    before = sha256(closed_atlas)
    with Atlas.open(closed_atlas) as atlas, pytest.raises(ImportRejectedError) as caught:
        import_graph(atlas, path)
    assert "geen (eindig) getal" in str(caught.value)
    assert sha256(closed_atlas) == before


@pytest.mark.parametrize("value", ["inf", "nan", "1e308", "-1e400"])
def test_non_finite_or_absurd_coordinates_are_refused_in_graphml_and_gexf(
    value, closed_atlas, tmp_path
):
    graphml = tmp_path / "p.graphml"
    graphml.write_text(
        _graphml(f'<node id="a"><data key="x">{value}</data><data key="y">1</data></node>'),
        encoding="utf-8",
    )
    gexf = tmp_path / "p.gexf"
    gexf.write_text(
        '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" '
        'xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes>'
        f'<node id="a" label="A"><viz:position x="1" y="{value}"/></node>'
        "</nodes><edges/></graph></gexf>",
        encoding="utf-8",
    )
    before = sha256(closed_atlas)
    for path in (graphml, gexf):
        with Atlas.open(closed_atlas) as atlas, pytest.raises(ImportRejectedError) as caught:
            import_graph(atlas, path)
        assert "geen bruikbaar getal" in str(caught.value)
        assert sha256(closed_atlas) == before


@pytest.mark.parametrize("value", ["Infinity", "NaN", "1e400", "1e308"])
def test_non_finite_or_absurd_coordinates_are_refused_in_json(value, filled, tmp_path):
    [path] = export(filled, "json", tmp_path / "a.json")
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    document["positions"][0]["x"] = 0.5
    raw = json.dumps(document).replace('"x": 0.5', f'"x": {value}', 1)
    path.write_text(raw, encoding="utf-8")
    from desktop_app.interop.atlas_json import import_document, read_document

    target = tmp_path / "leeg.zwerm"
    Atlas.create(target, name="Leeg").close()
    before = sha256(target)
    with Atlas.open(target) as empty, pytest.raises(ImportRejectedError) as caught:
        import_document(empty, read_document(path))
    assert "positions" in str(caught.value)
    assert sha256(target) == before


def test_names_are_cleaned_alike_on_graph_and_json_paths(filled, tmp_path):
    path = tmp_path / "namen.graphml"
    path.write_text(
        _graphml('<node id="a"><data key="l">  Buurt\tkoor\n De&#13;Linde </data></node>'),
        encoding="utf-8",
    )
    import_graph(filled, path)
    assert "Buurt koor De Linde" in {n.name for n in filled.networks.all()}
    [doc] = export(filled, "json", tmp_path / "a.json")
    document = json.loads(doc.read_text(encoding="utf-8"))
    document["networks"][0]["name"] = "Koor\u0000 met\tNUL\n"
    doc.write_text(json.dumps(document), encoding="utf-8")
    from desktop_app.interop.atlas_json import import_document, read_document

    with Atlas.create(tmp_path / "leeg.zwerm", name="Leeg") as empty:
        import_document(empty, read_document(doc))
        assert "Koor met NUL" in {n.name for n in empty.networks.all()}


def test_a_nul_in_a_stored_name_still_exports_well_formed_graph_files(atlas, tmp_path):
    from defusedxml.ElementTree import parse

    # An atlas written before names were cleaned.
    a = atlas.networks.add(Network(name="Koor\x00 Oost\x1b"))
    b = atlas.networks.add(Network(name="Soos"))
    atlas.ties.add(Tie(source_id=a.id, target_id=b.id))
    for fmt in ("graphml", "gexf"):
        [path] = export(atlas, fmt, tmp_path / f"k.{fmt}")
        parse(path)  # well-formed
        assert "Koor Oost" in path.read_text(encoding="utf-8")


def test_reimporting_our_graphml_and_gexf_keeps_statuses_and_skips_nothing_wrongly(
    filled, tmp_path
):
    for fmt in ("graphml", "gexf"):
        [path] = export(filled, fmt, tmp_path / f"k.{fmt}")
        with Atlas.create(tmp_path / f"leeg-{fmt}.zwerm", name="Leeg") as empty:
            result = import_graph(empty, path)
            assert result.report.skipped == 0
            statuses = {n.name: (n.status, n.status_since) for n in empty.networks.all()}
            assert statuses["Repair Café Haven"] == (NetworkStatus.DORMANT, date(2026, 3, 1))
            assert statuses["Buurtmoestuin De Hof"][0] is NetworkStatus.ACTIVE


def test_cli_summary_counts_in_dry_run_and_no_phantom_skips(tmp_path):
    env_python = sys.executable
    atlas = tmp_path / "a.zwerm"
    demo = tmp_path / "demo.zwerm"
    run = lambda *args: subprocess.run(  # noqa: E731
        [env_python, "-m", "desktop_app", *args], capture_output=True, text=True, check=False
    )
    assert run("new", str(atlas)).returncode == 0
    assert run("demo", str(demo)).returncode == 0
    graphml = tmp_path / "demo.graphml"
    assert run("export", str(demo), "--format", "graphml", "-o", str(graphml)).returncode == 0
    dry = run("import", str(atlas), str(graphml), "--as", "graph", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "300 knopen en 900 lijnen" in dry.stdout and "Proefdraai" in dry.stdout
    done = run("import", str(atlas), str(graphml), "--as", "graph")
    assert "0 overgeslagen" in done.stdout
    again = run("import", str(atlas), str(CORPUS / "networkx-multigraph.graphml"), "--as", "graph")
    assert "Samengevoegd: 2" in again.stdout and "1 lus(sen)" in again.stdout


# -- our exports --------------------------------------------------------------------
def _demo(tmp_path) -> Path:
    from desktop_app.store.demo import create_demo

    return create_demo(tmp_path / "demo.zwerm")


@pytest.fixture(scope="module")
def demo_atlas(tmp_path_factory):
    return _demo(tmp_path_factory.mktemp("demo"))


def test_exports_validate_against_the_graphml_and_gexf_1_3_schemas(demo_atlas, tmp_path):
    from lxml import etree

    with Atlas.open(demo_atlas, read_only=True) as atlas:
        [graphml] = export(atlas, "graphml", tmp_path / "d.graphml")
        [gexf] = export(atlas, "gexf", tmp_path / "d.gexf")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml+yfiles.xsd")))
    document = etree.parse(str(graphml))
    assert schema.validate(document), schema.error_log
    rng = etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf-1.3" / "gexf.rng")))
    document = etree.parse(str(gexf))
    assert rng.validate(document), rng.error_log
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf-1.3" / "gexf.xsd")))
    for element in document.iter("{http://gexf.net/1.3/viz}*"):
        element.tag = "{http://gexf.net/1.3}" + etree.QName(element).localname
    assert xsd.validate(document), xsd.error_log
    text = gexf.read_text(encoding="utf-8")
    assert "<creator>Zwermkaart</creator>" in text
    assert "networkx" not in text.lower() and 'name="' not in text.split("<nodes>")[0]


def test_exported_positions_put_neighbours_about_the_documented_distance_apart(
    demo_atlas, tmp_path
):
    import networkx as nx

    with Atlas.open(demo_atlas, read_only=True) as atlas:
        [gexf] = export(atlas, "gexf", tmp_path / "d.gexf")
        [graphml] = export(atlas, "graphml", tmp_path / "d.graphml")
    graph = nx.read_gexf(gexf)
    points = [
        (d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for _, d in graph.nodes(data=True)
    ]
    assert neighbour_distance(points) == pytest.approx(NEIGHBOUR_PX, rel=0.01)
    g2 = nx.read_graphml(graphml)
    points = [(d["x"], d["y"]) for _, d in g2.nodes(data=True)]
    assert neighbour_distance(points) == pytest.approx(NEIGHBOUR_PX, rel=0.01)


def test_a_foreign_graph_imported_into_the_demo_is_spread_like_the_demo(demo_atlas, tmp_path):
    import shutil

    copy = tmp_path / "demo.zwerm"
    shutil.copy(demo_atlas, copy)
    with Atlas.open(copy) as atlas:
        before = {k for k in atlas.positions.all()}
        on_map = [(p.x, p.y) for p in atlas.positions.all().values()]
        import_graph(atlas, CORPUS / "gephi-les-miserables.gexf")
        new = [(p.x, p.y) for k, p in atlas.positions.all().items() if k not in before]
    assert len(new) == 77
    assert neighbour_distance(new) == pytest.approx(neighbour_distance(on_map), rel=0.05)
    # Beside the existing map, not on top of it.
    assert min(x for x, _ in new) > max(x for x, _ in on_map)


def test_demo_round_trips_through_gexf_and_graphml(demo_atlas, tmp_path):
    with Atlas.open(demo_atlas, read_only=True) as atlas:
        original = {n.name: n for n in atlas.networks.all()}
        old_pos = atlas.positions.all()
        old_ties = {
            (
                frozenset(
                    (atlas.networks.find(t.source_id).name, atlas.networks.find(t.target_id).name)
                ),
                t.kind,
                t.strength,
            )
            for t in atlas.ties.all()
        }
        # With names: without, residents' names inside network names become pseudonyms.
        names_kept = ExportOptions(with_names=True)
        paths = [
            export(atlas, fmt, tmp_path / f"d.{fmt}", names_kept)[0] for fmt in ("gexf", "graphml")
        ]
    assert len(original) == 300
    for path in paths:
        with Atlas.create(tmp_path / f"{path.suffix[1:]}.zwerm", name="Leeg") as empty:
            import_graph(empty, path)
            names = {n.name: n for n in empty.networks.all()}
            assert set(names) == set(original)
            for name, network in names.items():
                before = original[name]
                assert (network.kind, network.status, network.status_since, network.founded) == (
                    before.kind,
                    before.status,
                    before.status_since,
                    before.founded,
                ), name
            positions = empty.positions.all()
            for name, network in names.items():
                old = old_pos[original[name].id]
                new = positions[network.id]
                assert (new.x, new.y) == pytest.approx((old.x, old.y), abs=1e-6)
            ties = {
                (
                    frozenset(
                        (
                            empty.networks.find(t.source_id).name,
                            empty.networks.find(t.target_id).name,
                        )
                    ),
                    t.kind,
                    t.strength,
                )
                for t in empty.ties.all()
            }
            assert ties == old_ties


# -- an atlas no map can show ---------------------------------------------------------
def _bad_position_atlas(tmp_path) -> Path:
    path = tmp_path / "kapot.zwerm"
    with Atlas.create(path, name="Kapot") as atlas:
        a = atlas.networks.add(Network(name="Koor"))
        b = atlas.networks.add(Network(name="Soos"))
        atlas.ties.add(Tie(source_id=a.id, target_id=b.id))
        # As an import before this fix could write it.
        atlas.positions.save(
            [Position(network_id=a.id, x=math.inf, y=0.0), Position(network_id=b.id, x=1e308, y=1)]
        )
    return path


def test_check_reports_positions_no_map_can_show(tmp_path):
    path = _bad_position_atlas(tmp_path)
    with Atlas.open(path, read_only=True) as atlas:
        problems = atlas.check()
    assert len(problems) == 2 and all("coördinaten" in p for p in problems)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "coördinaten" in result.stdout


def open_in_map(qtbot, path: Path) -> None:
    """Show the map on the atlas at ``path`` and fit it, as the window does on opening."""
    from desktop_app.ui.map import MapWidget
    from desktop_app.ui.session import AtlasSession

    session = AtlasSession(Atlas.open(path))
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    try:
        widget.set_session(session)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: not widget.vitality_pending(), timeout=10_000)
        widget.fit_to_view()
        rect = widget.viewbox.viewRect()
        assert all(math.isfinite(v) for v in (rect.x(), rect.y(), rect.width(), rect.height()))
        assert np.isfinite(widget.model.pos).all()
    finally:
        widget.set_session(None)
        session.close()


def test_the_map_opens_an_atlas_with_unusable_positions(qtbot, tmp_path):
    from desktop_app.ui.map.model import MapModel, set_positions

    open_in_map(qtbot, _bad_position_atlas(tmp_path))
    model = MapModel(ids=["a", "b", "c"], index={"a": 0, "b": 1, "c": 2})
    set_positions(
        model, {"a": (math.inf, 0.0, False), "b": (1e308, 1.0, False), "c": (1.0, 2.0, False)}
    )
    assert np.isfinite(model.pos).all()
    assert list(model.stored) == [False, False, True]


def test_a_graph_import_with_notes_is_undone_and_redone_whole(atlas):
    result = import_graph(atlas, CORPUS / "gephi-les-miserables.gexf")
    counts = {k: atlas.counts()[k] for k in ("networks", "ties", "notes", "positions")}
    assert counts == {"networks": 77, "ties": 254, "notes": 77, "positions": 77}
    result.undo(atlas)
    assert all(atlas.counts()[k] == 0 for k in counts)
    result.redo(atlas)
    assert {k: atlas.counts()[k] for k in counts} == counts
