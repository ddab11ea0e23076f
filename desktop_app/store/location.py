"""Warn about places where an SQLite file gets damaged: network shares and sync folders.

SQLite's locking does not hold over SMB/NFS, and sync clients (OneDrive,
Dropbox, Google Drive, iCloud, Nextcloud) copy the file and its -wal
separately, mid-write. :func:`location_warning` is pure apart from reading
``/proc/mounts`` (pass ``mounts`` to test it) and asking Windows for the drive
type of a mapped drive letter.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import PureWindowsPath

from desktop_app.i18n import Text

#: Folder names of sync clients (lower case), matched as whole path parts.
SYNC_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "mijn drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
    "cloudstorage",
)
_SYNC_PREFIX = re.compile(r"^(onedrive.*|dropbox.*|google ?drive.*|icloud.*)$")

#: File system types of network mounts in /proc/mounts.
NETWORK_FS = {
    "cifs",
    "smb3",
    "smbfs",
    "nfs",
    "nfs4",
    "ncpfs",
    "afs",
    "9p",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "ceph",
    "glusterfs",
}

NETWORK_WARNING = Text(
    "Deze atlas staat op een netwerkschijf. SQLite-bestanden kunnen daar beschadigd raken "
    "als twee mensen tegelijk werken of de verbinding wegvalt. Werk liever op een kopie op "
    "deze computer.",
    "This atlas is on a network drive. SQLite files can be damaged there when two people "
    "work at once or the connection drops. Prefer working on a copy on this computer.",
)
SYNC_WARNING = Text(
    "Deze atlas staat in een map die met de cloud wordt gesynchroniseerd ({service}). "
    "Synchronisatie kan het bestand halverwege kopiëren en beschadigen. Bewaar de atlas "
    "liever in een map die niet wordt gesynchroniseerd.",
    "This atlas is in a folder synchronised with the cloud ({service}). Synchronisation "
    "can copy the file mid-write and damage it. Prefer a folder that is not synchronised.",
)


def _sync_service(parts: list[str]) -> str | None:
    for part in parts:
        low = part.lower()
        if low in SYNC_FOLDERS or _SYNC_PREFIX.match(low):
            if low.startswith("onedrive"):
                return "OneDrive"
            if low.startswith("dropbox"):
                return "Dropbox"
            if "google" in low or low in ("my drive", "mijn drive"):
                return "Google Drive"
            if "icloud" in low or low == "mobile documents":
                return "iCloud"
            if low == "nextcloud":
                return "Nextcloud"
            if low == "owncloud":
                return "ownCloud"
            if low == "box sync":
                return "Box"
            return "cloud"
    return None


def _mount_type(path: str, mounts: str) -> str | None:
    """The file system type of the longest mount point containing ``path``."""
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote_drive(drive: str) -> bool:  # pragma: no cover - Windows only
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == 4  # DRIVE_REMOTE
    except (AttributeError, OSError):
        return False


def location_warning(
    path: str | os.PathLike[str],
    *,
    mounts: str | None = None,
    windows: bool | None = None,
) -> Text | None:
    """A warning if ``path`` is on a network share or in a cloud-synchronised folder."""
    text = os.fspath(path)
    windows = sys.platform == "win32" if windows is None else windows
    if text.startswith(("\\\\", "//")):
        return NETWORK_WARNING  # a UNC path: \\server\share
    if windows:
        win = PureWindowsPath(text)
        parts = list(win.parts)
        if win.drive and len(win.drive) == 2 and sys.platform == "win32":
            if _windows_remote_drive(win.drive):
                return NETWORK_WARNING
    else:
        absolute = os.path.abspath(text)
        parts = absolute.split("/")
        if mounts is None:
            try:
                with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                    mounts = fh.read()
            except OSError:
                mounts = ""
        real = os.path.realpath(absolute)
        if (_mount_type(real, mounts) or "") in NETWORK_FS:
            return NETWORK_WARNING
    service = _sync_service(parts[:-1])
    if service:
        return SYNC_WARNING.format(service=service)
    return None


def is_network_path(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is on a network share (where file locks behave differently)."""
    return location_warning(path) is NETWORK_WARNING
