"""`db copy-to URL` (#22): a data folder's SQLite books into an empty office database, exactly.

Every table the office schema has is filled from the SQLite table of the same name, column for
column, in foreign-key order (a rectifying invoice after the one it rectifies), in one
transaction: a copy that fails half way leaves the office database empty. Issued invoices, their
lines and records go in as they are under the guards' bulk-load grant, which the database allows
into books without issued invoices only (migration 0005); the grant is gone before the commit.
SQLite's rowids come along where the office schema keeps them (the order of events, feedback,
bank movements, expense files), so every list reads in the same order. After the copy each
table's row count is compared with the source's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facturas_app.domain.errors import Conflict

_SKIPPED = {"schema_migrations", "bulk_load_grant"}
# Tables whose rows the app writes when it first opens a database (the data set's identity, the
# settings it seeds): replaced by the source's, not counted as "not empty".
_SEEDED = {"settings", "series_counters"}


# Office columns a SQLite file has no column for, and what a copied row gets there: SQLite's implicit
# rowid; who did it (migration 0009) is not known for the books of one computer.
_KNOWN_HERE_ONLY = {"rowid": "rowid", "done_by": "''", "recorded_by": "''"}


@dataclass(frozen=True)
class CopyReport:
    tables: int
    rows: int


def copy_data_set(source: Path, url: str) -> CopyReport:
    """Copy the SQLite file `source` into the (migrated, empty) office database at `url`."""
    from facturas_app.storage.postgres.store import PostgresStore
    from facturas_app.storage.postgres.url import check_url
    from facturas_app.storage.sqlite.store import SqliteStore

    if not source.is_file():
        raise Conflict("copy_no_source", path=str(source))
    check_url(url)
    SqliteStore(source).close()  # checked and migrated to this app's schema first
    target = PostgresStore(url)
    try:
        raw = target.engine.raw_connection()
        try:
            return _copy(sqlite3.connect(f"file:{source}?mode=ro", uri=True), raw.driver_connection)
        finally:
            raw.close()
    finally:
        target.close()


def _copy(src: sqlite3.Connection, dst: Any) -> CopyReport:
    try:
        with dst.transaction():
            tables = _ordered_tables(dst)
            _refuse_if_not_empty(dst, tables)
            dst.execute("INSERT INTO bulk_load_grant (id, reason) VALUES (1, 'copy from SQLite')")
            rows = sum(_copy_table(src, dst, table) for table in tables)
            dst.execute("DELETE FROM bulk_load_grant")
            _reset_identities(dst, tables)
            _verify_counts(src, dst, tables)
            return CopyReport(tables=len(tables), rows=rows)
    finally:
        src.close()


def _ordered_tables(dst: Any) -> list[str]:
    """The office schema's tables, each after the tables it references."""
    names = [r[0] for r in dst.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    edges = dst.execute(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c"
        " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace"
    ).fetchall()
    needs = {name: set() for name in names if name not in _SKIPPED}
    for child, parent in edges:
        if child in needs and parent in needs and child != parent:
            needs[child].add(parent)
    return _topological(needs)


def _topological(needs: dict[str, set[str]]) -> list[str]:
    ordered: list[str] = []
    while needs:
        ready = sorted(name for name, parents in needs.items() if not parents - set(ordered))
        if not ready:
            raise AssertionError(f"foreign keys in a cycle: {sorted(needs)}")
        ordered += ready
        for name in ready:
            del needs[name]
    return ordered


def _refuse_if_not_empty(dst: Any, tables: list[str]) -> None:
    for table in tables:
        if table not in _SEEDED and dst.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            raise Conflict("copy_target_not_empty", table=table)
    for table in _SEEDED & set(tables):
        dst.execute(f"DELETE FROM {table}")


def _columns(dst: Any, table: str) -> list[tuple[str, str]]:
    return dst.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()


def _copy_table(src: sqlite3.Connection, dst: Any, table: str) -> int:
    if not _source_has(src, table):
        return 0
    source = _source_columns(src, table)
    columns = [(n, kind) for n, kind in _columns(dst, table) if n in source or n in _KNOWN_HERE_ONLY]
    names = [name for name, _type in columns]
    _refuse_lost_columns(source, table, names)
    booleans = {i for i, (_name, kind) in enumerate(columns) if kind == "boolean"}
    quoted = ", ".join(f'"{name}"' for name in names)  # a column may be a keyword ("to")
    picked = ", ".join(_KNOWN_HERE_ONLY.get(name, f'"{name}"') for name in names)
    rows = src.execute(f"SELECT {picked} FROM {table}").fetchall()
    rows = _parents_first(table, names, rows)
    with dst.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([bool(v) if i in booleans and v is not None else v for i, v in enumerate(row)])
    return len(rows)


def _source_columns(src: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in src.execute(f"PRAGMA table_info({table})")}


def _refuse_lost_columns(source: set[str], table: str, names: list[str]) -> None:
    """A source column the office schema lacks would be dropped silently: refuse instead."""
    lost = sorted(source - set(names))
    if lost:
        raise Conflict("copy_schema_mismatch", table=table, columns=", ".join(lost))


def _verify_counts(src: sqlite3.Connection, dst: Any, tables: list[str]) -> None:
    for table in tables:
        if not _source_has(src, table):
            continue
        want = src.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        got = dst.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if want != got:
            raise Conflict("copy_count_mismatch", table=table, source=want, copied=got)


def _source_has(src: sqlite3.Connection, table: str) -> bool:
    found = src.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return found.fetchone() is not None


def _parents_first(table: str, names: list[str], rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Invoices: a rectifying invoice after the invoice it rectifies (the only self-reference)."""
    if table != "invoices":
        return rows
    key, parent = names.index("id"), names.index("rectifies_id")
    placed: set[Any] = set()
    ordered: list[tuple[Any, ...]] = []
    waiting = rows
    while waiting:
        ready = [r for r in waiting if r[parent] is None or r[parent] in placed]
        if not ready:
            raise AssertionError("invoices rectifying each other in a cycle")
        placed.update(r[key] for r in ready)
        ordered += ready
        waiting = [r for r in waiting if r[key] not in placed]
    return ordered


def _reset_identities(dst: Any, tables: list[str]) -> None:
    """Identity columns given SQLite's values continue after the largest of them."""
    for table, column in dst.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public' AND is_identity = 'YES'"
    ).fetchall():
        if table in tables:
            dst.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                f" coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
            )
