"""Spreadsheets as Excel and LibreOffice write them: sparse sheets, .ods, Dutch values."""

from __future__ import annotations

import time
import zipfile
from datetime import date

import pytest

from desktop_app.interop.errors import SourceError
from desktop_app.interop.importer import import_file
from desktop_app.interop.sources import read_table
from desktop_app.interop.values import ValueProblem, parse_date, parse_int


def _sparse_xlsx(path, row=1_048_576):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.cell(row=row, column=1, value="naam")
    workbook.save(path)


def test_a_sparse_xlsx_is_read_by_its_cells_in_well_under_a_second(tmp_path):
    path = tmp_path / "leeg.xlsx"
    _sparse_xlsx(path)
    read_table(path)  # imports openpyxl once
    start = time.perf_counter()
    table = read_table(path)
    elapsed = time.perf_counter() - start
    assert table.headers == ["naam"] and table.rows == []
    assert elapsed < 0.5, elapsed  # before issue 15.14: about a minute


def test_rows_after_a_gap_keep_their_row_numbers(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Soort"])
    sheet.cell(row=900_000, column=2, value="koor")
    sheet.cell(row=900_000, column=1, value="Zangers")
    path = tmp_path / "gat.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.rows == [["Zangers", "koor"]] and table.row_numbers == [900_000]


CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
    "<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
    "</office:document-content>"
)


def _ods(path, tables: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", CONTENT.format(tables=tables))
        archive.writestr("META-INF/manifest.xml", "<manifest/>")


def _cell(text: str, extra: str = "") -> str:
    return (
        f'<table:table-cell office:value-type="string"{extra}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def test_an_ods_reads_types_spaces_repeats_and_the_chosen_sheet(tmp_path):
    path = tmp_path / "blad.ods"
    rows = (
        "<table:table-row>"
        + _cell("Naam")
        + _cell("Opgericht")
        + _cell("Leden")
        + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="500000"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
        "<table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>Koor<text:s text:c="2"/>Eén'
        "</text:p><text:p>tweede regel</text:p><office:annotation><text:p>opmerking</text:p>"
        "</office:annotation></table:table-cell>"
        '<table:table-cell office:value-type="date" office:date-value="2026-11-27"><text:p>'
        "27-11-26</text:p></table:table-cell>"
        '<table:table-cell office:value-type="float" office:value="12"><text:p>12,0</text:p>'
        "</table:table-cell></table:table-row>"
    )
    other = "<table:table-row>" + _cell("Anders") + "</table:table-row>"
    _ods(
        path,
        f'<table:table table:name="Netwerken">{rows}</table:table>'
        f'<table:table table:name="Tweede">{other}</table:table>',
    )
    table = read_table(path)
    assert table.headers == ["Naam", "Opgericht", "Leden"]
    assert table.rows == [["Koor  Eén\ntweede regel", date(2026, 11, 27), 12]]
    assert table.row_numbers == [500_002]
    assert table.sheets == ["Netwerken", "Tweede"] and "LibreOffice" in table.description
    assert read_table(path, sheet="Tweede").headers == ["Anders"]
    with pytest.raises(SourceError, match="geen blad 'Derde'"):
        read_table(path, sheet="Derde")


def test_an_ods_cell_repeated_beyond_every_limit_is_refused_at_once(tmp_path):
    path = tmp_path / "bom.ods"
    _ods(
        path,
        '<table:table table:name="a"><table:table-row table:number-rows-repeated="1000000">'
        + _cell("x", ' table:number-columns-repeated="16000"')
        + "</table:table-row></table:table>",
    )
    start = time.perf_counter()
    with pytest.raises(SourceError, match="meer dan 200 kolommen"):
        read_table(path)
    assert time.perf_counter() - start < 1
    tall = tmp_path / "hoog.ods"
    _ods(
        tall,
        '<table:table table:name="a">' + "<table:table-row>" + _cell("naam") + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="100000000">'
        + _cell("x")
        + "</table:table-row></table:table>",
    )
    with pytest.raises(SourceError, match=r"meer dan 200\.000 rijen"):
        read_table(tall)


def test_an_ods_with_a_dtd_or_not_a_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "dtd.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    with pytest.raises(SourceError, match="onveilige"):
        read_table(path)
    text = tmp_path / "tekst.odt"
    with zipfile.ZipFile(text, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(SourceError, match="geen werkmap van Excel"):
        read_table(text)
    broken = tmp_path / "kapot.ods"
    _ods(broken, "<table:table table:name='a'><table:table-row>")
    with pytest.raises(SourceError, match="beschadigd"):
        read_table(broken)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250", 1250),
        ("12,0", 12),
        ("1,0", 1),
        ("1.250,00", 1250),
        ("1 250", 1250),
        ("1\u00a0250", 1250),
        ("-3", -3),
        ("40", 40),
    ],
)
def test_whole_numbers_as_a_dutch_excel_writes_them(text, value):
    assert parse_int(text, None, None) == value


@pytest.mark.parametrize("text", ["1.25", "1,5", "1.2500", "12.0.0", "99999999999999999999"])
def test_numbers_that_are_not_whole_are_refused(text):
    with pytest.raises(ValueProblem):
        parse_int(text, None, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("27-11-26", date(2026, 11, 27)),
        ("27-11-2026 00:00", date(2026, 11, 27)),
        ("27-11-26 0:00:00", date(2026, 11, 27)),
        ("1-2-95", date(1995, 2, 1)),
        ("01/02/29", date(2029, 2, 1)),
        ("27.11.2026 14:30", date(2026, 11, 27)),
    ],
)
def test_dates_as_a_dutch_excel_writes_them(text, day):
    assert parse_date(text) == day


def test_a_dutch_excel_csv_with_such_values_imports(atlas, tmp_path):
    path = tmp_path / "netwerken.csv"
    path.write_bytes(
        "Naam;Opgericht;Aantal leden\r\nKoor;27-11-26;1.250\r\nClub;27-11-2026 00:00;12,0\r\n"
        "Buurtapp;01-01-2020;1,0\r\n".encode("cp1252")
    )
    _, result = import_file(atlas, path, "networks")
    assert result.report.added == 3
    got = {n.name: (n.founded, n.size_estimate) for n in atlas.networks.all()}
    assert got == {
        "Koor": (date(2026, 11, 27), 1250),
        "Club": (date(2026, 11, 27), 12),
        "Buurtapp": (date(2020, 1, 1), 1),
    }
