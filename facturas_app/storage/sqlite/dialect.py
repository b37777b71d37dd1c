"""Where the repositories' SQL differs between the data folder's SQLite file and the office's
PostgreSQL database (#22): each difference is one small function here, chosen by the connection's
dialect, so the repositories stay one set of code for both stores."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection


def is_postgres(conn: Connection) -> bool:
    return bool(conn.dialect.name == "postgresql")


def upsert(conn: Connection, table: Table) -> Any:
    """INSERT … ON CONFLICT for this connection's dialect (same API on both)."""
    if is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)
