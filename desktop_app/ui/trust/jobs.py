"""The long trust work as jobs: encrypting, decrypting, a new passphrase, a restore,
and the day's first backup when an atlas opens.

Conversions and restores run in a process of its own
(``JobRunner.start(..., process=True)``): the store functions have no cancel
check inside, so a cancel ends the process at once. They are written to
survive that at any moment (a temporary file next to the atlas, replaced in one
step; SQLite's own journal for a restore), as they survive a crash; what a
killed process leaves behind is only its temporary files, removed by
:func:`remove_leftovers`.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop_app.domain.jobs import JobState
from desktop_app.store import backups

#: What a conversion does: "encrypt", "decrypt" or "rekey".
KINDS = ("encrypt", "decrypt", "rekey")


def convert_job(inputs: tuple[str, str, str | None, str | None], state: JobState) -> None:
    """Job (in a process): (kind, atlas path, old passphrase, new passphrase)."""
    from desktop_app.store.crypto import change_passphrase, decrypt_atlas, encrypt_atlas

    kind, path, old, new = inputs
    state.check()
    if kind == "encrypt":
        assert new is not None
        encrypt_atlas(path, new)
    elif kind == "decrypt":
        assert old is not None
        decrypt_atlas(path, old)
    else:
        assert old is not None and new is not None
        change_passphrase(path, old, new)


def restore_job(inputs: tuple[str, str, str | None], state: JobState):
    """Job (in a process): (atlas path, backup path, passphrase); the RestoreResult."""
    from desktop_app.store.restore import restore

    path, backup, passphrase = inputs
    state.check()
    return restore(path, backup, passphrase=passphrase)


def backup_on_open_job(atlas, state: JobState) -> backups.Backup | None:
    """Job (in a thread): the day's first backup of ``atlas``, through a reader of its own."""
    reader = atlas.reader()
    try:
        state.check()
        return backups.backup_on_open(reader)
    finally:
        reader.close()


def remove_leftovers(path: str | Path, atlas_id: str | None) -> None:
    """Remove the temporary files a killed conversion or restore left behind."""
    path = Path(path)
    folders = [(path.parent, f".{path.name}.")]
    if atlas_id:
        folders.append((backups.backup_dir(atlas_id), "."))
    for folder, prefix in folders:
        for tmp in folder.glob(f"{prefix}*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()
