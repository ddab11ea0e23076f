"""CBS's own area layout: one row per buurt, with its wijk and gemeente in the same row.

CBS publishes its lists of wijken en buurten (and the municipalities export
them) as ``buurtcode;buurtnaam;wijkcode;wijknaam;gemeentecode;gemeentenaam``:
every wijk and gemeente repeats on each of its buurten' rows. Such a table
is turned into one row per area (``naam``, ``cbs-code``, ``niveau``,
``ligt in``), gemeenten first, each repeated area once, so the ordinary area
import builds the whole gemeente › wijk › buurt tree in one go. A code whose
name differs between rows stays twice, and the import names both rows.
"""

from __future__ import annotations

from desktop_app.interop.sources import Cell, Table
from desktop_app.interop.values import text_value
from desktop_app.interop.vocabulary import normalise

#: (level word as the import reads it, header words of its code, of its name), top down.
_LEVELS = (
    (
        "gemeente",
        ("gemeentecode", "gm code", "gwb code gemeente", "code gemeente"),
        ("gemeentenaam", "gm naam", "gemeente", "naam gemeente"),
    ),
    (
        "wijk",
        ("wijkcode", "wk code", "gwb code wijk", "code wijk"),
        ("wijknaam", "wk naam", "wijk", "naam wijk"),
    ),
    (
        "buurt",
        ("buurtcode", "bu code", "gwb code buurt", "code buurt"),
        ("buurtnaam", "bu naam", "buurt", "naam buurt"),
    ),
)
HEADERS = ["naam", "cbs-code", "niveau", "ligt in"]


def _columns(headers: list[str]) -> list[tuple[str, int | None, int | None]]:
    """(level, code column, name column) of the levels the headers name."""
    words = [normalise(h) for h in headers]
    found = []
    for level, code_words, name_words in _LEVELS:
        code = next((i for i, w in enumerate(words) if w in code_words), None)
        name = next((i for i, w in enumerate(words) if w in name_words), None)
        if code is not None or name is not None:
            found.append((level, code, name))
    return found


def is_cbs_layout(headers: list[str]) -> bool:
    """Whether the table names areas of two or more levels in each row (by their names)."""
    return sum(1 for _, _, name in _columns(headers) if name is not None) >= 2


def _cell(row: list[Cell], column: int | None) -> str:
    if column is None or column >= len(row):
        return ""
    return text_value(row[column])


def expand(table: Table) -> Table:
    """One row per area of ``table`` (see the module text); row numbers stay the file's."""
    levels = _columns(table.headers)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        parent = ""
        for level, code_column, name_column in levels:
            code = _cell(row, code_column).replace(" ", "").upper()
            name = _cell(row, name_column)
            if name_column is None or not name:
                # A level without a name here only says where the next one lies.
                parent = code or parent
                continue
            entry = (name, code, level, parent)
            key = (code,) if code else (level, normalise(name), parent)
            if seen.get(key) != entry:
                if key not in seen:
                    seen[key] = entry
                rows.append(list(entry))
                numbers.append(number)
            parent = code or name
    return Table(
        headers=list(HEADERS),
        rows=rows,
        row_numbers=numbers,
        description=table.description,
        sheets=table.sheets,
    )
