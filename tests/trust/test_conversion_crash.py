"""Encrypt, decrypt and passphrase change survive a SIGKILL at any stage: all old or all new.

CI kills each stage of :data:`desktop_app.store.conversion.STAGES` once (the
operations take turns) and makes one random kill; bench/bench_crash.py
``--conversions`` kills every stage of every operation and many random moments.
"""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from desktop_app.store import Atlas, backups, conversion
from desktop_app.store.crypto import change_passphrase, decrypt_atlas, encrypt_atlas, is_encrypted

from . import conversion_harness as harness
from .helpers import add_person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PASS = "Correct paard batterij niet"


@pytest.mark.parametrize(
    "stage",
    conversion.STAGES,
)
def test_a_kill_at_each_stage_then_one_re_run_leaves_everything_new(tmp_path, stage):
    operation = harness.OPERATIONS[conversion.STAGES.index(stage) % len(harness.OPERATIONS)]
    stats = harness.run_stages(tmp_path, (operation,), (stage,))
    print(stats.summary())
    assert stats.not_reached == []
    assert stats.kills == 1
    assert stats.failures == []
    # Before the commit an open undoes the conversion, after it an open finishes it.
    committed = conversion.STAGES.index(stage) >= conversion.STAGES.index("committed")
    assert (stats.seen_new, stats.seen_old) == ((1, 0) if committed else (0, 1))


def test_a_random_kill_during_a_passphrase_change(tmp_path):
    stats = harness.run_random(2, tmp_path, seed=16, operations=("passphrase",))
    print(stats.summary())
    assert stats.failures == []


# -- the same promises in process, without a kill ----------------------------------------
def _plain_backups(atlas_id: str) -> list[str]:
    return [b.path.name for b in backups.list_backups(atlas_id) if not is_encrypted(b.path)]


def test_re_running_encrypt_converts_backups_an_interrupted_run_left_plain(atlas, atlas_path):
    """The state an old crash left (atlas encrypted, backups plain) is finished, not refused."""
    add_person(atlas, "Wilma Kwikstaartje")
    atlas_id = atlas.id
    made = backups.make_backup(atlas, "manual")
    atlas.close()
    kept = atlas_path.with_name("kept-plain-copy")
    shutil.copyfile(made.path, kept)
    encrypt_atlas(atlas_path, PASS)
    # Put a plain backup back, as a kill between the atlas and its backups did.
    plain = backups.backup_dir(atlas_id) / "20250101T000000.000000Z-manual.zwerm"
    shutil.copyfile(kept, plain)
    kept.unlink()
    assert _plain_backups(atlas_id) == [plain.name]

    encrypt_atlas(atlas_path, PASS)  # before: "This atlas is already encrypted."

    assert _plain_backups(atlas_id) == []
    assert backups.verify(plain, PASS)


def test_after_a_passphrase_change_no_backup_opens_with_the_old_one(tmp_path):
    path = tmp_path / "geheim.zwerm"
    with Atlas.create(path, name="Geheim", passphrase=PASS) as atlas:
        add_person(atlas, "Wilma Kwikstaartje")
        atlas_id = atlas.id
        for _ in range(3):
            backups.make_backup(atlas, "manual")
    change_passphrase(path, PASS, "nieuw")
    found = backups.list_backups(atlas_id)
    assert len(found) == 4  # three and the one made before the change
    for backup in found:
        assert backups.verify(backup.path, "nieuw")
        assert not backups.verify(backup.path, PASS)
        assert not any(backup.path.parent.glob(".*"))  # no journal, no hot journal
    # Running it again (as after a crash) finishes nothing more and fails nothing.
    change_passphrase(path, PASS, "nieuw")
    decrypt_atlas(path, "nieuw")
    decrypt_atlas(path, "nieuw")
    assert all(not is_encrypted(b.path) for b in backups.list_backups(atlas_id))


def test_an_open_rolls_a_committed_conversion_forward(atlas, atlas_path):
    """A journal in state "commit" with temporaries still waiting: the open renames them."""
    add_person(atlas, "Wilma Kwikstaartje")
    atlas.close()
    secret = atlas_path.with_name("secret.zwerm")
    with Atlas.create(secret, name="Geheim", passphrase=PASS) as other:
        add_person(other, "Iemand Anders")
    conversion.temporary_for(atlas_path).write_bytes(secret.read_bytes())
    journal = conversion.journal_path(atlas_path)
    journal.write_text(
        json.dumps({"operation": "encrypt", "state": "commit", "backups": [], "remove": []})
    )
    with Atlas.open(atlas_path, passphrase=PASS, auto_backup=False) as opened:
        assert [p.display_name for p in opened.persons.all()] == ["Iemand Anders"]
    assert not journal.exists()
    assert not conversion.temporary_for(atlas_path).exists()


def test_an_open_rolls_a_prepared_conversion_back(atlas, atlas_path):
    add_person(atlas, "Wilma Kwikstaartje")
    atlas.close()
    tmp = conversion.temporary_for(atlas_path)
    tmp.write_bytes(b"half a converted copy")
    journal = conversion.journal_path(atlas_path)
    journal.write_text(json.dumps({"operation": "encrypt", "state": "prepare"}))
    with Atlas.open(atlas_path, auto_backup=False) as opened:
        assert [p.display_name for p in opened.persons.all()] == ["Wilma Kwikstaartje"]
    assert not journal.exists() and not tmp.exists()


def test_encrypt_removes_half_made_plain_backups(atlas, atlas_path):
    """A killed backup leaves a plain temporary; it must not outlive the encryption."""
    add_person(atlas, "Wilma Kwikstaartje")
    atlas_id = atlas.id
    folder = backups.backup_dir(atlas_id)
    folder.mkdir(parents=True, exist_ok=True)
    half = folder / ".20261204T100000.000000Z-open.zwerm.abc123.tmp"
    half.write_bytes(atlas_path.read_bytes()[:4096])
    atlas.close()
    encrypt_atlas(atlas_path, PASS)
    assert not half.exists()
    for item in folder.iterdir():
        assert b"Kwikstaartje" not in item.read_bytes(), item.name
