"""Staging a restore: the backup's bytes copied to a private file beside the live database,
checked there (restore_checks), migrated, and only then offered for the swap.

The backup file itself is only ever read (its bytes, plus its -wal if one lies beside it, are
copied as they are; SQLite replays that WAL into the copy, never into the original), and the
live database is not touched at all until the service has judged the copy.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from facturas_app.domain.errors import Conflict, StorageError
from facturas_app.storage.api_backup import BackupInfo, StagedBackup
from facturas_app.storage.sqlite import backup_books, database, restore_checks, temp_files
from facturas_app.storage.sqlite.errors import LOCKED, code_for, mapped_storage_errors, storage_error


def stage(source: Path, folder: Path) -> StagedBackup:
    if not source.is_file():
        raise Conflict("backup_not_found", path=str(source))
    restore_checks.check_source_file(source)
    tmp = temp_files.temp_path(folder, "restore")
    try:
        return _stage_into(source, folder, tmp)
    except BaseException:
        temp_files.remove_with_side_files(tmp)
        raise


def _stage_into(source: Path, folder: Path, tmp: Path) -> StagedBackup:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, tmp)
        wal = Path(f"{source}-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{tmp}-wal"))
    except OSError as exc:
        raise storage_error(exc) from exc
    with mapped_storage_errors(folder):
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            version = restore_checks.check_copy(conn, source)
            identity = backup_books.identity_in(conn)
            issued = int(conn.execute("SELECT count(*) FROM invoices WHERE number IS NOT NULL").fetchone()[0])
            restore_checks.migrate_copy(conn, version)
            conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to swap in
        finally:
            conn.close()
    created, kind = _name_facts(source)
    info = BackupInfo(
        path=source, created_at=created, kind=kind, size=source.stat().st_size,
        schema_version=version, issued_count=issued,
    )  # fmt: skip
    return StagedBackup(path=tmp, source=source, info=info, identity=identity)


def _name_facts(source: Path) -> tuple[dt.datetime, str]:
    from facturas_app.storage.sqlite.backup import name_facts  # backup.py imports this module

    return name_facts(source)


def refuse_if_in_use(db_path: Path) -> None:
    """Another process writing the live database must not see it swapped under it: take the
    write lock once (waiting the usual busy timeout) and refuse when it cannot be had."""
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(db_path, timeout=database.BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if code_for(exc) == LOCKED:
            raise StorageError("storage_busy_restore", detail=str(exc)) from None
        # A damaged live file cannot be locked either: restoring is exactly the way out of that.
