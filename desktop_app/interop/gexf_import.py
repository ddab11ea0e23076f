"""Reading GEXF 1.1draft, 1.2draft and 1.3 (Gephi, graphology, networkx, our own export).

Namespaces differ between versions (``www.gexf.net/1.2draft``, ``gexf.net/1.3``,
``.../viz``), so elements are matched by their local name. Per node: ``label``,
declared attributes by their title (with the declared ``<default>``; of a
value that changes over time, the last one), ``viz:position`` as ``x``/``y``,
``viz:color`` as ``colour`` and ``viz:size`` as ``size``. Per edge: ``weight``,
``kind``, ``label`` and its attributes. Time (``start``/``end`` attributes,
``<spells>``, GEXF 1.1 ``<slices>``) gives ``start``/``end`` as ISO dates
when the graph's times are dates; other time formats (numbers) are dropped.
Nodes nested in nodes (hierarchies) count as nodes. Parsed as safely as
GraphML (:func:`desktop_app.interop.graph_data.parse_xml`).
"""

from __future__ import annotations

import os
import re
from typing import Any

from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.graph_data import GraphData, clip, local_name, source_error, too_many

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SCALE = re.compile(r"position_scale=([0-9.eE+-]+)")


def _children(element: Any, name: str) -> list[Any]:
    return [c for c in element if local_name(c.tag) == name]


def read_gexf_root(root: Any, path: str | os.PathLike[str]) -> GraphData:
    """Nodes and edges with their attributes as text.

    Raises:
        SourceError: no graph, duplicate node ids, unknown edge ends, limits.
    """
    data = GraphData(format="GEXF")
    for meta in _children(root, "meta"):
        creator = " ".join((c.text or "") for c in _children(meta, "creator"))
        keywords = " ".join((c.text or "") for c in _children(meta, "keywords"))
        found = _SCALE.search(keywords)
        if creator.strip() == "Zwermkaart" and found:
            try:
                scale = float(found.group(1))
            except ValueError:
                scale = 0.0
            if 1e-9 < scale < 1e9:
                data.position_scale = scale
    graph = next(iter(_children(root, "graph")), None)
    if graph is None:
        raise source_error(
            path, Text("Het bestand bevat geen graaf.", "The file contains no graph.")
        )
    dates = graph.get("timeformat", "date") in ("date", "dateTime", "datetime")
    titles: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for block in _children(graph, "attributes"):
        domain = block.get("class", "node")
        if domain not in titles:
            continue
        for attribute in _children(block, "attribute"):
            attr_id = attribute.get("id", "")
            title = attribute.get("title") or attr_id
            titles[domain][attr_id] = title
            for default in _children(attribute, "default"):
                if (default.text or "").strip():
                    defaults[domain][title] = clip(default.text or "")
    seen: set[str] = set()
    for node in graph.iter():
        if local_name(node.tag) != "node":
            continue
        node_id = node.get("id")
        if not node_id:
            raise source_error(path, Text("Een knoop heeft geen id.", "A node has no id."))
        if node_id in seen:
            raise source_error(
                path,
                Text(
                    "Knoop-id '{id}' komt meer dan eens voor; ids moeten uniek zijn.",
                    "Node id '{id}' occurs more than once; ids must be unique.",
                ).format(id=node_id[:60]),
            )
        seen.add(node_id)
        attrs = dict(defaults["node"])
        attrs.update(_values(node, titles["node"]))
        if node.get("label"):
            attrs["label"] = clip(node.get("label", ""))
        _viz(node, attrs)
        _time(node, attrs, dates)
        data.nodes.append((node_id, attrs))
        if len(data.nodes) > limits.MAX_ROWS:
            raise source_error(path, too_many())
    seen_edges: set[str] = set()
    for edge in graph.iter():
        if local_name(edge.tag) != "edge":
            continue
        source, target = edge.get("source"), edge.get("target")
        if source not in seen or target not in seen:
            raise source_error(
                path,
                Text(
                    "Een lijn verwijst naar een knoop die niet bestaat ('{id}').",
                    "An edge refers to a node that does not exist ('{id}').",
                ).format(id=str(source if source not in seen else target)[:60]),
            )
        edge_id = edge.get("id")
        if edge_id is not None:
            if edge_id in seen_edges:
                data.repeated_edge_ids += 1
            seen_edges.add(edge_id)
        attrs = dict(defaults["edge"])
        attrs.update(_values(edge, titles["edge"]))
        for name in ("weight", "label"):
            if edge.get(name):
                attrs[name] = clip(edge.get(name, ""))
        if edge.get("kind"):
            attrs.setdefault("kind", clip(edge.get("kind", "")))
        _time(edge, attrs, dates)
        data.edges.append((edge_id, str(source), str(target), attrs))
        if len(data.edges) > limits.MAX_ROWS:
            raise source_error(path, too_many())
    return data


def _values(element: Any, titles: dict[str, str]) -> dict[str, str]:
    """Attribute values by title; GEXF 1.3 also allows attvalue without attvalues."""
    values: dict[str, tuple[str, str]] = {}
    holders = [element, *_children(element, "attvalues")]
    for holder in holders:
        for value in _children(holder, "attvalue"):
            key = value.get("for") or value.get("id") or ""
            title = titles.get(key, key)
            if not title:
                continue
            text = clip(value.get("value", ""))
            moment = value.get("start") or value.get("timestamp") or ""
            # A value that changes over time: the latest one.
            if title not in values or moment >= values[title][1]:
                values[title] = (text, moment)
    return {title: text for title, (text, _) in values.items()}


def _viz(node: Any, attrs: dict[str, str]) -> None:
    for element in node:
        name = local_name(element.tag)
        if name == "position":
            attrs["x"] = clip(element.get("x", "0"))
            attrs["y"] = clip(element.get("y", "0"))
        elif name == "size" and element.get("value"):
            attrs["size"] = clip(element.get("value", ""))
        elif name == "color":
            hex_value = element.get("hex")
            if hex_value:
                attrs["colour"] = clip(hex_value)
            else:
                try:
                    rgb = [int(element.get(c, "0")) for c in "rgb"]
                except ValueError:
                    continue
                if all(0 <= c <= 255 for c in rgb):
                    attrs["colour"] = "#{:02x}{:02x}{:02x}".format(*rgb)


def _time(element: Any, attrs: dict[str, str], dates: bool) -> None:
    """``start``/``end`` as ISO dates: the earliest start and, when every spell
    ends, the latest end (an open spell leaves the end open)."""
    spells: list[tuple[str, str]] = []
    own = (element.get("start") or element.get("timestamp") or "", element.get("end") or "")
    if any(own):
        spells.append(own)
    for holder in (*_children(element, "spells"), *_children(element, "slices")):
        for spell in holder:
            spells.append(
                (spell.get("start") or spell.get("timestamp") or "", spell.get("end") or "")
            )
    if not spells:
        return
    given = [t for spell in spells for t in spell if t]
    if not dates or not all(_DATE.match(t) for t in given):
        attrs["_time_dropped"] = "1"  # times that are not dates (numbers): not kept
        return
    starts = sorted(s[:10] for s, _ in spells if s)
    if starts:
        attrs["start"] = starts[0]
    if all(e for _, e in spells):
        attrs["end"] = max(e[:10] for _, e in spells)
