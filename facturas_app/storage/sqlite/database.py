"""Opening the SQLite file: pragmas, integrity check, migrations, and explicit transactions.

pysqlite's implicit transactions are switched off so that every write starts with
BEGIN IMMEDIATE (the write lock is taken up front, so two processes never deadlock halfway).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.storage.sqlite.files import (  # noqa: F401  (re-exported: callers import them from here)
    DB_FILENAME,
    SQLITE_MAGIC,
    check_file_is_database,
    header_schema_version,
    latest_schema_version,
    migration_scripts,
)
from facturas_app.storage.sqlite.search_sql import register_fold

BUSY_TIMEOUT_MS = 30_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any, journal_mode: str = "WAL") -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
    register_fold(dbapi_connection)


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop("immediate", False) else "BEGIN")


def make_engine(path: Path) -> Engine:
    from facturas_app.storage.sqlite.location import journal_mode_for

    # WAL needs shared memory on one machine: on a network or synced drive use the rollback journal.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    on_connect = functools.partial(_on_connect, journal_mode=journal_mode_for(path.parent))
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """Connections that cannot change the file. Without a -wal next to it the file is opened
    immutable (no locks, no -shm created); with one, read-only, so SQLite still reads the WAL."""
    from urllib.parse import quote

    flags = "mode=ro" if path.with_name(path.name + "-wal").exists() else "mode=ro&immutable=1"
    uri = f"file:{quote(str(path))}?{flags}"
    engine = create_engine(
        "sqlite://",
        poolclass=NullPool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    register_fold(dbapi_connection)


# PRAGMA quick_check reads every page: seconds at 100,000 invoices (20 s cold on the 641 MB demo).
# Below this size it runs at every open; above it, at open only the schema is read (damage to page
# 1 or the schema shows there), the full check runs before the first write unless the file's seal
# says this program left it so (seal.py), after the window's first paint, and on every backup copy.
FULL_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024


def _open_error(exc: Exception, engine: Engine) -> Exception:
    """A locked, read-only or full file is not a damaged one (storage/sqlite/errors.py); anything
    else that breaks the first read is taken as damage, as before."""
    from facturas_app.storage.sqlite.errors import DISK_FULL, LOCKED, READ_ONLY, code_for, storage_error

    folder = Path(str(engine.url.database)).parent
    if code_for(exc, folder) in (DISK_FULL, LOCKED, READ_ONLY):
        return storage_error(exc, folder)
    return CorruptDatabase("corrupt_database", detail=str(exc))


def schema_check(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:
        raise _open_error(exc, engine) from exc


def quick_check(engine: Engine) -> None:
    try:
        # Connecting already reads the schema (journal_mode), so damage can surface right there.
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    except Exception as exc:  # sqlite raises DatabaseError for garbage pages
        raise _open_error(exc, engine) from exc
    if result != "ok":
        raise CorruptDatabase("corrupt_database", detail=str(result))


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def split_statements(script: str) -> list[str]:
    """Split a migration into statements (trigger bodies contain semicolons; SQLite knows where they end)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if any(line.strip() and not line.strip().startswith("--") for line in buffer.splitlines()):
        statements.append(buffer.strip())  # a last statement without its semicolon
    return statements


def _apply(raw: Any, version: int, script: str) -> bool:
    """Apply one migration under the write lock, unless another process applied it meanwhile.
    Any connection will do: the SQL function migrations use (0017's `fold`) is registered here."""
    register_fold(raw)
    cursor = raw.cursor()
    cursor.execute("BEGIN IMMEDIATE")
    try:
        if int(cursor.execute("PRAGMA user_version").fetchone()[0]) >= version:
            cursor.execute("ROLLBACK")
            return False
        for statement in split_statements(script):
            cursor.execute(statement)
        cursor.execute(f"PRAGMA user_version = {version}")
        cursor.execute("COMMIT")
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    return True


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations, each atomically with its version bump. Returns what was applied."""
    applied = []
    current = schema_version(engine)
    pending = [(version, script) for version, script in migration_scripts() if version > current]
    if pending and current > 0:  # an existing database is about to change shape: copy it first
        from facturas_app.storage.sqlite.backup import backup_before_migration

        backup_before_migration(Path(str(engine.url.database)))
    for version, script in pending:
        raw = engine.raw_connection()
        try:
            if _apply(raw.driver_connection, version, script):
                applied.append(version)
        finally:
            raw.close()
    return applied


@contextmanager
def transaction(engine: Engine, write: bool) -> Iterator[Connection]:
    with engine.connect() as conn:
        if write:
            conn.info["immediate"] = True
        with conn.begin():
            yield conn


def driver_connection(conn: Connection) -> Any:
    """The driver connection of this same transaction, taking this store's raw SQL: sqlite3's, or
    on the office store (#22) psycopg's behind a translator of placeholders and syntax."""
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        from facturas_app.storage.postgres.adapt import TranslatingConnection

        return TranslatingConnection(raw)
    return raw


def raw_rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Run `sql` on the driver connection of this same transaction: rows as plain tuples, built in C
    (list pages and reports read many rows; SQLAlchemy's per-row processing holds the GIL)."""
    return driver_connection(conn).execute(sql, params).fetchall()  # type: ignore[no-any-return]
