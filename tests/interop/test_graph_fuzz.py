"""Fuzzing the graph import paths (GraphML, GEXF, JSON atlas) with hypothesis (issue 15).

Whatever the file: no traceback (only the two refusals the window and the
command line show as a message), a refused file leaves the atlas
byte-identical, and an accepted one leaves an atlas that passes ``check`` and
that the map opens with finite ranges.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.interop.atlas_json import import_document, read_document
from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.graph_import import import_graph
from desktop_app.store import Atlas, AtlasError

from .conftest import fill, sha256
from .test_graph_files import open_in_map

#: The refusals the window and the command line show as a message.
REFUSALS = (SourceError, ImportRejectedError)
FUZZ = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["inf", "-INF", "NaN", "1e308", "1e400", "", "abc", "1,5", "0x10"]),
    st.integers(-(10**12), 10**12),
).map(str)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff"),
    max_size=30,
)
node_ids = st.sampled_from(["a", "b", "c", "d", "1", "é"])


@st.composite
def graphs(draw):
    nodes = draw(st.lists(st.tuples(node_ids, texts, numbers, numbers), max_size=6))
    known = [n[0] for n in nodes] or ["a"]
    edges = draw(
        st.lists(
            st.tuples(
                st.sampled_from([*known, "zz"]),
                st.sampled_from(known),
                st.one_of(st.none(), st.sampled_from(["e1", "e2", "0"])),
                numbers,
                st.sampled_from(["", "cooperation", "tension", "likes", "vriendschap"]),
            ),
            max_size=8,
        )
    )
    return nodes, edges, draw(st.booleans())


def _xml_text(value: str) -> str:
    # Characters XML 1.0 cannot carry at all would make every file not well-formed.
    return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)


def graphml_text(graph) -> str:
    nodes, edges, with_xy = graph
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '<key id="l" for="node" attr.name="label"/><key id="x" for="node" attr.name="x"/>',
        '<key id="y" for="node" attr.name="y"/><key id="w" for="edge" attr.name="weight"/>',
        '<key id="k" for="edge" attr.name="kind"/><graph edgedefault="undirected">',
    ]
    for node_id, label, x, y in nodes:
        xy = f'<data key="x">{x}</data><data key="y">{y}</data>' if with_xy else ""
        out.append(
            f'<node id={quoteattr(node_id)}><data key="l">{_escape(label)}</data>{xy}</node>'
        )
    for source, target, edge_id, weight, kind in edges:
        ident = f" id={quoteattr(edge_id)}" if edge_id else ""
        out.append(
            f"<edge{ident} source={quoteattr(source)} target={quoteattr(target)}>"
            f'<data key="w">{weight}</data><data key="k">{kind}</data></edge>'
        )
    out.append("</graph></graphml>")
    return "\n".join(out)


def gexf_text(graph) -> str:
    nodes, edges, with_xy = graph
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" '
        'xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes>'
    ]
    for node_id, label, x, y in nodes:
        viz = f"<viz:position x={quoteattr(x)} y={quoteattr(y)}/>" if with_xy else ""
        out.append(
            f"<node id={quoteattr(node_id)} label={quoteattr(_xml_text(label))}>{viz}</node>"
        )
    out.append("</nodes><edges>")
    for source, target, edge_id, weight, kind in edges:
        ident = f" id={quoteattr(edge_id)}" if edge_id else ""
        out.append(
            f"<edge{ident} source={quoteattr(source)} target={quoteattr(target)} "
            f"weight={quoteattr(weight)} kind={quoteattr(kind or 'x')}/>"
        )
    out.append("</edges></graph></gexf>")
    return "\n".join(out)


def _escape(value: str) -> str:
    return _xml_text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A filled atlas, closed; each example works on a fresh copy."""
    path = tmp_path_factory.mktemp("fuzz") / "vol.zwerm"
    atlas = Atlas.create(path, name="Fuzz")
    fill(atlas)
    atlas.close()
    return path


def _check(template: Path, tmp_path: Path, data: bytes, suffix: str, run, qtbot) -> None:
    work = tmp_path / uuid.uuid4().hex
    work.mkdir()
    atlas_path = work / "a.zwerm"
    shutil.copy(template, atlas_path)
    source = work / f"in{suffix}"
    source.write_bytes(data)
    before = sha256(atlas_path)
    with Atlas.open(atlas_path, read_only=True) as atlas:
        counts = atlas.counts()
    try:
        with Atlas.open(atlas_path) as atlas:
            run(atlas, source)
    except REFUSALS[:2]:
        assert sha256(atlas_path) == before
        return
    except AtlasError:
        # The store refused a value inside the transaction and rolled it back: same
        # content. (That the file's bytes still change then is point 18 of issue 15,
        # the tables half.)
        with Atlas.open(atlas_path, read_only=True) as atlas:
            assert atlas.counts() == counts
        return
    with Atlas.open(atlas_path, read_only=True) as atlas:
        assert atlas.check() == []
    open_in_map(qtbot, atlas_path)


@FUZZ
@given(graph=graphs())
def test_fuzzed_graphml(graph, template, tmp_path, qtbot):
    _check(template, tmp_path, graphml_text(graph).encode("utf-8"), ".graphml", import_graph, qtbot)


@FUZZ
@given(graph=graphs())
def test_fuzzed_gexf(graph, template, tmp_path, qtbot):
    _check(template, tmp_path, gexf_text(graph).encode("utf-8"), ".gexf", import_graph, qtbot)


@FUZZ
@given(graph=graphs(), cut=st.integers(0, 2000), junk=st.binary(max_size=20))
def test_fuzzed_damaged_graph_bytes(graph, cut, junk, template, tmp_path, qtbot):
    data = graphml_text(graph).encode("utf-8")
    data = data[:cut] + junk + data[cut:]
    _check(template, tmp_path, data, ".graphml", import_graph, qtbot)


@pytest.fixture(scope="module")
def document(template, tmp_path_factory) -> dict:
    from desktop_app.interop.export import export

    out = tmp_path_factory.mktemp("doc") / "a.json"
    with Atlas.open(template, read_only=True) as atlas:
        [path] = export(atlas, "json", out)
    return json.loads(path.read_text(encoding="utf-8"))


json_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.lists(texts, max_size=2),
)


@FUZZ
@given(
    section=st.sampled_from(["networks", "positions", "ties", "areas", "persons"]),
    field=st.sampled_from(["name", "x", "y", "id", "kind", "status", "display_name", "source_id"]),
    value=json_values,
)
def test_fuzzed_atlas_json(section, field, value, document, tmp_path, qtbot):
    doc = json.loads(json.dumps(document))
    if doc[section]:
        doc[section][0][field] = value
    work = tmp_path / uuid.uuid4().hex
    work.mkdir()
    empty = work / "leeg.zwerm"
    Atlas.create(empty, name="Leeg").close()
    source = work / "in.json"
    source.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")

    def run(atlas, path):
        import_document(atlas, read_document(path))

    template = work / "template.zwerm"
    shutil.copy(empty, template)
    _check(template, work, source.read_bytes(), ".json", run, qtbot)
