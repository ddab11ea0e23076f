"""Damaged atlases are found, said to be damaged, and can be restored (issue 16, points 4–5)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.store import Atlas, AtlasCorruptError, backups
from desktop_app.store.crypto import encrypt_atlas, is_encrypted
from desktop_app.store.errors import NotAnAtlasError, WrongPassphraseError
from desktop_app.store.restore import recovery_options
from tests.trust.helpers import add_network

PASS = "correct horse battery"


def _atlas_with_backup(path: Path, networks: int = 3) -> Path:
    """An atlas the app has opened (so a backup exists and it is sealed) and closed."""
    with Atlas.create(path, name="Oost") as atlas:
        for i in range(networks):
            add_network(atlas, f"Netwerk {i}")
    Atlas.open(path).close()  # the day's first backup, then sealed at close
    return path


def _names(path: Path) -> list[str]:
    with Atlas.open(path, read_only=True) as atlas:
        return sorted(n.name for n in atlas.networks.all())


def _damage(path: Path, kind: str) -> None:
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "cut short":
        with path.open("r+b") as fh:
            fh.truncate(path.stat().st_size // 3)
    elif kind == "header":
        with path.open("r+b") as fh:
            fh.write(b"\0" * 16)
    elif kind == "deleted":
        path.unlink()


@pytest.mark.parametrize("kind", ["empty", "cut short", "header"])
def test_damaged_atlas_is_reported_damaged_with_its_backups(tmp_path, kind):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    _damage(path, kind)
    assert not is_encrypted(path)  # a plain atlas with its first bytes gone is not "encrypted"
    with pytest.raises(AtlasCorruptError):
        Atlas.open(path)
    options = recovery_options(path)
    assert options.newest is not None and options.backups


def test_unknown_empty_file_is_not_an_atlas(tmp_path):
    path = tmp_path / "leeg.zwerm"
    path.write_bytes(b"")
    with pytest.raises(NotAnAtlasError):
        Atlas.open(path)


@pytest.mark.parametrize("kind", ["empty", "cut short", "header", "deleted"])
def test_restore_command_brings_back_a_damaged_or_missing_atlas(tmp_path, kind, capsys):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    before = _names(path)
    backup = backups.list_backups(backups.atlas_id_for_path(path))[0].path
    _damage(path, kind)
    assert main(["restore", str(path), "--backup", str(backup)]) == 0
    assert _names(path) == before
    kept = list(tmp_path.glob("oost.damaged-*.zwerm"))
    assert len(kept) == (0 if kind == "deleted" else 1)
    # Without --backup: the newest verified backup.
    _damage(path, kind)
    assert main(["restore", str(path)]) == 0
    assert _names(path) == before
    assert main(["check", str(path)]) == 0


def test_encrypted_atlas_with_damaged_first_page_says_damaged_not_wrong_passphrase(tmp_path):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    encrypt_atlas(path, PASS)
    Atlas.open(path, passphrase=PASS).close()
    with path.open("r+b") as fh:  # past the salt, inside the first page
        fh.seek(200)
        fh.write(os.urandom(64))
    with pytest.raises(AtlasCorruptError, match="wachtwoord is juist"):
        Atlas.open(path, passphrase=PASS)
    with pytest.raises(WrongPassphraseError):
        Atlas.open(path, passphrase="iets anders")


def test_check_constraint_violation_is_found_and_restore_proceeds(tmp_path, capsys):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    with Atlas.open(path) as atlas:
        network = atlas.networks.all()[0]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "INSERT INTO signals (id, network_id, date, dimension, valence, created_at, updated_at)"
        " VALUES ('s1', ?, '2026-01-01', 'activity', 7, 'x', 'x')",
        (network.id,),
    )
    conn.commit()
    conn.close()
    with Atlas.open(path, read_only=True, check_seal=False) as atlas:
        assert any("CHECK" in p for p in atlas.check())
    assert main(["check", str(path)]) == 1
    assert main(["restore", str(path)]) == 0
    assert main(["check", str(path)]) == 0


def test_seal_finds_a_changed_byte_and_keeps_an_untouched_file_identical(tmp_path):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    before = path.read_bytes()
    Atlas.open(path).close()  # opened and closed without a change
    Atlas.open(path, read_only=True).close()
    assert path.read_bytes() == before
    # A byte in a text value changes: SQLite's own checks cannot see it.
    data = bytearray(before)
    at = data.rfind(b"Netwerk 1")
    data[at + 1] ^= 0x01
    with path.open("r+b") as fh:
        fh.seek(at + 1)
        fh.write(bytes([data[at + 1]]))
    with pytest.raises(AtlasCorruptError, match="veranderd sinds"):
        Atlas.open(path)


def test_a_crash_after_editing_is_no_false_alarm(tmp_path):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    script = (
        "import os, sys\n"
        "from desktop_app.store import Atlas\n"
        "from desktop_app.domain import Network\n"
        "a = Atlas.open(sys.argv[1])\n"
        "a.networks.add(Network(name='Na de crash'))\n"
        "a.conn.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "os._exit(9)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    subprocess.run([sys.executable, "-c", script, str(path)], env=env, check=False)
    assert "Na de crash" in _names(path)


def _flip(path: Path, rng: random.Random) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(size)
            fh.seek(at)
            byte = fh.read(1)[0]
            fh.seek(at)
            fh.write(bytes([byte ^ (1 << rng.randrange(8))]))


def _content(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_index%'"
            )
        ]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        conn.close()


def flip_trial(original: Path, copies: int, seed: int, *, sealed: bool = True) -> dict[str, int]:
    """Flip bytes in ``copies`` copies of an atlas (in place, as a failing disk would);
    count how each opens. For sealed copies (closed by the app) 'silently wrong' must
    stay 0; unsealed ones (after a crash, from another machine) rely on SQLite's checks."""
    rng = random.Random(seed)
    reference = _content(original)
    outcome = {"reported damaged": 0, "opened, content correct": 0, "silently wrong": 0}
    for i in range(copies):
        path = original.with_name(f"flip{i}.zwerm")
        shutil.copyfile(original, path)
        if sealed:
            Atlas.open(path).close()  # this copy is now an atlas the app closed
        _flip(path, rng)
        try:
            with Atlas.open(path, read_only=True) as atlas:
                problems = atlas.check()
        except AtlasCorruptError:
            assert not sealed or recovery_options(path).newest is not None  # restore offered
            outcome["reported damaged"] += 1
            continue
        if problems:
            outcome["reported damaged"] += 1
        elif _content(path) == reference:
            outcome["opened, content correct"] += 1
        else:
            outcome["silently wrong"] += 1
        path.unlink()
    return outcome


def test_flipped_bytes_never_open_silently_wrong(tmp_path):
    from desktop_app.store.demo import create_demo

    original = create_demo(tmp_path / "demo.zwerm", networks=40, seed=3)
    outcome = flip_trial(original, copies=12, seed=11)
    assert outcome["silently wrong"] == 0, outcome


@pytest.mark.slow
def test_flipped_bytes_in_100_copies(tmp_path):
    from desktop_app.store.demo import create_demo

    original = create_demo(tmp_path / "demo.zwerm", networks=300, seed=5)
    outcome = flip_trial(original, copies=100, seed=1)
    assert outcome["silently wrong"] == 0, outcome


def test_backups_do_not_carry_the_seal(tmp_path):
    path = _atlas_with_backup(tmp_path / "oost.zwerm")
    with Atlas.open(path) as atlas:
        made = backups.make_backup(atlas, "manual")
    for backup in backups.list_backups(backups.atlas_id_for_path(path)):
        conn = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT value FROM settings WHERE key = 'atlas.seal'").fetchall()
        finally:
            conn.close()
        assert rows == [], backup.path
    assert made.path.exists()
