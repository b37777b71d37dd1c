"""Schema migrations of the office store: migrations/NNNN_*.sql, applied in order, each once.

Two clients starting together must not both run a migration: the whole run holds a transaction-
level advisory lock (one fixed key), so the second waits, then finds every version recorded in
schema_migrations and runs nothing. PostgreSQL's DDL is transactional, so a run that fails half
way leaves the database as it was. A database migrated by a newer Facturas is refused.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from facturas_app.domain.errors import Conflict

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x46_41_43_54_55_52_41_53  # "FACTURAS": one key for every Facturas database
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_VERSIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


def migration_scripts() -> list[tuple[int, Path]]:
    """(version, path) of every migration shipped with this app, in version order."""
    found = [(int(m.group(1)), p) for p in MIGRATIONS.glob("*.sql") if (m := _NAME.match(p.name))]
    return sorted(found)


def latest_schema_version() -> int:
    return migration_scripts()[-1][0]


def migrate(conn: Any) -> list[int]:
    """Apply the missing migrations on `conn` (a psycopg connection); returns their versions."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        if conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
            conn.execute(_VERSIONS_TABLE)  # only the owner creates: people's roles may not (#22)
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        _refuse_if_newer(done)
        applied = [version for version, path in migration_scripts() if _apply(conn, done, version, path)]
    return applied


def _refuse_if_newer(done: set[int]) -> None:
    latest = latest_schema_version()
    if done and max(done) > latest:
        raise Conflict("database_too_new", version=max(done), latest=latest)


def _apply(conn: Any, done: set[int], version: int, path: Path) -> bool:
    if version in done:
        return False
    conn.execute(path.read_text("utf-8"))
    conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, path.stem))
    return True
