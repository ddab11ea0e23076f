"""Reading GraphML from Gephi, yEd (desktop and Live), networkx, igraph and our own export.

Attributes come by their ``attr.name`` (with the key's ``<default>`` where a
node or edge has no value). yEd desktop keeps label and place in its node
graphics (``y:ShapeNode``/``y:GenericNode``: ``y:NodeLabel``, ``y:Geometry``),
yEd Live and yFiles for HTML in the ``NodeLabels`` (``y:Label``) and
``NodeGeometry`` (``y:RectD``) keys; both give ``label`` and ``x``/``y`` (the
centre, y pointing up as on the map). Nodes inside group nodes count as nodes.
Duplicate node ids and edges to unknown nodes make the file ambiguous and are
refused; a repeated edge id (networkx writes those for a MultiGraph) is
counted, not refused. The import itself is :mod:`desktop_app.interop.graph_import`.
"""

from __future__ import annotations

import os
from typing import Any

from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.graph_data import (
    GraphData,
    clip,
    local_name,
    source_error,
    too_many,
)
from desktop_app.interop.graph_positions import SCALE_KEY


def _key_role(key: Any) -> str | None:
    """'graphics' (yEd desktop), 'labels'/'geometry' (yFiles for HTML), 'internal'
    (other yFiles keys: styles, folding state, resources) or None (a plain attribute)."""
    yfiles_type = key.get("yfiles.type")
    if yfiles_type == "nodegraphics":
        return "graphics"
    uri = next((v for k, v in key.attrib.items() if local_name(k) == "attr.uri"), "")
    name = key.get("attr.name") or ""
    for role, suffix in (("labels", "NodeLabels"), ("geometry", "NodeGeometry")):
        if uri.endswith(f"/{suffix}") or name == suffix:
            return role
    return "internal" if yfiles_type or "yworks.com" in uri else None


def read_graphml_root(root: Any, path: str | os.PathLike[str]) -> GraphData:
    """Nodes and edges with their attributes as text.

    Raises:
        SourceError: duplicate node ids, unknown edge ends, no graph, limits.
    """
    names: dict[str, str] = {}
    roles: dict[str, str] = {}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for key in root:
        if local_name(key.tag) != "key":
            continue
        key_id = key.get("id", "")
        names[key_id] = key.get("attr.name") or key_id
        role = _key_role(key)
        if role:
            roles[key_id] = role
        default = next((c for c in key if local_name(c.tag) == "default"), None)
        if role is not None:
            continue
        domain = key.get("for", "")
        if (
            default is not None
            and (default.text or "").strip()
            and domain in ("node", "edge", "all")
        ):
            for d in ("node", "edge") if domain == "all" else (domain,):
                defaults[d][names[key_id]] = clip(default.text or "")
    graph = next((c for c in root if local_name(c.tag) == "graph"), None)
    if graph is None:
        raise source_error(
            path, Text("Het bestand bevat geen graaf.", "The file contains no graph.")
        )
    data = GraphData(format="GraphML")
    for item in graph:
        if local_name(item.tag) == "data" and names.get(item.get("key", "")) == SCALE_KEY:
            try:
                scale = float((item.text or "").strip())
            except ValueError:
                scale = 0.0
            if 1e-9 < scale < 1e9:
                data.position_scale = scale
    seen_nodes: set[str] = set()
    for node in graph.iter():
        if local_name(node.tag) != "node":
            continue
        node_id = node.get("id")
        if not node_id:
            raise source_error(path, Text("Een knoop heeft geen id.", "A node has no id."))
        if node_id in seen_nodes:
            raise source_error(
                path,
                Text(
                    "Knoop-id '{id}' komt meer dan eens voor; ids moeten uniek zijn.",
                    "Node id '{id}' occurs more than once; ids must be unique.",
                ).format(id=node_id[:60]),
            )
        seen_nodes.add(node_id)
        attrs = dict(defaults["node"])
        attrs.update(_attributes(node, names, roles))
        data.nodes.append((node_id, attrs))
        if len(data.nodes) > limits.MAX_ROWS:
            raise source_error(path, too_many())
    seen_edges: set[str] = set()
    for edge in graph.iter():
        if local_name(edge.tag) != "edge":
            continue
        edge_id = edge.get("id")
        source, target = edge.get("source"), edge.get("target")
        if edge_id is not None:
            if edge_id in seen_edges:
                data.repeated_edge_ids += 1
            seen_edges.add(edge_id)
        if source not in seen_nodes or target not in seen_nodes:
            raise source_error(
                path,
                Text(
                    "Een lijn verwijst naar een knoop die niet bestaat ('{id}').",
                    "An edge refers to a node that does not exist ('{id}').",
                ).format(id=str(source if source not in seen_nodes else target)[:60]),
            )
        attrs = dict(defaults["edge"])
        attrs.update(_attributes(edge, names, roles))
        data.edges.append((edge_id, str(source), str(target), attrs))
        if len(data.edges) > limits.MAX_ROWS:
            raise source_error(path, too_many())
    return data


def _attributes(element: Any, names: dict[str, str], roles: dict[str, str]) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for item in element:
        if local_name(item.tag) != "data":
            continue
        key = item.get("key", "")
        role = roles.get(key)
        if role == "internal":
            continue
        if role is not None:
            _graphics(item, role, attrs)
            continue
        attrs[names.get(key, key)] = clip(item.text or "")
    return attrs


def _graphics(item: Any, role: str, attrs: dict[str, str]) -> None:
    """Label and centre from yEd's node graphics or yFiles for HTML's label/geometry keys."""
    for element in item.iter():
        name = local_name(element.tag)
        if role == "graphics" and name == "Geometry" and "x" not in attrs:
            _centre(element, "x", "y", "width", "height", attrs)
        elif role == "geometry" and name == "RectD" and "x" not in attrs:
            _centre(element, "X", "Y", "Width", "Height", attrs)
        elif role == "graphics" and name == "NodeLabel" and "label" not in attrs:
            if (element.text or "").strip():
                attrs["label"] = clip(element.text or "")
        elif role == "labels" and name == "Label" and "label" not in attrs:
            text = element.get("Text")
            if text is None:
                inner = next((c for c in element if local_name(c.tag) == "Label.Text"), None)
                text = inner.text if inner is not None else None
            if (text or "").strip():
                attrs["label"] = clip(text or "")


def _centre(element: Any, x: str, y: str, w: str, h: str, attrs: dict[str, str]) -> None:
    try:
        cx = float(element.get(x, "0")) + float(element.get(w, "0")) / 2
        cy = float(element.get(y, "0")) + float(element.get(h, "0")) / 2
    except ValueError:
        return
    attrs["x"] = repr(cx)
    attrs["y"] = repr(-cy)  # yFiles' y points down, the map's up
