"""A graph file (GraphML or GEXF) into the atlas: nodes become networks, edges ties.

:func:`plan_graph` reads the file and decides everything without writing;
:func:`import_graph` writes that plan in one transaction (after a backup) and
returns an :class:`~desktop_app.interop.importer.ImportResult` with undo.

What is kept, and how:

- name: ``label``/``name`` (yEd: the node label), cleaned as on every import
  path (:func:`~desktop_app.interop.values.clean_name`); a name that occurs
  twice in the file gets " (2)" and is reported;
- ``kind``, ``status``, ``area``/``area_code``, ``size_estimate``, ``founded``
  and ``status_since`` (our own export), ``description`` and ``themes``;
  GEXF ``start``/``end`` become founded and, for an end in the past, status
  ended since then; ties take ``kind``, ``strength`` or ``weight`` (1..3),
  ``since``/``until`` or the GEXF ``start``/``end``;
- every other attribute, and a kind the atlas does not know, becomes a note
  on the network or tie ("Uit bestand.gexf: ...");
- self-loops are skipped, parallel and reciprocal edges of one kind merged
  into one tie (the strongest), networks and ties already in the atlas
  skipped unless the policy is "add"; the summary counts each of these;
- positions: see :mod:`desktop_app.interop.graph_positions`. A coordinate that
  is not a finite number (``inf``, ``nan``, ``1e308``) refuses the whole file.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain import (
    Network,
    NetworkKind,
    NetworkStatus,
    Note,
    Position,
    SubjectType,
    Tie,
    TieKind,
    new_id,
)
from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import ImportRejectedError
from desktop_app.interop.graph_data import GraphData, read_graph
from desktop_app.interop.graph_positions import FILE_COORDINATE_LIMIT, fit_positions
from desktop_app.interop.importer import ImportReport, ImportResult, problems_text
from desktop_app.interop.lookups import Lookups
from desktop_app.interop.validation import ADD, DUPLICATE, SKIP, WARNING, Problem
from desktop_app.interop.values import (
    ValueProblem,
    clean_name,
    parse_enum,
    parse_int,
    parse_list,
    text_value,
)
from desktop_app.interop.vocabulary import normalise
from desktop_app.store.codec import format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store import Atlas

_NAME_KEYS = ("label", "name", "Label", "Name")
_THEME_KEYS = ("themes", "theme", "thema", "themas", "tags")
#: Attributes used for the network itself.
_NODE_FIELDS = {
    *_NAME_KEYS,
    *_THEME_KEYS,
    "kind",
    "kind_label",
    "area",
    "area_code",
    "size_estimate",
    "status",
    "status_since",
    "founded",
    "start",
    "end",
    "description",
    "x",
    "y",
    "_time_dropped",
}
#: What our own export derives from the atlas (recomputed here, not stored).
_DERIVED = {"support", "vitality", "silent", "trend", "map_vitality", "colour", "size", "id"}
_EDGE_FIELDS = {"kind", "strength", "weight", "since", "until", "start", "end", "_time_dropped"}
#: Longest name the atlas takes.
MAX_NAME = 200


@dataclass
class GraphPlan:
    """Everything an import of one graph file would write, and what it leaves out."""

    source: str
    format: str
    nodes: int
    edges: int
    networks: list[Network] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    #: Per node or edge: duplicates (skipped) and warnings.
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def skipped(self) -> int:
        c = self.counts
        return c["existing_networks"] + c["existing_ties"] + c["self_loops"]

    def report(self) -> ImportReport:
        return ImportReport(
            target="graph",
            source=self.source,
            rows=self.nodes + self.edges,
            added=len(self.networks) + len(self.ties),
            updated=0,
            skipped=self.skipped,
            added_per_table={
                "networks": len(self.networks),
                "ties": len(self.ties),
                **({"notes": len(self.notes)} if self.notes else {}),
            },
            problems=[*self.summary_problems(), *self.problems],
            at=format_timestamp(utc_now()),
        )

    def summary_problems(self) -> list[Problem]:
        return [Problem(0, None, line, WARNING) for line in self.summary_lines()[1:]]

    def summary_lines(self) -> list[Text]:
        """The first line: what comes in; then one line per thing merged, skipped or dropped."""
        c = self.counts
        lines = [
            Text(
                "{format}: {nodes} knopen en {edges} lijnen; nieuw: {networks} netwerken, "
                "{ties} verbindingen, {notes} notities.",
                "{format}: {nodes} nodes and {edges} edges; new: {networks} networks, "
                "{ties} ties, {notes} notes.",
            ).format(
                format=self.format,
                nodes=self.nodes,
                edges=self.edges,
                networks=len(self.networks),
                ties=len(self.ties),
                notes=len(self.notes),
            )
        ]
        for key, text in _COUNT_TEXTS:
            if c[key]:
                lines.append(text.format(n=c[key]))
        return lines

    def summary(self) -> Text:
        lines = self.summary_lines()
        return Text("\n".join(t.nl for t in lines), "\n".join(t.en for t in lines))


_COUNT_TEXTS = (
    (
        "existing_networks",
        Text(
            "Overgeslagen: {n} netwerk(en) die al in de atlas staan.",
            "Skipped: {n} network(s) already in the atlas.",
        ),
    ),
    (
        "existing_ties",
        Text(
            "Overgeslagen: {n} verbinding(en) die al in de atlas staan.",
            "Skipped: {n} tie(s) already in the atlas.",
        ),
    ),
    (
        "self_loops",
        Text(
            "Overgeslagen: {n} lus(sen), een lijn van een knoop naar zichzelf.",
            "Skipped: {n} self-loop(s), an edge from a node to itself.",
        ),
    ),
    (
        "merged",
        Text(
            "Samengevoegd: {n} dubbele of wederkerige lijn(en) tussen dezelfde twee netwerken "
            "(de sterkste telt).",
            "Merged: {n} parallel or reciprocal edge(s) between the same two networks "
            "(the strongest counts).",
        ),
    ),
    (
        "repeated_edge_ids",
        Text(
            "{n} lijn(en) met een id dat al eerder voorkwam (gelezen als aparte lijnen).",
            "{n} edge(s) with an id used before (read as separate edges).",
        ),
    ),
    (
        "renamed",
        Text(
            "{n} naam/namen kwamen meer dan eens voor; die netwerken kregen ' (2)', ' (3)', ...",
            "{n} name(s) occurred more than once; those networks got ' (2)', ' (3)', ...",
        ),
    ),
    (
        "attributes_as_notes",
        Text(
            "{n} andere eigenschap(pen) bewaard als notitie bij het netwerk of de verbinding.",
            "{n} other attribute(s) kept as a note on the network or tie.",
        ),
    ),
    (
        "areas_unknown",
        Text(
            "{n} netwerk(en) met een gebied dat niet in de atlas staat: zonder gebied ingelezen.",
            "{n} network(s) with an area not in the atlas: imported without an area.",
        ),
    ),
    (
        "time_dropped",
        Text(
            "{n} tijdsaanduiding(en) zonder datum (getallen) niet overgenomen.",
            "{n} time value(s) without a date (numbers) not taken over.",
        ),
    ),
    (
        "positions_dropped",
        Text(
            "{n} positie(s) niet bruikbaar; die netwerken krijgen een plek op de kaart.",
            "{n} position(s) not usable; those networks get a place on the map.",
        ),
    ),
)


def plan_graph(atlas: Atlas, path: str | os.PathLike[str], *, policy: str = SKIP) -> GraphPlan:
    """Read ``path`` and decide what an import would write; writes nothing.

    Raises:
        SourceError: not a graph file, unsafe or damaged XML, limits.
        ImportRejectedError: a node or edge has a value the atlas cannot hold.
    """
    data = read_graph(path)
    return _Planner(atlas, data, Path(path).name, policy).run()


def import_graph(
    atlas: Atlas, path: str | os.PathLike[str], *, policy: str = SKIP, dry_run: bool = False
) -> ImportResult | None:
    """Read ``path`` and add its nodes as networks and its edges as ties, all or nothing.

    Returns:
        What was written (with undo), or None for a dry run.

    Raises:
        SourceError, ImportRejectedError, AtlasError
    """
    plan = plan_graph(atlas, path, policy=policy)
    if dry_run:
        return None
    return apply_plan(atlas, plan)


def apply_plan(atlas: Atlas, plan: GraphPlan) -> ImportResult:
    from desktop_app.store.backups import backup_before_import
    from desktop_app.store.bulk import insert_many

    report = plan.report()
    added = [
        (repo, objs)
        for repo, objs in (("networks", plan.networks), ("ties", plan.ties), ("notes", plan.notes))
        if objs
    ]
    if not atlas.conn.in_transaction:
        backup_before_import(atlas)
    with atlas.transaction():
        for repo, objs in added:
            insert_many(atlas, getattr(atlas, repo), objs)
        if plan.positions:
            atlas.positions.save(plan.positions)
        atlas.audit(
            "import",
            "graph",
            f"{len(plan.networks)} networks, {len(plan.ties)} ties, {plan.skipped} skipped",
        )
    return ImportResult(report=report, added=added, updated=[], positions=plan.positions)


class _Planner:
    def __init__(self, atlas: Atlas, data: GraphData, source: str, policy: str) -> None:
        self.atlas = atlas
        self.data = data
        self.source = source
        self.policy = policy
        self.today = date.today()
        self.plan = GraphPlan(
            source=source, format=data.format, nodes=len(data.nodes), edges=len(data.edges)
        )
        self.plan.counts["repeated_edge_ids"] = data.repeated_edge_ids
        self.errors: list[Problem] = []
        self.node_ids: dict[str, str] = {}

    def run(self) -> GraphPlan:
        self._nodes()
        self._edges()
        if self.errors:
            body = problems_text(self.errors)
            head = ImportRejectedError.text
            raise ImportRejectedError(Text(f"{head.nl}\n{body.nl}", f"{head.en}\n{body.en}"))
        return self.plan

    # -- nodes --------------------------------------------------------------------
    def _nodes(self) -> None:
        plan = self.plan
        areas = Lookups(self.atlas).index("area")
        existing: dict[tuple[str, str | None], str] = {}
        for network in self.atlas.networks.all():
            existing.setdefault((normalise(network.name), network.area_id), network.id)
        in_file: Counter[tuple[str, str | None]] = Counter()
        raw_positions: dict[str, tuple[float, float]] = {}
        for number, (node_id, attrs) in enumerate(self.data.nodes, start=1):
            try:
                network, xy, attrs = self._network(node_id, attrs, areas)
            except ValueProblem as exc:
                self.errors.append(Problem(number, None, _node(node_id, exc.text)))
                continue
            key = (normalise(network.name), network.area_id)
            match = existing.get(key)
            if match is not None and self.policy != ADD:
                self.node_ids[node_id] = match
                plan.counts["existing_networks"] += 1
                plan.problems.append(Problem(number, None, _node(node_id, _ALREADY), DUPLICATE))
                continue
            in_file[key] += 1
            if in_file[key] > 1:
                renamed = f"{network.name[: MAX_NAME - 6]} ({in_file[key]})"
                plan.counts["renamed"] += 1
                plan.problems.append(
                    Problem(
                        number,
                        None,
                        _node(
                            node_id,
                            Text(
                                "de naam komt al eerder in het bestand voor; heet nu '{name}'.",
                                "the name occurs earlier in the file; now called '{name}'.",
                            ).format(name=renamed[:80]),
                        ),
                        WARNING,
                    )
                )
                network = _replace_name(network, renamed)
            plan.networks.append(network)
            self.node_ids[node_id] = network.id
            if xy is not None:
                raw_positions[network.id] = xy
            self._note(SubjectType.NETWORK, network.id, attrs, _NODE_FIELDS | _DERIVED)
        on_map = [(p.x, p.y) for p in self.atlas.positions.all().values() if p.usable]
        fitted = fit_positions(raw_positions, self.data.position_scale, on_map)
        for network_id, (x, y) in fitted.items():
            position = Position(network_id=network_id, x=x, y=y)
            if position.usable:
                plan.positions.append(position)
            else:
                plan.counts["positions_dropped"] += 1

    def _network(
        self, node_id: str, attrs: dict[str, str], areas
    ) -> tuple[Network, tuple[float, float] | None, dict[str, str]]:
        """The network of one node, its file position, and its attributes (plus an
        unrecognised kind, kept for the note)."""
        name = clean_name(next((attrs[k] for k in _NAME_KEYS if attrs.get(k)), node_id))
        if not name:
            name = clean_name(node_id)
        if not name or len(name) > MAX_NAME:
            raise ValueProblem(Text("naam ontbreekt of is te lang.", "name missing or too long."))
        kind = NetworkKind.OTHER
        kind_text = attrs.get("kind") or attrs.get("kind_label")
        if kind_text:
            try:
                kind = parse_enum(kind_text, NetworkKind)
            except ValueProblem:
                attrs = {**attrs, _FILE_KIND: kind_text}
        area_id = None
        area_text = attrs.get("area_code") or attrs.get("area")
        if area_text:
            try:
                area_id = areas.find(area_text)
            except ValueProblem:
                self.plan.counts["areas_unknown"] += 1
        size_text = attrs.get("size_estimate")
        size = parse_int(size_text, 0, 1_000_000) if size_text else None
        founded = _date(attrs.get("founded") or attrs.get("start"))
        status = NetworkStatus.ACTIVE
        since = _date(attrs.get("status_since"))
        if attrs.get("status"):
            try:
                status = parse_enum(attrs["status"], NetworkStatus)
            except ValueProblem:
                status = NetworkStatus.ACTIVE
        else:
            end = _date(attrs.get("end"))
            if end is not None and end <= self.today:
                status, since = NetworkStatus.ENDED, end
        if attrs.get("_time_dropped"):
            self.plan.counts["time_dropped"] += 1
        themes = next((parse_list(attrs[k]) for k in _THEME_KEYS if attrs.get(k)), ())
        description = text_value(attrs.get("description", ""))[: limits.MAX_FIELD_CHARS]
        xy = _coordinates(attrs)
        network = Network(
            name=name,
            kind=kind,
            area_id=area_id,
            size_estimate=size,
            founded=founded,
            status=status,
            status_since=since if status is not NetworkStatus.ACTIVE or since else None,
            themes=themes,
            description=description,
            id=new_id(),
        )
        return network, xy, attrs

    # -- edges --------------------------------------------------------------------
    def _edges(self) -> None:
        plan = self.plan
        existing = {(frozenset((t.source_id, t.target_id)), t.kind) for t in self.atlas.ties.all()}
        merged: dict[tuple[frozenset[str], TieKind], int] = {}
        for number, (edge_id, source, target, attrs) in enumerate(self.data.edges, start=1):
            label = edge_id or f"{source}-{target}"
            try:
                kind, strength, since, until, unknown_kind = self._tie_values(attrs)
            except ValueProblem as exc:
                self.errors.append(Problem(number, None, _edge(label, exc.text)))
                continue
            if source not in self.node_ids or target not in self.node_ids:
                continue  # an end with a problem of its own, reported above
            a, b = self.node_ids[source], self.node_ids[target]
            if a == b:
                plan.counts["self_loops"] += 1
                continue
            pair = (frozenset((a, b)), kind)
            if pair in existing and self.policy != ADD:
                plan.counts["existing_ties"] += 1
                plan.problems.append(Problem(number, None, _edge(label, _ALREADY), DUPLICATE))
                continue
            if pair in merged:
                plan.counts["merged"] += 1
                i = merged[pair]
                if strength > plan.ties[i].strength:
                    old = plan.ties[i]
                    plan.ties[i] = Tie(
                        source_id=old.source_id,
                        target_id=old.target_id,
                        kind=old.kind,
                        strength=strength,
                        since=old.since,
                        until=old.until,
                        id=old.id,
                    )
                continue
            tie = Tie(
                source_id=a, target_id=b, kind=kind, strength=strength, since=since, until=until
            )
            merged[pair] = len(plan.ties)
            plan.ties.append(tie)
            extra = dict(attrs)
            if unknown_kind:
                extra[_FILE_KIND] = unknown_kind
            self._note(SubjectType.TIE, tie.id, extra, _EDGE_FIELDS | _DERIVED)

    def _tie_values(self, attrs: dict[str, str]):
        kind = TieKind.COOPERATION
        unknown_kind = ""
        if attrs.get("kind"):
            try:
                kind = parse_enum(attrs["kind"], TieKind)
            except ValueProblem:
                unknown_kind = attrs["kind"]
        if attrs.get("strength"):
            strength = parse_int(attrs["strength"], 1, 3)
        elif attrs.get("weight"):
            weight = _number(attrs["weight"])
            if weight is None or not math.isfinite(weight) or abs(weight) > 1e12:
                raise ValueProblem(
                    Text(
                        "gewicht '{value}' is geen (eindig) getal.",
                        "weight '{value}' is not a (finite) number.",
                    ).format(value=attrs["weight"][:40])
                )
            strength = min(3, max(1, round(weight)))
        else:
            strength = 2
        if attrs.get("_time_dropped"):
            self.plan.counts["time_dropped"] += 1
        since = _date(attrs.get("since") or attrs.get("start"))
        until = _date(attrs.get("until") or attrs.get("end"))
        if since and until and until < since:
            until = None
        return kind, strength, since, until, unknown_kind

    # -- notes --------------------------------------------------------------------
    def _note(self, subject: SubjectType, subject_id: str, attrs: dict[str, str], known) -> None:
        extra = {k: v for k, v in attrs.items() if k not in known and v.strip()}
        if not extra:
            return
        self.plan.counts["attributes_as_notes"] += len(extra)
        lines = [f"{clean_name(k)[:60]}: {text_value(v)}" for k, v in extra.items()]
        text = f"Uit {self.source[:80]}:\n" + "\n".join(lines)
        self.plan.notes.append(
            Note(
                subject_type=subject,
                subject_id=subject_id,
                text=text[: limits.MAX_FIELD_CHARS],
                date=self.today,
            )
        )


#: The note line of a kind the atlas does not know.
_FILE_KIND = "soort in het bestand"
_ALREADY = Text("staat al in de atlas; overgeslagen.", "already in the atlas; skipped.")


def _replace_name(network: Network, name: str) -> Network:
    import dataclasses

    return dataclasses.replace(network, name=name)


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _coordinates(attrs: dict[str, str]) -> tuple[float, float] | None:
    if "x" not in attrs and "y" not in attrs:
        return None
    x, y = _number(attrs.get("x", "")), _number(attrs.get("y", ""))
    if x is None or y is None:
        raise ValueProblem(Text("x/y is geen getal.", "x/y is not a number."))
    if not (math.isfinite(x) and math.isfinite(y)) or max(abs(x), abs(y)) > FILE_COORDINATE_LIMIT:
        raise ValueProblem(
            Text(
                "positie ({x}, {y}) is geen bruikbaar getal (oneindig, NaN of boven een miljard).",
                "position ({x}, {y}) is not a usable number (infinite, NaN or above a billion).",
            ).format(
                x=attrs.get("x", "")[:20], y=attrs.get("y", "")[:20], limit=FILE_COORDINATE_LIMIT
            )
        )
    return x, y


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return day if 1800 <= day.year <= 2200 else None


def _node(node_id: str, text: Text) -> Text:
    return Text(f"knoop '{node_id[:40]}': {text.nl}", f"node '{node_id[:40]}': {text.en}")


def _edge(label: str, text: Text) -> Text:
    return Text(f"lijn '{label[:40]}': {text.nl}", f"edge '{label[:40]}': {text.en}")
