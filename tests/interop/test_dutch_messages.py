"""Dutch messages carry no English or technical text: OS errors and refusals in words (15.16)."""

from __future__ import annotations

import errno

import pytest

from desktop_app.i18n import Text, os_reason
from desktop_app.interop.errors import ExportError, SourceError
from desktop_app.interop.safe_files import atomic_write
from desktop_app.interop.sources import read_table


def test_a_text_value_gives_each_language_its_own_words():
    reason = Text("de schijf is vol", "the disk is full")
    message = Text("Mislukt: {reason}", "Failed: {reason}").format(reason=reason)
    assert message == Text("Mislukt: de schijf is vol", "Failed: the disk is full")


def test_os_errors_in_words():
    assert os_reason(OSError(errno.ENOENT, "No such file or directory")).nl == (
        "het bestand of de map bestaat niet"
    )
    unknown = os_reason(OSError(errno.ENOEXEC, "Exec format error"))
    assert "Exec" not in unknown.nl and unknown.en == "Exec format error"


def test_reading_below_a_file_says_why_in_dutch(tmp_path):
    plain = tmp_path / "gewoon.csv"
    plain.write_text("naam\nA\n")
    with pytest.raises(SourceError) as caught:
        read_table(plain / "onder.csv")
    assert caught.value.text.nl == "Kan het bestand niet lezen: een deel van het pad is geen map"
    assert "Not a directory" in caught.value.text.en or "not a folder" in caught.value.text.en


def test_writing_an_export_into_a_file_says_why_in_dutch(tmp_path):
    plain = tmp_path / "gewoon.csv"
    plain.write_text("x")
    with pytest.raises(ExportError) as caught:
        atomic_write(plain / "uit.csv", lambda fh: fh.write(b"x"))
    assert "Not a directory" not in caught.value.text.nl


def test_the_command_line_names_os_errors_in_dutch(tmp_path, capsys):
    from desktop_app.cli.main import main

    plain = tmp_path / "gewoon"
    plain.write_text("x")
    code = main(["new", str(plain / "atlas.zwerm")])
    assert code != 0
    err = capsys.readouterr().err
    assert "Not a directory" not in err and "No such file" not in err
