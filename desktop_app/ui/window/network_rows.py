"""What the window lists about each network, and the filter over that list. Pure Python.

``NetworkRow`` is one line of the networks table; ``FilterSpec`` is what the
filter panel asks for; :func:`kept_ids` applies it. No Qt here, so the rules
are tested on plain lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app.domain import Area, SupportCase
from desktop_app.domain.enums import NetworkKind, NetworkStatus, SupportStatus
from desktop_app.store.network_list import NetworkListItem

#: Stands for "no open support case" among the support statuses of a filter.
NO_SUPPORT = "none"


@dataclass(slots=True)  # not frozen: built 50,000 at a time, and frozen __init__ is slow
class NetworkRow:
    id: str
    name: str
    kind: NetworkKind
    status: NetworkStatus
    area_id: str | None
    area_name: str
    size: int | None
    themes: tuple[str, ...]
    vitality: float | None = None
    silent: bool = False
    support: SupportStatus | None = None
    #: desktop_app.analysis.findings.FindingKind values that apply (bridge, isolated, ...)
    findings: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FilterSpec:
    """An empty set means "no restriction" for that property."""

    area_ids: frozenset[str] = frozenset()
    kinds: frozenset[NetworkKind] = frozenset()
    themes: frozenset[str] = frozenset()
    statuses: frozenset[NetworkStatus] = frozenset()
    support: frozenset[str] = frozenset()  # SupportStatus values and NO_SUPPORT
    findings: frozenset[str] = frozenset()  # FindingKind values; any of them
    vitality_min: int = 0
    vitality_max: int = 100
    include_unknown_vitality: bool = True

    @property
    def is_empty(self) -> bool:
        return self == FilterSpec()

    def keeps(self, row: NetworkRow) -> bool:
        if self.area_ids and row.area_id not in self.area_ids:
            return False
        if self.kinds and row.kind not in self.kinds:
            return False
        if self.themes and not self.themes.intersection(row.themes):
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.findings and not self.findings.intersection(row.findings):
            return False
        if self.support:
            value = row.support.value if row.support is not None else NO_SUPPORT
            if value not in self.support:
                return False
        if row.vitality is None:
            return self.include_unknown_vitality
        return self.vitality_min <= row.vitality <= self.vitality_max


def kept_ids(rows: Iterable[NetworkRow], spec: FilterSpec) -> set[str] | None:
    """The ids the filter keeps; None when the filter keeps everything by definition."""
    if spec.is_empty:
        return None
    return {row.id for row in rows if spec.keeps(row)}


@dataclass(slots=True)
class AreaTree:
    """Areas by parent, for the municipality > district > neighbourhood tree."""

    areas: dict[str, Area] = field(default_factory=dict)
    children: dict[str | None, list[Area]] = field(default_factory=dict)

    @classmethod
    def build(cls, areas: Sequence[Area]) -> AreaTree:
        tree = cls({a.id: a for a in areas}, {})
        for area in areas:
            parent = area.parent_id if area.parent_id in tree.areas else None
            tree.children.setdefault(parent, []).append(area)
        for kids in tree.children.values():
            kids.sort(key=lambda a: a.name.casefold())
        return tree

    def descendants(self, area_id: str) -> set[str]:
        """The area and every area below it."""
        found, todo = set(), [area_id]
        while todo:
            current = todo.pop()
            if current in found:
                continue
            found.add(current)
            todo.extend(a.id for a in self.children.get(current, []))
        return found

    def path(self, area_id: str | None) -> str:
        """ "Municipality › District › Neighbourhood" for an area."""
        names: list[str] = []
        seen: set[str] = set()
        while area_id and area_id in self.areas and area_id not in seen:
            seen.add(area_id)
            area = self.areas[area_id]
            names.append(area.name)
            area_id = area.parent_id
        return " › ".join(reversed(names))


#: Support statuses from least to most advanced; a network shows its most advanced open case.
_SUPPORT_ORDER = list(SupportStatus)


def open_support_by_network(cases: Iterable[SupportCase]) -> dict[str, SupportStatus]:
    result: dict[str, SupportStatus] = {}
    for case in cases:
        if not case.status.is_open:
            continue
        current = result.get(case.network_id)
        if current is None or _SUPPORT_ORDER.index(case.status) > _SUPPORT_ORDER.index(current):
            result[case.network_id] = case.status
    return result


def build_rows(
    items: Iterable[NetworkListItem],
    areas: AreaTree,
    vitality: dict[str, tuple[float | None, bool]] | None = None,
    findings: dict[str, frozenset[str]] | None = None,
) -> list[NetworkRow]:
    """Rows from the store's network list, with vitality and findings when known."""
    vitality = vitality or {}
    findings = findings or {}
    empty: frozenset[str] = frozenset()
    unknown = (None, False)
    kinds = {k.value: k for k in NetworkKind}
    statuses = {s.value: s for s in NetworkStatus}
    support = {s.value: s for s in SupportStatus}
    area_names = {a.id: a.name for a in areas.areas.values()}
    rows = []
    for n in items:
        score, silent = vitality.get(n.id, unknown)
        rows.append(
            NetworkRow(
                n.id,
                n.name,
                kinds[n.kind],
                statuses[n.status],
                n.area_id,
                area_names.get(n.area_id, "") if n.area_id else "",
                n.size_estimate,
                n.themes,
                score,
                silent,
                support.get(n.support) if n.support else None,
                findings.get(n.id, empty),
            )
        )
    return rows
