"""Reading a file into a plain table: header cells and data rows.

The table is only data: header text is shown and matched against the field
catalogue, it never becomes a table or column name anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop_app.i18n import Text, os_reason
from desktop_app.interop import limits
from desktop_app.interop.errors import SourceError

#: A cell as read: text from CSV; text, number, date or None from XLSX and ODS.
Cell = str | int | float | date | datetime | None


@dataclass(slots=True)
class Table:
    """A rectangular-ish table read from a file."""

    headers: list[str]
    rows: list[list[Cell]]
    #: The file's line or row number of each data row (1-based, as a spreadsheet shows it).
    row_numbers: list[int]
    #: How the file was read, e.g. "CSV, cp1252, ';'" (for the wizard and the report).
    description: str = ""
    #: Sheet names of a workbook (the first one is read unless another is asked for).
    sheets: list[str] = field(default_factory=list)


def check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError(
            Text("Het bestand bestaat niet.", "The file does not exist."), path=str(path)
        ) from None
    except OSError as exc:
        raise SourceError(
            Text("Kan het bestand niet lezen: {reason}", "Cannot read the file: {reason}").format(
                reason=os_reason(exc)
            ),
            path=str(path),
        ) from exc
    if not path.is_file():
        raise SourceError(Text("Dit is geen bestand.", "This is not a file."), path=str(path))
    if size > limits.MAX_FILE_BYTES:
        raise SourceError(
            Text(
                "Het bestand is te groot ({size} MB); de grens is {limit} MB. "
                "Splits het in kleinere bestanden.",
                "The file is too large ({size} MB); the limit is {limit} MB. "
                "Split it into smaller files.",
            ).format(size=round(size / 1_048_576, 1), limit=limits.MAX_FILE_BYTES // 1_048_576),
            path=str(path),
        )
    if size == 0:
        raise SourceError(Text("Het bestand is leeg.", "The file is empty."), path=str(path))
    return size


def too_many_rows(path: Path) -> SourceError:
    return SourceError(
        Text(
            "Het bestand heeft meer dan {limit} rijen. Splits het in kleinere bestanden.",
            "The file has more than {limit} rows. Split it into smaller files.",
        ).format(limit=f"{limits.MAX_ROWS:,}".replace(",", ".")),
        path=str(path),
    )


def too_many_columns(path: Path) -> SourceError:
    return SourceError(
        Text(
            "Het bestand heeft meer dan {limit} kolommen.",
            "The file has more than {limit} columns.",
        ).format(limit=limits.MAX_COLUMNS),
        path=str(path),
    )


def field_too_long(path: Path, row: int) -> SourceError:
    return SourceError(
        Text(
            "Rij {row}: een cel is langer dan {limit} tekens.",
            "Row {row}: a cell is longer than {limit} characters.",
        ).format(row=row, limit=f"{limits.MAX_FIELD_CHARS:,}".replace(",", ".")),
        path=str(path),
    )


def read_table(path: str | os.PathLike[str], *, sheet: str | None = None) -> Table:
    """Read a CSV/TXT, XLSX or ODS file; the format is recognised from its content.

    Raises:
        SourceError: with a message saying what is wrong with the file.
    """
    path = Path(path)
    check_size(path)
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(b"PK"):
        from desktop_app.interop.xlsx_source import check_zip, read_xlsx

        if check_zip(path) == "ods":
            from desktop_app.interop.ods_source import read_ods

            return read_ods(path, sheet=sheet, checked=True)
        return read_xlsx(path, sheet=sheet, checked=True)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(
            Text(
                "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of CSV.",
                "This is an old Excel file (.xls). Save it in Excel as .xlsx or CSV.",
            ),
            path=str(path),
        )
    from desktop_app.interop.csv_source import read_csv

    return read_csv(path)
