"""What a graph file holds before it meets the atlas, and the safe XML parse both readers share.

:mod:`~desktop_app.interop.graphml_import` and :mod:`~desktop_app.interop.gexf_import`
turn a file into :class:`GraphData`: nodes and edges with their attributes as
text, under the names :mod:`~desktop_app.interop.graph_import` knows (``label``,
``kind``, ``x``/``y`` in the file's own units with y pointing up, ``start``/``end``
as ISO dates from GEXF spells, ...). Parsing uses defusedxml with no DTD allowed
(no entity expansion, no external files).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import SourceError
from desktop_app.interop.sources import check_size


@dataclass
class GraphData:
    nodes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    edges: list[tuple[str | None, str, str, dict[str, str]]] = field(default_factory=list)
    #: Pixels per map unit when the file is our own export (None: another tool's file).
    position_scale: float | None = None
    #: "GraphML" or "GEXF", for messages.
    format: str = "GraphML"
    #: Edges that repeat an edge id already seen (a networkx MultiGraph writes those).
    repeated_edge_ids: int = 0


def source_error(path: str | os.PathLike[str], text: Text) -> SourceError:
    return SourceError(text, path=str(path))


def too_many() -> Text:
    return Text(
        "De graaf heeft meer dan {limit} knopen of lijnen.",
        "The graph has more than {limit} nodes or edges.",
    ).format(limit=limits.MAX_ROWS)


def parse_xml(path: str | os.PathLike[str]) -> Any:
    """The root element of a graph file, parsed safely.

    Raises:
        SourceError: too big, unsafe (DTD, entities) or not well-formed XML.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    path = Path(path)
    check_size(path)
    try:
        return parse(path, forbid_dtd=True).getroot()
    except DefusedXmlException:
        raise source_error(
            path,
            Text(
                "Het bestand bevat onveilige XML (een DTD of entiteiten) en wordt niet gelezen.",
                "The file contains unsafe XML (a DTD or entities) and is not read.",
            ),
        ) from None
    except (ParseError, SyntaxError, ValueError, UnicodeError):
        raise source_error(
            path,
            Text(
                "Dit is geen geldig GraphML- of GEXF-bestand (beschadigd of onvolledig?).",
                "This is not a valid GraphML or GEXF file (damaged or incomplete?).",
            ),
        ) from None


def local_name(tag: Any) -> str:
    """An element's name without its namespace (comments and the like give "")."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def clip(value: str) -> str:
    value = value.strip()
    return value[: limits.MAX_FIELD_CHARS] if len(value) > limits.MAX_FIELD_CHARS else value


def read_graph(path: str | os.PathLike[str]) -> GraphData:
    """A GraphML or GEXF file, told apart by its root element.

    Raises:
        SourceError
    """
    from desktop_app.interop.gexf_import import read_gexf_root
    from desktop_app.interop.graphml_import import read_graphml_root

    root = parse_xml(path)
    name = local_name(root.tag)
    if name == "graphml":
        return read_graphml_root(root, path)
    if name == "gexf":
        return read_gexf_root(root, path)
    raise source_error(
        path,
        Text(
            "Dit is geen GraphML- of GEXF-bestand.",
            "This is not a GraphML or GEXF file.",
        ),
    )
