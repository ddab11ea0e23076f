"""Reading CSV files as Dutch and other spreadsheets write them.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text" from
Excel) and cp1252 (a Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)").
Delimiters ``;``, ``,``, tab and ``|`` are recognised by how consistently they
split the first lines (``csv.Sniffer`` guesses wrong on short or comma-rich
files); an Excel ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import SourceError
from desktop_app.interop.sources import (
    Table,
    field_too_long,
    too_many_columns,
    too_many_rows,
)

DELIMITERS = (";", "\t", ",", "|")
_DELIMITER_NAMES = {";": "';'", "\t": "tab", ",": "','", "|": "'|'"}
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 50


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "UTF-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "UTF-16"
    if b"\x00" in data:
        raise _nul_error(path)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            before = data[: exc.start]
            if not before.isascii():
                # Valid UTF-8 with non-ASCII characters up to a broken last character:
                # the file was cut off, not written in another encoding.
                raise SourceError(
                    Text(
                        "Het bestand houdt midden in een teken op; is het onvolledig gekopieerd?",
                        "The file ends in the middle of a character; was it copied incompletely?",
                    ),
                    path=str(path),
                ) from None
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise SourceError(
            Text(
                "De tekencodering van het bestand is onbekend. Sla het op als CSV UTF-8.",
                "The file's character encoding is unknown. Save it as CSV UTF-8.",
            ),
            path=str(path),
        ) from None


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise SourceError(
            Text(
                "Het bestand is beschadigd of onvolledig: de tekens kloppen niet ({encoding}).",
                "The file is damaged or incomplete: its characters are not valid ({encoding}).",
            ).format(encoding=encoding.upper()),
            path=str(path),
        ) from None


def _nul_error(path: Path) -> SourceError:
    return SourceError(
        Text(
            "Het bestand bevat NUL-tekens: het is geen tekstbestand (of UTF-16 zonder BOM). "
            "Sla het op als CSV UTF-8 of als .xlsx.",
            "The file contains NUL characters: it is not a text file (or UTF-16 without BOM). "
            "Save it as CSV UTF-8 or as .xlsx.",
        ),
        path=str(path),
    )


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into two or more cells."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best: tuple[float, int] = (0.0, 0)
    chosen = ";"
    for preference, delimiter in enumerate(DELIMITERS):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        counts: list[int] = []
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    counts.append(len(row))
                if len(counts) >= _SAMPLE_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        rest = counts[1:]
        consistent = sum(1 for c in rest if c == counts[0]) / len(rest) if rest else 1.0
        score = (consistent, -preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def read_csv(path: Path) -> Table:
    data = path.read_bytes()
    text, encoding = decode(data, path)
    if "\x00" in text:
        raise _nul_error(path)
    first_line_offset = 0
    delimiter = None
    # Excel's hint line "sep=;" says the delimiter outright.
    head = text[:8].lower()
    if head.startswith("sep=") and len(text) > 4 and text[4] in DELIMITERS:
        delimiter = text[4]
        newline = text.find("\n")
        text = text[newline + 1 :] if newline >= 0 else ""
        first_line_offset = 1
    if delimiter is None:
        delimiter = detect_delimiter(text)
    check_long = len(text) > limits.MAX_FIELD_CHARS
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    line = 0
    try:
        for record in reader:
            start = line + 1 + first_line_offset
            line = reader.line_num
            joined = "".join(record)
            if not joined or joined.isspace():
                continue
            if len(record) > limits.MAX_COLUMNS:
                raise too_many_columns(path)
            if (
                check_long
                and len(joined) > limits.MAX_FIELD_CHARS
                and max(map(len, record)) > limits.MAX_FIELD_CHARS
            ):
                raise field_too_long(path, start)
            if headers is None:
                headers = [cell.strip() for cell in record]
                while headers and not headers[-1]:
                    headers.pop()
                continue
            if len(rows) >= limits.MAX_ROWS:
                raise too_many_rows(path)
            rows.append(record)
            numbers.append(start)
    except csv.Error as exc:
        raise _csv_error(exc, path, line + 1 + first_line_offset) from None
    if headers is None:
        raise SourceError(
            Text("Het bestand bevat geen gegevens.", "The file contains no data."),
            path=str(path),
        )
    width = len(headers)
    for row in rows:
        # Excel writes empty trailing cells as ";;;": they are not extra columns.
        while len(row) > width and not row[-1].strip():
            row.pop()
    return Table(
        headers=headers,
        rows=rows,  # type: ignore[arg-type]
        row_numbers=numbers,
        description=f"CSV, {encoding}, {_DELIMITER_NAMES[delimiter]}",
    )


def _csv_error(exc: csv.Error, path: Path, line: int) -> SourceError:
    message = str(exc)
    if "field larger than field limit" in message:
        return field_too_long(path, line)
    if "unexpected end of data" in message or "EOF" in message:
        return SourceError(
            Text(
                "Het bestand houdt op midden in een cel tussen aanhalingstekens (vanaf regel "
                "{line}); is het onvolledig?",
                "The file ends inside a quoted cell (from line {line}); is it incomplete?",
            ).format(line=line),
            path=str(path),
        )
    return SourceError(
        Text(
            "Regel {line} is geen geldige CSV: verkeerd geplaatste aanhalingstekens.",
            "Line {line} is not valid CSV: misplaced quotes.",
        ).format(line=line),
        path=str(path),
    )
