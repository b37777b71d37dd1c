"""Bulk loading for sample data: the same mappers, column conversions and triggers as normal writes,
sent through the DB-API's executemany (SQLAlchemy's per-row bookkeeping costs more than SQLite here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine

from facturas_app.domain.invoice import Invoice, Status
from facturas_app.domain.money import to_cents
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.api import IssuedNumber, Payment
from facturas_app.storage.sqlite import database, mappers
from facturas_app.storage.sqlite.repo_parties import PartiesRepo
from facturas_app.storage.sqlite.repo_payments import payment_row
from facturas_app.storage.sqlite.types import fast_value_to_db, value_to_db


def _insert_many(cursor: Any, table: str, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    memo: dict[int, Any] = {}  # snapshots are shared objects: encode each JSON value once

    def convert(value: Any) -> Any:
        if isinstance(value, dict | list):
            key = id(value)
            if key not in memo:
                memo[key] = value_to_db(value)
            return memo[key]
        return fast_value_to_db(value)

    plain = (str, int, type(None))  # most values go to SQLite as they are: skip the call for them
    cursor.executemany(
        sql, ([v if type(v) in plain else convert(v) for v in map(row.__getitem__, columns)] for row in rows)
    )


class SqliteBulkLoader:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def load(
        self,
        business: Business,
        clients: Sequence[Client],
        products: Sequence[Product],
        invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
        payments: Sequence[Payment],
        now: dt.datetime,
    ) -> None:
        with database.transaction(self.engine, write=True) as conn:
            repo = PartiesRepo()
            repo.conn = conn
            repo.save_business(business)
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            # Ten indexes take random inserts: with SQLite's default 2 MB cache every one of them
            # spills pages to the WAL again and again. 256 MB for this connection, this load only.
            cursor.execute("PRAGMA cache_size = -262144")
            _insert_many(
                cursor, "clients", ({**mappers.client_to_row(c), "created_at": now} for c in clients)
            )
            _insert_many(
                cursor, "products", ({**mappers.product_to_row(p), "created_at": now} for p in products)
            )
            names = {c.id: c.name for c in clients}
            # Invoices go in already issued: the schema allows that only under this grant, which
            # it gives only to books without issued invoices, and which never outlives this
            # transaction (migration 0015 explains why).
            cursor.execute("INSERT INTO bulk_load_grant (id, reason) VALUES (1, 'sample data')")
            self._insert_invoices(cursor, invoices, names, now)
            cursor.execute("DELETE FROM bulk_load_grant")
            self._advance_counters(cursor, invoices)
            _insert_many(cursor, "payments", (payment_row(p) for p in payments))
            cursor.execute("PRAGMA cache_size = -2000")

    def _insert_invoices(
        self,
        cursor: Any,
        invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
        names: dict[str, str],
        now: dt.datetime,
    ) -> None:
        """Lines and tax groups first, then each invoice row already in its final state.

        The triggers refuse lines for a numbered invoice; written before their invoice row exists
        (foreign keys deferred to the commit), sample invoices need no second UPDATE pass, which
        would rewrite every row and half the indexes again.
        """
        cursor.execute("PRAGMA defer_foreign_keys = ON")  # resets itself at the end of the transaction
        rows, lines, taxes = [], [], []
        first_key = int(cursor.execute("SELECT coalesce(max(search_key), 0) + 1 FROM invoices").fetchone()[0])
        stamp = value_to_db(now)
        for offset, (invoice, number) in enumerate(invoices):
            name = names.get(invoice.client_id, "")
            row = mappers.invoice_to_row(invoice, name)
            row.update(
                created_at=now, search_key=first_key + offset, **_issued_columns(invoice, number, stamp)
            )
            if number is not None:  # the number is part of the search text (mark_issued does the same)
                row["search_text"] = mappers.invoice_search_text(invoice, name, number.number)
            rows.append(row)
            lines.extend(mappers.line_rows(invoice))
            taxes.extend(mappers.tax_rows(invoice))
        _insert_many(cursor, "invoice_lines", lines)
        _insert_many(cursor, "invoice_taxes", taxes)
        _insert_many(cursor, "invoices", rows)
        cursor.execute(  # rows that arrive with their search_key are indexed here, in one statement
            "INSERT INTO invoice_search (rowid, search_text) SELECT search_key, search_text FROM invoices"
            " WHERE search_key >= ?",
            (first_key,),
        )

    def _advance_counters(self, cursor: Any, invoices: Sequence[tuple[Invoice, IssuedNumber | None]]) -> None:
        _insert_many(cursor, "series_counters", series_counter_rows(invoices))


def series_counter_rows(invoices: Sequence[tuple[Invoice, IssuedNumber | None]]) -> list[dict[str, Any]]:
    """Each (series, year)'s last number and date among the loaded invoices."""
    counters: dict[tuple[str, int], tuple[int, dt.date]] = {}
    for invoice, number in invoices:
        if number is not None:
            key = (number.series, number.year)
            counters[key] = max(counters.get(key, (0, invoice.issue_date)), (number.seq, invoice.issue_date))
    return [
        {"series": s, "year": y, "last_seq": seq, "last_date": day} for (s, y), (seq, day) in counters.items()
    ]


def _issued_columns(invoice: Invoice, number: IssuedNumber | None, stamp: str) -> dict[str, Any]:
    if number is None:  # every row needs the same columns for executemany
        return {
            "series": None,
            "year": None,
            "seq": None,
            "number": None,
            "status": Status.DRAFT.value,
            "issued_at": None,
            "paid_cents": 0,
            "debt_change_cents": 0,
            "cancel_reason": "",
            "sent_at": None,
            "cancelled_at": None,
        }
    return {
        "series": number.series,
        "year": number.year,
        "seq": number.seq,
        "number": number.number,
        "status": invoice.status.value,
        "issued_at": stamp,
        "paid_cents": to_cents(invoice.paid),
        "debt_change_cents": to_cents(invoice.debt_change),
        "cancel_reason": invoice.cancel_reason,
        "sent_at": stamp if invoice.status is not Status.ISSUED else None,
        "cancelled_at": stamp if invoice.status is Status.CANCELLED else None,
    }
