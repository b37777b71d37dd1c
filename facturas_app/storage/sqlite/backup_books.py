"""Reading a staged backup's books (and the live file's identity) without writing to either.

The staged copy is opened read-only through the same repositories the app uses, so the invoices
the restore check recomputes are exactly the invoices the app would show after the swap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from facturas_app.domain.money import from_cents
from facturas_app.storage.api import VerifactuRow
from facturas_app.storage.api_backup import DataSetIdentity, StoredInvoice
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.errors import mapped_storage_errors

CHUNK = 500  # invoices loaded at a time: 100,000 of them never sit in memory at once
TOTAL_COLUMNS = ("base", "vat", "surcharge", "irpf", "total", "amount_due")
SETTING_DATASET_ID = "dataset_id"


@contextmanager
def _transaction(path: Path, live: bool) -> Iterator[object]:
    from facturas_app.storage.sqlite.store import SqliteTransaction

    mode = "mode=ro" if live else "mode=ro&immutable=1"
    engine = create_engine(f"sqlite:///file:{path}?{mode}&uri=true", poolclass=NullPool)
    try:
        with mapped_storage_errors(), engine.connect() as conn, conn.begin():
            yield SqliteTransaction(conn)
    finally:
        engine.dispose()


def issued_invoices(path: Path) -> Iterator[StoredInvoice]:
    """Every numbered document with the totals stored beside it, in issue order."""
    columns = ", ".join(f"{name}_cents" for name in TOTAL_COLUMNS)
    with _transaction(path, live=False) as tx:
        rows = tx.conn.exec_driver_sql(  # type: ignore[attr-defined]
            f"SELECT id, {columns} FROM invoices WHERE number IS NOT NULL ORDER BY issue_date, number"
        ).fetchall()
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            loaded = {inv.id: inv for inv in tx.get_invoices([row[0] for row in chunk])}  # type: ignore[attr-defined]
            for row in chunk:
                stored = {name: from_cents(int(row[i + 1])) for i, name in enumerate(TOTAL_COLUMNS)}
                yield StoredInvoice(invoice=loaded[row[0]], stored=stored)


def billing_rows(path: Path) -> list[VerifactuRow]:
    with _transaction(path, live=False) as tx:
        return list(tx.list_verifactu_records())  # type: ignore[attr-defined]


def identity_of(path: Path, live: bool = False) -> DataSetIdentity | None:
    """Read with plain sqlite3 so a file of any schema version (even before 0014) answers."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    # The live file: a plain connection that only reads (a mode=ro one would leave an empty -wal
    # behind, as it may not remove it on close); a file at rest: immutable, nothing created.
    uri = f"file:{path}" if live else f"file:{path}?mode=ro&immutable=1"
    with mapped_storage_errors():
        conn = sqlite3.connect(uri, uri=True, timeout=database.BUSY_TIMEOUT_MS / 1000)
        try:
            return identity_in(conn)
        finally:
            conn.close()


def identity_in(conn: sqlite3.Connection) -> DataSetIdentity:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    dataset_id, tax_id, books = "", "", False
    if "settings" in tables:
        query = "SELECT json_extract(value, '$') FROM settings WHERE key = ?"
        found = conn.execute(query, (SETTING_DATASET_ID,)).fetchone()
        dataset_id = str(found[0]) if found and found[0] else ""
    if "business" in tables:
        found = conn.execute("SELECT tax_id FROM business LIMIT 1").fetchone()
        tax_id = str(found[0]) if found and found[0] else ""
    if "invoices" in tables:
        books = conn.execute("SELECT EXISTS (SELECT 1 FROM invoices)").fetchone()[0] == 1
    return DataSetIdentity(dataset_id=dataset_id, tax_id=tax_id, has_books=books)


def set_dataset_id(path: Path, dataset_id: str) -> None:
    """Give a staged copy the data set's id (a backup from before ids existed keeps the live one)."""
    with mapped_storage_errors():
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, json_quote(?)) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SETTING_DATASET_ID, dataset_id),
            )
        finally:
            conn.close()
