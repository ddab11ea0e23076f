"""The atlas subcommands: what they do, what they print, and their exit codes (0, 1, 2)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.cli import main as cli
from desktop_app.cli.main import main
from desktop_app.domain import Network
from desktop_app.store import Atlas


@pytest.fixture
def small_demo(tmp_path, capsys):
    path = tmp_path / "demo.zwerm"
    assert main(["demo", str(path), "--networks", "20", "--seed", "3", "--date", "2026-11-27"]) == 0
    capsys.readouterr()
    return path


def test_new_creates_an_empty_named_atlas(tmp_path, capsys):
    path = tmp_path / "wijk.zwerm"
    assert main(["new", str(path), "--name", "Wijkteam Oost"]) == 0
    assert "Nieuwe atlas gemaakt" in capsys.readouterr().out
    with Atlas.open(path, read_only=True) as atlas:
        assert atlas.name == "Wijkteam Oost"
        assert not atlas.is_demo
        assert sum(atlas.counts().values()) == 0


def test_new_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "bestaat.zwerm"
    path.write_text("mijn werk", encoding="utf-8")
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("zwermkaart: ") and err.count("\n") == 1
    assert "bestaat al" in err
    assert path.read_text(encoding="utf-8") == "mijn werk"


def test_demo_and_info(small_demo, capsys):
    assert main(["info", str(small_demo)]) == 0
    out = capsys.readouterr().out
    assert "Demo" in out and "ja" in out
    assert "Netwerken" in out and " 20" in out
    assert main(["info", str(small_demo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["is_demo"] is True
    assert data["counts"]["networks"] == 20 and data["counts"]["persons"] == 60
    assert data["schema_version"] >= 1


def test_demo_refuses_an_existing_file(small_demo, capsys):
    before = small_demo.read_bytes()
    assert main(["demo", str(small_demo)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert small_demo.read_bytes() == before


def test_info_in_english(small_demo, capsys):
    assert main(["--lang", "en", "info", str(small_demo)]) == 0
    out = capsys.readouterr().out
    assert "Networks" in out and "Demo" in out and "yes" in out
    assert main(["info", str(small_demo), "--lang", "en"]) == 0
    assert "Schema version" in capsys.readouterr().out


def test_check_ok_and_problems(small_demo, tmp_path, capsys):
    assert main(["check", str(small_demo)]) == 0
    assert "Geen problemen" in capsys.readouterr().out
    broken = tmp_path / "los.zwerm"
    with Atlas.create(broken, name="Los") as atlas:
        atlas.networks.add(Network(name="N"))
    conn = sqlite3.connect(broken)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO signals (id, network_id, date, dimension, valence, created_at, updated_at)"
        " VALUES ('s1', 'verdwenen', '2026-01-01', 'activity', 1, 'x', 'x')"
    )
    conn.commit()
    conn.close()
    assert main(["check", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "signals" in captured.out and "networks" in captured.out
    # Written by another program after Zwermkaart closed it: the seal says so too.
    assert "veranderd sinds Zwermkaart" in captured.out
    assert captured.err.count("\n") == 1 and "2 probleem" in captured.err


def test_backup_copies_and_refuses_to_overwrite(small_demo, tmp_path, capsys):
    dest = tmp_path / "kopie.zwerm"
    assert main(["backup", str(small_demo), str(dest)]) == 0
    assert "Kopie gemaakt" in capsys.readouterr().out
    with Atlas.open(dest, read_only=True) as copy, Atlas.open(small_demo, read_only=True) as orig:
        assert copy.counts() == orig.counts()
    stamp = dest.stat().st_mtime_ns
    assert main(["backup", str(small_demo), str(dest)]) == 1
    assert "--force" in capsys.readouterr().err
    assert dest.stat().st_mtime_ns == stamp
    assert main(["backup", str(small_demo), str(dest), "--force"]) == 0
    folder = tmp_path / "map"
    folder.mkdir()
    assert main(["backup", str(small_demo), str(folder)]) == 0
    assert (folder / small_demo.name).exists()


def test_backup_onto_itself_is_refused(small_demo, capsys):
    before = small_demo.read_bytes()
    assert main(["backup", str(small_demo), str(small_demo), "--force"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert small_demo.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["new"],
        ["backup", "a.zwerm"],
        ["demo", "x.zwerm", "--networks", "0"],
        ["demo", "x.zwerm", "--networks", "veel"],
        ["demo", "x.zwerm", "--seed", "abc"],
        ["demo", "x.zwerm", "--date", "27-11-2026"],
        ["info", "a.zwerm", "--bogus"],
        ["demo", "x.zwerm", "--bogus"],
        ["--lang", "fr", "info", "a.zwerm"],
    ],
)
def test_usage_errors_exit_2(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["new", "demo", "info", "check", "backup"])
def test_every_command_has_help(command, capsys):
    assert main([command, "--help"]) == 0
    assert f"zwermkaart {command}" in capsys.readouterr().out


def test_top_level_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("new", "demo", "info", "check", "backup"):
        assert command in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["wijk.zwerm"],
        ["--lang", "en", "wijk.zwerm"],
        ["--lang=en"],
        ["wijk.zwerm", "--quit-after", "500"],
        ["--", "info"],
    ],
)
def test_without_a_command_the_window_starts_with_its_own_options(argv, monkeypatch):
    calls = []
    monkeypatch.setattr(cli, "_run_gui", lambda args: calls.append(args) or 0)
    assert main(argv) == 0
    assert calls == [argv]
