"""Reading the first (or a chosen) sheet of an OpenDocument spreadsheet (LibreOffice .ods).

The sheet XML (``content.xml``) is streamed through defusedxml's ``iterparse``
(no DTD, no entities), after the same zip checks as an XLSX. Why not a
library: python-calamine expands repeated cells into memory before anything
can be checked (a 10 KB file with one cell repeated 16,000 columns wide and
6,000 rows down aborted the process at 6 GB), and odfpy (no release since
2020) builds the whole document tree and leaves repeats to the caller. Here
an empty repeated cell or row only moves a counter, and a repeated one with
content is expanded only within the import's row and column limits.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.interop import limits
from desktop_app.interop.errors import SourceError
from desktop_app.interop.sources import Cell, Table, too_many_rows
from desktop_app.interop.xlsx_source import check_zip, choose_sheet, collect, damaged, unsafe

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T_TABLE = f"{{{_TABLE}}}table"
_T_ROW = f"{{{_TABLE}}}table-row"
_T_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_T_NAME = f"{{{_TABLE}}}name"
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_VALUE = f"{{{_OFFICE}}}value"
_DATE_VALUE = f"{{{_OFFICE}}}date-value"
_BOOLEAN_VALUE = f"{{{_OFFICE}}}boolean-value"
_P = f"{{{_TEXT}}}p"
_SPACE = f"{{{_TEXT}}}s"
_TAB = f"{{{_TEXT}}}tab"
_LINE_BREAK = f"{{{_TEXT}}}line-break"
_SPACE_COUNT = f"{{{_TEXT}}}c"


def _repeat(element: Any, attribute: str) -> int:
    try:
        return max(1, int(element.get(attribute, "1")))
    except ValueError:
        return 1


def _paragraph(element: Any) -> str:
    """The text of a ``text:p`` with its spaces, tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            parts.append(" " * min(_repeat(child, _SPACE_COUNT), limits.MAX_FIELD_CHARS + 1))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _LINE_BREAK:
            parts.append("\n")
        else:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _value(cell: Any) -> Cell:
    kind = cell.get(_VALUE_TYPE)
    try:
        if kind in ("float", "percentage", "currency"):
            number = float(cell.get(_VALUE, ""))
            return int(number) if number.is_integer() and abs(number) < 2**63 else number
        if kind == "date":
            text = cell.get(_DATE_VALUE, "")
            moment = datetime.fromisoformat(text)
            if "T" not in text or moment.time() == datetime.min.time():
                return moment.date()
            return moment.replace(tzinfo=None)
        if kind == "boolean":
            return cell.get(_BOOLEAN_VALUE, "").lower() == "true"
    except (ValueError, OverflowError):
        pass  # a value that does not parse: the text the cell shows is read instead
    # Direct paragraphs only: a comment (office:annotation) has paragraphs of its own.
    paragraphs = [_paragraph(p) for p in cell.findall(_P)]
    return "\n".join(paragraphs) if paragraphs else None


def _rows(
    path: Path, source: Any, wanted: str | None, names: list[str]
) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, values) of the rows with content of sheet ``wanted`` (None: the first)."""
    from defusedxml.ElementTree import iterparse

    width = limits.MAX_COLUMNS + 1
    inside = False
    done = False
    number = 0
    emitted = 0
    values: list[Cell] = []
    for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
        tag = element.tag
        if event == "start":
            if tag == _T_TABLE:
                name = element.get(_T_NAME, "")
                names.append(name)
                inside = not done and (wanted is None or name == wanted)
            elif inside and tag == _T_ROW:
                values = []
            continue
        if tag == _T_TABLE:
            if inside:
                done = True
            inside = False
            element.clear()
        elif not inside:
            if tag == _T_ROW:
                element.clear()
        elif tag in _T_CELLS:
            repeat = _repeat(element, _COLUMNS_REPEATED)
            value = _value(element) if len(values) < width else None
            if value is None or value == "":
                values.extend([None] * min(repeat, width + 1 - len(values)))
            else:
                values.extend([value] * min(repeat, width + 1 - len(values)))
            element.clear()
        elif tag == _T_ROW:
            repeat = _repeat(element, _ROWS_REPEATED)
            element.clear()
            while values and values[-1] is None:
                values.pop()
            if not values:
                number += repeat
                continue
            for _ in range(repeat):
                number += 1
                emitted += 1
                if emitted > limits.MAX_ROWS + 1:
                    raise too_many_rows(path)
                yield number, list(values)


def read_ods(path: Path, *, sheet: str | None = None, checked: bool = False) -> Table:
    """Raises: SourceError."""
    if not checked:
        check_zip(path)
    from defusedxml import DefusedXmlException

    names: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as source:
            table = collect(path, _rows(path, source, sheet, names))
    except SourceError:
        if names and sheet is not None and sheet not in names:
            choose_sheet(path, names, sheet)
        raise
    except DefusedXmlException:
        raise unsafe(path) from None
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, ValueError, SyntaxError):
        # ElementTree's ParseError is a SyntaxError.
        raise damaged(path) from None
    if not names:
        raise damaged(path)
    chosen = choose_sheet(path, names, sheet)
    table.description = f"LibreOffice, {chosen}"
    table.sheets = names
    return table
