"""Encryption at rest with SQLCipher: WAL and backups encrypted, wrong passphrase harmless."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.store import Atlas, backups, errors
from desktop_app.store.crypto import change_passphrase, decrypt_atlas, encrypt_atlas, is_encrypted
from desktop_app.store.errors import PassphraseRequiredError, WrongPassphraseError
from desktop_app.store.restore import restore

from .helpers import add_network, add_person

PASS = "Correct paard batterij niet"
NAME = "Gerbrandina Vlinderhoek"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def secret_path(tmp_path):
    path = tmp_path / "geheim.zwerm"
    with Atlas.create(path, name="Geheim", passphrase=PASS) as atlas:
        network = add_network(atlas)
        add_person(atlas, NAME, network, contact="06-11112222")
    return path


def test_encrypted_atlas_file_and_wal_hold_no_plain_text(secret_path):
    assert is_encrypted(secret_path)
    assert b"Vlinderhoek" not in secret_path.read_bytes()
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        assert atlas.encrypted and atlas.info().encrypted
        add_person(atlas, "Tweede Vlinderhoek")  # sits in the WAL until checkpoint
        wal = Path(f"{secret_path}-wal")
        assert wal.stat().st_size > 0
        assert b"Vlinderhoek" not in wal.read_bytes()
        assert b"SQLite format 3" not in secret_path.read_bytes()[:16]
        assert atlas.check() == []


def test_no_passphrase_and_wrong_passphrase_change_nothing(secret_path):
    before = _digest(secret_path)
    with pytest.raises(PassphraseRequiredError) as info:
        Atlas.open(secret_path)
    assert "versleuteld" in str(info.value)
    with pytest.raises(WrongPassphraseError) as info:
        Atlas.open(secret_path, passphrase="fout")
    assert "wachtwoord klopt niet" in str(info.value)
    assert _digest(secret_path) == before
    assert not Path(f"{secret_path}-wal").exists()
    assert not Path(f"{secret_path}.lock").exists()


def test_backups_of_an_encrypted_atlas_are_encrypted(secret_path):
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        made = backups.list_backups(atlas.id)
        assert [b.reason for b in made] == ["open"]
        extra = backups.make_backup(atlas, "manual")
    for backup in (made[0], extra):
        assert is_encrypted(backup.path)
        assert b"Vlinderhoek" not in backup.path.read_bytes()
        assert backups.verify(backup.path, PASS)
        assert not backups.verify(backup.path, None)


def test_restore_an_encrypted_backup(secret_path):
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        backup = backups.make_backup(atlas, "manual")
        later = add_network(atlas, "Later")
    with pytest.raises(PassphraseRequiredError):
        restore(secret_path, backup.path)
    restore(secret_path, backup.path, passphrase=PASS)
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        assert atlas.networks.find(later.id) is None
        assert atlas.check() == []


def test_change_passphrase(secret_path):
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        atlas_id = atlas.id
    change_passphrase(secret_path, PASS, "nieuw wachtwoord")
    with pytest.raises(WrongPassphraseError):
        Atlas.open(secret_path, passphrase=PASS)
    with Atlas.open(secret_path, passphrase="nieuw wachtwoord") as atlas:
        assert [p.display_name for p in atlas.persons.all()] == [NAME]
    for backup in backups.list_backups(atlas_id):
        assert backups.verify(backup.path, "nieuw wachtwoord"), backup


def test_convert_plain_atlas_and_back(atlas, atlas_path):
    network = add_network(atlas)
    add_person(atlas, NAME, network)
    atlas_id = atlas.id
    backups.make_backup(atlas, "manual")
    atlas.close()
    assert b"Vlinderhoek" in atlas_path.read_bytes()

    mode = atlas_path.stat().st_mode & 0o777
    encrypt_atlas(atlas_path, PASS)
    assert is_encrypted(atlas_path)
    assert atlas_path.stat().st_mode & 0o777 == mode
    assert all(b.path.stat().st_mode & 0o077 == 0 for b in backups.list_backups(atlas_id))
    assert b"Vlinderhoek" not in atlas_path.read_bytes()
    for backup in backups.list_backups(atlas_id):
        assert is_encrypted(backup.path), backup.reason
        assert b"Vlinderhoek" not in backup.path.read_bytes()
    with Atlas.open(atlas_path, passphrase=PASS) as atlas:
        assert atlas.id == atlas_id
        assert atlas.schema_version >= 1
        assert atlas.networks.get(network.id).name == network.name
        assert atlas.check() == []

    decrypt_atlas(atlas_path, PASS)
    assert not is_encrypted(atlas_path)
    with Atlas.open(atlas_path) as atlas:
        assert [p.display_name for p in atlas.persons.all()] == [NAME]
    assert all(not is_encrypted(b.path) for b in backups.list_backups(atlas_id))


def test_encrypt_refuses_while_open(atlas, atlas_path):
    add_network(atlas)
    before = _digest(atlas_path)
    with pytest.raises(errors.AtlasLockedError):
        encrypt_atlas(atlas_path, PASS)
    assert not is_encrypted(atlas_path)
    assert atlas.networks.count() == 1
    assert _digest(atlas_path) == before or atlas.check() == []


def test_sqlite_utils_catches_sqlcipher_errors(secret_path):
    """The pitfall: sqlite-utils catches only sqlite3's classes; our wrapper converts."""
    with Atlas.open(secret_path, passphrase=PASS) as atlas:
        table = atlas.db["scratch"]
        table.insert({"a": 1})
        table.insert({"a": 2, "b": "nieuw"}, alter=True)
        assert table.columns_dict == {"a": int, "b": str}
        table.drop()
        atlas.db["scratch"].drop(ignore=True)
        with pytest.raises(errors.ValidationError):
            atlas.persons.add(atlas.persons.all()[0])  # duplicate id: IntegrityError


def test_empty_passphrase_refused(tmp_path):
    with pytest.raises(WrongPassphraseError):
        Atlas.create(tmp_path / "x.zwerm", name="x", passphrase="")
