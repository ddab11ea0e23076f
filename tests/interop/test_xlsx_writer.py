"""The streaming XLSX writer: Excel's row limit, types, and files other readers open."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop_app.interop import xlsx_writer
from desktop_app.interop.export import ExportOptions, export


def test_a_table_past_the_row_limit_continues_on_more_sheets(filled, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "MAX_SHEET_ROWS", 3)  # a header and two rows per sheet
    signals = len(filled.signals.all())
    assert signals > 2
    [path] = export(filled, "xlsx", tmp_path / "s.xlsx", ExportOptions(table="signals"))
    workbook = load_workbook(path, read_only=True)
    names = workbook.sheetnames
    assert names[0] == "Signalen" and names[1] == "Signalen (2)"
    rows = [list(workbook[n].iter_rows(values_only=True)) for n in names]
    assert [workbook[n].max_row for n in names] == [len(r) for r in rows]  # <dimension>
    assert all(len(r) <= 3 for r in rows)
    assert all(r[0] == rows[0][0] for r in rows)  # every sheet has the header row
    assert sum(len(r) - 1 for r in rows) == signals


def test_the_limit_is_excels():
    assert xlsx_writer.MAX_SHEET_ROWS == 1_048_576
    assert [len(p) for p in xlsx_writer.split_rows(list(range(1_048_576)))] == [1_048_575, 1]


def test_values_keep_their_type_in_openpyxl_and_calamine():

    rows = [
        ["tekst", 12, 2.5, True, date(2026, 11, 27), datetime(2026, 11, 27, 14, 30), None],
        ["  spaties  ", -3, 1e-9, False, None, None, "<&>\x01\"'"],
    ]
    buffer = io.BytesIO()
    xlsx_writer.write_workbook([("Blad", list("abcdefg"), rows)], buffer)
    data = buffer.getvalue()
    sheet = load_workbook(io.BytesIO(data)).active
    got = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert got[0] == list("abcdefg")
    assert got[1] == [
        "tekst",
        12,
        2.5,
        True,
        datetime(2026, 11, 27),
        datetime(2026, 11, 27, 14, 30),
        None,
    ]
    assert got[2] == ["  spaties  ", -3, 1e-9, False, None, None, "<&>\"'"]
    assert sheet["E2"].number_format == "dd-mm-yyyy"
    assert sheet["A1"].font.b
    calamine_module = pytest.importorskip("python_calamine")  # not a dependency: optional
    calamine = (
        calamine_module.CalamineWorkbook.from_filelike(io.BytesIO(data))
        .get_sheet_by_index(0)
        .to_python()
    )
    assert calamine[1][:5] == ["tekst", 12, 2.5, True, date(2026, 11, 27)]


def test_column_letters():
    assert [xlsx_writer.column_letters(i) for i in (0, 25, 26, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "ZZ",
        "AAA",
    ]


@pytest.mark.skipif(
    not __import__("shutil").which("soffice"), reason="LibreOffice is not installed"
)
def test_libreoffice_reads_the_export(filled, tmp_path):
    import subprocess

    [path] = export(filled, "xlsx", tmp_path / "n.xlsx", ExportOptions(table="networks"))
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (tmp_path / "n.csv").read_text(encoding="utf-8")
    assert "Buurtmoestuin De Hof" in text and "=1+1 is geen formule" in text
    assert "'=1+1" not in text
