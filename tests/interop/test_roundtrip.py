"""Round trips: JSON, CSV and XLSX exports read back into an empty atlas give the same content."""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop_app.interop.atlas_json import import_document, read_document
from desktop_app.interop.export import ExportOptions, export
from desktop_app.interop.importer import import_file
from desktop_app.store import Atlas
from desktop_app.store.bulk import all_status_periods

ORDER = ("areas", "networks", "persons", "ties", "signals", "professionals", "obstacles")


def content(atlas: Atlas, *, timestamps: bool = True) -> dict[str, list]:
    def strip(obj):
        if timestamps:
            return obj
        fields = {f.name for f in dataclasses.fields(obj)}
        return dataclasses.replace(
            obj, **{k: None for k in ("created_at", "updated_at") if k in fields}
        )

    return {
        "areas": sorted(map(strip, atlas.areas.all()), key=lambda o: o.id),
        "networks": sorted(map(strip, atlas.networks.all()), key=lambda o: o.id),
        "persons": sorted(map(strip, atlas.persons.all()), key=lambda o: o.id),
        "memberships": sorted(
            (m.person_id, m.network_id, m.role, m.since, m.until) for m in atlas.memberships.all()
        ),
        "ties": sorted(map(strip, atlas.ties.all()), key=lambda o: o.id),
        "signals": sorted(map(strip, atlas.signals.all()), key=lambda o: o.id),
        "professionals": sorted(map(strip, atlas.professionals.all()), key=lambda o: o.id),
        "obstacles": sorted(
            (
                o.category,
                o.description,
                o.network_ids,
                o.owner_professional_id,
                o.status,
                o.reported_on,
            )
            for o in atlas.obstacles.all()
        ),
    }


def test_json_round_trip_into_an_empty_atlas_keeps_everything(filled, tmp_path):
    [path] = export(filled, "json", tmp_path / "atlas.json", ExportOptions(with_names=True))
    with Atlas.create(tmp_path / "copy.zwerm", name="Kopie") as copy:
        import_document(copy, read_document(path))
        assert content(copy) == content(filled)
        assert copy.support.all() == filled.support.all()
        assert copy.notes.all() == filled.notes.all()
        assert copy.positions.all() == filled.positions.all()
        assert all_status_periods(copy) == all_status_periods(filled)
        # And once more: the copy exports to the same document.
        [again] = export(copy, "json", tmp_path / "again.json", ExportOptions(with_names=True))
    first, second = json.loads(path.read_text()), json.loads(again.read_text())
    for doc in (first, second):
        doc.pop("exported_at"), doc.pop("name")
    assert first == second


def test_json_refuses_a_non_empty_atlas_and_changes_nothing(filled, tmp_path):
    from desktop_app.interop.errors import ImportRejectedError

    [path] = export(filled, "json", tmp_path / "atlas.json")
    before = filled.counts()
    with pytest.raises(ImportRejectedError, match="lege atlas"):
        import_document(filled, read_document(path))
    assert filled.counts() == before


def test_json_is_pseudonymised_by_default(filled, tmp_path):
    [path] = export(filled, "json", tmp_path / "atlas.json")
    text = path.read_text(encoding="utf-8")
    assert "Anna" not in text and "06-12345678" not in text and "Bram" not in text
    doc = json.loads(text)
    assert sorted(p["display_name"] for p in doc["persons"]) == ["Bewoner 1", "Bewoner 2"]
    assert doc["pseudonymised"] is True


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_table_round_trip_into_an_empty_atlas(filled, tmp_path, fmt):
    out = tmp_path / "out"
    out.mkdir()
    files = {}
    for table in ORDER:
        [path] = export(filled, fmt, out, ExportOptions(table=table, with_names=True))
        files[table] = path
    with Atlas.create(tmp_path / "copy.zwerm", name="Kopie") as copy:
        for table in ORDER:
            import_file(copy, files[table], table)
        assert content(copy, timestamps=False) == content(filled, timestamps=False)


def test_reimporting_an_export_skips_every_row_as_duplicate(filled, tmp_path):
    [path] = export(filled, "csv", tmp_path / "n.csv", ExportOptions(table="networks"))
    before = filled.counts()
    _preview, result = import_file(filled, path, "networks")
    assert result.report.added == 0 and result.report.skipped == 3
    assert filled.counts()["networks"] == before["networks"]
