"""A warning for atlases on network shares and in cloud-synchronised folders."""

from __future__ import annotations

import pytest

from desktop_app.store.location import location_warning

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/wijkteams /mnt/wijkteams cifs rw,vers=3.0 0 0
nas:/export/data /mnt/nas nfs4 rw 0 0
/dev/sdb1 /mnt/usb vfat rw 0 0
"""


@pytest.mark.parametrize(
    "path, service",
    [
        ("/home/an/OneDrive/Atlas/noord.zwerm", "OneDrive"),
        ("/home/an/OneDrive - Gemeente Zwolle/noord.zwerm", "OneDrive"),
        ("/home/an/Dropbox/noord.zwerm", "Dropbox"),
        ("/home/an/Google Drive/My Drive/noord.zwerm", "Google Drive"),
        ("/Users/an/Library/Mobile Documents/com~apple~CloudDocs/noord.zwerm", "iCloud"),
        ("/home/an/Nextcloud/noord.zwerm", "Nextcloud"),
    ],
)
def test_sync_folders(path, service):
    warning = location_warning(path, mounts=MOUNTS, windows=False)
    assert warning is not None
    assert service in str(warning) and "gesynchroniseerd" in str(warning)


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\an\OneDrive - Gemeente\Atlas\noord.zwerm",
        r"C:\Users\an\Dropbox\noord.zwerm",
    ],
)
def test_sync_folders_on_windows(path):
    assert "gesynchroniseerd" in str(location_warning(path, windows=True))


@pytest.mark.parametrize(
    "path",
    [r"\\fileserver\wijkteams\noord.zwerm", "//fileserver/wijkteams/noord.zwerm"],
)
def test_unc_paths(path):
    assert "netwerkschijf" in str(location_warning(path, mounts=MOUNTS))


@pytest.mark.parametrize("path", ["/mnt/wijkteams/noord.zwerm", "/mnt/nas/sub/noord.zwerm"])
def test_network_mounts(path):
    assert "netwerkschijf" in str(location_warning(path, mounts=MOUNTS, windows=False))


@pytest.mark.parametrize(
    "path",
    [
        "/home/an/Documenten/noord.zwerm",
        "/mnt/usb/noord.zwerm",
        "/home/an/onedrive-notities.txt/../noord.zwerm",
        "/home/an/Boxtel/noord.zwerm",
    ],
)
def test_local_places_get_no_warning(path):
    assert location_warning(path, mounts=MOUNTS, windows=False) is None


def test_real_temp_folder_is_local(tmp_path):
    assert location_warning(tmp_path / "a.zwerm") is None
