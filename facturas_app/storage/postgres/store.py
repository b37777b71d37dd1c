"""The office store (#22): one PostgreSQL database shared by several people.

The repositories are the SQLite store's (storage/sqlite/repo_*.py, SQLAlchemy Core over the same
table classes); where their SQL is SQLite's own they ask `self.conn.dialect.name` through
storage/sqlite/dialect.py. The guarantees live in the database (migrations 0003–0005: guard
triggers, gapless numbering).

Writers queue: every write transaction first takes one transaction-level advisory lock, so
write transactions run one at a time as they do on SQLite (BEGIN IMMEDIATE), while readers never
wait. The services were written for that: a read that decides a write (the series' counter, the
VERI*FACTU chain's end, a reminder or recurring occurrence already claimed) happens inside the
write transaction, so two machines never both decide. An office of a few people writes a few
times a minute; a write transaction lasts milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import TextClause

from facturas_app.domain.errors import Conflict
from facturas_app.storage.postgres import migrate as pg_migrate
from facturas_app.storage.postgres.adapt import register_loaders, translate, translate_syntax
from facturas_app.storage.postgres.errors import mapped_server_errors, open_error
from facturas_app.storage.postgres.url import display_url, engine_url
from facturas_app.storage.sqlite.store import SqliteTransaction

WRITER_LOCK_KEY = 0x46_41_43_57_52_49_54_45  # "FACWRITE": one writer at a time per database
CONNECT_TIMEOUT_SECONDS = 10


class PostgresTransaction(SqliteTransaction):
    """The same repositories on a PostgreSQL connection."""


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def make_engine(url: str) -> Engine:
    engine = create_engine(
        engine_url(url),
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=True,  # a server restarted overnight: the next click reconnects
        json_serializer=_json_dumps,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "facturas"},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "before_cursor_execute", _translate_raw_sql, retval=True)
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    register_loaders(dbapi_connection)
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute("SET DateStyle = 'ISO, YMD'")
    dbapi_connection.commit()


def _translate_raw_sql(
    conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> tuple[str, Any]:
    """The repositories' plain SQL (exec_driver_sql: no compiled statement) made psycopg's, and
    the SQLite-only syntax of their text() statements rewritten; Core statements are already
    compiled for PostgreSQL."""
    compiled = getattr(context, "compiled", None)
    if compiled is None:
        return translate(statement, bool(parameters)), parameters
    if isinstance(compiled.statement, TextClause):
        return translate_syntax(statement), parameters
    return statement, parameters


class PostgresStore:
    """`location` is the URL without its password (for messages and the window's title)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.location = display_url(url)
        self.path = Path(self.location)  # Store.path: nothing reads it as a file in office mode
        self.newer_version = 0
        self.engine = make_engine(url)
        self.applied_migrations = self._migrate()

    def _migrate(self) -> list[int]:
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.driver_connection
                applied = pg_migrate.migrate(raw)
                conn.commit()
                return applied
        except Conflict as exc:
            self.engine.dispose()
            if exc.code != "database_too_new":
                raise
            raise Conflict("office_database_too_new", location=self.location, **exc.params) from exc
        except Exception as exc:
            self.engine.dispose()
            raise open_error(exc, self.location) from exc

    @contextmanager
    def read(self) -> Iterator[PostgresTransaction]:
        with mapped_server_errors(self.location), self.engine.connect() as conn, conn.begin():
            yield PostgresTransaction(conn)

    @contextmanager
    def write(self) -> Iterator[PostgresTransaction]:
        with mapped_server_errors(self.location), self.engine.connect() as conn, conn.begin():
            _take_writer_lock(conn)
            yield PostgresTransaction(conn)

    def bulk_loader(self) -> Any:
        from facturas_app.storage.postgres.bulk import PostgresBulkLoader

        return PostgresBulkLoader(self)

    def close(self) -> None:
        self.engine.dispose()


def _take_writer_lock(conn: Connection) -> None:
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
