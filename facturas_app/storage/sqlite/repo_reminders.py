"""Reminders taken (once per invoice and stage), per-invoice pauses, receipts, and aging in SQL.

The claims are `INSERT ... ON CONFLICT DO NOTHING` against the UNIQUE constraints of
migrations/0004: the database, not a read-then-write check, decides who takes a pair.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.invoice import OPEN_STATUSES
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import AGING_BUCKETS, AgingRow, ReminderCandidate, ReminderRecord
from facturas_app.storage.sqlite import tables_reminders  # noqa: F401  (registers the mirror tables)
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db

_OPEN = "(" + ", ".join(f"'{s.value}'" for s in OPEN_STATUSES) + ")"
# Issued (numbered) invoices with money still owed: what reminders and aging look at.
_UNPAID = (
    f"i.doc_type = 'invoice' AND i.number IS NOT NULL AND i.status IN {_OPEN} "
    "AND i.amount_due_cents + i.debt_change_cents > i.paid_cents"
)

_CANDIDATES = f"""
SELECT i.id, i.number, i.client_id, i.due_date, i.sent_at,
       (SELECT group_concat(r.stage, ' ') FROM reminders_sent r WHERE r.invoice_id = i.id) AS taken
FROM invoices i JOIN clients c ON c.id = i.client_id
WHERE {_UNPAID} AND i.due_date <= ? AND NOT c.reminders_paused
  AND NOT EXISTS (SELECT 1 FROM reminder_pauses p WHERE p.invoice_id = i.id)
ORDER BY i.due_date, i.number
"""

_CLAIM = """
INSERT INTO reminders_sent (id, invoice_id, stage, outcome, due_on, recorded_at, outbox_id)
VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (invoice_id, stage) DO NOTHING
"""

# Days overdue -> bucket index (0: not yet due, 4: over 90), all in SQL.
_AGING = f"""
SELECT c.id AS client_id, c.name AS client_name,
       CASE WHEN i.due_date >= :today THEN 0
            WHEN julianday(:today) - julianday(i.due_date) <= 30 THEN 1
            WHEN julianday(:today) - julianday(i.due_date) <= 60 THEN 2
            WHEN julianday(:today) - julianday(i.due_date) <= 90 THEN 3
            ELSE 4 END AS bucket,
       count(*) AS invoice_count, sum(i.amount_due_cents + i.debt_change_cents - i.paid_cents) AS cents
FROM invoices i JOIN clients c ON c.id = i.client_id
WHERE {_UNPAID} {{client_filter}}
GROUP BY c.id, bucket
ORDER BY c.name, c.id, bucket
"""

# Paid invoices: days from issue to the last payment still standing, averaged per client.
_DAYS_TO_PAY = """
SELECT i.client_id, avg(julianday(p.last_paid) - julianday(i.issue_date)) AS days
FROM invoices i
JOIN (SELECT invoice_id, max(paid_on) AS last_paid FROM payments
      WHERE removed_at IS NULL GROUP BY invoice_id) p ON p.invoice_id = i.id
WHERE i.doc_type = 'invoice' AND i.status = 'paid' {client_filter}
GROUP BY i.client_id
"""


class RemindersRepo:
    conn: Connection

    # ----- reminders ----------------------------------------------------------------------------
    def reminder_candidates(self, today: dt.date, earliest_offset_days: int) -> list[ReminderCandidate]:
        """Unpaid, unpaused invoices of clients who did not opt out, whose first stage has come."""
        latest_due = today - dt.timedelta(days=earliest_offset_days)
        rows = self.conn.exec_driver_sql(_CANDIDATES, (date_to_db(latest_due),))
        return [_candidate(row) for row in rows]

    def claim_reminder(self, record: ReminderRecord) -> bool:
        """Take (invoice, stage); False when it was already taken (by this or another process)."""
        params = (
            record.id,
            record.invoice_id,
            record.stage,
            record.outcome,
            date_to_db(record.due_on),
            timestamp_to_db(record.recorded_at),
            record.outbox_id,
        )
        return bool(self.conn.exec_driver_sql(_CLAIM, params).rowcount == 1)

    def list_reminders(self, invoice_id: str) -> list[ReminderRecord]:
        rows = self.conn.exec_driver_sql(
            "SELECT id, invoice_id, stage, outcome, due_on, recorded_at, outbox_id FROM reminders_sent "
            "WHERE invoice_id = ? ORDER BY due_on, recorded_at",
            (invoice_id,),
        )
        return [
            ReminderRecord(
                r.id,
                r.invoice_id,
                r.stage,
                r.outcome,
                dt.date.fromisoformat(r.due_on),
                dt.datetime.fromisoformat(r.recorded_at),
                r.outbox_id,
            )
            for r in rows
        ]

    def set_invoice_reminders_paused(self, invoice_id: str, paused: bool, at: dt.datetime) -> None:
        if paused:
            self.conn.exec_driver_sql(
                "INSERT INTO reminder_pauses (invoice_id, paused_at) VALUES (?, ?) "
                "ON CONFLICT (invoice_id) DO NOTHING",
                (invoice_id, timestamp_to_db(at)),
            )
        else:
            self.conn.exec_driver_sql("DELETE FROM reminder_pauses WHERE invoice_id = ?", (invoice_id,))

    def invoice_reminders_paused(self, invoice_id: str) -> bool:
        row = self.conn.exec_driver_sql(
            "SELECT 1 FROM reminder_pauses WHERE invoice_id = ?", (invoice_id,)
        ).first()
        return row is not None

    # ----- receipts -----------------------------------------------------------------------------
    def claim_receipt(
        self, receipt_id: str, payment_id: str, outbox_id: str, created_at: dt.datetime
    ) -> bool:
        result = self.conn.exec_driver_sql(
            "INSERT INTO receipts (id, payment_id, outbox_id, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (payment_id) DO NOTHING",
            (receipt_id, payment_id, outbox_id, timestamp_to_db(created_at)),
        )
        return bool(result.rowcount == 1)

    def receipt_outbox_ids(self, states: Sequence[str] | None = None) -> list[str]:
        sql = "SELECT r.outbox_id FROM receipts r JOIN outbox o ON o.id = r.outbox_id"
        params: tuple[Any, ...] = ()
        if states:
            sql += " WHERE o.state IN (" + ", ".join("?" * len(states)) + ")"
            params = tuple(states)
        return [row.outbox_id for row in self.conn.exec_driver_sql(sql + " ORDER BY r.created_at", params)]

    def receipt_for_payment(self, payment_id: str) -> str | None:
        row = self.conn.exec_driver_sql(
            "SELECT outbox_id FROM receipts WHERE payment_id = ?", (payment_id,)
        ).first()
        return str(row.outbox_id) if row else None

    # ----- aging --------------------------------------------------------------------------------
    def aging_rows(self, today: dt.date, client_id: str | None = None) -> list[AgingRow]:
        sql = _AGING.format(client_filter="AND i.client_id = :client" if client_id else "")
        params = {"today": date_to_db(today), "client": client_id}
        rows = self.conn.exec_driver_sql(sql, params if client_id else {"today": params["today"]})
        return [
            AgingRow(
                r.client_id, r.client_name, AGING_BUCKETS[r.bucket], r.invoice_count, from_cents(r.cents)
            )
            for r in rows
        ]

    def average_days_to_pay(self, client_id: str | None = None) -> dict[str, Decimal]:
        sql = _DAYS_TO_PAY.format(client_filter="AND i.client_id = ?" if client_id else "")
        rows = self.conn.exec_driver_sql(sql, (client_id,) if client_id else ())
        return {r.client_id: Decimal(str(round(r.days, 1))) for r in rows}


def _candidate(row: Any) -> ReminderCandidate:
    sent_at = dt.datetime.fromisoformat(row.sent_at) if row.sent_at else None
    taken = frozenset((row.taken or "").split())
    return ReminderCandidate(
        row.id, row.number, row.client_id, dt.date.fromisoformat(row.due_date), sent_at, taken
    )
