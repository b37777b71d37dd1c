"""What a backup must pass at the file level before a restore may use it (on a private copy).

The copy is checked for integrity, a schema version this app knows, and the immutability
triggers exactly as our migrations create them at that version: a backup whose triggers were
dropped or rewritten may hold edited issued invoices, and restoring it would make them live
with nothing left to stop further edits. The expected triggers come from running the migrations
up to the backup's version on an empty in-memory database, so a migration that adds or rewrites
triggers later is covered without a list to keep in step.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path

from facturas_app.domain.errors import Conflict, CorruptDatabase
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.errors import storage_error
from facturas_app.storage.sqlite.search_sql import register_fold


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


@functools.cache
def expected_triggers(version: int) -> dict[str, str]:
    """name -> SQL of every trigger a database at schema `version` has, per our migrations."""
    conn = sqlite3.connect(":memory:")
    register_fold(conn)  # migration 0017 folds the stored texts with it
    try:
        for number, script in database.migration_scripts():
            if number > version:
                break
            for statement in database.split_statements(script):
                conn.execute(statement)
        return triggers_of(conn)
    finally:
        conn.close()


def triggers_of(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {str(name): _normal(sql) for name, sql in rows}


def trigger_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Names of the triggers missing, changed or added compared with our migrations."""
    found, expected = triggers_of(conn), expected_triggers(version)
    names = set(found) | set(expected)
    return sorted(name for name in names if found.get(name) != expected.get(name))


def check_copy(conn: sqlite3.Connection, source: Path) -> int:
    """Integrity, schema version and triggers of a staged copy; returns its schema version."""
    try:
        result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise Conflict("backup_integrity_failed", path=str(source), detail="; ".join(result[:3]))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise _damaged_or_storage(exc, source) from None
    if "invoices" not in tables or version < 1:
        raise Conflict("backup_not_a_database", path=str(source))
    if version > database.latest_schema_version():
        raise Conflict("backup_too_new", path=str(source), version=version)
    changed = trigger_problems(conn, version)
    if changed:
        raise Conflict("backup_triggers_changed", path=str(source), names=", ".join(changed))
    return version


def _damaged_or_storage(exc: sqlite3.DatabaseError, source: Path) -> Exception:
    error = storage_error(exc)
    if isinstance(error, CorruptDatabase) or error.code == "storage_error":
        return Conflict("backup_integrity_failed", path=str(source), detail=str(exc))
    return error


def migrate_copy(conn: sqlite3.Connection, version: int) -> None:
    """Bring an older staged copy to the current schema (no pre-migration backup: it is a copy)."""
    for number, script in database.migration_scripts():
        if number > version:
            database._apply(conn, number, script)


def check_source_file(source: Path) -> None:
    """The cheap header checks, worded for a backup (restoring a backup is not the advice here)."""
    try:
        database.check_file_is_database(source)
    except CorruptDatabase as exc:
        code = "backup_truncated" if exc.code == "truncated_database" else "backup_not_a_database"
        raise Conflict(code, path=str(source)) from None
