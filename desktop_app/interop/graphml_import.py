"""Importing a graph from Gephi or yEd (GraphML): nodes become networks, edges ties.

Parsed with defusedxml and no DTD allowed (no entity expansion, no external
files); duplicate node or edge ids, edges to unknown nodes, and values the
atlas cannot hold are refused with a readable message before anything is
written. Attributes used when present: ``label``/``name`` (yEd: the node
label), ``kind``, ``area``/``area_code``, ``size_estimate``, ``x``/``y`` (yEd:
the node geometry) for networks; ``kind``, ``strength`` or ``weight`` for ties.
The write is one transaction and returns an :class:`ImportResult` with undo.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain import Network, NetworkKind, Position, Tie, TieKind, new_id
from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.graph_export import POSITION_SCALE
from desktop_app.interop.importer import ImportReport, ImportResult, problems_text
from desktop_app.interop.lookups import Lookups
from desktop_app.interop.sources import check_size
from desktop_app.interop.validation import ADD, DUPLICATE, SKIP, WARNING, Problem
from desktop_app.interop.values import ValueProblem, parse_enum, parse_int
from desktop_app.interop.vocabulary import normalise
from desktop_app.store.codec import format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store import Atlas

_NS = "{http://graphml.graphdrawing.org/xmlns}"
_Y = "{http://www.yworks.com/xml/graphml}"


@dataclass
class GraphData:
    nodes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    edges: list[tuple[str | None, str, str, dict[str, str]]] = field(default_factory=list)


def _error(path: Path, text: Text) -> SourceError:
    return SourceError(text, path=str(path))


def read_graphml(path: str | os.PathLike[str]) -> GraphData:
    """Nodes and edges with their attributes as text.

    Raises:
        SourceError: not GraphML, unsafe XML, duplicate ids, unknown edge ends, limits.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    path = Path(path)
    check_size(path)
    try:
        root = parse(path, forbid_dtd=True).getroot()
    except DefusedXmlException:
        raise _error(
            path,
            Text(
                "Het bestand bevat onveilige XML (een DTD of entiteiten) en wordt niet gelezen.",
                "The file contains unsafe XML (a DTD or entities) and is not read.",
            ),
        ) from None
    except (ParseError, SyntaxError, ValueError):
        raise _error(
            path,
            Text(
                "Dit is geen geldig GraphML-bestand (beschadigd of onvolledig?).",
                "This is not a valid GraphML file (damaged or incomplete?).",
            ),
        ) from None
    if root.tag not in (f"{_NS}graphml", "graphml"):
        raise _error(path, Text("Dit is geen GraphML-bestand.", "This is not a GraphML file."))
    ns = _NS if root.tag.startswith("{") else ""
    keys: dict[str, str] = {}
    graphics: set[str] = set()
    for key in root.iter(f"{ns}key"):
        name = key.get("attr.name") or key.get("id") or ""
        keys[key.get("id", "")] = name
        if key.get("yfiles.type") == "nodegraphics":
            graphics.add(key.get("id", ""))
    graph = root.find(f"{ns}graph")
    if graph is None:
        raise _error(path, Text("Het bestand bevat geen graaf.", "The file contains no graph."))
    data = GraphData()
    seen_nodes: set[str] = set()
    for node in graph.iter(f"{ns}node"):
        node_id = node.get("id")
        if not node_id:
            raise _error(path, Text("Een knoop heeft geen id.", "A node has no id."))
        if node_id in seen_nodes:
            raise _error(
                path,
                Text(
                    "Knoop-id '{id}' komt meer dan eens voor; ids moeten uniek zijn.",
                    "Node id '{id}' occurs more than once; ids must be unique.",
                ).format(id=node_id[:60]),
            )
        seen_nodes.add(node_id)
        data.nodes.append((node_id, _attributes(node, ns, keys, graphics)))
        if len(data.nodes) > limits.MAX_ROWS:
            raise _error(path, _too_many())
    seen_edges: set[str] = set()
    for edge in graph.iter(f"{ns}edge"):
        edge_id = edge.get("id")
        source, target = edge.get("source"), edge.get("target")
        if edge_id is not None:
            if edge_id in seen_edges:
                raise _error(
                    path,
                    Text(
                        "Lijn-id '{id}' komt meer dan eens voor; ids moeten uniek zijn.",
                        "Edge id '{id}' occurs more than once; ids must be unique.",
                    ).format(id=edge_id[:60]),
                )
            seen_edges.add(edge_id)
        if source not in seen_nodes or target not in seen_nodes:
            raise _error(
                path,
                Text(
                    "Een lijn verwijst naar een knoop die niet bestaat ('{id}').",
                    "An edge refers to a node that does not exist ('{id}').",
                ).format(id=str(source if source not in seen_nodes else target)[:60]),
            )
        data.edges.append((edge_id, source, target, _attributes(edge, ns, keys, graphics)))
        if len(data.edges) > limits.MAX_ROWS:
            raise _error(path, _too_many())
    return data


def _too_many() -> Text:
    return Text(
        "De graaf heeft meer dan {limit} knopen of lijnen.",
        "The graph has more than {limit} nodes or edges.",
    ).format(limit=limits.MAX_ROWS)


def _attributes(element: Any, ns: str, keys: dict[str, str], graphics: set[str]) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for item in element.findall(f"{ns}data"):
        key = item.get("key", "")
        if key in graphics:
            geometry = next(item.iter(f"{_Y}Geometry"), None)
            if geometry is not None:
                try:
                    x = float(geometry.get("x", "0")) + float(geometry.get("width", "0")) / 2
                    y = float(geometry.get("y", "0")) + float(geometry.get("height", "0")) / 2
                except ValueError:
                    continue
                attrs.setdefault("x", str(x))
                attrs.setdefault("y", str(-y))  # yEd's y points down, the map's up
            label = next(item.iter(f"{_Y}NodeLabel"), None)
            if label is not None and (label.text or "").strip():
                attrs.setdefault("label", label.text.strip())
            continue
        value = (item.text or "").strip()
        if len(value) > limits.MAX_FIELD_CHARS:
            value = value[: limits.MAX_FIELD_CHARS]
        attrs[keys.get(key, key)] = value
    return attrs


def import_graphml(
    atlas: Atlas, path: str | os.PathLike[str], *, policy: str = SKIP, dry_run: bool = False
) -> ImportResult | None:
    """Read ``path`` and add its nodes as networks and its edges as ties, all or nothing.

    A node whose name (and area) is already in the atlas is that network unless
    ``policy`` is "add".

    Raises:
        SourceError, ImportRejectedError
    """
    data = read_graphml(path)
    problems: list[Problem] = []
    notes: list[Problem] = []
    lookups = Lookups(atlas)
    areas = lookups.index("area")
    existing: dict[tuple[str, str | None], str] = {}
    for network in atlas.networks.all():
        existing.setdefault((normalise(network.name), network.area_id), network.id)
    node_ids: dict[str, str] = {}
    networks: list[Network] = []
    positions: list[Position] = []
    for number, (node_id, attrs) in enumerate(data.nodes, start=1):
        name = (attrs.get("label") or attrs.get("name") or attrs.get("Label") or node_id).strip()
        try:
            if not name or len(name) > 200:
                raise ValueProblem(
                    Text("naam ontbreekt of is te lang.", "name missing or too long.")
                )
            kind_text = attrs.get("kind") or attrs.get("kind_label")
            kind = parse_enum(kind_text, NetworkKind) if kind_text else NetworkKind.OTHER
            area_text = attrs.get("area_code") or attrs.get("area")
            area_id = None
            if area_text:
                try:
                    area_id = areas.find(area_text)
                except ValueProblem as exc:
                    # An area from another atlas: the network comes in without one.
                    notes.append(Problem(0, None, _node(node_id, exc.text), WARNING))
            size_text = attrs.get("size_estimate")
            size = parse_int(size_text, 0, 1_000_000) if size_text else None
            x = float(attrs["x"]) / POSITION_SCALE if "x" in attrs else None
            y = float(attrs["y"]) / POSITION_SCALE if "y" in attrs else None
        except ValueProblem as exc:
            problems.append(Problem(0, None, _node(node_id, exc.text)))
            continue
        except ValueError:
            problems.append(
                Problem(
                    number, None, _node(node_id, Text("x/y is geen getal.", "x/y is not a number."))
                )
            )
            continue
        match = existing.get((normalise(name), area_id))
        if match is not None and policy != ADD:
            node_ids[node_id] = match
            notes.append(
                Problem(
                    number,
                    None,
                    _node(
                        node_id,
                        Text(
                            "staat al in de atlas; overgeslagen.", "already in the atlas; skipped."
                        ),
                    ),
                    DUPLICATE,
                )
            )
            continue
        network = Network(name=name, kind=kind, area_id=area_id, size_estimate=size, id=new_id())
        networks.append(network)
        node_ids[node_id] = network.id
        if x is not None and y is not None:
            positions.append(Position(network_id=network.id, x=x, y=y))
    ties: list[Tie] = []
    existing_ties = {(frozenset((t.source_id, t.target_id)), t.kind) for t in atlas.ties.all()}
    for number, (edge_id, source, target, attrs) in enumerate(data.edges, start=1):
        label = edge_id or f"{source}-{target}"
        try:
            if source == target or (
                source in node_ids and node_ids.get(source) == node_ids.get(target)
            ):
                raise ValueProblem(
                    Text(
                        "een verbinding heeft twee verschillende netwerken nodig.",
                        "a tie needs two different networks.",
                    )
                )
            kind_text = attrs.get("kind")
            kind = parse_enum(kind_text, TieKind) if kind_text else TieKind.COOPERATION
            if attrs.get("strength"):
                strength = parse_int(attrs["strength"], 1, 3)
            elif attrs.get("weight"):
                strength = min(3, max(1, round(float(attrs["weight"]))))
            else:
                strength = 2
        except ValueProblem as exc:
            problems.append(Problem(0, None, _edge(label, exc.text)))
            continue
        except ValueError:
            problems.append(
                Problem(
                    number,
                    None,
                    _edge(label, Text("gewicht is geen getal.", "weight is not a number.")),
                )
            )
            continue
        if source not in node_ids or target not in node_ids:
            continue  # an end with a problem of its own, reported above
        pair = (frozenset((node_ids[source], node_ids[target])), kind)
        if pair in existing_ties and policy != ADD:
            notes.append(
                Problem(
                    number,
                    None,
                    _edge(
                        label,
                        Text(
                            "staat al in de atlas; overgeslagen.", "already in the atlas; skipped."
                        ),
                    ),
                    DUPLICATE,
                )
            )
            continue
        existing_ties.add(pair)
        ties.append(
            Tie(
                source_id=node_ids[source], target_id=node_ids[target], kind=kind, strength=strength
            )
        )
    if problems:
        body = problems_text(problems)
        head = ImportRejectedError.text
        raise ImportRejectedError(Text(f"{head.nl}\n{body.nl}", f"{head.en}\n{body.en}"))
    report = ImportReport(
        target="graph",
        source=Path(path).name,
        rows=len(data.nodes) + len(data.edges),
        added=len(networks) + len(ties),
        updated=0,
        skipped=len(notes),
        added_per_table={"networks": len(networks), "ties": len(ties)},
        problems=notes,
        at=format_timestamp(utc_now()),
    )
    if dry_run:
        return None
    from desktop_app.store.bulk import insert_many

    added = [(repo, objs) for repo, objs in (("networks", networks), ("ties", ties)) if objs]
    with atlas.transaction():
        for repo, objs in added:
            insert_many(atlas, getattr(atlas, repo), objs)
        if positions:
            atlas.positions.save(positions)
        atlas.audit("import", "graph", f"{len(networks)} networks, {len(ties)} ties")
    return ImportResult(report=report, added=added, updated=[], positions=positions)


def _node(node_id: str, text: Text) -> Text:
    return Text(f"knoop '{node_id[:40]}': {text.nl}", f"node '{node_id[:40]}': {text.en}")


def _edge(label: str, text: Text) -> Text:
    return Text(f"lijn '{label[:40]}': {text.nl}", f"edge '{label[:40]}': {text.en}")
