"""Checking a table against a target: typed values, every row's problems, and a plan.

:func:`validate` reads nothing but the atlas's current content (once, into
dictionaries) and writes nothing. Its :class:`Preview` shows the first rows as
they will be stored and every row's problems; its plan is what
:func:`desktop_app.interop.importer.apply` writes in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from desktop_app.i18n import Text, language
from desktop_app.interop import catalogue as cat
from desktop_app.interop import limits, vocabulary
from desktop_app.interop.catalogue import FieldSpec, TargetSpec
from desktop_app.interop.errors import ImportCancelledError
from desktop_app.interop.lookups import Lookups
from desktop_app.interop.sources import Cell, Table
from desktop_app.interop.values import (
    ValueProblem,
    format_date,
    is_empty,
    parse_date,
    parse_enum,
    parse_int,
    parse_list,
    text_value,
)

if TYPE_CHECKING:
    from desktop_app.store import Atlas

ERROR = "error"
DUPLICATE = "duplicate"
WARNING = "warning"

SKIP = "skip"
UPDATE = "update"
ADD = "add"
POLICIES = (SKIP, UPDATE, ADD)

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]


@dataclass(slots=True)
class Problem:
    #: The row number as the file shows it; 0 for the file as a whole.
    row: int
    field: str | None
    text: Text
    severity: str = ERROR

    def __str__(self) -> str:
        where = (
            str(Text("Rij {row}", "Row {row}").format(row=self.row))
            if self.row
            else str(Text("Bestand", "File"))
        )
        return f"{where}: {self.text}"


@dataclass
class NewRows:
    """New rows of one table in its column order (timestamps are added when written).

    The fast path for big imports: no domain object per row.
    """

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def ids(self) -> list[str]:
        at = self.columns.index("id")
        return [row[at] for row in self.rows]


@dataclass
class Plan:
    """What the import will write: additions per repository (in order) and updates."""

    adds: list[tuple[str, list[Any]]] = field(default_factory=list)
    #: (repository name, object before, object after)
    updates: list[tuple[str, Any, Any]] = field(default_factory=list)
    # adds hold lists of domain objects, or NewRows for the fast path.

    def add(self, repo: str, obj: Any) -> None:
        if not self.adds or self.adds[-1][0] != repo:
            self.adds.append((repo, []))
        self.adds[-1][1].append(obj)

    @property
    def total(self) -> int:
        return sum(len(objs) for _, objs in self.adds) + len(self.updates)


@dataclass
class Preview:
    """The result of validation: problems, the rows as they will be stored, and the plan."""

    target: TargetSpec
    table: Table
    mapping: dict[int, str]
    policy: str
    file_problems: list[Problem]
    row_problems: dict[int, list[Problem]]
    #: Per data row: "add", "update", "skip" or "error".
    actions: list[str]
    plan: Plan
    #: Per data row index, the typed values (only kept for the first rows).
    shown: dict[int, dict[str, Any]]

    @property
    def errors(self) -> list[Problem]:
        found = [p for p in self.file_problems if p.severity == ERROR]
        for index in sorted(self.row_problems):
            found += [p for p in self.row_problems[index] if p.severity == ERROR]
        return found

    @property
    def ok(self) -> bool:
        return not self.errors

    def problems_of(self, index: int) -> list[Problem]:
        return self.row_problems.get(index, [])

    def counts(self) -> dict[str, int]:
        result = {ADD: 0, UPDATE: 0, SKIP: 0, ERROR: 0}
        for action in self.actions:
            result[action] += 1
        return result

    def display(self, index: int) -> dict[str, str]:
        """Row ``index`` as it will be stored, as text per field (for the preview table)."""
        values = self.shown.get(index)
        if values is None:
            return {}
        return {name: display_value(value) for name, value in values.items()}

    def summary(self) -> Text:
        c = self.counts()
        return Text(
            "Rijen: {rows}; {add} toevoegen, {update} bijwerken, {skip} overslaan, "
            "{error} met fouten",
            "Rows: {rows}; {add} to add, {update} to update, {skip} to skip, {error} with errors",
        ).format(rows=len(self.actions), **c)


def display_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return vocabulary.word(value, language())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple | list):
        return ", ".join(display_value(v) for v in value)
    return str(value)


# -- columns ------------------------------------------------------------------------
class _Columns:
    """The typed values of every mapped column, with each cell's problem."""

    def __init__(self, table: Table, mapping: dict[int, str], spec: TargetSpec) -> None:
        self.table = table
        self.spec = spec
        self.mapping = mapping
        self.values: dict[str, list[Any]] = {}
        self.problems: dict[int, list[Problem]] = {}

    def problem(self, index: int, field_name: str | None, text: Text, severity=ERROR) -> None:
        row = self.table.row_numbers[index]
        self.problems.setdefault(index, []).append(Problem(row, field_name, text, severity))

    def raw(self, column: int) -> list[Cell]:
        rows = self.table.rows
        try:
            return [row[column] for row in rows]
        except IndexError:  # ragged rows (reported as problems)
            return [row[column] if column < len(row) else None for row in rows]

    def convert(self, lookups: Lookups, skip_refs: frozenset[str] = frozenset()) -> None:
        for column, name in self.mapping.items():
            spec = self.spec.field(name)
            if spec.name in skip_refs:
                self.values[name] = [
                    None if is_empty(v) else text_value(v) for v in self.raw(column)
                ]
                continue
            convert = _converter(spec, lookups)
            raws = self.raw(column)
            # Convert each distinct cell once: dates, enums and references repeat a lot.
            results: dict[Any, Any] = {}
            for raw in dict.fromkeys(raws):
                try:
                    results[raw] = None if is_empty(raw) else convert(raw)
                except ValueProblem as exc:
                    results[raw] = exc
            out = [results[raw] for raw in raws]
            failed = {raw for raw, r in results.items() if isinstance(r, ValueProblem)}
            if failed:
                for index, raw in enumerate(raws):
                    if raw in failed:
                        self.problem(index, name, _labelled(spec, results[raw].text))
                        out[index] = None
            self.values[name] = out

    def get(self, name: str, index: int) -> Any:
        column = self.values.get(name)
        return None if column is None else column[index]


def _labelled(spec: FieldSpec, text: Text) -> Text:
    return Text(f"{spec.label.nl}: {text.nl}", f"{spec.label.en}: {text.en}")


def _converter(spec: FieldSpec, lookups: Lookups) -> Callable[[Cell], Any]:
    if spec.type == cat.TEXT:
        limit = spec.max_len or limits.MAX_FIELD_CHARS

        def text(raw: Cell) -> str | None:
            value = text_value(raw)
            if len(value) > limit:
                raise ValueProblem(
                    Text(
                        "te lang ({n} tekens, hoogstens {limit}).",
                        "too long ({n} characters, at most {limit}).",
                    ).format(n=len(value), limit=limit)
                )
            return value or None

        return text
    if spec.type == cat.INT:
        return lambda raw: parse_int(raw, spec.low, spec.high)
    if spec.type == cat.DATE:
        return parse_date
    if spec.type == cat.ENUM:
        assert spec.enum is not None
        enum_type = spec.enum
        return lambda raw: parse_enum(raw, enum_type)
    if spec.type == cat.LIST:
        return lambda raw: parse_list(raw) or None
    if spec.type == cat.REFERENCE:
        assert spec.ref is not None
        index = lookups.index(spec.ref)
        return index.find
    if spec.type == cat.REFERENCES:
        assert spec.ref is not None
        index = lookups.index(spec.ref)
        return lambda raw: tuple(dict.fromkeys(index.find(item) for item in parse_list(raw)))
    raise AssertionError(spec.type)  # pragma: no cover


# -- the entry point ----------------------------------------------------------------
def validate(
    atlas: Atlas,
    table: Table,
    target: str | TargetSpec,
    mapping: dict[int, str] | None = None,
    *,
    policy: str = SKIP,
    progress: Progress | None = None,
    show_rows: int = 200,
) -> Preview:
    """Check ``table`` as rows of ``target`` against ``atlas``; changes nothing.

    Args:
        mapping: column index -> field name; None matches the headers automatically.
        policy: what to do with a row that is already in the atlas (or earlier in
            the file): "skip", "update" or "add" (anyway).
        progress: called now and then with (rows done, rows); returning False cancels.

    Raises:
        ImportCancelledError: ``progress`` returned False.
    """
    from desktop_app.interop.matching import auto_match
    from desktop_app.interop.planners import PLANNERS

    spec = cat.target(target) if isinstance(target, str) else target
    if policy not in POLICIES:
        raise ValueError(policy)
    notes: list[Problem] = []
    if spec.name == "areas":
        from desktop_app.interop import cbs_areas

        if cbs_areas.is_cbs_layout(table.headers):
            # The columns of this layout are read by their CBS names; a mapping
            # made for the file's own columns does not apply to the rows made of them.
            table, mapping = cbs_areas.expand(table), None
            notes.append(
                Problem(
                    0,
                    None,
                    Text(
                        "CBS-indeling herkend: elke gemeente, wijk en buurt uit de rijen "
                        "wordt één gebied, in elkaar zoals de codes zeggen.",
                        "CBS layout recognised: every gemeente, wijk and buurt in the rows "
                        "becomes one area, nested as their codes say.",
                    ),
                    WARNING,
                )
            )
    if mapping is None:
        mapping = auto_match(table.headers, spec)
    mapping = {i: name for i, name in mapping.items() if name and i < len(table.headers)}
    file_problems = notes + _check_mapping(table, spec, mapping)
    columns = _Columns(table, mapping, spec)
    width = len(table.headers)
    for index, row in enumerate(table.rows):
        if len(row) != width:
            columns.problem(
                index,
                None,
                Text(
                    "deze rij heeft {n} cellen, de kopregel {width}; staat er een "
                    "scheidingsteken te veel of te weinig?",
                    "this row has {n} cells, the header {width}; is there a delimiter too "
                    "many or too few?",
                ).format(n=len(row), width=width),
            )
    _tick(progress, 0, len(table.rows))
    lookups = Lookups(atlas)
    planner = PLANNERS[spec.name]
    columns.convert(lookups, planner.unresolved)
    _tick(progress, len(table.rows) // 3, len(table.rows))
    for name in (f.name for f in spec.fields if f.required):
        values = columns.values.get(name)
        if values is None:
            continue
        label = spec.field(name).label
        for index, value in enumerate(values):
            if value is None and not any(p.field == name for p in columns.problems.get(index, ())):
                columns.problem(
                    index,
                    name,
                    Text("{nl}: verplicht, maar leeg.", "{en}: required, but empty.").format(
                        nl=label.nl, en=label.en
                    ),
                )
    actions = [ERROR if i in columns.problems else ADD for i in range(len(table.rows))]
    plan = Plan()
    if not any(p.severity == ERROR for p in file_problems):
        planner.plan(atlas, columns, actions, plan, policy, progress)
    shown_fields = _shown_fields(spec, mapping)
    column_of = {name: i for i, name in mapping.items()}
    # References are shown as the file names them (a name or code), not as the ids found.
    as_written = {
        name for name in shown_fields if spec.field(name).type in (cat.REFERENCE, cat.REFERENCES)
    }
    shown = {}
    for i in range(min(show_rows, len(table.rows))):
        row = table.rows[i]
        shown[i] = {
            name: (text_value(row[column_of[name]]) if column_of[name] < len(row) else "")
            if name in as_written
            else columns.get(name, i)
            for name in shown_fields
        }
    _tick(progress, len(table.rows), len(table.rows))
    return Preview(
        target=spec,
        table=table,
        mapping=mapping,
        policy=policy,
        file_problems=file_problems,
        row_problems=columns.problems,
        actions=actions,
        plan=plan,
        shown=shown,
    )


def _shown_fields(spec: TargetSpec, mapping: dict[int, str]) -> list[str]:
    mapped = set(mapping.values())
    return [f.name for f in spec.fields if f.name in mapped]


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelledError()


def _check_mapping(table: Table, spec: TargetSpec, mapping: dict[int, str]) -> list[Problem]:
    problems: list[Problem] = []
    if not table.rows:
        problems.append(
            Problem(
                0, None, Text("Het bestand bevat geen gegevensrijen.", "The file has no data rows.")
            )
        )
    used = list(mapping.values())
    for f in spec.fields:
        if f.required and f.name not in used:
            problems.append(
                Problem(
                    0,
                    f.name,
                    Text(
                        "Geen kolom gekoppeld aan het verplichte veld '{nl}'.",
                        "No column is matched to the required field '{en}'.",
                    ).format(nl=f.label.nl, en=f.label.en),
                )
            )
        if used.count(f.name) > 1:
            problems.append(
                Problem(
                    0,
                    f.name,
                    Text(
                        "Veld '{nl}' is aan meer dan één kolom gekoppeld.",
                        "Field '{en}' is matched to more than one column.",
                    ).format(nl=f.label.nl, en=f.label.en),
                )
            )
    unknown = [f for f in set(used) if f not in spec.by_name]
    if unknown:  # pragma: no cover - mappings are built from the catalogue
        raise ValueError(unknown)
    unused = [
        (table.headers[i] or f"#{i + 1}")[:40]
        for i in range(len(table.headers))
        if i not in mapping
    ]
    if unused:
        problems.append(
            Problem(
                0,
                None,
                Text(
                    "Deze kolommen worden niet gebruikt: {cols}",
                    "These columns are not used: {cols}",
                ).format(cols=", ".join(unused)),
                WARNING,
            )
        )
    return problems
