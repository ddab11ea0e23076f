"""The trust subcommands of ``zwermkaart``."""

from __future__ import annotations

import json
from datetime import date

from desktop_app.cli.main import main
from desktop_app.store import Atlas, backups
from desktop_app.store.crypto import is_encrypted

from .helpers import add_network, add_person


def test_restore_list_and_restore_newest(atlas, atlas_path, capsys):
    kept = add_network(atlas, "Blijft")
    atlas.close()
    with Atlas.open(atlas_path) as again:  # makes today's backup
        add_network(again, "Gaat verloren")
    assert main(["restore", str(atlas_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "open" in out and date.today().strftime("%d-%m-%Y") in out

    assert main(["restore", str(atlas_path)]) == 0
    out = capsys.readouterr().out
    assert "Teruggezet naar de reservekopie van" in out
    assert "Ongedaan maken: zwermkaart restore" in out
    undo = out.split("--backup ")[-1].strip()
    with Atlas.open(atlas_path) as back:
        assert [n.name for n in back.networks.all()] == [kept.name]

    assert main(["restore", str(atlas_path), "--backup", undo]) == 0
    with Atlas.open(atlas_path) as again:
        assert again.networks.count() == 2


def test_restore_a_damaged_atlas(atlas, atlas_path, capsys):
    for i in range(40):
        add_network(atlas, f"Netwerk {i}", description="x" * 500)
    backups.make_backup(atlas, "manual")
    atlas.close()
    data = bytearray(atlas_path.read_bytes())
    data[8192:20000] = b"\x5a" * (20000 - 8192)
    atlas_path.write_bytes(bytes(data))
    assert main(["restore", str(atlas_path)]) == 0
    out = capsys.readouterr().out
    assert "De beschadigde atlas is bewaard als" in out
    assert list(atlas_path.parent.glob("test.damaged-*.zwerm"))
    with Atlas.open(atlas_path) as back:
        assert back.networks.count() == 40


def test_encrypt_passphrase_decrypt_via_environment(atlas, atlas_path, monkeypatch, capsys):
    add_network(atlas)
    atlas.close()
    monkeypatch.setenv("ZWERMKAART_NEW_PASSPHRASE", "eerste wachtwoord")
    assert main(["encrypt", str(atlas_path)]) == 0
    assert is_encrypted(atlas_path)

    monkeypatch.setenv("ZWERMKAART_PASSPHRASE", "fout")
    assert main(["decrypt", str(atlas_path)]) == 1
    assert "wachtwoord klopt niet" in capsys.readouterr().err
    assert is_encrypted(atlas_path)

    monkeypatch.setenv("ZWERMKAART_PASSPHRASE", "eerste wachtwoord")
    monkeypatch.setenv("ZWERMKAART_NEW_PASSPHRASE", "tweede wachtwoord")
    assert main(["passphrase", str(atlas_path)]) == 0
    monkeypatch.setenv("ZWERMKAART_PASSPHRASE", "tweede wachtwoord")
    assert main(["decrypt", str(atlas_path)]) == 0
    assert not is_encrypted(atlas_path)


def test_no_passphrase_without_terminal_or_environment(atlas, atlas_path, monkeypatch, capsys):
    atlas.close()
    monkeypatch.delenv("ZWERMKAART_NEW_PASSPHRASE", raising=False)
    assert main(["encrypt", str(atlas_path)]) == 1
    assert "ZWERMKAART_NEW_PASSPHRASE" in capsys.readouterr().err
    assert not is_encrypted(atlas_path)


def test_person_export_erase_and_retention(atlas, atlas_path, tmp_path, capsys):
    network = add_network(atlas)
    person = add_person(atlas, "Ida Vermeulenkamp", network, retention_until=date(2026, 1, 1))
    keep = add_person(atlas, "Bert Blijft", network)
    atlas.close()

    out_file = tmp_path / "inzage.json"
    assert main(["person-export", str(atlas_path), "--person", person.id, "-o", str(out_file)]) == 0
    assert json.loads(out_file.read_text())["person"]["id"] == person.id

    assert main(["retention", str(atlas_path), "--date", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert person.id in out and keep.id not in out

    assert main(["erase-person", str(atlas_path), "--person", keep.id]) == 1  # needs --yes
    assert main(["erase-person", str(atlas_path), "--person", keep.id, "--yes"]) == 0
    assert main(["retention", str(atlas_path), "--date", "2026-06-01", "--purge"]) == 0
    with Atlas.open(atlas_path) as atlas:
        assert atlas.persons.count() == 0
        actions = [r[0] for r in atlas.conn.execute("SELECT action FROM audit_log")]
    assert {"export", "erase", "purge"} <= set(actions)


def test_other_commands_open_an_encrypted_atlas_with_the_environment(tmp_path, monkeypatch, capsys):
    path = tmp_path / "geheim.zwerm"
    Atlas.create(path, name="Geheim", passphrase="sleutel").close()
    monkeypatch.delenv("ZWERMKAART_PASSPHRASE", raising=False)
    assert main(["info", str(path)]) == 1
    assert "versleuteld" in capsys.readouterr().err
    monkeypatch.setenv("ZWERMKAART_PASSPHRASE", "sleutel")
    assert main(["info", str(path)]) == 0
    assert "Geheim" in capsys.readouterr().out
