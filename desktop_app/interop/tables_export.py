"""Tables of the atlas as rows for CSV and Excel, in the words of the import catalogue.

Headers and enumeration values are the Dutch (or English) words the import
recognises, references are names (or, when a name is not unique or holds a
list separator, the CBS code or id), so an exported table imports back.
Persons are pseudonymised unless the caller asks for names. A filter (a list
of network ids) limits every table to what concerns those networks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from desktop_app.analysis.pseudonyms import Pseudonyms, word_for
from desktop_app.i18n import Text, language
from desktop_app.interop import catalogue as cat
from desktop_app.interop import vocabulary
from desktop_app.interop.values import FORMULA_TRIGGERS

if TYPE_CHECKING:
    from desktop_app.store import Atlas

#: Tables that can be exported, in the order of a workbook's sheets.
TABLES = (
    "areas",
    "networks",
    "persons",
    "ties",
    "signals",
    "professionals",
    "obstacles",
    "support",
)
_SEPARATORS = re.compile(r"[,;|\n]")
#: The name of each table in file names and sheet titles.
TABLE_LABELS: dict[str, Text] = {
    "areas": cat.AREAS.label,
    "networks": cat.NETWORKS.label,
    "persons": cat.PERSONS.label,
    "ties": cat.TIES.label,
    "signals": cat.SIGNALS.label,
    "professionals": cat.PROFESSIONALS.label,
    "obstacles": cat.OBSTACLES.label,
    "support": Text("Ondersteuning", "Support"),
}


@dataclass
class ExportTable:
    name: str
    label: Text
    headers: list[str]
    rows: list[list[Any]]


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value and value[0] in FORMULA_TRIGGERS:
        return "'" + value
    return value


class _Refs:
    """Names for ids as the export writes them (unique names, else code or id)."""

    def __init__(self, items: Iterable[tuple[str, str, str | None]]) -> None:
        items = list(items)
        counts: dict[str, int] = {}
        for _, name, _ in items:
            key = vocabulary.normalise(name)
            counts[key] = counts.get(key, 0) + 1
        self.text: dict[str, str] = {}
        for id_, name, code in items:
            unique = counts[vocabulary.normalise(name)] == 1
            if unique and not _SEPARATORS.search(name) and name.strip() == name:
                self.text[id_] = name
            else:
                self.text[id_] = code or id_

    def one(self, id_: str | None) -> str:
        return "" if id_ is None else self.text.get(id_, id_)

    def many(self, ids: Iterable[str]) -> str:
        return ", ".join(self.one(i) for i in ids)


class TableExporter:
    """Builds :class:`ExportTable` objects for one export (one pseudonym numbering)."""

    def __init__(
        self,
        atlas: Atlas,
        *,
        network_ids: Iterable[str] | None = None,
        with_names: bool = False,
        lang: str | None = None,
    ) -> None:
        self.atlas = atlas
        self.lang = lang or language()
        self.persons = atlas.persons.all()
        self.pseudonyms = Pseudonyms(self.persons, with_names=with_names, word=word_for(self.lang))
        pseudonymise = self.pseudonyms.text
        seen: dict[str, str] = {}

        def scrub(text: str) -> str:
            # Sources and notes repeat ("gesprek"): each distinct text is scanned once.
            if not text:
                return text
            done = seen.get(text)
            if done is None:
                done = seen[text] = pseudonymise(text)
            return done

        self.scrub = scrub
        self.with_names = with_names
        self.networks = atlas.networks.all()
        if network_ids is not None:
            wanted = set(network_ids)
            self.networks = [n for n in self.networks if n.id in wanted]
        self.network_ids = {n.id for n in self.networks}
        self.filtered = network_ids is not None
        self.areas = atlas.areas.all()
        self.area_refs = _Refs((a.id, a.name, a.cbs_code) for a in self.areas)
        self.network_refs = _Refs((n.id, scrub(n.name), None) for n in atlas.networks.all())
        self.professionals = atlas.professionals.all()
        self.professional_refs = _Refs((p.id, p.name, None) for p in self.professionals)

    # -- helpers ----------------------------------------------------------------
    def _headers(self, spec: cat.TargetSpec, names: list[str]) -> list[str]:
        return [self._label(spec.field(n).label) for n in names]

    def _label(self, text: Text) -> str:
        return text.nl if self.lang == "nl" else text.en

    def _value(self, value: Any) -> Any:
        if isinstance(value, Enum):
            return vocabulary.word(value, self.lang)
        if isinstance(value, tuple | list):
            return ", ".join(str(v) for v in value)
        return value

    def table(self, name: str) -> ExportTable:
        return getattr(self, f"_{name}")()

    # -- tables -------------------------------------------------------------------
    def _areas(self) -> ExportTable:
        spec = cat.AREAS
        areas = self.areas
        if self.filtered:
            keep: set[str] = set()
            by_id = {a.id: a for a in areas}
            for network in self.networks:
                area_id = network.area_id
                while area_id is not None and area_id not in keep:
                    keep.add(area_id)
                    area_id = by_id[area_id].parent_id if area_id in by_id else None
            areas = [a for a in areas if a.id in keep]
        names = ["id", "name", "cbs_code", "level", "parent"]
        rows = [
            [a.id, a.name, a.cbs_code, self._value(a.level), self.area_refs.one(a.parent_id)]
            for a in areas
        ]
        return ExportTable("areas", spec.label, self._headers(spec, names), rows)

    def _networks(self) -> ExportTable:
        spec = cat.NETWORKS
        names = [f.name for f in spec.fields]
        rows = []
        for n in self.networks:
            rows.append(
                [
                    n.id,
                    self.scrub(n.name),
                    self._value(n.kind),
                    self.area_refs.one(n.area_id),
                    self.scrub(n.description),
                    self._value(n.themes),
                    self._value(n.channels),
                    n.size_estimate,
                    self.scrub(n.meeting_place),
                    n.founded,
                    self._value(n.status),
                    n.status_since,
                ]
            )
        return ExportTable("networks", spec.label, self._headers(spec, names), rows)

    def _persons(self) -> ExportTable:
        spec = cat.PERSONS
        names = [f.name for f in spec.fields]
        if not self.with_names:
            names.remove("id")
        by_person: dict[str, list[Any]] = {}
        for m in self.atlas.memberships.all():
            if m.network_id in self.network_ids:
                by_person.setdefault(m.person_id, []).append(m)
        rows = []
        for p in sorted(self.persons, key=lambda p: p.id):
            memberships = by_person.get(p.id)
            if not memberships:
                if self.filtered:
                    continue
                memberships = [None]
            person = [
                self.pseudonyms.label(p.id, p.display_name),
                self.pseudonyms.contact(p.contact),
                self._value(p.legal_basis),
                self.scrub(p.source),
                p.informed_on,
                p.retention_until,
            ]
            if self.with_names:
                person.insert(0, p.id)
            for m in memberships:
                if m is None:
                    rows.append([*person, "", "", None, None])
                else:
                    rows.append(
                        [
                            *person,
                            self.network_refs.one(m.network_id),
                            self._value(m.role),
                            m.since,
                            m.until,
                        ]
                    )
        return ExportTable("persons", spec.label, self._headers(spec, names), rows)

    def _ties(self) -> ExportTable:
        spec = cat.TIES
        names = [f.name for f in spec.fields]
        rows = [
            [
                t.id,
                self.network_refs.one(t.source_id),
                self.network_refs.one(t.target_id),
                self._value(t.kind),
                t.strength,
                t.since,
                t.until,
            ]
            for t in self.atlas.ties.all()
            if t.source_id in self.network_ids and t.target_id in self.network_ids
        ]
        return ExportTable("ties", spec.label, self._headers(spec, names), rows)

    def _signals(self) -> ExportTable:
        spec = cat.SIGNALS
        names = [f.name for f in spec.fields]
        ref = self.network_refs.one
        rows = [
            [
                s.id,
                ref(s.network_id),
                s.date,
                self._value(s.dimension),
                s.valence,
                self.scrub(s.source),
                self.scrub(s.note),
            ]
            for s in self.atlas.signals.all()
            if s.network_id in self.network_ids
        ]
        return ExportTable("signals", spec.label, self._headers(spec, names), rows)

    def _professionals(self) -> ExportTable:
        spec = cat.PROFESSIONALS
        names = [f.name for f in spec.fields]
        rows = [
            [
                p.id,
                p.name,
                p.organisation,
                p.contact,
                self._value(p.expertise),
                self.area_refs.many(p.area_ids),
            ]
            for p in self.professionals
        ]
        return ExportTable("professionals", spec.label, self._headers(spec, names), rows)

    def _obstacles(self) -> ExportTable:
        spec = cat.OBSTACLES
        names = [f.name for f in spec.fields]
        rows = [
            [
                o.id,
                self._value(o.category),
                self.scrub(o.description),
                self.network_refs.many(o.network_ids),
                self.professional_refs.one(o.owner_professional_id),
                o.owner_department,
                self._value(o.status),
                o.reported_on,
                o.started_on,
                o.closed_on,
            ]
            for o in self.atlas.obstacles.all()
            if not self.filtered or set(o.network_ids) & self.network_ids
        ]
        return ExportTable("obstacles", spec.label, self._headers(spec, names), rows)

    def _support(self) -> ExportTable:
        headers = [
            ("id", "id"),
            ("netwerk", "network"),
            ("behoefte", "need"),
            ("prioriteit", "priority"),
            ("status", "status"),
            ("professional", "professional"),
            ("omschrijving", "description"),
            ("opgemerkt op", "noticed on"),
            ("gevraagd op", "asked on"),
            ("toegewezen op", "assigned on"),
            ("gestart op", "started on"),
            ("afgerond op", "finished on"),
            ("uitkomst", "outcome"),
        ]
        rows = [
            [
                c.id,
                self.network_refs.one(c.network_id),
                self._value(c.need),
                self._value(c.priority),
                self._value(c.status),
                self.professional_refs.one(c.professional_id),
                self.scrub(c.description),
                c.noticed_on,
                c.asked_on,
                c.assigned_on,
                c.started_on,
                c.finished_on,
                self.scrub(c.outcome),
            ]
            for c in self.atlas.support.all()
            if c.network_id in self.network_ids
        ]
        return ExportTable(
            "support",
            TABLE_LABELS["support"],
            [nl if self.lang == "nl" else en for nl, en in headers],
            rows,
        )


def cell_text(value: Any) -> str:
    """A cell as CSV text: dates as 27-11-2026, None empty, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))
