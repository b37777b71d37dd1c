"""The seal: the database file's identity as a checked session of this program left it.

A file too big for the full page check at every open (database.FULL_CHECK_AT_OPEN_MAX_BYTES) is
still checked whole before its first write (#17) — unless its seal matches: same inode, size and
modification time as when a session that had checked it (or made it) last wrote it. Anything else
that rewrote the file since (a copy over it, a sync tool, a crash in a checkpoint, a truncation)
changes one of the three, so the check runs. What the seal cannot see is decay that keeps the
file's times (a failing disk): the window's check after its first paint and every backup's check
still read every page.

The WAL file needs no seal: SQLite checksums its frames and drops any that do not match.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from facturas_app.storage.sqlite import temp_files

SEAL_SUFFIX = ".checked"


def seal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SEAL_SUFFIX)


def identity(db_path: Path) -> dict[str, int]:
    stat = db_path.stat()
    return {"ino": stat.st_ino, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def read_seal(db_path: Path) -> dict[str, int] | None:
    try:
        data = json.loads(seal_path(db_path).read_text("utf-8"))
    except (OSError, ValueError):
        return None  # none yet, unreadable or not ours: the file is simply checked
    return data if isinstance(data, dict) else None


def matches(db_path: Path) -> bool:
    try:
        return read_seal(db_path) == identity(db_path)
    except OSError:
        return False


def write_seal(db_path: Path) -> None:
    """Best effort: a seal that cannot be written only costs the next session a full check."""
    target = seal_path(db_path)
    temporary = temp_files.temp_path(target.parent, "seal")  # a leftover is cleaned at next start
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps(identity(db_path)), "utf-8")
        os.replace(temporary, target)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def remove_seal(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        seal_path(db_path).unlink(missing_ok=True)
