"""Where this user's automatic backups go and how many are kept (a per-user choice).

Not an atlas setting: a shared atlas may be opened by several coordinators,
each with their own disk, and a backup next to the atlas would share its fate.
Not in QSettings either: the store (which makes the backups) does not use Qt.
So it is a small JSON file, ``backup-policy.json`` in the user's data folder,
written by the settings dialog and read by :mod:`desktop_app.store.backups`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.store.atomic import atomic_write_text

FILE_NAME = "backup-policy.json"
#: The defaults: the newest of each of the last 7 days, 4 weeks and 6 months.
DEFAULT_DAILY, DEFAULT_WEEKLY, DEFAULT_MONTHLY = 7, 4, 6
#: Upper bound of each count (a year of dailies, five years of monthlies).
MAXIMUM = {"daily": 366, "weekly": 260, "monthly": 120}


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """``folder`` None: the default folder (``backups`` in the user's data folder)."""

    folder: str | None = None
    daily: int = DEFAULT_DAILY
    weekly: int = DEFAULT_WEEKLY
    monthly: int = DEFAULT_MONTHLY

    def root(self) -> Path:
        """The folder holding one sub-folder of backups per atlas."""
        if self.folder:
            return Path(self.folder).expanduser()
        return default_root()


def default_root() -> Path:
    return paths.user_data_dir() / "backups"


def policy_file() -> Path:
    return paths.user_data_dir() / FILE_NAME


def previous_roots() -> list[Path]:
    """Backup folders chosen before the current one (their backups are still the
    atlas's: listed, thinned, erased in and re-encrypted with the others)."""
    try:
        data = json.loads(policy_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    folders = data.get("previous_folders", []) if isinstance(data, dict) else []
    current = load_policy().root()
    roots = [Path(f).expanduser() for f in folders if isinstance(f, str) and f]
    return [r for r in dict.fromkeys(roots) if r != current]


def load_policy() -> BackupPolicy:
    """The stored policy; defaults for anything missing or unusable."""
    try:
        data = json.loads(policy_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupPolicy()
    if not isinstance(data, dict):
        return BackupPolicy()
    folder = data.get("folder")
    values = {}
    for key, default in (
        ("daily", DEFAULT_DAILY),
        ("weekly", DEFAULT_WEEKLY),
        ("monthly", DEFAULT_MONTHLY),
    ):
        value = data.get(key, default)
        ok = isinstance(value, int) and not isinstance(value, bool)
        values[key] = value if ok and 1 <= value <= MAXIMUM[key] else default
    return BackupPolicy(folder if isinstance(folder, str) and folder else None, **values)


def save_policy(policy: BackupPolicy) -> None:
    """Write the policy atomically (raises WriteFailedError when the disk refuses)."""
    for key, maximum in MAXIMUM.items():
        value = getattr(policy, key)
        if not 1 <= value <= maximum:
            raise ValueError(f"{key} must be between 1 and {maximum}: {value}")
    before = load_policy().root()
    previous = [str(r) for r in previous_roots()]
    if policy.root() != before:
        previous.append(str(before))
    data = {**asdict(policy), "previous_folders": [f for f in previous if Path(f) != policy.root()]}
    policy_file().parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(policy_file(), json.dumps(data, indent=1))
