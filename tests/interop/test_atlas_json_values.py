"""Atlas JSON import: out-of-range and wrong values are refused in Dutch, never a traceback."""

from __future__ import annotations

import json

import pytest

from desktop_app.interop.atlas_json import import_document, read_document
from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.export import ExportOptions, export
from desktop_app.store import Atlas


def _document(filled, tmp_path) -> dict:
    [path] = export(filled, "json", tmp_path / "atlas.json", ExportOptions(with_names=True))
    return json.loads(path.read_text())


@pytest.mark.parametrize(
    ("field", "value", "dutch"),
    [
        ("size_estimate", 2**70, "te groot"),
        ("size_estimate", -(2**64), "te groot"),
        ("kind", "raket", "geen bekende waarde"),
        ("founded", "2026-13-01", "geen (bestaande) datum"),
        ("created_at", "gisteren", "geen tijdstip"),
        ("name", 12, "verwacht tekst"),
    ],
)
def test_a_bad_value_is_refused_in_dutch_and_nothing_changes(filled, tmp_path, field, value, dutch):
    document = _document(filled, tmp_path)
    document["networks"][0][field] = value
    with Atlas.create(tmp_path / "leeg.zwerm", name="Leeg") as empty:
        with pytest.raises(ImportRejectedError) as caught:
            import_document(empty, document)
        assert empty.counts()["networks"] == 0
    message = caught.value.text.nl
    assert dutch in message and f"veld '{field}'" in message
    for english in ("is not a valid", "must be in", "expected", "Invalid isoformat"):
        assert english not in message


def test_a_float_too_large_for_a_float_is_refused(filled, tmp_path):
    document = _document(filled, tmp_path)
    document["positions"][0]["x"] = 10**400
    with (
        Atlas.create(tmp_path / "leeg.zwerm", name="Leeg") as empty,
        pytest.raises(ImportRejectedError, match="te groot"),
    ):
        import_document(empty, document)


@pytest.mark.parametrize(
    ("data", "dutch"),
    [
        (b'{"format": ', "regel 1, kolom 12"),
        (b"\xff\xfe{}", "geen geldige UTF-8"),
        (b"[" * 100_000, "te diep genest"),
        (b'{"a": ' + b"9" * 5000 + b"}", "getal is te lang"),
    ],
)
def test_a_broken_json_file_is_named_in_dutch(tmp_path, data, dutch):
    path = tmp_path / "kapot.json"
    path.write_bytes(data)
    with pytest.raises(SourceError) as caught:
        read_document(path)
    assert dutch in caught.value.text.nl
    assert "Expecting" not in caught.value.text.nl and "codec" not in caught.value.text.nl
