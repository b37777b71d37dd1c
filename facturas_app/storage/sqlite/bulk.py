"""Bulk loading for sample data: the same mappers and triggers as normal writes, batched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Engine, bindparam, insert, update

from facturas_app.domain.invoice import Invoice, Status
from facturas_app.domain.money import to_cents
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.api import IssuedNumber, Payment
from facturas_app.storage.sqlite import database, mappers
from facturas_app.storage.sqlite.repo_invoices import counters_t, invoices_t, lines_t, taxes_t
from facturas_app.storage.sqlite.repo_parties import PartiesRepo, clients_t, products_t
from facturas_app.storage.sqlite.repo_payments import payment_row, payments_t


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
            if clients:
                conn.execute(insert(clients_t), [{**mappers.client_to_row(c), "created_at": now} for c in clients])
            if products:
                conn.execute(insert(products_t), [{**mappers.product_to_row(p), "created_at": now} for p in products])
            names = {c.id: c.name for c in clients}
            self._insert_invoices(conn, invoices, names, now)
            self._issue(conn, invoices, now)
            if payments:
                conn.execute(insert(payments_t), [payment_row(p) for p in payments])

    def _insert_invoices(self, conn, invoices, names, now) -> None:  # type: ignore[no-untyped-def]
        rows, lines, taxes = [], [], []
        for invoice, _number in invoices:
            row = mappers.invoice_to_row(invoice, names.get(invoice.client_id, ""))
            row.update(status=Status.DRAFT.value, created_at=now)
            rows.append(row)
            lines.extend(mappers.line_rows(invoice))
            taxes.extend(mappers.tax_rows(invoice))
        if rows:
            conn.execute(insert(invoices_t), rows)
            conn.execute(insert(lines_t), lines)
            conn.execute(insert(taxes_t), taxes)

    def _issue(self, conn, invoices, now) -> None:  # type: ignore[no-untyped-def]
        updates, counters = [], {}
        for invoice, number in invoices:
            if number is None:
                continue
            updates.append({
                "b_id": invoice.id, "series": number.series, "year": number.year, "seq": number.seq,
                "number": number.number, "status": invoice.status.value, "issued_at": now,
                "paid_cents": to_cents(invoice.paid), "cancel_reason": invoice.cancel_reason,
                "sent_at": now if invoice.status is not Status.ISSUED else None,
            })
            key = (number.series, number.year)
            counters[key] = max(counters.get(key, (0, invoice.issue_date)), (number.seq, invoice.issue_date))
        if not updates:
            return
        stmt = update(invoices_t).where(invoices_t.c.id == bindparam("b_id")).values(
            series=bindparam("series"), year=bindparam("year"), seq=bindparam("seq"), number=bindparam("number"),
            status=bindparam("status"), issued_at=bindparam("issued_at"), paid_cents=bindparam("paid_cents"),
            cancel_reason=bindparam("cancel_reason"), sent_at=bindparam("sent_at"),
        )
        conn.execute(stmt, updates)
        conn.execute(insert(counters_t), [
            {"series": s, "year": y, "last_seq": seq, "last_date": day} for (s, y), (seq, day) in counters.items()
        ])
