"""Bulk loading (sample data) into an office database (#22): the SQLite loader's rows, mappers and
grant, written with executemany on the store's connection in one write transaction. The invoice
rows go before their lines (PostgreSQL checks foreign keys at once; migration 0008 lets the lines
of an invoice loaded issued through under the grant), and the trigram index needs no second table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from facturas_app.domain.invoice import Invoice
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.api import IssuedNumber, Payment
from facturas_app.storage.sqlite import mappers
from facturas_app.storage.sqlite.bulk import _issued_columns, series_counter_rows
from facturas_app.storage.sqlite.database import driver_connection
from facturas_app.storage.sqlite.repo_payments import payment_row
from facturas_app.storage.sqlite.types import value_to_db

if TYPE_CHECKING:
    from facturas_app.storage.postgres.store import PostgresStore


def _db_value(value: Any) -> Any:
    """As the SQLite loader writes it (ISO and JSON text), but booleans stay booleans here."""
    return value if isinstance(value, bool) else value_to_db(value)


def _insert_many(raw: Any, table: str, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        columns = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        raw.executemany(sql, [[_db_value(row[c]) for c in columns] for row in rows])


class PostgresBulkLoader:
    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    def load(
        self,
        business: Business,
        clients: Sequence[Client],
        products: Sequence[Product],
        invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
        payments: Sequence[Payment],
        now: dt.datetime,
    ) -> None:
        with self.store.write() as tx:
            tx.save_business(business)
            raw = driver_connection(tx.conn)
            _insert_many(raw, "clients", ({**mappers.client_to_row(c), "created_at": now} for c in clients))
            _insert_many(
                raw, "products", ({**mappers.product_to_row(p), "created_at": now} for p in products)
            )
            raw.execute("INSERT INTO bulk_load_grant (id, reason) VALUES (1, 'sample data')")
            self._insert_invoices(raw, invoices, {c.id: c.name for c in clients}, now)
            raw.execute("DELETE FROM bulk_load_grant")
            _insert_many(raw, "series_counters", series_counter_rows(invoices))
            _insert_many(raw, "payments", (payment_row(p) for p in payments))

    def _insert_invoices(
        self,
        raw: Any,
        invoices: Sequence[tuple[Invoice, IssuedNumber | None]],
        names: dict[str, str],
        now: dt.datetime,
    ) -> None:
        rows, lines, taxes = [], [], []
        stamp = value_to_db(now)
        for invoice, number in invoices:
            name = names.get(invoice.client_id, "")
            row = {**mappers.invoice_to_row(invoice, name), "created_at": now}
            row.update(_issued_columns(invoice, number, stamp))
            if number is not None:
                row["search_text"] = mappers.invoice_search_text(invoice, name, number.number)
            row.pop("search_key", None)  # the identity numbers them in this order
            rows.append(row)
            lines.extend(mappers.line_rows(invoice))
            taxes.extend(mappers.tax_rows(invoice))
        _insert_many(raw, "invoices", rows)
        _insert_many(raw, "invoice_lines", lines)
        _insert_many(raw, "invoice_taxes", taxes)
