"""Automatic, verified backups in the user's data folder, thinned 7/4/6."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.store import Atlas, AtlasCorruptError, backups, migrations
from desktop_app.store.backups import Backup, keep_set

from .helpers import add_network


def test_atlas_gets_a_stable_id(atlas, atlas_path):
    first = atlas.id
    atlas.close()
    with Atlas.open(atlas_path) as again:
        assert again.id == first
    assert len(first) == 32


def test_old_atlas_without_id_gets_one_on_open(atlas, atlas_path):
    atlas.conn.execute("DELETE FROM settings WHERE key = 'atlas.id'")
    atlas.close()
    with Atlas.open(atlas_path) as again:
        assert again.setting("atlas.id")
        assert backups.list_backups(again.id)


def test_open_makes_one_backup_a_day_in_the_user_data_folder(atlas, atlas_path):
    atlas_id = atlas.id
    atlas.close()
    assert backups.list_backups(atlas_id) == []
    with Atlas.open(atlas_path) as again:
        assert again.backup_problem is None
    with Atlas.open(atlas_path):
        pass
    made = backups.list_backups(atlas_id)
    assert [b.reason for b in made] == ["open"]
    folder = made[0].path.parent
    assert folder == paths.user_data_dir() / "backups" / atlas_id
    assert not any(p.name.endswith(".bak") for p in atlas_path.parent.iterdir())
    assert backups.verify(made[0].path)


def test_read_only_open_makes_no_backup(atlas, atlas_path):
    atlas_id = atlas.id
    atlas.close()
    with Atlas.open(atlas_path, read_only=True):
        pass
    assert backups.list_backups(atlas_id) == []


def test_backup_holds_committed_state(atlas):
    network = add_network(atlas)
    backup = backups.make_backup(atlas, "manual")
    with Atlas.open(backup.path, read_only=True) as copy:
        assert copy.networks.get(network.id).name == network.name


def test_no_backup_inside_a_transaction(atlas):
    with pytest.raises(RuntimeError), atlas.transaction():
        backups.backup_before_import(atlas)


def test_before_import_backup(atlas):
    made = backups.backup_before_import(atlas)
    assert made.reason == "import"
    assert backups.list_backups(atlas.id)[0] == made


def test_failed_backup_does_not_stop_opening(atlas, atlas_path, monkeypatch):
    atlas.close()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "atomic_target", broken)
    with Atlas.open(atlas_path) as again:
        assert again.backup_problem is not None
        assert again.name == "Testatlas"


def test_migration_backup_goes_to_backup_folder(tmp_path):
    """An atlas of schema 1 opened by a build with schema 2: backup first, then migrate."""
    old_dir = tmp_path / "m1"
    new_dir = tmp_path / "m2"
    old_dir.mkdir()
    new_dir.mkdir()
    for m in migrations.discover():
        (new_dir / m.path.name).write_text(m.sql())
        if m.version == 1:
            (old_dir / m.path.name).write_text(m.sql())
    n = len(migrations.discover())
    (new_dir / f"{n + 1:04d}_trust_probe.sql").write_text("CREATE TABLE trust_probe (x);")
    path = tmp_path / "old.zwerm"
    Atlas.create(path, name="Oud", migrations_dir=old_dir).close()
    with Atlas.open(path, migrations_dir=new_dir) as atlas:
        assert atlas.schema_version == n + 1
        made = backups.list_backups(atlas.id)
    reasons = sorted(b.reason for b in made)
    assert reasons == ["migration", "open"]
    migration = next(b for b in made if b.reason == "migration")
    conn = sqlite3.connect(migration.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m1", "m2", "old.zwerm"]


def _fake(when: datetime, reason="open") -> Backup:
    return Backup(Path(f"/x/{when.isoformat()}-{reason}"), when, reason)


def test_thinning_keeps_7_daily_4_weekly_6_monthly():
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    made = [_fake(now - timedelta(hours=6 * i)) for i in range(4 * 400)]  # 400 days, 4 a day
    keep = keep_set(made, now)
    kept = sorted((b for b in made if b.path in keep), key=lambda b: b.made_at, reverse=True)
    recent = [b for b in kept if now - b.made_at <= timedelta(hours=24)]
    assert len(recent) == 5  # everything of the last 24 hours
    days = {b.local_time.date() for b in kept}
    months = {(b.local_time.year, b.local_time.month) for b in kept}
    assert len(kept) <= 5 + 7 + 4 + 6
    assert len(months) == 6
    assert len(days) >= 7
    assert kept[-1].made_at > now - timedelta(days=190)
    assert kept[0] == made[0]


def test_thinning_keeps_nothing_older_than_six_months_in_a_sparse_history():
    # Backups once a month or less for three years: "the newest of 6 months that
    # have backups" kept a 34-month-old one; the promise is 6 months at most.
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    made = [_fake(now - timedelta(days=d)) for d in (0, 200, 400, 600, 800, 1000, 1030)]
    keep = keep_set(made, now)
    assert keep == {made[0].path}
    monthly = [_fake(now - timedelta(days=30 * i)) for i in range(12)]
    kept = [b for b in monthly if b.path in keep_set(monthly, now)]
    assert len(kept) == 6
    assert min(b.made_at for b in kept) > now - timedelta(days=183)


def test_thinning_removes_files_only_after_a_verified_backup(atlas, monkeypatch):
    folder = backups.backup_dir(atlas.id)
    folder.mkdir(parents=True)
    old = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)  # a Monday: days 0-6 share a week
    stale = []
    for i in range(12):
        when = old + timedelta(days=i)
        p = folder / f"{when.strftime('%Y%m%dT%H%M%S.%fZ')}-open.zwerm"
        atlas.backup_to(p)
        stale.append(p)
    # A backup that fails verification leaves every older one in place.
    with monkeypatch.context() as m, pytest.raises(AtlasCorruptError):
        m.setattr(backups, "quick_check", lambda conn: False)
        backups.make_backup(atlas, "manual")
    assert all(p.exists() for p in stale)
    backups.make_backup(atlas, "manual")
    left = {b.path for b in backups.list_backups(atlas.id)}
    # More than six months old: none is kept (the newest is the one just made).
    assert not left & set(stale)
    assert len(left) == 1
    assert not [p for p in os.listdir(folder) if p.startswith(".")]


def test_an_import_makes_a_backup_first(atlas, tmp_path):
    from desktop_app.interop.importer import import_file

    before = add_network(atlas, "Al aanwezig")
    source = tmp_path / "netwerken.csv"
    source.write_text("naam\nLeesclub Noord\nKoor Zuid\n", encoding="utf-8")
    import_file(atlas, source, "networks")
    made = [b for b in backups.list_backups(atlas.id) if b.reason == "import"]
    assert len(made) == 1
    with Atlas.open(made[0].path, read_only=True) as copy:
        assert [n.id for n in copy.networks.all()] == [before.id]  # the state before
    assert atlas.networks.count() == 3
