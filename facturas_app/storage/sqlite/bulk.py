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
    cursor.executemany(sql, ([fast_value_to_db(row[c]) for c in columns] for row in rows))


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
            _insert_many(cursor, "clients", ({**mappers.client_to_row(c), "created_at": now} for c in clients))
            _insert_many(cursor, "products", ({**mappers.product_to_row(p), "created_at": now} for p in products))
            names = {c.id: c.name for c in clients}
            self._insert_invoices(cursor, invoices, names, now)
            self._issue(cursor, invoices, now)
            _insert_many(cursor, "payments", (payment_row(p) for p in payments))

    def _insert_invoices(self, cursor: Any, invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
                         names: dict[str, str], now: dt.datetime) -> None:
        rows, lines, taxes = [], [], []
        for invoice, _number in invoices:
            row = mappers.invoice_to_row(invoice, names.get(invoice.client_id, ""))
            row.update(status=Status.DRAFT.value, created_at=now)  # issued below, as the app does it
            rows.append(row)
            lines.extend(mappers.line_rows(invoice))
            taxes.extend(mappers.tax_rows(invoice))
        _insert_many(cursor, "invoices", rows)
        _insert_many(cursor, "invoice_lines", lines)
        _insert_many(cursor, "invoice_taxes", taxes)

    def _issue(self, cursor: Any, invoices: Sequence[tuple[Invoice, IssuedNumber | None]], now: dt.datetime) -> None:
        updates, counters = [], {}
        stamp = value_to_db(now)
        for invoice, number in invoices:
            if number is None:
                continue
            sent_at = stamp if invoice.status is not Status.ISSUED else None
            cancelled_at = stamp if invoice.status is Status.CANCELLED else None
            updates.append((number.series, number.year, number.seq, number.number, invoice.status.value, stamp,
                            to_cents(invoice.paid), invoice.cancel_reason, sent_at, cancelled_at, invoice.id))
            key = (number.series, number.year)
            counters[key] = max(counters.get(key, (0, invoice.issue_date)), (number.seq, invoice.issue_date))
        cursor.executemany(
            "UPDATE invoices SET series=?, year=?, seq=?, number=?, status=?, issued_at=?, paid_cents=?,"
            " cancel_reason=?, sent_at=?, cancelled_at=? WHERE id=?",
            updates,
        )
        _insert_many(cursor, "series_counters", (
            {"series": s, "year": y, "last_seq": seq, "last_date": day} for (s, y), (seq, day) in counters.items()
        ))
