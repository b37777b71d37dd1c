"""SQLite and file-system failures turned into errors that say what happened and what to do.

Four situations look alike to a user ("it did not save") but need opposite advice: a full disk
(free space, nothing is lost), a read-only folder or file (fix permissions / move the data),
a database another program holds locked (close it, retry) and real damage (restore a backup).
Only damage suggests restoring: following that advice after a full disk would throw away every
invoice since the backup. Everything that is not clearly one of the first three keeps the old
"damaged" meaning only when SQLite itself says so (SQLITE_CORRUPT / SQLITE_NOTADB).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from facturas_app.domain.errors import CorruptDatabase, StorageError

# Primary result codes (https://sqlite.org/rescode.html); the extended code's low byte is the primary.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

DISK_FULL, READ_ONLY, LOCKED = "storage_disk_full", "storage_read_only", "storage_locked"
FAILED = "storage_error"
_BY_CODE = {
    SQLITE_FULL: DISK_FULL,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_PERM: READ_ONLY,
    SQLITE_CANTOPEN: READ_ONLY,
    SQLITE_BUSY: LOCKED,
    SQLITE_LOCKED: LOCKED,
}
_BY_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}
# Older SQLite builds (or SQLAlchemy wrappers that lost the code) still carry the message text.
_BY_TEXT = (
    ("disk is full", DISK_FULL),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("unable to open", READ_ONLY),
    ("locked", LOCKED),
    ("malformed", "corrupt_database"),
    ("not a database", "corrupt_database"),
)


def _sqlite_error(exc: BaseException) -> BaseException:
    """The sqlite3 exception under a SQLAlchemy wrapper (DBAPIError.orig), or exc itself."""
    return getattr(exc, "orig", None) or exc


def code_for(exc: BaseException, folder: Path | None = None) -> str:
    """Which of the message codes above (or corrupt_database) describes `exc`. SQLite reports a
    write that found no space while growing the WAL index or the journal as a plain "disk I/O
    error" (SQLITE_IOERR, no errno): then the folder itself is asked whether it is full or
    read-only."""
    inner = _sqlite_error(exc)
    if isinstance(inner, OSError):
        return _BY_ERRNO.get(inner.errno or 0, FAILED)
    primary = (getattr(inner, "sqlite_errorcode", None) or 0) & 0xFF
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return "corrupt_database"
    if primary in _BY_CODE:
        return _BY_CODE[primary]
    text = str(inner).lower()
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return _folder_state(folder)
    for fragment, code in _BY_TEXT:
        if fragment in text:
            return code
    return FAILED


# Less free space than this where the database lives, and an I/O error is taken for a full disk.
LOW_SPACE_BYTES = 1024 * 1024


def _folder_state(folder: Path | None) -> str:
    if folder is None:
        return FAILED
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return FAILED
    if stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return READ_ONLY
    if stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES:
        return DISK_FULL
    return FAILED


def storage_error(exc: BaseException, folder: Path | None = None, **params: Any) -> StorageError:
    """The FacturasError to raise instead of `exc` (only damage becomes CorruptDatabase)."""
    code = code_for(exc, folder)
    detail = str(_sqlite_error(exc))
    if code == "corrupt_database":
        return CorruptDatabase(code, detail=detail, **params)
    return StorageError(code, detail=detail, **params)


def is_storage_failure(exc: BaseException) -> bool:
    """True for errors that come from the disk or SQLite rather than from a bug in our SQL."""
    inner = _sqlite_error(exc)
    if isinstance(inner, OSError):
        return True
    return isinstance(inner, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        inner, sqlite3.IntegrityError | sqlite3.ProgrammingError
    )


@contextlib.contextmanager
def mapped_storage_errors(folder: Path | None = None) -> Iterator[None]:
    """Re-raise SQLite/disk failures of the block as storage_error(...); everything else as is."""
    try:
        yield
    except (sqlite3.Error, DBAPIError) as exc:
        if not is_storage_failure(exc):
            raise
        raise storage_error(exc, folder) from exc
