"""GraphML from Gephi/yEd: safe parsing, duplicate ids refused, all or nothing, round trip."""

from __future__ import annotations

import pytest

from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.export import export
from desktop_app.interop.graph_import import import_graph as import_graphml
from desktop_app.store import Atlas

from .conftest import sha256

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    '<key id="l" for="node" attr.name="label" attr.type="string"/>\n'
    '<key id="k" for="edge" attr.name="kind" attr.type="string"/>\n'
    '<graph edgedefault="undirected">\n'
)
TAIL = "</graph>\n</graphml>\n"


def graph(body: str) -> bytes:
    return (HEAD + body + TAIL).encode()


BAD = {
    "duplicate_node_ids.graphml": (
        graph('<node id="a"/><node id="a"/>'),
        "komt meer dan eens voor",
    ),
    "unknown_end.graphml": (
        graph('<node id="a"/><edge source="a" target="zz"/>'),
        "niet bestaat",
    ),
    "entity_bomb.graphml": (
        b'<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>'
        b'<node id="n"><data key="l">&b;</data></node></graph></graphml>',
        "onveilige",
    ),
    "truncated.graphml": (graph('<node id="a"/><node id="b"/>')[:-30], "geen geldig"),
    "infinite_x.graphml": (
        graph('<node id="a"><data key="x">inf</data><data key="y">0</data></node>').replace(
            b'<key id="k"',
            b'<key id="x" for="node" attr.name="x"/><key id="y" '
            b'for="node" attr.name="y"/><key id="k"',
        ),
        "geen bruikbaar getal",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_graphml_is_refused_and_the_atlas_stays_byte_identical(name, closed_atlas, tmp_path):
    data, phrase = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = sha256(closed_atlas)
    with (
        Atlas.open(closed_atlas) as atlas,
        pytest.raises((SourceError, ImportRejectedError)) as caught,
    ):
        import_graphml(atlas, path)
    assert phrase in str(caught.value)
    assert sha256(closed_atlas) == before


def test_exported_graph_imports_into_an_empty_atlas_with_its_layout(filled, tmp_path):
    [path] = export(filled, "graphml", tmp_path / "kaart.graphml")
    with Atlas.create(tmp_path / "leeg.zwerm", name="Leeg") as empty:
        result = import_graphml(empty, path)
        assert result.report.added_per_table == {"networks": 3, "ties": 2}
        names = {n.name: n for n in empty.networks.all()}
        original = {n.name: n for n in filled.networks.all()}
        assert set(names) == set(original)
        assert names["Repair Café Haven"].kind == original["Repair Café Haven"].kind
        old_positions = filled.positions.all()
        new_positions = empty.positions.all()
        for name, network in names.items():
            old = old_positions[original[name].id]
            assert new_positions[network.id].x == pytest.approx(old.x)
            assert new_positions[network.id].y == pytest.approx(old.y)
        result.undo(empty)
        assert empty.counts()["networks"] == 0 and empty.counts()["positions"] == 0
        result.redo(empty)
        assert empty.counts()["networks"] == 3 and empty.counts()["positions"] == 3


def test_reimport_into_the_same_atlas_skips_what_is_there(filled, tmp_path):
    [path] = export(filled, "graphml", tmp_path / "kaart.graphml")
    before = filled.counts()
    result = import_graphml(filled, path)
    assert result.report.added == 0 and result.report.skipped == 5
    assert filled.counts()["networks"] == before["networks"]


def test_yed_node_graphics_give_label_and_position(atlas, tmp_path):
    path = tmp_path / "yed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:y="http://www.yworks.com/xml/graphml">\n'
        '<key id="d6" for="node" yfiles.type="nodegraphics"/>\n'
        '<graph edgedefault="directed">\n'
        '<node id="n0"><data key="d6"><y:ShapeNode>'
        '<y:Geometry x="100" y="200" width="30" height="30"/>'
        "<y:NodeLabel>Wijkkoor</y:NodeLabel></y:ShapeNode></data></node>\n"
        '<node id="n1"><data key="d6"><y:ShapeNode><y:Geometry x="0" y="0" width="30" '
        'height="30"/><y:NodeLabel>Leesclub</y:NodeLabel></y:ShapeNode></data></node>\n'
        '<edge id="e0" source="n0" target="n1"/>\n</graph>\n</graphml>\n',
        encoding="utf-8",
    )
    import_graphml(atlas, path)
    [koor] = atlas.networks.by_name("Wijkkoor")
    position = atlas.positions.get(koor.id)
    # A foreign layout is fitted to the map: the same shape (yEd's y points down, the
    # map's up), neighbours one map unit apart as after a layout.
    [leesclub] = atlas.networks.by_name("Leesclub")
    other = atlas.positions.get(leesclub.id)
    assert (position.x - other.x, position.y - other.y) == pytest.approx((1 / 5**0.5, -2 / 5**0.5))
    assert len(atlas.ties.all()) == 1
