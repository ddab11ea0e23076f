"""Files that are not (usable) atlases: a clear error, exit code 1, and the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop_app.cli.main import main
from desktop_app.domain import Network
from desktop_app.store import (
    Atlas,
    AtlasCorruptError,
    AtlasTooNewError,
    NotAnAtlasError,
)


def _text_file(path):
    path.write_text("Dit is een boodschappenlijst.\nmelk\nbrood\n", encoding="utf-8")


def _empty_file(path):
    path.write_bytes(b"")


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.execute("INSERT INTO recepten VALUES ('erwtensoep')")
    conn.commit()
    conn.close()


def _atlas_with_data(path):
    with Atlas.create(path, name="Echt") as atlas:
        atlas.networks.add_many(
            [Network(name=f"Netwerk {i}", description="x" * 300) for i in range(300)]
        )


def _truncated_atlas(path):
    _atlas_with_data(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer_atlas(path):
    _atlas_with_data(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


BAD_FILES = {
    "text file": (_text_file, NotAnAtlasError, "geen Zwermkaart-atlas"),
    "empty file": (_empty_file, NotAnAtlasError, "geen Zwermkaart-atlas"),
    "other SQLite file": (_other_sqlite, NotAnAtlasError, "geen Zwermkaart-atlas"),
    "truncated atlas": (_truncated_atlas, AtlasCorruptError, "beschadigd"),
    "atlas of a newer version": (_newer_atlas, AtlasTooNewError, "nieuwere versie"),
}


def _state(folder):
    """Every file in the folder with its sha256 (-wal, -shm and lock files included)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request, tmp_path):
    make, error, words = BAD_FILES[request.param]
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "kapot.zwerm"
    make(path)
    return path, error, words


@pytest.mark.parametrize("read_only", [False, True])
def test_open_raises_our_error_and_leaves_the_file_as_it_was(bad_file, read_only):
    path, error, words = bad_file
    before = _state(path.parent)
    with pytest.raises(error) as info:
        Atlas.open(path, read_only=read_only)
    assert words in str(info.value)
    assert info.value.path == str(path)
    assert _state(path.parent) == before


@pytest.mark.parametrize("command", ["info", "check", "backup"])
def test_cli_exits_1_with_one_line_and_leaves_the_file(bad_file, command, capsys, tmp_path):
    path, _, words = bad_file
    before = _state(path.parent)
    extra = [str(tmp_path / "kopie.zwerm")] if command == "backup" else []
    assert main([command, str(path), *extra]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert words in err and str(path) in err
    assert _state(path.parent) == before
    assert not (tmp_path / "kopie.zwerm").exists()


def test_cli_speaks_english_on_request(bad_file, capsys):
    path, error, _ = bad_file
    assert main(["--lang", "en", "info", str(path)]) == 1
    assert str(error.text.en) in capsys.readouterr().err


def test_missing_file_is_a_user_error(tmp_path, capsys):
    assert main(["info", str(tmp_path / "weg.zwerm")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
