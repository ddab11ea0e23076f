"""Writing export tables as CSV or XLSX into an open binary file."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
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
    """One sheet per table (more when a table passes Excel's row limit); dates as date cells.

    Text is never a formula: see :mod:`desktop_app.interop.xlsx_writer`.
    """
    from desktop_app.interop.xlsx_writer import split_rows, write_workbook

    taken: set[str] = set()

    def sheets() -> Iterator[tuple[str, list[str], Sequence[Any]]]:
        for table in tables:
            label = table.label.nl if lang == "nl" else table.label.en
            for part in split_rows(table.rows):
                yield sheet_title(label, taken), table.headers, part

    write_workbook(sheets(), fh)
