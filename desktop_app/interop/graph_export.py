"""The map as GraphML (yEd, Gephi) and GEXF (Gephi), with attributes and positions.

Nodes are networks (label, kind, area, status, size, support status, and
vitality with trend and silence from :mod:`desktop_app.analysis.vitality`),
edges are ties (kind, strength as weight, dates). Positions are the map's,
scaled by :data:`POSITION_SCALE` so nodes of Gephi's default size do not
overlap: as GEXF ``viz:position`` (with ``viz:color`` and ``viz:size`` as on
the map) and as GraphML ``x``/``y`` data keys, which Gephi reads as the layout.
Persons are not part of the graph, so nothing personal leaves here.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.domain import palette
from desktop_app.domain.enums import SupportStatus
from desktop_app.i18n import language
from desktop_app.interop import vocabulary

if TYPE_CHECKING:
    import networkx as nx

    from desktop_app.store import Atlas

#: Map units (about one between neighbours) to Gephi/yEd pixels.
POSITION_SCALE = 100.0
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
    graph = nx.MultiGraph(name=atlas.name)
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
        position = positions.get(n.id)
        if position is not None:
            attrs["x"] = float(position.x) * POSITION_SCALE
            attrs["y"] = float(position.y) * POSITION_SCALE
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


def graphml_bytes(graph: nx.MultiGraph) -> bytes:
    """GraphML with ``x``/``y`` data keys (Gephi) and yFiles node graphics (yEd).

    yEd only places nodes by its own ``y:ShapeNode`` geometry (top-left corner,
    y pointing down); it is written first in each node, so readers that know
    both (networkx) end with the plain ``x``/``y`` values, the map's centres.
    """
    import xml.etree.ElementTree as ET

    import networkx as nx
    from defusedxml.ElementTree import fromstring

    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=False, named_key_ids=True)
    ET.register_namespace("", _GRAPHML)
    ET.register_namespace("y", _YFILES)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = fromstring(buffer.getvalue())
    key = ET.Element(f"{{{_GRAPHML}}}key", {"id": "yfiles_node", "for": "node"})
    key.set("yfiles.type", "nodegraphics")
    root.insert(0, key)
    for node in root.iter(f"{{{_GRAPHML}}}node"):
        attrs = graph.nodes[node.get("id")]
        size = palette.node_diameter(attrs.get("size_estimate"))
        data = ET.Element(f"{{{_GRAPHML}}}data", {"key": "yfiles_node"})
        shape = ET.SubElement(data, f"{{{_YFILES}}}ShapeNode")
        geometry = {"width": f"{size:.1f}", "height": f"{size:.1f}"}
        if "x" in attrs:
            geometry["x"] = f"{attrs['x'] - size / 2:.2f}"
            geometry["y"] = f"{-attrs['y'] - size / 2:.2f}"
        ET.SubElement(shape, f"{{{_YFILES}}}Geometry", geometry)
        colour = palette.vitality_colour(attrs.get("map_vitality"))
        ET.SubElement(shape, f"{{{_YFILES}}}Fill", {"color": colour, "transparent": "false"})
        ET.SubElement(shape, f"{{{_YFILES}}}Shape", {"type": "ellipse"})
        label = ET.SubElement(shape, f"{{{_YFILES}}}NodeLabel")
        label.text = attrs.get("label", "")
        node.insert(0, data)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def gexf_bytes(graph: nx.MultiGraph) -> bytes:
    import networkx as nx

    copy = graph.copy()
    for _node, attrs in copy.nodes(data=True):
        viz: dict[str, Any] = {
            "size": palette.node_diameter(attrs.get("size_estimate")),
            # Coloured as on the map: grey when unknown or silent.
            "color": _rgb(palette.vitality_colour(attrs.get("map_vitality"))),
        }
        if "x" in attrs:
            viz["position"] = {"x": attrs.pop("x"), "y": attrs.pop("y"), "z": 0.0}
        attrs["viz"] = viz
    buffer = io.BytesIO()
    nx.write_gexf(copy, buffer, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buffer.getvalue()


def _rgb(hex_colour: str) -> dict[str, int]:
    value = hex_colour.lstrip("#")
    return {"r": int(value[0:2], 16), "g": int(value[2:4], 16), "b": int(value[4:6], 16), "a": 1.0}
