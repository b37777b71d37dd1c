"""Temporary files of backups and restores: one private name per run, cleaned after a crash.

Every temporary database we write is named `.facturas-tmp-<purpose>-<pid>-<uuid>.sqlite3` in the
folder of its final file, so a rename into place is atomic and two runs never share (and delete)
each other's file. A run killed halfway leaves its file behind; the next start removes the files
of that pattern whose process is gone. Nothing else is ever removed: the pattern is ours alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from pathlib import Path

PREFIX = ".facturas-tmp-"
PATTERN = re.compile(r"^\.facturas-tmp-([a-z]+)-(\d+)-([0-9a-f]{32})\.sqlite3(-journal|-wal|-shm)?$")
# Where the owner's pid cannot be asked about (Windows), a file this old is a leftover.
STALE_AFTER_S = 6 * 3600


def temp_path(folder: Path, purpose: str) -> Path:
    return Path(folder) / f"{PREFIX}{purpose}-{os.getpid()}-{uuid.uuid4().hex}.sqlite3"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return True
    return True


def is_leftover(path: Path) -> bool:
    match = PATTERN.match(path.name)
    if match is None:
        return False
    if os.name != "posix":  # os.kill(pid, 0) would not ask on Windows
        with contextlib.suppress(OSError):
            return time.time() - path.stat().st_mtime > STALE_AFTER_S
        return False
    return not _process_alive(int(match.group(2)))


def remove_leftovers(*folders: Path) -> list[Path]:
    """Remove our temporary files whose run is over (killed backups and restores)."""
    removed = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for path in Path(folder).iterdir():
            if is_leftover(path):
                with contextlib.suppress(FileNotFoundError, PermissionError):
                    path.unlink()
                    removed.append(path)
    return removed


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
