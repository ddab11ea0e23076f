"""The user's backup policy: stored as JSON, defaults for bad values, used when thinning."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.store import backup_policy, backups
from desktop_app.store.backup_policy import BackupPolicy, load_policy, save_policy


def test_defaults_without_a_file():
    assert load_policy() == BackupPolicy(None, 7, 4, 6)
    assert backups.backup_root() == paths.user_data_dir() / "backups"


def test_round_trip_and_folder(tmp_path):
    save_policy(BackupPolicy(str(tmp_path / "b"), 2, 3, 4))
    assert load_policy() == BackupPolicy(str(tmp_path / "b"), 2, 3, 4)
    assert backups.backup_root() == tmp_path / "b"


def test_unusable_values_fall_back_to_defaults():
    backup_policy.policy_file().parent.mkdir(parents=True, exist_ok=True)
    backup_policy.policy_file().write_text('{"daily": 0, "weekly": "x", "monthly": true}')
    assert load_policy() == BackupPolicy()
    backup_policy.policy_file().write_text("not json")
    assert load_policy() == BackupPolicy()
    with pytest.raises(ValueError):
        save_policy(BackupPolicy(daily=0))


def test_keep_set_follows_the_policy_counts():
    now = datetime(2026, 11, 27, 12, tzinfo=UTC)
    made = [
        backups.Backup(Path(f"/b/{i}.zwerm"), now - timedelta(days=i, hours=1), "open")
        for i in range(10)
    ]
    default = backups.keep_set(made, now)
    fewer = backups.keep_set(made, now, BackupPolicy(daily=2, weekly=1, monthly=1))
    assert len(fewer) < len(default)
    assert made[0].path in fewer and made[1].path in fewer
    assert made[5].path not in fewer
