"""Export files: names without invisible controls or leading junk, folders that must exist."""

from __future__ import annotations

import pytest

from desktop_app.interop.errors import ExportError
from desktop_app.interop.export import ExportOptions, export
from desktop_app.interop.safe_files import safe_filename


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wijk\u202eFDP.exe", "WijkFDP.exe.csv"),
        ("\u2066Noord\u2069 \u200bZuid\u00ad", "Noord Zuid.csv"),
        ("\ufeffAtlas", "Atlas.csv"),
        (".. - Signalen", "Signalen.csv"),
        ("-. -.Netwerken", "Netwerken.csv"),
        ("..", "export.csv"),
    ],
)
def test_file_names_drop_format_characters_and_leading_junk(name, expected):
    assert safe_filename(name, ".csv") == expected


def test_an_atlas_named_dotdot_exports_names_without_a_leading_space(filled, tmp_path):
    filled.set_setting("atlas.name", "..")
    written = export(filled, "csv", tmp_path)
    assert written and all(not p.name.startswith((" ", ".", "-")) for p in written)
    assert any(p.name == "Signalen.csv" for p in written)


def test_a_missing_folder_with_a_trailing_slash_is_an_error_not_a_file(filled, tmp_path):
    missing = f"{tmp_path}/rapporten/"
    with pytest.raises(ExportError, match="map bestaat niet"):
        export(filled, "xlsx", missing, ExportOptions(table="signals"))
    assert not (tmp_path / "rapporten").exists()
    (tmp_path / "rapporten").mkdir()
    [path] = export(filled, "xlsx", missing, ExportOptions(table="signals"))
    assert path.parent == (tmp_path / "rapporten").resolve()


def test_the_command_line_keeps_the_trailing_slash(closed_atlas, tmp_path, capsys):
    from desktop_app.cli.main import main

    code = main(["export", str(closed_atlas), "--format", "json", "-o", f"{tmp_path}/weg/"])
    assert code != 0
    assert not (tmp_path / "weg").exists()
    assert "map bestaat niet" in capsys.readouterr().err


def test_a_new_export_follows_the_umask(filled, tmp_path):
    import os

    old = os.umask(0o027)
    try:
        [path] = export(filled, "csv", tmp_path / "n.csv", ExportOptions(table="networks"))
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o640  # was always 0600


def test_overwrite_keeps_the_mode_of_the_file_it_replaces(filled, tmp_path):
    target = tmp_path / "n.xlsx"
    target.write_bytes(b"oud")
    target.chmod(0o664)
    [path] = export(filled, "xlsx", target, ExportOptions(table="networks", overwrite=True))
    assert path.stat().st_mode & 0o777 == 0o664 and path.read_bytes() != b"oud"
