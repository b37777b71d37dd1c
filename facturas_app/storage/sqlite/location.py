"""Is the data folder on a network or cloud-synced drive? There WAL is unsafe, so use DELETE.

SQLite's WAL needs shared memory between processes on one machine: it does not work over network
file systems, and sync clients (Dropbox, OneDrive...) may upload a database without its -wal file,
or put back an old one. We warn the user and fall back to the rollback journal there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "sshfs",
        "afpfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "ncpfs",
        "glusterfs",
        "ceph",
        "fuse.s3fs",
    }
)
SYNCED_FOLDER_NAMES = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "mi unidad",
    "icloud drive",
    "icloud",
    "mobile documents",
    "pcloud",
    "box sync",
    "nextcloud",
    "owncloud",
    "mega",
    "sync.com",
    "yandex.disk",
    "cloudstorage",
)


@dataclass(frozen=True)
class Location:
    path: Path
    reason: str  # "" when the folder is local

    @property
    def risky(self) -> bool:
        return bool(self.reason)

    @property
    def journal_mode(self) -> str:
        return "DELETE" if self.risky else "WAL"


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes spaces and tabs as octal (\040).
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_fs_type(path: Path, mounts_text: str | None = None) -> str:
    """The file system type of the longest mount point containing `path` (Linux; '' elsewhere)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def synced_folder(path: Path) -> str:
    """The name of a sync client's folder among the path's parts, if any."""
    for part in path.resolve().parts:
        lowered = part.lower()
        for name in SYNCED_FOLDER_NAMES:
            if lowered == name or lowered.startswith(name + " ") or lowered.startswith(name + "-"):
                return part
    return ""


def _windows_network_drive(path: Path) -> bool:
    if os.name != "nt":
        return False
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True  # UNC path: \\server\share
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]


def inspect_location(path: Path, mounts_text: str | None = None) -> Location:
    """Why `path` (the data folder) is not a plain local disk, or an empty reason if it is."""
    fs_type = mount_fs_type(path, mounts_text)
    if fs_type.lower() in NETWORK_FS_TYPES or fs_type.lower().startswith(("nfs", "cifs", "smb")):
        return Location(path, f"{fs_type}")
    folder = synced_folder(path)
    if folder:
        return Location(path, folder)
    if _windows_network_drive(path):
        return Location(path, "network drive")
    return Location(path, "")


def journal_mode_for(data_dir: Path) -> str:
    """'WAL' on a local disk, 'DELETE' on a network or synced drive."""
    return inspect_location(data_dir).journal_mode
