"""Reading the first (or a chosen) sheet of an XLSX workbook, safely.

The zip checks here serve OpenDocument spreadsheets too (:mod:`ods_source`).

An XLSX file is a zip of XML files, so before openpyxl sees it the zip is
checked: a bounded number of members, a bounded unpacked size and compression
ratio (zip bombs), and no DTD in any XML member (entity expansion such as the
"billion laughs"; a genuine workbook never declares one). openpyxl itself
also parses through defusedxml when it is installed, which it is.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import SourceError
from desktop_app.interop.sources import (
    Cell,
    Table,
    field_too_long,
    too_many_columns,
    too_many_rows,
)

_FORBIDDEN = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1 << 20


def damaged(path: Path) -> SourceError:
    return SourceError(
        Text(
            "Het Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen.",
            "The Excel file is damaged or incomplete and cannot be read.",
        ),
        path=str(path),
    )


def unsafe(path: Path) -> SourceError:
    return SourceError(
        Text(
            "Het Excel-bestand bevat onveilige of onverwachte inhoud en wordt niet geopend.",
            "The Excel file contains unsafe or unexpected content and is not opened.",
        ),
        path=str(path),
    )


#: The ``mimetype`` member of an OpenDocument spreadsheet (LibreOffice, .ods).
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def check_zip(path: Path) -> str:
    """Refuse zip bombs and XML with a DTD before any XML parser runs.

    Returns:
        ``"xlsx"`` for an Excel workbook, ``"ods"`` for an OpenDocument spreadsheet.

    Raises:
        SourceError
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > limits.MAX_ZIP_MEMBERS:
                raise unsafe(path)
            if sum(m.file_size for m in members) > limits.MAX_UNPACKED_BYTES:
                raise unsafe(path)
            for member in members:
                if (
                    member.file_size > 1_048_576
                    and member.file_size > member.compress_size * limits.MAX_COMPRESSION_RATIO
                ):
                    raise unsafe(path)
                if member.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _scan_member(archive, member, path)
            names = {m.filename for m in members}
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "content.xml" in names and "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].strip()
                if mimetype == ODS_MIMETYPE:
                    return "ods"
            raise SourceError(
                Text(
                    "Dit zip-bestand is geen werkmap van Excel (.xlsx) of LibreOffice (.ods).",
                    "This zip file is not an Excel (.xlsx) or LibreOffice (.ods) workbook.",
                ),
                path=str(path),
            )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise damaged(path) from None


def _scan_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> None:
    read = 0
    tail = b""
    with archive.open(member) as fh:
        while chunk := fh.read(_CHUNK):
            read += len(chunk)
            if read > member.file_size or read > limits.MAX_UNPACKED_BYTES:
                raise unsafe(path)
            window = tail + chunk
            if any(marker in window for marker in _FORBIDDEN):
                raise unsafe(path)
            tail = window[-24:]


def _cell(value: object) -> Cell:
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date()
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value is None or isinstance(value, str | int | float):
        return value  # type: ignore[return-value]
    return str(value)


def read_xlsx(path: Path, *, sheet: str | None = None, checked: bool = False) -> Table:
    if not checked:
        check_zip(path)
    import openpyxl
    from defusedxml import DefusedXmlException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        EOFError,
        SyntaxError,
    ):
        raise damaged(path) from None
    except DefusedXmlException:
        raise unsafe(path) from None
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise damaged(path)
        chosen = choose_sheet(path, names, sheet)
        table = collect(path, _xlsx_rows(workbook, workbook[chosen]))
    except DefusedXmlException:
        raise unsafe(path) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        OSError,
        EOFError,
        ValueError,
        SyntaxError,
        TypeError,
    ):
        raise damaged(path) from None
    finally:
        workbook.close()
    table.description = f"Excel, {chosen}"
    table.sheets = names
    return table


def choose_sheet(path: Path, names: list[str], sheet: str | None) -> str:
    if sheet is not None and sheet not in names:
        raise SourceError(
            Text(
                "De werkmap heeft geen blad '{sheet}'.", "The workbook has no sheet '{sheet}'."
            ).format(sheet=sheet[:80]),
            path=str(path),
        )
    return sheet or names[0]


def _xlsx_rows(workbook: Any, worksheet: Any) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, values) of the rows that have cells, read cell by cell.

    openpyxl's ``iter_rows`` fills every missing row up to the sheet's last one
    (a 1.5 KB file with one cell in row 1,048,576 took a minute); its sheet
    parser yields only the rows that are there, with their numbers. The
    parser is openpyxl's own (``openpyxl.worksheet._reader``, 3.1), through
    defusedxml as everything openpyxl parses.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    width = limits.MAX_COLUMNS + 1
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            values: list[Cell] = []
            for cell in cells:
                column = cell["column"]
                if column > width or cell["value"] is None:
                    continue
                if column > len(values):
                    values.extend([None] * (column - len(values)))
                values[column - 1] = _cell(cell["value"])
            yield number, values


def collect(path: Path, numbered: Iterable[tuple[int, list[Cell]]]) -> Table:
    """A :class:`Table` of the first non-empty row as headers and the rest as data, in limits."""
    headers: list[str] | None = None
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for number, values in numbered:
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if len(values) > limits.MAX_COLUMNS:
            raise too_many_columns(path)
        if any(isinstance(v, str) and len(v) > limits.MAX_FIELD_CHARS for v in values):
            raise field_too_long(path, number)
        if headers is None:
            headers = ["" if v is None else str(v).strip() for v in values]
            continue
        if len(rows) >= limits.MAX_ROWS:
            raise too_many_rows(path)
        rows.append(values)
        numbers.append(number)
    if headers is None:
        raise SourceError(
            Text("Het blad bevat geen gegevens.", "The sheet contains no data."), path=str(path)
        )
    width = len(headers)
    for row in rows:
        # A spreadsheet row is as wide as the sheet: short rows are padded, not ragged.
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return Table(headers=headers, rows=rows, row_numbers=numbers)
