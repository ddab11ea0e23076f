"""Build a report model from the atlas: what the PDF will say, before any drawing.

``build_report(atlas, ReportRequest(...))`` returns a
:class:`~desktop_app.reports.model.NetworkProfile`,
:class:`~desktop_app.reports.model.AreaSummary` or
:class:`~desktop_app.reports.model.MunicipalityOverview`. Residents' names
only reach the model when ``with_names`` is set; otherwise every person is a
pseudonym and their names are replaced in free text too.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.analysis.as_of import atlas_on
from desktop_app.analysis.common import is_current
from desktop_app.analysis.findings import compute_findings
from desktop_app.analysis.obstacles import days_open
from desktop_app.analysis.pseudonyms import Pseudonyms
from desktop_app.analysis.roles import bridge_persons
from desktop_app.analysis.settings import findings_settings
from desktop_app.domain import Area, Membership, Network, Obstacle, SupportCase, Tie, palette
from desktop_app.domain.enums import (
    AreaLevel,
    NetworkStatus,
    Role,
    SubjectType,
    SupportStatus,
    TieKind,
)
from desktop_app.i18n import Text
from desktop_app.reports import derived
from desktop_app.reports.model import (
    AreaSection,
    AreaSummary,
    AttentionItem,
    ContactRow,
    KeyFigures,
    MapData,
    MapEdge,
    MapNode,
    MunicipalityOverview,
    NetworkProfile,
    NoteRow,
    ObstacleGroup,
    ObstacleRow,
    ProfessionalRow,
    Report,
    ReportKind,
    ReportMeta,
    Structure,
    SupportRow,
    TieRow,
    VitalityDistribution,
)
from desktop_app.store import Atlas
from desktop_app.store.errors import AtlasError

#: Labels drawn on an area map: the networks needing attention, at most this many.
MAP_LABELS = 15
#: Bridge and isolated networks named in the structure part of an area section.
STRUCTURE_NAMES = 8
RECENT_NOTES = 5
ROLE_ORDER = {Role.TREKKER: 0, Role.CORE: 1, Role.MEMBER: 2}


class SubjectNotFoundError(AtlasError):
    """The area or network named for a report is not in the atlas."""

    text = Text("Dit gebied of netwerk staat niet in de atlas.", "No such area or network.")


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: ReportKind
    #: The area (area report) or network (network profile); unused for the municipality.
    subject_id: str | None = None
    with_names: bool = False
    today: date | None = None


# -- finding the subject by name (command line) ------------------------------------------
def find_area(atlas: Atlas, name: str) -> Area:
    found = atlas.areas.by_name(name.strip())
    if not found:
        raise SubjectNotFoundError(
            Text("Gebied niet gevonden: {name}", "Area not found: {name}").format(name=name)
        )
    return found[0]


def find_network(atlas: Atlas, name: str) -> Network:
    found = atlas.networks.by_name(name.strip())
    if not found:
        raise SubjectNotFoundError(
            Text("Netwerk niet gevonden: {name}", "Network not found: {name}").format(name=name)
        )
    if len(found) > 1:
        raise SubjectNotFoundError(
            Text(
                "Er zijn {n} netwerken met de naam {name}; kies er één in het venster.",
                "There are {n} networks named {name}; pick one in the window.",
            ).format(n=len(found), name=name)
        )
    return found[0]


def top_area(atlas: Atlas) -> Area | None:
    """The municipality: the top area (the one with most below it when there are several)."""
    roots = atlas.areas.children(None)
    if not roots:
        return None
    municipal = [a for a in roots if a.level is AreaLevel.MUNICIPALITY] or roots
    return max(municipal, key=lambda a: len(atlas.areas.descendant_ids(a.id)))


# -- the builder ------------------------------------------------------------------------------
def build_report(
    atlas: Atlas, request: ReportRequest, progress: Callable[[int, int], bool] | None = None
) -> Report:
    """The report model for ``request``; raises :class:`SubjectNotFoundError` for a bad subject.

    ``progress(done, total)`` is called between the steps; when it returns False
    the build stops with :class:`~desktop_app.reports.render_pdf.Cancelled`.
    """
    builder = _Builder(atlas, request, progress)
    if request.kind is ReportKind.NETWORK:
        return builder.network(request.subject_id or "")
    if request.kind is ReportKind.AREA:
        return builder.area(request.subject_id or "")
    return builder.municipality()


#: Steps of the progress while building: loading takes the first LOAD_STEPS of STEPS.
STEPS = 20
LOAD_STEPS = 8


class _Builder:
    def __init__(
        self,
        atlas: Atlas,
        request: ReportRequest,
        progress: Callable[[int, int], bool] | None = None,
    ) -> None:
        self.atlas = atlas
        self.request = request
        self.progress = progress
        self.today = request.today or date.today()
        self.names = Pseudonyms(
            atlas.persons.all(),
            with_names=request.with_names,
            word=QCoreApplication.translate("Reports", "Resident %1"),
        )
        self.areas = {a.id: a for a in atlas.areas.all()}
        self.rules = derived.Rules.of(atlas)

    def step(self, done: float) -> None:
        """Report ``done`` of :data:`STEPS`; stop when the user cancelled."""
        if self.progress is not None and not self.progress(int(done), STEPS):
            from desktop_app.reports.render_pdf import Cancelled

            raise Cancelled()

    def meta(self, kind: ReportKind, subject: str, level: AreaLevel | None) -> ReportMeta:
        return ReportMeta(
            kind=kind,
            atlas_name=self.atlas.name,
            subject=subject,
            subject_level=level,
            made_on=self.today,
            is_demo=self.atlas.is_demo,
            with_names=self.request.with_names,
        )

    def text(self, value: str) -> str:
        return self.names.text(value)

    def area_label(self, area_id: str | None) -> str:
        area = self.areas.get(area_id or "")
        return area.name if area else ""

    # -- network profile -----------------------------------------------------------------
    def network(self, network_id: str) -> NetworkProfile:
        atlas = self.atlas
        network = atlas.networks.find(network_id)
        if network is None:
            raise SubjectNotFoundError()
        area = self.areas.get(network.area_id or "")
        area_text = ""
        if area is not None:
            parent = self.areas.get(area.parent_id or "")
            area_text = area.name + (f" ({parent.name})" if parent else "")
        all_memberships = atlas.memberships.of_network(network.id)
        memberships = [m for m in all_memberships if is_current(m, self.today)]
        memberships.sort(key=lambda m: (ROLE_ORDER[m.role], m.since or date.min, m.id))
        contacts = []
        for m in memberships:
            others = {
                o.network_id
                for o in atlas.memberships.of_person(m.person_id)
                if is_current(o, self.today) and o.network_id != network.id
            }
            contacts.append(
                ContactRow(
                    self.names.label(m.person_id), m.role, not self.names.with_names, len(others)
                )
            )
        ties = [t for t in atlas.ties.of_network(network.id) if is_current(t, self.today)]
        other_ids = [t.target_id if t.source_id == network.id else t.source_id for t in ties]
        others = {n.id: n for n in atlas.networks.many(other_ids)}
        tie_rows = sorted(
            (
                TieRow(self.text(others[o].name), t.kind, t.strength, t.since)
                for t, o in zip(ties, other_ids, strict=True)
                if o in others
            ),
            key=lambda r: (-r.strength, r.other.casefold()),
        )
        signals = atlas.signals.of_network(network.id)
        vitality = derived.vitalities({network.id: signals}, [network.id], self.rules, self.today)
        view = derived.vitality_view(signals, vitality[network.id], self.rules, self.today)
        view = type(view)(
            view.score,
            view.trend,
            view.silent,
            view.timeline,
            tuple(
                type(s)(s.date, s.dimension, s.valence, self.text(s.note), s.weight)
                for s in view.signals
            ),
        )
        obstacles = [o for o in atlas.obstacles.of_network(network.id) if o.status.is_open]
        professionals = {p.id: p for p in atlas.professionals.all()}
        cases = atlas.support.of_network(network.id)
        support = sorted(
            cases,
            key=lambda c: (
                c.status is SupportStatus.FINISHED,
                -(c.noticed_on or date.min).toordinal(),
            ),
        )
        notes = sorted(
            atlas.notes.about(SubjectType.NETWORK, network.id),
            key=lambda n: n.date,
            reverse=True,
        )[:RECENT_NOTES]
        reasons = derived.attention(
            [network], vitality, all_memberships, obstacles, cases, self.rules, self.today
        ).get(network.id, ())
        return NetworkProfile(
            meta=self.meta(ReportKind.NETWORK, self.text(network.name), None),
            network_id=network.id,
            name=self.text(network.name),
            kind=network.kind,
            status=network.status,
            area=area_text,
            description=self.text(network.description),
            themes=network.themes,
            channels=network.channels,
            size_estimate=network.size_estimate,
            meeting_place=self.text(network.meeting_place),
            founded=network.founded,
            contacts=tuple(contacts),
            ties=tuple(tie_rows),
            vitality=view,
            obstacles=tuple(self._obstacle_row(o, professionals, {}) for o in obstacles),
            support=tuple(
                SupportRow(
                    c.need,
                    c.priority,
                    c.status,
                    professionals[c.professional_id].name
                    if c.professional_id in professionals
                    else "",
                    c.noticed_on,
                    c.finished_on,
                    self.text(c.description),
                    self.text(c.outcome),
                )
                for c in support
            ),
            notes=tuple(NoteRow(n.date, n.author, self.text(n.text)) for n in notes),
            reasons=reasons,
        )

    def _obstacle_row(
        self, o: Obstacle, professionals: dict, network_names: dict[str, str]
    ) -> ObstacleRow:
        # A professional is named (they are not a resident); a department is free text.
        pro = professionals.get(o.owner_professional_id)
        owner = pro.name if pro is not None else self.text(o.owner_department)
        return ObstacleRow(
            o.category,
            self.text(o.description),
            o.status,
            o.reported_on,
            days_open(o, self.today),
            owner,
            tuple(network_names[n] for n in o.network_ids if n in network_names),
        )

    # -- area and municipality -----------------------------------------------------------
    def area(self, area_id: str) -> AreaSummary:
        area = self.areas.get(area_id)
        if area is None:
            raise SubjectNotFoundError()
        scope = _Scope.load(self, self.atlas.areas.descendant_ids(area.id))
        section = scope.section(area, with_map=True, with_structure=True)
        return AreaSummary(self.meta(ReportKind.AREA, area.name, area.level), section)

    def municipality(self) -> MunicipalityOverview:
        top = top_area(self.atlas)
        if top is None:
            scope = _Scope.load(self, None)
            name = self.atlas.name
            fake = Area(name=name, level=AreaLevel.MUNICIPALITY, id="")
            return MunicipalityOverview(
                self.meta(ReportKind.MUNICIPALITY, name, AreaLevel.MUNICIPALITY),
                scope.section(fake, with_map=True),
            )
        scope = _Scope.load(self, None)
        section = scope.section(top, with_map=True, with_structure=True)
        districts = sorted(
            (a for a in self.areas.values() if a.parent_id == top.id),
            key=lambda a: a.name.casefold(),
        )
        sections = []
        self.step(LOAD_STEPS + 2)
        for i, district in enumerate(districts):
            ids = set(self.atlas.areas.descendant_ids(district.id))
            sections.append(scope.subset(ids).section(district, with_map=True))
            self.step(LOAD_STEPS + 2 + (STEPS - LOAD_STEPS - 2) * (i + 1) / len(districts))
        return MunicipalityOverview(
            self.meta(ReportKind.MUNICIPALITY, top.name, top.level), section, tuple(sections)
        )


class _Scope:
    """Everything about a set of networks that an area section shows, loaded once."""

    def __init__(self, builder: _Builder) -> None:
        self.b = builder

    @classmethod
    def load(cls, b: _Builder, area_ids: Iterable[str] | None) -> _Scope:
        """The scope as it was on the report's date (:mod:`desktop_app.analysis.as_of`)."""
        atlas = b.atlas
        s = cls(b)
        day = b.today
        networks = atlas.networks.all() if area_ids is None else atlas.networks.in_areas(area_ids)
        ids = {n.id for n in networks}
        b.step(1)
        memberships = atlas.memberships.all()
        ties = atlas.ties.all()
        obstacles = [o for o in atlas.obstacles.all() if ids.intersection(o.network_ids)]
        periods = atlas.networks.status_periods()
        b.step(3)
        signals = atlas.signals.all_by_network(None if area_ids is None else ids)
        b.step(6)
        state = atlas_on(
            day,
            networks=networks,
            status_periods=periods,
            memberships=[m for m in memberships if m.network_id in ids],
            ties=[t for t in ties if t.source_id in ids and t.target_id in ids],
            obstacles=obstacles,
            support_cases=[c for c in atlas.support.all() if c.network_id in ids],
            signals_by_network=signals,
        )
        s.networks = list(state.networks)
        present = state.network_ids
        s.memberships = list(state.memberships)
        s.bridges = set(bridge_persons(memberships, day))
        # Ties leaving the scope count too (their other end lies outside the area).
        s.ties = [
            t
            for t in ties
            if (t.source_id in present or t.target_id in present) and is_current(t, day)
        ]
        s.obstacles = list(state.obstacles)
        s.support = list(state.support_cases)
        s.professionals = {p.id: p for p in atlas.professionals.all()}
        s.positions = atlas.positions.all()
        s.vitality = derived.vitalities(state.signals_by_network, present, b.rules, day)
        del signals, state
        s.names = {n.id: b.text(n.name) for n in s.networks}
        s._index()
        b.step(LOAD_STEPS)
        return s

    def _index(self) -> None:
        self.obstacles_of: dict[str, list[Obstacle]] = defaultdict(list)
        for o in self.obstacles:
            for n in o.network_ids:
                self.obstacles_of[n].append(o)
        self.support_of: dict[str, list[SupportCase]] = defaultdict(list)
        for c in self.support:
            self.support_of[c.network_id].append(c)
        self.memberships_of: dict[str, list[Membership]] = defaultdict(list)
        for m in self.memberships:
            self.memberships_of[m.network_id].append(m)
        self.ties_of: dict[str, list[Tie]] = defaultdict(list)
        for t in self.ties:
            self.ties_of[t.source_id].append(t)
            self.ties_of[t.target_id].append(t)
        live = [n for n in self.networks if n.status is not NetworkStatus.ENDED]
        self.reasons = derived.attention(
            live,
            self.vitality,
            self.memberships,
            self.obstacles,
            self.support,
            self.b.rules,
            self.b.today,
        )

    def subset(self, area_ids: set[str]) -> _Scope:
        s = _Scope(self.b)
        s.networks = [n for n in self.networks if n.area_id in area_ids]
        ids = {n.id for n in s.networks}
        # Through the per-network indexes: a district is a small part of the whole.
        order = [n.id for n in s.networks]  # not the set: the same report every time
        s.memberships = [m for i in order for m in self.memberships_of.get(i, ())]
        s.bridges = self.bridges
        s.ties = list({t.id: t for i in order for t in self.ties_of.get(i, ())}.values())
        s.obstacles = list({o.id: o for i in order for o in self.obstacles_of.get(i, ())}.values())
        s.support = [c for i in order for c in self.support_of.get(i, ())]
        s.professionals = self.professionals
        s.positions = self.positions
        s.vitality = self.vitality
        s.names = self.names
        s.obstacles_of = self.obstacles_of
        s.support_of = self.support_of
        s.memberships_of = self.memberships_of
        s.ties_of = self.ties_of
        s.reasons = {i: r for i, r in self.reasons.items() if i in ids}
        return s

    # -- the section -------------------------------------------------------------------
    def section(self, area: Area, *, with_map: bool, with_structure: bool = False) -> AreaSection:
        b = self.b
        live = [n for n in self.networks if n.status is not NetworkStatus.ENDED]
        scores = [self.vitality[n.id] for n in live]
        known = [v.map_score for v in scores if v.map_score is not None]
        counts = [0] * len(palette.VITALITY_CLASSES)
        unknown = 0
        for v in scores:
            cls = palette.vitality_class(v.map_score)
            if cls is None:
                unknown += 1
            else:
                counts[cls] += 1
        contacts = {m.person_id for m in self.memberships}
        figures = KeyFigures(
            networks=len(self.networks),
            by_status=dict(Counter(n.status for n in self.networks)),
            contacts=len(contacts),
            bridges=len(contacts & self.bridges),
            ties=len(self.ties),
            open_obstacles=len(self.obstacles),
            open_support=sum(1 for c in self.support if c.status.is_open),
            silent=sum(1 for v in scores if v.silent),
            median_score=statistics.median(known) if known else None,
        )
        # In the analysis layer's order: most severe first, then longest waiting.
        live_ids = {n.id: n for n in live}
        attention = [
            AttentionItem(
                nid,
                self.names[nid],
                b.area_label(live_ids[nid].area_id),
                self.vitality[nid].score,
                reasons,
            )
            for nid, reasons in self.reasons.items()
            if nid in live_ids and reasons
        ]
        groups = []
        by_category: dict = defaultdict(list)
        for o in self.obstacles:
            by_category[o.category].append(o)
        for category, items in sorted(
            by_category.items(), key=lambda kv: (-len(kv[1]), kv[0].value)
        ):
            ages = [a for o in items if (a := days_open(o, b.today)) is not None]
            groups.append(
                ObstacleGroup(
                    category,
                    len(items),
                    max(ages) if ages else None,
                    statistics.median(ages) if ages else None,
                    tuple(b._obstacle_row(o, self.professionals, self.names) for o in items),
                )
            )
        support = Counter(c.status for c in self.support)
        children = self._children(area)
        return AreaSection(
            area_id=area.id,
            name=area.name,
            level=area.level,
            parent=b.area_label(area.parent_id),
            figures=figures,
            distribution=VitalityDistribution(tuple(counts), unknown),
            kinds=dict(Counter(n.kind for n in live)),
            attention=tuple(attention[:60]),
            attention_total=len(attention),
            obstacles=tuple(groups),
            support={st: support.get(st, 0) for st in SupportStatus},
            professionals=self._professionals(),
            map=self._map({a.network_id for a in attention[:MAP_LABELS]}) if with_map else None,
            children=children,
            structure=self._structure() if with_structure else None,
        )

    def _structure(self) -> Structure:
        """Clusters, bridge networks and isolated networks among this area's networks."""
        live = [n for n in self.networks if n.status is not NetworkStatus.ENDED]
        ids = {n.id for n in live}
        inner = [t for t in self.ties if t.source_id in ids and t.target_id in ids]
        found = compute_findings(
            live, inner, self.memberships, findings_settings(self.b.atlas), self.b.today
        )
        bridges = sorted(found.bridges.values(), key=lambda br: br.rank)
        isolated = sorted((self.names[i] for i in found.isolated), key=str.casefold)
        return Structure(
            cluster_sizes=tuple(c.size for c in found.clusters),
            bridges=tuple(
                (self.names[br.network_id], br.cut_point) for br in bridges[:STRUCTURE_NAMES]
            ),
            bridges_total=len(bridges),
            isolated=tuple(isolated[:STRUCTURE_NAMES]),
            isolated_total=len(isolated),
        )

    def _children(self, area: Area) -> tuple[tuple[str, int, float | None], ...]:
        b = self.b
        below = sorted(
            (a for a in b.areas.values() if a.parent_id == area.id and area.id),
            key=lambda a: a.name.casefold(),
        )
        if not below:
            return ()
        parent_of = {a.id: a.parent_id for a in b.areas.values()}

        def child_of(area_id: str | None) -> str | None:
            seen = 0
            while area_id is not None and seen < 50:
                if parent_of.get(area_id) == area.id:
                    return area_id
                area_id = parent_of.get(area_id)
                seen += 1
            return None

        grouped: dict[str, list[Network]] = defaultdict(list)
        for n in self.networks:
            child = child_of(n.area_id)
            if child is not None:
                grouped[child].append(n)
        rows = []
        for child in below:
            nets = grouped.get(child.id, [])
            known = [
                v.map_score
                for n in nets
                if n.status is not NetworkStatus.ENDED
                and (v := self.vitality[n.id]).map_score is not None
            ]
            rows.append((child.name, len(nets), statistics.median(known) if known else None))
        return tuple(rows)

    def _professionals(self) -> tuple[ProfessionalRow, ...]:
        open_cases: Counter[str] = Counter()
        finished: Counter[str] = Counter()
        owned: Counter[str] = Counter()
        for c in self.support:
            if c.professional_id:
                (open_cases if c.status.is_open else finished)[c.professional_id] += 1
        for o in self.obstacles:
            if o.owner_professional_id:
                owned[o.owner_professional_id] += 1
        ids = set(open_cases) | set(finished) | set(owned)
        rows = [
            ProfessionalRow(p.name, p.organisation, open_cases[p.id], finished[p.id], owned[p.id])
            for i in ids
            if (p := self.professionals.get(i)) is not None
        ]
        rows.sort(key=lambda r: (-(r.open_cases + r.obstacles_owned), r.name.casefold()))
        return tuple(rows)

    def _map(self, labelled: set[str]) -> MapData:
        nodes: list[MapNode] = []
        index: dict[str, int] = {}
        rings: set[SupportStatus] = set()
        for n in self.networks:
            if n.status is NetworkStatus.ENDED:
                continue
            pos = self.positions.get(n.id)
            if pos is None:
                continue
            v = self.vitality[n.id]
            open_cases = [c.status for c in self.support_of.get(n.id, ()) if c.status.is_open]
            ring = max(open_cases, key=list(SupportStatus).index) if open_cases else None
            if ring is not None:
                rings.add(ring)
            index[n.id] = len(nodes)
            nodes.append(
                MapNode(
                    n.id,
                    pos.x,
                    pos.y,
                    palette.node_diameter(n.size_estimate),
                    palette.vitality_colour(v.map_score),
                    palette.SUPPORT_RING[ring] if ring else None,
                    bool(self.obstacles_of.get(n.id)),
                    self.names[n.id] if n.id in labelled else "",
                )
            )
        edges = []
        for t in self.ties:
            a, z = index.get(t.source_id), index.get(t.target_id)
            if a is not None and z is not None:
                edges.append(
                    MapEdge(a, z, palette.edge_width(t.strength), t.kind is TieKind.TENSION)
                )
        return MapData(
            tuple(nodes),
            tuple(edges),
            tuple(st for st in SupportStatus if st in rings),
            any(e.tension for e in edges),
            any(n.blocked for n in nodes),
        )
