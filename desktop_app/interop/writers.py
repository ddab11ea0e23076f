"""Writing export tables as CSV or XLSX into an open binary file."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date
from typing import IO, Any

from desktop_app.interop.tables_export import ExportTable, cell_text, neutralise

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_csv(
    table: ExportTable,
    fh: IO[bytes],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> None:
    """``;`` and UTF-8 with BOM by default: what a Dutch Excel opens correctly."""
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in table.headers])
    writer.writerows([cell_text(v) for v in row] for row in table.rows)
    text.flush()
    text.detach()


def sheet_title(label: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\."""
    title = _SHEET_FORBIDDEN.sub("_", label).strip("'")[:31] or "Blad"
    base, n = title, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title.lower())
    return title


def write_xlsx(tables: Sequence[ExportTable], fh: IO[bytes], *, lang: str) -> None:
    """One sheet per table; dates as real date cells shown as 27-11-2026; text never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        label = table.label.nl if lang == "nl" else table.label.en
        sheet = workbook.create_sheet(sheet_title(label, taken))
        header = []
        for h in table.headers:
            cell = WriteOnlyCell(sheet, value=neutralise(h))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            sheet.append([_xlsx_value(sheet, v, WriteOnlyCell) for v in row])
    workbook.save(fh)


def _xlsx_value(sheet: Any, value: Any, cell_type: Any) -> Any:
    """A plain value where openpyxl needs nothing more (fast), a cell only for dates."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, date):
        cell = cell_type(sheet, value=value)
        cell.number_format = "DD-MM-YYYY"
        return cell
    text = str(value)
    if not text.isprintable():
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    # openpyxl would write text starting with "=" as a formula: neutralise() prefixes
    # it (and + - @ tab CR) with an apostrophe, so every text stays a plain string.
    return neutralise(text)
