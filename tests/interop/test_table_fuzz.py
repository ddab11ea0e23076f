"""Fuzzing the table imports: CSV, XLSX and ODS, as every kind of table (issue 15).

Generated tables (real header words of every target mixed with noise; cells
of names, enum words, Dutch numbers and dates, formula starts, control
characters, very long and empty text), written as CSV (several encodings and
delimiters), XLSX and ODS, and sometimes damaged byte by byte afterwards. For
each one: no traceback, only our errors; a refused file leaves the atlas
byte for byte as it was; an accepted one leaves an atlas that passes its own
check and loads as the map loads it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from unittest import mock
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.interop.catalogue import TARGETS
from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.importer import import_file
from desktop_app.interop.xlsx_writer import write_workbook
from desktop_app.store import Atlas, AtlasError
from desktop_app.store.map_snapshot import load_map_snapshot

from .conftest import fill

KINDS = ("networks", "persons", "ties", "signals", "areas", "professionals", "obstacles")
HEADER_WORDS = sorted(
    {word for kind in KINDS for f in TARGETS[kind].fields for word in (f.label.nl, f.name)}
    | {"buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode", "gemeentenaam"}
)
WORDS = [
    "Buurtmoestuin De Hof",
    "Repair Café Haven",
    "Oude Haven",
    "Centrum",
    "BU09990101",
    "WK099901",
    "GM0999",
    "moestuin",
    "actief",
    "slapend",
    "buurt",
    "wijk",
    "sfeer",
    "trekker",
    "samenwerking",
    "geld",
    "Anna de Vries",
]
CELL = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(["1.250", "12,0", "1,0", "-2", "2", "0", "99999999999999999999", "1e400"]),
    st.sampled_from(["27-11-26", "27-11-2026 00:00", "31-02-2026", "2026-11-27", "13/13/13"]),
    st.sampled_from(["=1+1", "+31 20 555 0101", "@x", "-", "'=A1", "\t", ""]),
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.just("x" * 10_001),
)
TABLES = st.tuples(
    st.lists(
        st.one_of(st.sampled_from(HEADER_WORDS), st.text(max_size=10)), min_size=1, max_size=7
    ),
    st.lists(st.lists(CELL, max_size=8), max_size=8),
)


def _csv(headers, rows, encoding, delimiter) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


def _xlsx(headers, rows) -> bytes:
    buffer = io.BytesIO()
    write_workbook([("Blad1", headers, rows)], buffer)
    return buffer.getvalue()


def _ods(headers, rows) -> bytes:
    def cell(value):
        text = escape("".join(c for c in str(value) if c.isprintable() or c in "\t\n"))
        return (
            f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>'
            "</table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
        for row in [headers, *rows]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Blad1">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content.encode("utf-8", "surrogatepass"))
    return buffer.getvalue()


def _damage(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    damaged = bytearray(data)
    for position, value in flips:
        if damaged:
            damaged[position % len(damaged)] = value
    return bytes(damaged)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "basis.zwerm"
    with Atlas.create(path, name="Fuzz") as atlas:
        fill(atlas)
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: More with ZWERMKAART_FUZZ_EXAMPLES=1000 (CI keeps to a few seconds).
EXAMPLES = int(os.environ.get("ZWERMKAART_FUZZ_EXAMPLES", "25"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    table=TABLES,
    fmt=st.sampled_from(["csv", "xlsx", "ods"]),
    kind=st.sampled_from(KINDS),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-8-sig"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    policy=st.sampled_from(["skip", "update", "add"]),
    flips=st.one_of(
        st.just([]), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4)
    ),
)
def test_fuzzed_tables_never_break_an_atlas(
    base, tmp_path, table, fmt, kind, encoding, delimiter, policy, flips
):
    tmp_path = Path(tempfile.mkdtemp(dir=tmp_path))  # one folder per example
    headers, rows = table
    if fmt == "csv":
        data = _csv(headers, rows, encoding, delimiter)
    elif fmt == "xlsx":
        data = _xlsx(headers, rows)
    else:
        data = _ods(headers, rows)
    source = tmp_path / f"invoer.{fmt}"
    source.write_bytes(_damage(data, flips))
    target = tmp_path / "atlas.zwerm"
    shutil.copyfile(base, target)
    before = _digest(target)
    accepted = False
    # The verified backup before each import is tested elsewhere; here it only costs time.
    with (
        mock.patch("desktop_app.store.backups.backup_before_import"),
        Atlas.open(target, auto_backup=False) as atlas,
    ):
        try:
            import_file(atlas, source, kind, policy=policy)
            accepted = True
        except (SourceError, ImportRejectedError, AtlasError) as exc:
            assert exc.text.nl and "Traceback" not in exc.text.nl
    if not accepted:
        assert _digest(target) == before
        return
    with Atlas.open(target, read_only=True) as atlas:
        assert atlas.check() == []
        snapshot = load_map_snapshot(atlas)
        assert len(snapshot.ids) == atlas.counts()["networks"]
