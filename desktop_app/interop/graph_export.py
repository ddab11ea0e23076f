"""The map as GraphML (yEd, Gephi) and GEXF 1.3 (Gephi), with attributes and positions.

Nodes are networks (label, kind, area, status, size, support status, and
vitality with trend and silence from :mod:`desktop_app.analysis.vitality`),
edges are ties (kind, strength as weight, dates). Positions are the map's in
pixels, at the scale of :mod:`desktop_app.interop.graph_positions` (written
into the file): as GEXF ``viz:position`` (with ``viz:color`` and ``viz:size``
as on the map) and as GraphML ``x``/``y`` data keys plus yFiles node graphics.

Both files are written here, not by networkx: GraphML valid against the
GraphML schema (with yFiles' extension for the graphics, as yEd writes it;
one key id per attribute and domain), GEXF 1.3 valid against its schema, with
our own creator. Text that XML cannot hold (NUL and other control characters)
is left out. Persons are not part of the graph, so nothing personal leaves here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.domain import palette
from desktop_app.domain.enums import SupportStatus
from desktop_app.i18n import language
from desktop_app.interop import vocabulary
from desktop_app.interop.graph_positions import NEIGHBOUR_PX, SCALE_KEY, export_scale

if TYPE_CHECKING:
    import networkx as nx

    from desktop_app.store import Atlas

_SUPPORT_ORDER = (
    SupportStatus.RUNNING,
    SupportStatus.ASSIGNED,
    SupportStatus.ASKED,
    SupportStatus.NOTICED,
)


def vitality_of(atlas: Atlas) -> dict[str, Any]:
    """Vitality per network id, from :mod:`desktop_app.analysis.vitality` (as the map shows it)."""
    from desktop_app.analysis.vitality import vitality_for_atlas

    return vitality_for_atlas(atlas)


def _support_status(atlas: Atlas) -> dict[str, SupportStatus]:
    """Per network, the most advanced open support case (none when all are finished)."""
    best: dict[str, SupportStatus] = {}
    rank = {s: i for i, s in enumerate(_SUPPORT_ORDER)}
    for case in atlas.support.all():
        if not case.status.is_open:
            continue
        current = best.get(case.network_id)
        if current is None or rank[case.status] < rank[current]:
            best[case.network_id] = case.status
    return best


def build_graph(
    atlas: Atlas,
    *,
    network_ids: Iterable[str] | None = None,
    lang: str | None = None,
    with_names: bool = False,
) -> nx.MultiGraph:
    """The networks and ties as a graph; residents' names in network names become pseudonyms."""
    import networkx as nx

    from desktop_app.analysis.pseudonyms import Pseudonyms, word_for

    lang = lang or language()
    networks = atlas.networks.all()
    if network_ids is not None:
        wanted = set(network_ids)
        networks = [n for n in networks if n.id in wanted]
    keep = {n.id for n in networks}
    areas = {a.id: a for a in atlas.areas.all()}
    positions = atlas.positions.all()
    vitality = vitality_of(atlas)
    support = _support_status(atlas)
    pseudonyms = Pseudonyms(atlas.persons.all(), with_names=with_names, word=word_for(lang))
    scale = export_scale((p.x, p.y) for p in positions.values() if p.usable)
    graph = nx.MultiGraph(name=atlas.name, position_scale=scale)
    for n in networks:
        area = areas.get(n.area_id) if n.area_id else None
        attrs: dict[str, Any] = {
            "label": pseudonyms.text(n.name),
            "kind": n.kind.value,
            "kind_label": vocabulary.word(n.kind, lang),
            "status": n.status.value,
            "area": area.name if area else "",
            "area_code": (area.cbs_code or "") if area else "",
            "support": support[n.id].value if n.id in support else "none",
        }
        if n.size_estimate is not None:
            attrs["size_estimate"] = int(n.size_estimate)
        found = vitality.get(n.id)
        if found is not None and found.score is not None:
            attrs["vitality"] = round(float(found.score), 1)
            attrs["silent"] = bool(found.silent)
            if found.trend_category is not None:
                attrs["trend"] = str(found.trend_category.value)
        if found is not None and found.map_score is not None:
            attrs["map_vitality"] = round(float(found.map_score), 1)
        if n.founded is not None:
            attrs["founded"] = n.founded.isoformat()
        if n.status_since is not None:
            attrs["status_since"] = n.status_since.isoformat()
        position = positions.get(n.id)
        if position is not None and position.usable:
            attrs["x"] = float(position.x) * scale
            attrs["y"] = float(position.y) * scale
        graph.add_node(n.id, **attrs)
    for t in atlas.ties.all():
        if t.source_id in keep and t.target_id in keep:
            attrs = {"kind": t.kind.value, "strength": int(t.strength), "weight": float(t.strength)}
            if t.since is not None:
                attrs["since"] = t.since.isoformat()
            if t.until is not None:
                attrs["until"] = t.until.isoformat()
            graph.add_edge(t.source_id, t.target_id, key=t.id, id=t.id, **attrs)
    return graph


_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_YFILES = "http://www.yworks.com/xml/graphml"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_GEXF = "http://gexf.net/1.3"
_VIZ = "http://gexf.net/1.3/viz"
#: What a reader sees as the writing program.
CREATOR = "Zwermkaart"
#: Characters XML 1.0 cannot hold (a NUL byte in a name must not break the file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: Any) -> str:
    """``value`` as text XML can hold."""
    return _NOT_XML.sub("", str(value))


def _xml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _xml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_text(value)


def _declared(items: Iterable[dict[str, Any]], skip: set[str]) -> dict[str, str]:
    """Attribute name -> type, in first-seen order."""
    found: dict[str, str] = {}
    for attrs in items:
        for name, value in attrs.items():
            if name not in skip and name not in found:
                found[name] = _xml_type(value)
    return found


def graphml_bytes(graph: nx.MultiGraph) -> bytes:
    """GraphML with ``x``/``y`` data keys (Gephi) and yFiles node graphics (yEd).

    yEd only places nodes by its own ``y:ShapeNode`` geometry (top-left corner,
    y pointing down); readers that know both (networkx) use the plain ``x``/``y``
    values, the map's centres. Key ids are ``node_<name>``/``edge_<name>``, one
    per attribute and domain, as the schema requires.
    """
    import xml.etree.ElementTree as ET

    ET.register_namespace("", _GRAPHML)
    ET.register_namespace("y", _YFILES)
    ET.register_namespace("xsi", _XSI)
    g, y = f"{{{_GRAPHML}}}", f"{{{_YFILES}}}"
    root = ET.Element(f"{g}graphml")
    root.set(
        f"{{{_XSI}}}schemaLocation",
        f"{_GRAPHML} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd",
    )
    root.append(ET.Comment(f" {CREATOR}: networks and ties; x/y in pixels "))
    ET.SubElement(
        root,
        f"{g}key",
        {"id": "graph_scale", "for": "graph", "attr.name": SCALE_KEY, "attr.type": "double"},
    )
    ET.SubElement(
        root, f"{g}key", {"id": "yfiles_node", "for": "node", "yfiles.type": "nodegraphics"}
    )
    node_keys = _declared((a for _, a in graph.nodes(data=True)), set())
    edge_keys = _declared((a for *_, a in graph.edges(keys=True, data=True)), set())
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys.items():
            ET.SubElement(
                root,
                f"{g}key",
                {"id": f"{domain}_{name}", "for": domain, "attr.name": name, "attr.type": kind},
            )
    body = ET.SubElement(root, f"{g}graph", {"id": "G", "edgedefault": "undirected"})
    ET.SubElement(body, f"{g}data", {"key": "graph_scale"}).text = repr(
        float(graph.graph.get("position_scale", 1.0))
    )
    for node_id, attrs in graph.nodes(data=True):
        node = ET.SubElement(body, f"{g}node", {"id": xml_text(node_id)})
        size = palette.node_diameter(attrs.get("size_estimate"))
        data = ET.SubElement(node, f"{g}data", {"key": "yfiles_node"})
        shape = ET.SubElement(data, f"{y}ShapeNode")
        geometry = {"width": f"{size:.1f}", "height": f"{size:.1f}"}
        if "x" in attrs:
            geometry["x"] = repr(attrs["x"] - size / 2)
            geometry["y"] = repr(-attrs["y"] - size / 2)
        ET.SubElement(shape, f"{y}Geometry", geometry)
        colour = palette.vitality_colour(attrs.get("map_vitality"))
        ET.SubElement(shape, f"{y}Fill", {"color": colour, "transparent": "false"})
        ET.SubElement(shape, f"{y}Shape", {"type": "ellipse"})
        ET.SubElement(shape, f"{y}NodeLabel").text = xml_text(attrs.get("label", ""))
        for name, value in attrs.items():
            ET.SubElement(node, f"{g}data", {"key": f"node_{name}"}).text = _xml_value(value)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        edge = ET.SubElement(
            body,
            f"{g}edge",
            {"id": xml_text(key), "source": xml_text(source), "target": xml_text(target)},
        )
        for name, value in attrs.items():
            ET.SubElement(edge, f"{g}data", {"key": f"edge_{name}"}).text = _xml_value(value)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def gexf_bytes(graph: nx.MultiGraph) -> bytes:
    """GEXF 1.3: attributes, ``viz`` colour/position/size as on the map, and dates as spells.

    A network's founding date and a tie's since/until are the ``start``/``end``
    of the element (the graph is then ``dynamic`` with dates, for Gephi's
    timeline); an ended network ends at its status date.
    """
    import xml.etree.ElementTree as ET
    from datetime import date

    ET.register_namespace("", _GEXF)
    ET.register_namespace("viz", _VIZ)
    n, v = f"{{{_GEXF}}}", f"{{{_VIZ}}}"
    scale = float(graph.graph.get("position_scale", 1.0))
    root = ET.Element(f"{n}gexf", {"version": "1.3"})
    meta = ET.SubElement(root, f"{n}meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, f"{n}creator").text = CREATOR
    ET.SubElement(meta, f"{n}keywords").text = f"zwermkaart, position_scale={scale!r}"
    ET.SubElement(meta, f"{n}description").text = (
        "Networks (nodes) and ties (edges); positions in pixels, neighbours about "
        f"{NEIGHBOUR_PX:g} px apart."
    )
    spells = any(
        "founded" in a or a.get("status") == "ended" for _, a in graph.nodes(data=True)
    ) or any("since" in a or "until" in a for *_, a in graph.edges(keys=True, data=True))
    body = ET.SubElement(root, f"{n}graph", {"defaultedgetype": "undirected"})
    if spells:
        body.set("mode", "dynamic")
        body.set("timeformat", "date")
    else:
        body.set("mode", "static")
    node_skip = {"label", "x", "y"}
    node_keys = _declared((a for _, a in graph.nodes(data=True)), node_skip)
    edge_keys = _declared((a for *_, a in graph.edges(keys=True, data=True)), {"weight", "id"})
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        declared = ET.SubElement(body, f"{n}attributes", {"class": domain, "mode": "static"})
        for name, kind in keys.items():
            ET.SubElement(declared, f"{n}attribute", {"id": name, "title": name, "type": kind})
    nodes = ET.SubElement(body, f"{n}nodes")
    for node_id, attrs in graph.nodes(data=True):
        node = ET.SubElement(
            nodes, f"{n}node", {"id": xml_text(node_id), "label": xml_text(attrs.get("label", ""))}
        )
        if "founded" in attrs:
            node.set("start", attrs["founded"])
        if attrs.get("status") == "ended" and "status_since" in attrs:
            node.set("end", attrs["status_since"])
        _attvalues(node, attrs, node_skip, n)
        red, green, blue = _rgb(palette.vitality_colour(attrs.get("map_vitality")))
        ET.SubElement(node, f"{v}color", {"r": str(red), "g": str(green), "b": str(blue)})
        if "x" in attrs:
            ET.SubElement(
                node, f"{v}position", {"x": repr(attrs["x"]), "y": repr(attrs["y"]), "z": "0.0"}
            )
        size = palette.node_diameter(attrs.get("size_estimate"))
        ET.SubElement(node, f"{v}size", {"value": repr(float(size))})
    edges = ET.SubElement(body, f"{n}edges")
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        edge = ET.SubElement(
            edges,
            f"{n}edge",
            {
                "id": xml_text(key),
                "source": xml_text(source),
                "target": xml_text(target),
                "weight": repr(float(attrs.get("weight", 1.0))),
            },
        )
        if "since" in attrs:
            edge.set("start", attrs["since"])
        if "until" in attrs:
            edge.set("end", attrs["until"])
        _attvalues(edge, attrs, {"weight", "id"}, n)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _attvalues(element: Any, attrs: dict[str, Any], skip: set[str], ns: str) -> None:
    import xml.etree.ElementTree as ET

    values = [(k, val) for k, val in attrs.items() if k not in skip]
    if not values:
        return
    holder = ET.SubElement(element, f"{ns}attvalues")
    for name, value in values:
        ET.SubElement(holder, f"{ns}attvalue", {"for": name, "value": _xml_value(value)})


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
