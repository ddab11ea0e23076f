"""Per target: turn validated rows into domain objects, find duplicates, fill the plan.

A duplicate is a row that is already in the atlas (same id, or the same
natural key: a network with the same name in the same area, a signal with the
same network, date, dimension, value and note, ...) or that repeats an
earlier row of the file. The policy decides: skip it, update the existing
item with the row's filled cells, or add it anyway.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Callable, Hashable
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from desktop_app.domain import (
    Area,
    AreaLevel,
    Membership,
    Network,
    Obstacle,
    Person,
    Professional,
    Signal,
    Tie,
    new_id,
)
from desktop_app.i18n import Text
from desktop_app.interop.lookups import CBS_CODE
from desktop_app.interop.validation import (
    ADD,
    DUPLICATE,
    ERROR,
    SKIP,
    UPDATE,
    NewRows,
    Plan,
    Progress,
    _Columns,
    _tick,
)
from desktop_app.interop.vocabulary import normalise
from desktop_app.store.bulk import fresh_ids
from desktop_app.store.codec import encode_value, field_types

if TYPE_CHECKING:
    from desktop_app.store import Atlas

_OUTCOME = {
    SKIP: Text("wordt overgeslagen", "will be skipped"),
    UPDATE: Text("wordt bijgewerkt", "will be updated"),
    ADD: Text("wordt toch toegevoegd", "will be added anyway"),
}


def _in_atlas(why: Text, policy: str) -> Text:
    outcome = _OUTCOME[policy]
    return Text(
        f"Staat al in de atlas ({why.nl}); {outcome.nl}.",
        f"Already in the atlas ({why.en}); {outcome.en}.",
    )


def _in_file(row: int, policy: str) -> Text:
    outcome = _OUTCOME[policy]
    return Text(f"Zelfde als rij {row}; {outcome.nl}.", f"Same as row {row}; {outcome.en}.")


def _dates_in_order(obj: Any, first: str, second: str) -> Text | None:
    a, b = getattr(obj, first), getattr(obj, second)
    if a is not None and b is not None and b < a:
        return Text(
            "de einddatum ligt vóór de begindatum.", "the end date is before the start date."
        )
    return None


def _filled(names: list[str], cells: tuple[Any, ...]) -> dict[str, Any]:
    """The attributes a row fills in (empty cells leave an existing value alone)."""
    return {a: v for a, v in zip(names, cells, strict=True) if v is not None}


@functools.cache
def _constructor(model: type, names: tuple[str, ...]) -> Callable[[tuple[Any, ...], str], Any]:
    """``make(cells, id)`` -> ``model`` with ``names`` from ``cells``; None takes the default.

    Generated once per model and column set: calling the dataclass with keywords
    directly is about twice as fast as building a dict per row for ``**``.
    """
    defaults = {}
    for f in dataclasses.fields(model):
        if f.default is not dataclasses.MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            defaults[f.name] = f.default_factory()
    args = []
    namespace: dict[str, Any] = {"M": model}
    for i, name in enumerate(names):
        if not name.isidentifier():  # pragma: no cover - names come from the catalogue
            raise ValueError(name)
        if name in defaults:
            namespace[f"d{i}"] = defaults[name]
            args.append(f"{name}=d{i} if c[{i}] is None else c[{i}]")
        else:
            args.append(f"{name}=c[{i}]")
    source = f"def make(c, id):\n    return M({', '.join([*args, 'id=id'])})\n"
    exec(source, namespace)  # generated from the catalogue's field names
    return namespace["make"]


class Planner:
    """Shared behaviour; :class:`SimplePlanner` covers the one-table targets."""

    #: Reference fields the column step leaves as text (resolved by the planner).
    unresolved: ClassVar[frozenset[str]] = frozenset()

    def plan(
        self,
        atlas: Atlas,
        columns: _Columns,
        actions: list[str],
        plan: Plan,
        policy: str,
        progress: Progress | None,
    ) -> None:
        raise NotImplementedError


class SimplePlanner(Planner):
    repo: ClassVar[str]
    model: ClassVar[type]
    #: field name -> model attribute
    fields: ClassVar[dict[str, str]]
    why: ClassVar[Text]

    def key(self, obj: Any) -> Hashable:
        raise NotImplementedError

    def check(self, obj: Any) -> Text | None:
        return None

    def existing(self, atlas: Atlas) -> list[Any]:
        return getattr(atlas, self.repo).all()

    #: Model attributes that make up the duplicate key when it needs no normalising
    #: (signals); such targets take the row fast path of :meth:`_plan_rows`.
    row_key: ClassVar[tuple[str, ...] | None] = None

    def plan(self, atlas, columns, actions, plan, policy, progress) -> None:
        if self.row_key is not None:
            self._plan_rows(atlas, columns, actions, plan, policy, progress)
            return
        existing = self.existing(atlas)
        by_id = {o.id: o for o in existing}
        by_key: dict[Hashable, Any] = {}
        for obj in existing:
            by_key.setdefault(self.key(obj), obj)
        pairs = [(f, a) for f, a in self.fields.items() if f in columns.values]
        value_lists = [(a, columns.values[f]) for f, a in pairs]
        ids = columns.values.get("id")
        numbers = columns.table.row_numbers
        model = self.model
        key_of = self.key
        check = self.check
        adds: list[Any] = []
        updates: list[list[Any]] = []  # [before, after]
        # key -> ("add", position in adds) or ("update", position in updates), and its row
        seen: dict[Hashable, tuple[str, int, int]] = {}
        seen_ids: dict[str, int] = {}
        total = len(actions)
        fresh = fresh_ids(total)
        names = [a for a, _ in value_lists]
        make = _constructor(model, tuple(names))
        if type(self).check is SimplePlanner.check:
            check = None
        rows = zip(*(values for _, values in value_lists), strict=True) if value_lists else None
        for index in range(total):
            cells = next(rows) if rows is not None else ()
            if not index % 5000:
                _tick(progress, total // 3 + index * 2 // 3, total)
            if actions[index] == ERROR:
                continue
            row_id = ids[index] if ids is not None else None
            if row_id is not None:
                if row_id in seen_ids:
                    columns.problem(
                        index,
                        "id",
                        Text(
                            "dit id staat ook in rij {row}.", "this id also appears in row {row}."
                        ).format(row=seen_ids[row_id]),
                    )
                    actions[index] = ERROR
                    continue
                seen_ids[row_id] = numbers[index]
            dup = by_id.get(row_id) if row_id is not None else None
            obj = make(cells, row_id if row_id is not None and dup is None else fresh[index])
            if check is not None:
                problem = check(obj)
                if problem is not None:
                    columns.problem(index, None, problem)
                    actions[index] = ERROR
                    continue
            key = key_of(obj)
            earlier = seen.get(key)
            if earlier is not None:
                kind, position, row = earlier
                columns.problem(index, None, _in_file(row, policy), DUPLICATE)
                if policy == SKIP:
                    actions[index] = SKIP
                    continue
                if policy == UPDATE:
                    actions[index] = UPDATE
                    attrs = _filled(names, cells)
                    if kind == ADD:
                        adds[position] = dataclasses.replace(adds[position], **attrs)
                    else:
                        updates[position][1] = dataclasses.replace(updates[position][1], **attrs)
                    continue
            elif dup is None:
                dup = by_key.get(key)
            if dup is not None and earlier is None:
                columns.problem(index, None, _in_atlas(self.why, policy), DUPLICATE)
                if policy == SKIP:
                    actions[index] = SKIP
                    seen[key] = (SKIP, -1, numbers[index])
                    continue
                if policy == UPDATE:
                    actions[index] = UPDATE
                    seen[key] = (UPDATE, len(updates), numbers[index])
                    updates.append([dup, dataclasses.replace(dup, **_filled(names, cells))])
                    continue
            if earlier is None:
                seen[key] = (ADD, len(adds), numbers[index])
            adds.append(obj)
        if adds:
            plan.adds.append((self.repo, adds))
        plan.updates += [(self.repo, before, after) for before, after in updates]

    def _plan_rows(self, atlas, columns, actions, plan, policy, progress) -> None:
        """Like :meth:`plan`, but new items become row tuples instead of domain objects.

        For the big imports (100,000 signals): no object per row, no encoding step,
        and the atlas's existing keys are read as plain tuples.
        """
        from desktop_app.store.bulk import column_values

        repository = getattr(atlas, self.repo)
        table_columns = tuple(
            c for c in repository.columns if c not in ("created_at", "updated_at")
        )
        pairs = [(f, a) for f, a in self.fields.items() if f in columns.values]
        names = tuple(a for _, a in pairs)
        value_lists = [columns.values[f] for f, _ in pairs]
        # Dates and enumerations repeat: encode each distinct value once, not per row.
        types = field_types(self.model)
        for at, attr in enumerate(names):
            hint = types[attr]
            if hint is date or (isinstance(hint, type) and issubclass(hint, Enum)):
                memo = {v: encode_value(v) for v in set(value_lists[at])}
                value_lists[at] = [memo[v] for v in value_lists[at]]
        to_row = _row_maker(self.model, names, table_columns, pre_encoded=True)
        key_at = [table_columns.index(a) for a in self.row_key]
        key_of = operator.itemgetter(*key_at)
        existing_ids: set[str] = set()
        by_key: dict[Hashable, str] = {}
        for row in column_values(atlas, self.repo, table_columns):
            existing_ids.add(row[0] if table_columns[0] == "id" else row[table_columns.index("id")])
            by_key.setdefault(key_of(row), row[table_columns.index("id")])
        ids = columns.values.get("id")
        numbers = columns.table.row_numbers
        total = len(actions)
        fresh = fresh_ids(total)
        adds: list[tuple[Any, ...]] = []
        updates: list[tuple[str, Any, Any]] = []
        seen: dict[Hashable, int] = {}
        seen_ids: dict[str, int] = {}
        rows = zip(*value_lists, strict=True) if value_lists else None
        for index in range(total):
            cells = next(rows) if rows is not None else ()
            if not index % 5000:
                _tick(progress, total // 3 + index * 2 // 3, total)
            if actions[index] == ERROR:
                continue
            row_id = ids[index] if ids is not None else None
            in_atlas = row_id is not None and row_id in existing_ids
            if row_id is not None:
                if row_id in seen_ids:
                    columns.problem(
                        index,
                        "id",
                        Text(
                            "dit id staat ook in rij {row}.", "this id also appears in row {row}."
                        ).format(row=seen_ids[row_id]),
                    )
                    actions[index] = ERROR
                    continue
                seen_ids[row_id] = numbers[index]
            row = to_row(cells, row_id if row_id is not None and not in_atlas else fresh[index])
            key = key_of(row)
            earlier = seen.get(key)
            if earlier is not None:
                # Same values as an earlier row: only "add anyway" adds it again.
                columns.problem(index, None, _in_file(earlier, policy), DUPLICATE)
                if policy != ADD:
                    actions[index] = SKIP
                    continue
            elif in_atlas or key in by_key:
                columns.problem(index, None, _in_atlas(self.why, policy), DUPLICATE)
                if policy == SKIP or (policy == UPDATE and not in_atlas):
                    # An update with the very same values changes nothing.
                    actions[index] = SKIP
                    seen[key] = numbers[index]
                    continue
                if policy == UPDATE:
                    before = repository.get(row_id)
                    after = dataclasses.replace(before, **_filled(list(names), cells))
                    updates.append((self.repo, before, after))
                    actions[index] = UPDATE
                    seen[key] = numbers[index]
                    continue
            if earlier is None:
                seen[key] = numbers[index]
            adds.append(row)
        if adds:
            plan.adds.append((self.repo, NewRows(table_columns, adds)))
        plan.updates += updates


def _row_maker(
    model: type,
    names: tuple[str, ...],
    table_columns: tuple[str, ...],
    *,
    pre_encoded: bool = False,
) -> Callable[[tuple[Any, ...], str], tuple[Any, ...]]:
    """``row(cells, id)`` -> the stored values in ``table_columns`` order (generated once)."""
    types = field_types(model)
    defaults = {}
    for f in dataclasses.fields(model):
        if f.default is not dataclasses.MISSING:
            defaults[f.name] = encode_value(f.default)
        elif f.default_factory is not dataclasses.MISSING:
            defaults[f.name] = encode_value(f.default_factory())
    namespace: dict[str, Any] = {"enc": encode_value}
    parts = []
    for column in table_columns:
        if column == "id":
            parts.append("id")
            continue
        if column not in names:
            namespace[f"d_{column}"] = defaults.get(column)
            parts.append(f"d_{column}")
            continue
        i = names.index(column)
        hint = types[column]
        namespace[f"d_{column}"] = defaults.get(column)
        if hint in (str, int, float) or (
            pre_encoded and (hint is date or (isinstance(hint, type) and issubclass(hint, Enum)))
        ):
            value = f"c[{i}]"  # text and numbers are stored as they are; so are pre-encoded
        elif isinstance(hint, type) and issubclass(hint, Enum):
            value = f"c[{i}].value"  # a plain str binds faster than a StrEnum
        elif hint is date:
            value = f"c[{i}].isoformat()"
        else:
            value = f"enc(c[{i}])"
        parts.append(f"(d_{column} if c[{i}] is None else {value})")
    source = f"def row(c, id):\n    return ({', '.join(parts)},)\n"
    exec(source, namespace)  # generated from our own schema's column names
    return namespace["row"]


class NetworkPlanner(SimplePlanner):
    repo = "networks"
    model = Network
    fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "kind": "kind",
        "area": "area_id",
        "description": "description",
        "themes": "themes",
        "channels": "channels",
        "size_estimate": "size_estimate",
        "meeting_place": "meeting_place",
        "founded": "founded",
        "status": "status",
        "status_since": "status_since",
    }
    why = Text("zelfde naam in hetzelfde gebied", "same name in the same area")

    def key(self, obj: Network) -> Hashable:
        return (normalise(obj.name), obj.area_id)


class SignalPlanner(SimplePlanner):
    repo = "signals"
    model = Signal
    row_key = ("network_id", "date", "dimension", "valence", "source", "note")
    fields: ClassVar[dict[str, str]] = {
        "network": "network_id",
        "date": "date",
        "dimension": "dimension",
        "valence": "valence",
        "source": "source",
        "note": "note",
    }
    why = Text(
        "zelfde netwerk, datum, dimensie, waarde en notitie",
        "same network, date, dimension, value and note",
    )

    def key(self, obj: Signal) -> Hashable:
        return (obj.network_id, obj.date, obj.dimension, obj.valence, obj.source, obj.note)


class TiePlanner(SimplePlanner):
    repo = "ties"
    model = Tie
    fields: ClassVar[dict[str, str]] = {
        "source": "source_id",
        "target": "target_id",
        "kind": "kind",
        "strength": "strength",
        "since": "since",
        "until": "until",
    }
    why = Text("zelfde netwerken en soort", "same networks and kind")

    def key(self, obj: Tie) -> Hashable:
        return (frozenset((obj.source_id, obj.target_id)), obj.kind)

    def check(self, obj: Tie) -> Text | None:
        if obj.source_id == obj.target_id:
            return Text(
                "een verbinding heeft twee verschillende netwerken nodig.",
                "a tie needs two different networks.",
            )
        return _dates_in_order(obj, "since", "until")


class ProfessionalPlanner(SimplePlanner):
    repo = "professionals"
    model = Professional
    fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "organisation": "organisation",
        "contact": "contact",
        "expertise": "expertise",
        "areas": "area_ids",
    }
    why = Text("zelfde naam en organisatie", "same name and organisation")

    def key(self, obj: Professional) -> Hashable:
        return (normalise(obj.name), normalise(obj.organisation))


class ObstaclePlanner(SimplePlanner):
    repo = "obstacles"
    model = Obstacle
    fields: ClassVar[dict[str, str]] = {
        "category": "category",
        "description": "description",
        "networks": "network_ids",
        "owner_professional": "owner_professional_id",
        "owner_department": "owner_department",
        "status": "status",
        "reported_on": "reported_on",
        "started_on": "started_on",
        "closed_on": "closed_on",
    }
    why = Text("zelfde categorie en omschrijving", "same category and description")

    def key(self, obj: Obstacle) -> Hashable:
        return (obj.category, normalise(obj.description))


class PersonPlanner(Planner):
    """Rows of persons, each optionally with a membership of one network.

    Rows with the same name and contact are one person with several memberships.
    """

    person_fields: ClassVar[dict[str, str]] = {
        "display_name": "display_name",
        "contact": "contact",
        "legal_basis": "legal_basis",
        "source": "source",
        "informed_on": "informed_on",
        "retention_until": "retention_until",
    }
    membership_fields: ClassVar[dict[str, str]] = {
        "network": "network_id",
        "role": "role",
        "since": "since",
        "until": "until",
    }
    why = Text("zelfde naam en contact", "same name and contact")

    @staticmethod
    def key(person: Person) -> Hashable:
        return (normalise(person.display_name), normalise(person.contact))

    def plan(self, atlas, columns, actions, plan, policy, progress) -> None:
        existing = atlas.persons.all()
        by_id = {p.id: p for p in existing}
        by_key: dict[Hashable, Person] = {}
        for person in existing:
            by_key.setdefault(self.key(person), person)
        memberships = {(m.person_id, m.network_id): m for m in atlas.memberships.all()}
        numbers = columns.table.row_numbers
        ids = columns.values.get("id")
        # person key -> (action, person id, row)
        persons: dict[Hashable, tuple[str, str, int]] = {}
        new_persons: list[Person] = []
        person_updates: dict[str, list[Any]] = {}
        new_members: dict[tuple[str, str], Membership] = {}
        member_updates: dict[str, list[Any]] = {}
        member_rows: dict[tuple[str, str], int] = {}
        for index in range(len(actions)):
            if actions[index] == ERROR:
                continue
            p_attrs = self._attrs(columns, index, self.person_fields)
            m_attrs = self._attrs(columns, index, self.membership_fields)
            row_id = ids[index] if ids is not None else None
            candidate = Person(**p_attrs, id=row_id or new_id())
            key = self.key(candidate)
            if key in persons:
                action, person_id, _ = persons[key]
            else:
                dup = (by_id.get(row_id) if row_id else None) or by_key.get(key)
                if dup is None:
                    if row_id is not None and row_id in by_id:  # pragma: no cover
                        candidate = dataclasses.replace(candidate, id=new_id())
                    new_persons.append(candidate)
                    action, person_id = ADD, candidate.id
                else:
                    columns.problem(index, None, _in_atlas(self.why, policy), DUPLICATE)
                    if policy == ADD:
                        candidate = dataclasses.replace(candidate, id=new_id())
                        new_persons.append(candidate)
                        action, person_id = ADD, candidate.id
                    elif policy == UPDATE:
                        person_updates[dup.id] = [dup, dataclasses.replace(dup, **p_attrs)]
                        action, person_id = UPDATE, dup.id
                    else:
                        action, person_id = SKIP, dup.id
                persons[key] = (action, person_id, numbers[index])
            actions[index] = action
            if action == SKIP or "network_id" not in m_attrs:
                continue
            membership = Membership(person_id=person_id, **m_attrs)
            problem = _dates_in_order(membership, "since", "until")
            if problem is not None:
                columns.problem(index, None, problem)
                actions[index] = ERROR
                continue
            pair = (person_id, membership.network_id)
            if pair in member_rows:
                columns.problem(index, None, _in_file(member_rows[pair], policy), DUPLICATE)
                if policy == UPDATE and pair in new_members:
                    new_members[pair] = dataclasses.replace(new_members[pair], **m_attrs)
                elif policy == UPDATE and pair in memberships:
                    before = memberships[pair]
                    member_updates[before.id][1] = dataclasses.replace(
                        member_updates[before.id][1], **m_attrs
                    )
                elif policy == ADD:
                    new_members[(*pair, str(index))] = membership  # type: ignore[index]
                continue
            member_rows[pair] = numbers[index]
            if pair in memberships:
                before = memberships[pair]
                if policy == UPDATE:
                    member_updates[before.id] = [before, dataclasses.replace(before, **m_attrs)]
                    if action == ADD:  # pragma: no cover - a new person has no memberships
                        actions[index] = UPDATE
                elif policy == SKIP:
                    continue
                else:
                    new_members[pair] = membership
            else:
                new_members[pair] = membership
        if new_persons:
            plan.adds.append(("persons", new_persons))
        if new_members:
            plan.adds.append(("memberships", list(new_members.values())))
        plan.updates += [("persons", b, a) for b, a in person_updates.values()]
        plan.updates += [("memberships", b, a) for b, a in member_updates.values()]

    @staticmethod
    def _attrs(columns: _Columns, index: int, fields: dict[str, str]) -> dict[str, Any]:
        out = {}
        for name, attr in fields.items():
            value = columns.get(name, index)
            if value is not None:
                out[attr] = value
        return out


class AreaPlanner(Planner):
    """Areas, whose parent may be another row of the same file (a CBS list).

    Without a parent column the parent follows from the CBS code when it is
    known: buurt BU03630001 lies in wijk WK036300, which lies in gemeente GM0363.
    """

    unresolved = frozenset({"parent"})
    why = Text("zelfde id, CBS-code of naam", "same id, CBS code or name")
    _LEVEL_BY_PREFIX: ClassVar[dict[str, AreaLevel]] = {
        "GM": AreaLevel.MUNICIPALITY,
        "WK": AreaLevel.DISTRICT,
        "BU": AreaLevel.NEIGHBOURHOOD,
    }

    def plan(self, atlas, columns, actions, plan, policy, progress) -> None:
        existing = atlas.areas.all()
        atlas_by_id = {a.id: a for a in existing}
        atlas_by_code = {a.cbs_code: a for a in existing if a.cbs_code}
        atlas_by_name: dict[str, list[Area]] = {}
        for area in existing:
            atlas_by_name.setdefault(normalise(area.name), []).append(area)
        numbers = columns.table.row_numbers
        rows: dict[int, dict[str, Any]] = {}
        file_codes: dict[str, int] = {}
        file_ids: dict[str, int] = {}
        file_names: dict[str, list[int]] = {}
        # Pass 1: values, codes, levels, duplicates and the id each row will have.
        for index in range(len(actions)):
            if actions[index] == ERROR:
                continue
            get = columns.get
            code = get("cbs_code", index)
            if code is not None:
                code = code.replace(" ", "").upper()
                if not CBS_CODE.fullmatch(code):
                    columns.problem(
                        index,
                        "cbs_code",
                        Text(
                            "CBS-code: '{code}' heeft niet de vorm BU03630001 / WK036300 / GM0363.",
                            "CBS code: '{code}' does not look like BU03630001 / WK036300 / GM0363.",
                        ).format(code=code[:20]),
                    )
                    actions[index] = ERROR
                    continue
                if code in file_codes:
                    columns.problem(
                        index,
                        "cbs_code",
                        Text(
                            "deze CBS-code staat ook in rij {row}.",
                            "this CBS code also appears in row {row}.",
                        ).format(row=numbers[file_codes[code]]),
                    )
                    actions[index] = ERROR
                    continue
                file_codes[code] = index
            row_id = get("id", index)
            if row_id is not None:
                if row_id in file_ids:
                    columns.problem(
                        index,
                        "id",
                        Text(
                            "dit id staat ook in rij {row}.", "this id also appears in row {row}."
                        ).format(row=numbers[file_ids[row_id]]),
                    )
                    actions[index] = ERROR
                    continue
                file_ids[row_id] = index
            level = get("level", index) or (self._LEVEL_BY_PREFIX.get(code[:2]) if code else None)
            name = get("name", index)
            dup = atlas_by_id.get(row_id) if row_id else None
            if dup is None and code:
                dup = atlas_by_code.get(code)
            if dup is None and not code:
                same = [
                    a
                    for a in atlas_by_name.get(normalise(name), [])
                    if level is None or a.level == level
                ]
                dup = same[0] if len(same) == 1 else None
            new = row_id if row_id is not None and row_id not in atlas_by_id else new_id()
            row = {"name": name, "code": code, "level": level, "dup": dup, "id": new}
            if dup is not None:
                columns.problem(index, None, _in_atlas(self.why, policy), DUPLICATE)
                if policy in (SKIP, UPDATE):
                    row["id"] = dup.id
                    actions[index] = policy
                if policy == ADD and code and code in atlas_by_code:
                    # The atlas keeps CBS codes unique: "add anyway" cannot add a second one.
                    columns.problem(
                        index,
                        "cbs_code",
                        Text(
                            "deze CBS-code bestaat al in de atlas; kies overslaan of bijwerken.",
                            "this CBS code already exists in the atlas; choose skip or update.",
                        ),
                    )
                    actions[index] = ERROR
                    continue
            rows[index] = row
            file_names.setdefault(normalise(name), []).append(index)
        # Pass 2: parents, from the file first, then from the atlas.
        id_of = {i: r["id"] for i, r in rows.items()}
        level_of_id = {a.id: a.level for a in existing}
        for index, row in rows.items():
            raw_parent = columns.get("parent", index)
            parent_id = None
            if raw_parent is not None:
                parent_id, problem = self._find_parent(
                    raw_parent,
                    file_ids,
                    file_codes,
                    file_names,
                    id_of,
                    atlas_by_id,
                    atlas_by_code,
                    atlas_by_name,
                )
                if problem is not None:
                    columns.problem(index, "parent", problem)
                    actions[index] = ERROR
                    continue
            elif row["code"] and row["code"][:2] in ("BU", "WK"):
                code = row["code"]
                parent_code = ("WK" + code[2:8]) if code[:2] == "BU" else ("GM" + code[2:6])
                if parent_code in file_codes and file_codes[parent_code] in id_of:
                    parent_id = id_of[file_codes[parent_code]]
                elif parent_code in atlas_by_code:
                    parent_id = atlas_by_code[parent_code].id
            if parent_id == row["id"]:
                columns.problem(
                    index,
                    "parent",
                    Text(
                        "een gebied kan niet in zichzelf liggen.", "an area cannot lie in itself."
                    ),
                )
                actions[index] = ERROR
                continue
            row["parent"] = parent_id
        by_new_id = {r["id"]: i for i, r in rows.items() if actions[i] != ERROR}
        # Levels of areas without one follow from their parent.
        for index in self._parents_first(rows, by_new_id, actions, columns):
            row = rows[index]
            if row["level"] is None:
                parent_level = level_of_id.get(row.get("parent"))
                row["level"] = (
                    AreaLevel.DISTRICT
                    if parent_level == AreaLevel.MUNICIPALITY
                    else AreaLevel.NEIGHBOURHOOD
                )
            level_of_id[row["id"]] = row["level"]
            area = Area(
                name=row["name"],
                level=row["level"],
                parent_id=row.get("parent"),
                cbs_code=row["code"],
                id=row["id"],
            )
            dup = row["dup"]
            action = actions[index]
            if action == SKIP:
                continue
            if action == UPDATE:
                changes = {"name": area.name, "level": area.level}
                if row["code"]:
                    changes["cbs_code"] = row["code"]
                if row.get("parent") is not None:
                    changes["parent_id"] = row["parent"]
                plan.updates.append(("areas", dup, dataclasses.replace(dup, **changes)))
                continue
            plan.add("areas", area)

    @staticmethod
    def _find_parent(raw, file_ids, file_codes, file_names, id_of, by_id, by_code, by_name):
        unknown = Text(
            "bovenliggend gebied '{value}' staat niet in het bestand of de atlas.",
            "parent area '{value}' is not in the file or the atlas.",
        ).format(value=raw[:60])
        if raw in file_ids:
            index = file_ids[raw]
            return (id_of[index], None) if index in id_of else (None, unknown)
        if raw in by_id:
            return raw, None
        code = raw.replace(" ", "").upper()
        if code in file_codes:
            index = file_codes[code]
            return (id_of[index], None) if index in id_of else (None, unknown)
        if code in by_code:
            return by_code[code].id, None
        name = normalise(raw)
        candidates = [id_of[i] for i in file_names.get(name, []) if i in id_of]
        if not candidates:
            candidates = [a.id for a in by_name.get(name, [])]
        if len(candidates) == 1:
            return candidates[0], None
        if candidates:
            return None, Text(
                "bovenliggend gebied '{value}' is niet eenduidig; gebruik de CBS-code.",
                "parent area '{value}' is ambiguous; use the CBS code.",
            ).format(value=raw[:60])
        return None, unknown

    @staticmethod
    def _parents_first(rows, by_new_id, actions, columns) -> list[int]:
        """Row indexes with every parent from the file before its children; cycles are errors."""
        order: list[int] = []
        state: dict[int, int] = {}  # 1 visiting, 2 done
        for start in rows:
            if actions[start] == ERROR or state.get(start) == 2:
                continue
            path: list[int] = []
            index: int | None = start
            while index is not None and state.get(index) != 2:
                if state.get(index) == 1:
                    for looped in path[path.index(index) :]:
                        columns.problem(
                            looped,
                            "parent",
                            Text(
                                "de gebieden liggen in een kring in elkaar.",
                                "the areas lie in each other in a circle.",
                            ),
                        )
                        actions[looped] = ERROR
                    break
                state[index] = 1
                path.append(index)
                parent = rows[index].get("parent")
                nxt = by_new_id.get(parent) if parent is not None else None
                index = nxt if nxt is not None and nxt != index and actions[nxt] != ERROR else None
            for visited in reversed(path):
                state[visited] = 2
                if actions[visited] != ERROR:
                    order.append(visited)
        return order


PLANNERS: dict[str, Planner] = {
    "networks": NetworkPlanner(),
    "persons": PersonPlanner(),
    "ties": TiePlanner(),
    "signals": SignalPlanner(),
    "areas": AreaPlanner(),
    "professionals": ProfessionalPlanner(),
    "obstacles": ObstaclePlanner(),
}

__all__ = ["PLANNERS", "Planner"]
