"""A corpus of bad files: each gives a readable error and leaves the atlas byte-identical."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.importer import import_file
from desktop_app.store import Atlas

from .conftest import sha256

GOOD_NETWORKS = "naam;soort\nBuurtmoestuin Zuid;moestuin\nLeesclub;overig\n"


def _xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _entity_bomb_xlsx() -> bytes:
    """A real workbook whose sheet XML declares a 'billion laughs' entity."""
    good = _xlsx_bytes([["naam"], ["&lol9;"]])
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", ' <!ENTITY lol "lol">']
    for i in range(1, 10):
        previous = f"&lol{i - 1};" if i > 1 else "&lol;"
        lines.append(f' <!ENTITY lol{i} "{previous * 10}">')
    bomb = "\n".join([*lines, "]>", ""])
    source = zipfile.ZipFile(BytesIO(good))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                data = (bomb + body.replace("&amp;lol9;", "&lol9;")).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def _zip_bomb_xlsx() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("xl/workbook.xml", "<workbook/>")
        target.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    return out.getvalue()


CORPUS: dict[str, tuple[str, bytes, str]] = {
    # name: (target, file content, a phrase the Dutch message must contain)
    "truncated_quote.csv": ("networks", b'naam;soort\n"Buurtmoestuin;moestuin\n', "onvolledig"),
    "truncated_utf8.csv": (
        "networks",
        "naam;omschrijving\nCafé;één\n".encode()[:-2] + "é".encode()[:1],
        "midden in een teken",
    ),
    "truncated.xlsx": ("networks", _xlsx_bytes([["naam"], ["Leesclub"]])[:700], "beschadigd"),
    "utf16_no_bom.csv": ("networks", GOOD_NETWORKS.encode("utf-16-le"), "NUL"),
    "nul_bytes.csv": ("networks", b"naam;soort\nLees\x00club;overig\n", "NUL"),
    "binary.csv": ("networks", bytes(range(256)) * 4, "NUL"),
    "ragged.csv": (
        "networks",
        b"naam;soort;omvang\nLeesclub;overig;12\nKoor;cultuur;30;extra;meer\nDans;cultuur\n",
        "cellen",
    ),
    "long_field.csv": (
        "networks",
        b"naam;omschrijving\nLeesclub;" + b"x" * 200_000 + b"\n",
        "langer dan",
    ),
    "hostile_header.csv": (
        "networks",
        b'"naam""; DROP TABLE x;--";soort\nLeesclub;overig\n',
        "verplichte veld",
    ),
    "entity_bomb.xlsx": ("networks", _entity_bomb_xlsx(), "onveilige"),
    "zip_bomb.xlsx": ("networks", _zip_bomb_xlsx(), "onveilige"),
    "old_excel.xls": ("networks", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls"),
    "empty.csv": ("networks", b"", "leeg"),
    "only_header.csv": ("networks", b"naam;soort\n", "geen gegevensrijen"),
    "bad_values.csv": (
        "signals",
        b"netwerk;datum;dimensie;waarde\nBuurtmoestuin De Hof;31-02-2026;activiteit;1\n"
        b"Onbekend netwerk;27-11-2026;sfeer;9\nBuurtmoestuin De Hof;27-11-2026;geluk;1\n",
        "bestaat niet als datum",
    ),
    "not_an_atlas.json": ("networks", b'{"format": "iets anders"}', "naam"),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_bad_file_gives_readable_error_and_leaves_atlas_byte_identical(
    name, closed_atlas, tmp_path
):
    target, data, phrase = CORPUS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    before = sha256(closed_atlas)
    with Atlas.open(closed_atlas) as atlas:
        counts = atlas.counts()
        with pytest.raises((SourceError, ImportRejectedError)) as caught:
            import_file(atlas, bad, target)
        assert atlas.counts() == counts
    message = str(caught.value)
    assert phrase.lower() in message.lower(), message
    assert "Traceback" not in message and len(message) < 3000
    assert sha256(closed_atlas) == before
    assert (
        not Path(f"{closed_atlas}-wal").exists() or Path(f"{closed_atlas}-wal").stat().st_size == 0
    )


def test_hostile_header_is_only_text(filled, tmp_path):
    """A header is compared with known names, shown as text, and never used in SQL."""
    from desktop_app.interop.sources import read_table
    from desktop_app.interop.validation import validate

    path = tmp_path / "h.csv"
    path.write_bytes(b'"naam""; DROP TABLE x;--";naam;soort\nA;Leesclub;overig\n')
    table = read_table(path)
    assert table.headers[0] == 'naam"; DROP TABLE x;--'
    preview = validate(filled, table, "networks")
    assert preview.mapping == {1: "name", 2: "kind"}
    assert preview.ok
    tables = {r[0] for r in filled.conn.execute("SELECT name FROM sqlite_master")}
    import_file(filled, path, "networks")
    assert {r[0] for r in filled.conn.execute("SELECT name FROM sqlite_master")} == tables
    assert [n.name for n in filled.networks.by_name("Leesclub")] == ["Leesclub"]


def test_a_valid_file_does_change_the_atlas(closed_atlas, tmp_path):
    """The byte-identical check above can fail: a good import changes the file."""
    good = tmp_path / "good.csv"
    good.write_text(GOOD_NETWORKS, encoding="utf-8")
    before = sha256(closed_atlas)
    with Atlas.open(closed_atlas) as atlas:
        import_file(atlas, good, "networks")
    assert sha256(closed_atlas) != before


def test_bad_values_are_all_reported_per_row(filled, tmp_path):
    bad = tmp_path / "s.csv"
    bad.write_bytes(CORPUS["bad_values.csv"][1])
    with pytest.raises(ImportRejectedError) as caught:
        import_file(filled, bad, "signals")
    preview = caught.value.preview
    problems = {(p.row, p.field) for p in preview.errors}
    assert problems == {(2, "date"), (3, "network"), (3, "valence"), (4, "dimension")}
    assert preview.counts()["error"] == 3


def test_too_many_rows_is_refused_with_the_limit_in_the_message(filled, tmp_path, monkeypatch):
    from desktop_app.interop import limits

    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    big = tmp_path / "big.csv"
    big.write_text("naam\n" + "".join(f"Netwerk {i}\n" for i in range(6)), encoding="utf-8")
    with pytest.raises(SourceError, match="meer dan 5 rijen"):
        import_file(filled, big, "networks")


def test_too_large_a_file_is_refused_before_reading(filled, tmp_path, monkeypatch):
    from desktop_app.interop import limits

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("naam\n" + "x" * 200 + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match="te groot"):
        import_file(filled, big, "networks")
