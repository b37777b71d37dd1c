"""Payments (soft-removed, never deleted) and the client timeline's events."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from facturas_app.domain.invoice import Status
from facturas_app.domain.money import from_cents, to_cents
from facturas_app.storage.api import Event, Payment
from facturas_app.storage.sqlite.tables import EventRow, InvoiceRow, PaymentRow

payments_t = PaymentRow.__table__  # type: ignore[attr-defined]
events_t = EventRow.__table__  # type: ignore[attr-defined]
invoices_t = InvoiceRow.__table__  # type: ignore[attr-defined]

# Built once: a bank import records hundreds of payments, and building the statement with its
# values each time (then its cache key) cost as much as running it.
_ADD_PAYMENT = insert(payments_t)
_ADD_EVENT = insert(events_t)
_SET_PAID = (
    update(invoices_t)
    .where(invoices_t.c.id == bindparam("paid_invoice_id"))
    .values(paid_cents=bindparam("paid_cents"), status=bindparam("paid_status"))
)


def payment_row(payment: Payment) -> dict[str, object]:
    return {
        "id": payment.id,
        "invoice_id": payment.invoice_id,
        "amount_cents": to_cents(payment.amount),
        "paid_on": payment.paid_on,
        "method": payment.method,
        "reference": payment.reference,
        "created_at": payment.created_at,
        "removed_at": payment.removed_at,
        "removed_reason": payment.removed_reason,
    }


class PaymentsRepo:
    conn: Connection

    def add_payment(self, payment: Payment) -> None:
        self.conn.execute(_ADD_PAYMENT, payment_row(payment))

    def list_payments(self, invoice_id: str, include_removed: bool = False) -> list[Payment]:
        stmt = select(payments_t).where(payments_t.c.invoice_id == invoice_id)
        if not include_removed:
            stmt = stmt.where(payments_t.c.removed_at.is_(None))
        rows = self.conn.execute(stmt.order_by(payments_t.c.paid_on, payments_t.c.created_at))
        return [_payment(r) for r in rows]

    def remove_payment(self, payment_id: str, removed_at: dt.datetime, reason: str) -> None:
        self.conn.execute(
            update(payments_t)
            .where(payments_t.c.id == payment_id)
            .values(removed_at=removed_at, removed_reason=reason)
        )

    def get_payment(self, payment_id: str) -> Payment | None:
        """A payment that still stands (removed ones are history, not payments)."""
        stmt = select(payments_t).where(payments_t.c.id == payment_id, payments_t.c.removed_at.is_(None))
        row = self.conn.execute(stmt).first()
        return _payment(row) if row is not None else None

    def set_paid(self, invoice_id: str, paid: Decimal, status: Status) -> None:
        values = {"paid_invoice_id": invoice_id, "paid_cents": to_cents(paid), "paid_status": status.value}
        self.conn.execute(_SET_PAID, values)

    def add_event(self, event: Event) -> None:
        values = asdict(event)
        values["payload"] = values["payload"] or {}
        self.conn.execute(_ADD_EVENT, values)

    def list_events(self, client_id: str) -> list[Event]:
        stmt = (
            select(events_t)
            .where(events_t.c.client_id == client_id)
            .order_by(events_t.c.happened_at, events_t.c.id)
        )
        return [Event(**dict(r._mapping)) for r in self.conn.execute(stmt)]


def _payment(r: object) -> Payment:
    values = dict(r._mapping)  # type: ignore[attr-defined]
    values["amount"] = from_cents(values.pop("amount_cents"))
    return Payment(**values)
