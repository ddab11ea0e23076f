"""A failed or refused import leaves a brand-new atlas byte for byte as it was (issue 15.18)."""

from __future__ import annotations

import pytest

from desktop_app.interop.atlas_json import import_document
from desktop_app.interop.errors import ImportCancelledError
from desktop_app.interop.importer import import_file
from desktop_app.store import Atlas, AtlasError

from .conftest import sha256


@pytest.fixture
def new_atlas(tmp_path):
    path = tmp_path / "nieuw.zwerm"
    Atlas.create(path, name="Nieuw").close()
    return path


def test_an_import_that_fails_in_the_write_leaves_the_file_unchanged(new_atlas):
    before = sha256(new_atlas)
    document = {
        "format": "zwermkaart-atlas",
        "format_version": 1,
        "networks": [{"id": "n1", "name": "A", "area_id": "bestaat-niet"}],
    }
    with Atlas.open(new_atlas) as atlas, pytest.raises(AtlasError) as caught:
        import_document(atlas, document)
    assert sha256(new_atlas) == before  # was: sqlite_stat1 written by PRAGMA optimize
    message = caught.value.text.nl
    assert "verwijst naar iets" in message and "constraint" not in message.lower()


def test_a_cancelled_import_leaves_the_file_unchanged(new_atlas, tmp_path):
    source = tmp_path / "n.csv"
    source.write_text("naam\n" + "".join(f"Netwerk {i}\n" for i in range(5000)))
    before = sha256(new_atlas)
    with Atlas.open(new_atlas) as atlas, pytest.raises(ImportCancelledError):
        import_file(atlas, source, "networks", progress=lambda done, total: done == 0)
    assert sha256(new_atlas) == before


def test_a_session_that_commits_changes_the_file(new_atlas):
    before = sha256(new_atlas)
    with Atlas.open(new_atlas) as atlas:
        atlas.set_setting("x", 1)
        assert atlas._changed()
    assert sha256(new_atlas) != before
