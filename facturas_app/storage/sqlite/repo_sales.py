"""Quotes' decisions, recurring schedules and occurrences, feedback, and the client timeline in SQL.

Claims are `INSERT ... ON CONFLICT DO NOTHING` against the UNIQUE constraints of
migrations/0005: the database, not a read-then-write check, decides who issues an occurrence.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.money import from_cents
from facturas_app.storage.api_sales import (
    Feedback,
    FeedbackCandidate,
    QuoteDecision,
    QuoteRow,
    RatingSum,
    RecurringOccurrence,
    RecurringSchedule,
    TimelineEvent,
)
from facturas_app.storage.sqlite import tables_sales  # noqa: F401  (registers the mirror tables)
from facturas_app.storage.sqlite.dialect import is_postgres
from facturas_app.storage.sqlite.types import date_to_db, timestamp_to_db

_QUOTES = """
SELECT i.id, i.doc_type, i.number, i.status, i.client_id, i.client_name, i.issue_date, i.valid_until,
       i.total_cents, d.outcome, d.decided_on, d.note, d.invoice_id AS converted_id
FROM invoices i LEFT JOIN quote_decisions d ON d.quote_id = i.id
WHERE i.doc_type IN ({types}) {client_filter}
ORDER BY i.issue_date DESC, i.created_at DESC
"""

_SCHEDULES = """
SELECT s.*, c.name AS client_name FROM recurring_schedules s JOIN clients c ON c.id = s.client_id
"""

_OCCURRENCES = """
SELECT o.*, i.number, ob.state AS outbox_state
FROM recurring_occurrences o
JOIN invoices i ON i.id = o.invoice_id
LEFT JOIN outbox ob ON ob.id = o.outbox_id
"""

_FEEDBACK = """
SELECT f.*, i.number AS invoice_number, c.name AS client_name
FROM feedback f JOIN clients c ON c.id = f.client_id LEFT JOIN invoices i ON i.id = f.invoice_id
"""

_TIMELINE = """
SELECT e.rowid AS seq, e.id, e.kind, e.happened_at, e.summary, e.payload, e.invoice_id,
       i.number, i.doc_type, i.issue_date, p.paid_on, {done_by} AS done_by
FROM events e
LEFT JOIN invoices i ON i.id = e.invoice_id
LEFT JOIN payments p ON p.id = json_extract(e.payload, '$.payment_id')
WHERE e.client_id = ?
ORDER BY e.happened_at, e.rowid
"""

# Paid invoices whose last standing payment is on or before the cutoff and that were never asked.
_FEEDBACK_CANDIDATES = """
SELECT i.id, i.number, i.client_id, p.last_paid
FROM invoices i
JOIN (SELECT invoice_id, max(paid_on) AS last_paid FROM payments
      WHERE removed_at IS NULL GROUP BY invoice_id) p ON p.invoice_id = i.id
WHERE i.doc_type = 'invoice' AND i.status = 'paid' AND p.last_paid <= ? AND p.last_paid >= ?
  AND NOT EXISTS (SELECT 1 FROM feedback_requests r WHERE r.invoice_id = i.id)
ORDER BY p.last_paid, i.number
"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


class SalesRepo:
    conn: Connection

    # ----- quotes ---------------------------------------------------------------------------------
    def save_quote_decision(self, decision: QuoteDecision) -> bool:
        """Record the decision once; False when the quote was already decided."""
        result = self.conn.exec_driver_sql(
            "INSERT INTO quote_decisions (quote_id, outcome, decided_on, note, invoice_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (quote_id) DO NOTHING",
            (
                decision.quote_id,
                decision.outcome,
                date_to_db(decision.decided_on),
                decision.note,
                decision.invoice_id,
                timestamp_to_db(decision.recorded_at),
            ),
        )
        return bool(result.rowcount == 1)

    def get_quote_decision(self, quote_id: str) -> QuoteDecision | None:
        row = self.conn.exec_driver_sql(
            "SELECT * FROM quote_decisions WHERE quote_id = ?", (quote_id,)
        ).first()
        return _decision(row) if row else None

    def quote_of_invoice(self, invoice_id: str) -> str | None:
        row = self.conn.exec_driver_sql(
            "SELECT quote_id FROM quote_decisions WHERE invoice_id = ?", (invoice_id,)
        ).first()
        return str(row.quote_id) if row else None

    def list_quotes(
        self, doc_types: tuple[str, ...] = ("quote",), client_id: str | None = None
    ) -> list[QuoteRow]:
        sql = _QUOTES.format(
            types=", ".join("?" * len(doc_types)), client_filter="AND i.client_id = ?" if client_id else ""
        )
        params = tuple(doc_types) + ((client_id,) if client_id else ())
        return [_quote_row(r) for r in self.conn.exec_driver_sql(sql, params)]

    # ----- recurring ------------------------------------------------------------------------------
    def add_schedule(self, schedule: RecurringSchedule) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO recurring_schedules (id, client_id, every, start_date, end_date, max_count, "
            "template, auto_send, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                schedule.id,
                schedule.client_id,
                schedule.every,
                date_to_db(schedule.start),
                date_to_db(schedule.end) if schedule.end else None,
                schedule.count,
                json.dumps(schedule.template, ensure_ascii=False, sort_keys=True),
                int(schedule.auto_send),
                int(schedule.active),
                timestamp_to_db(schedule.created_at),
            ),
        )

    def set_schedule_active(self, schedule_id: str, active: bool) -> bool:
        result = self.conn.exec_driver_sql(
            "UPDATE recurring_schedules SET active = ? WHERE id = ?", (int(active), schedule_id)
        )
        return bool(result.rowcount == 1)

    def update_schedule(self, schedule: RecurringSchedule) -> bool:
        """The editable terms; id, created_at and active stay (pause has its own call)."""
        result = self.conn.exec_driver_sql(
            "UPDATE recurring_schedules SET client_id = ?, every = ?, start_date = ?, end_date = ?, "
            "max_count = ?, template = ?, auto_send = ? WHERE id = ?",
            (
                schedule.client_id,
                schedule.every,
                date_to_db(schedule.start),
                date_to_db(schedule.end) if schedule.end else None,
                schedule.count,
                json.dumps(schedule.template, ensure_ascii=False, sort_keys=True),
                int(schedule.auto_send),
                schedule.id,
            ),
        )
        return bool(result.rowcount == 1)

    def delete_schedule(self, schedule_id: str) -> bool:
        """A schedule without occurrences (their foreign key refuses the others)."""
        result = self.conn.exec_driver_sql("DELETE FROM recurring_schedules WHERE id = ?", (schedule_id,))
        return bool(result.rowcount == 1)

    def get_schedule(self, schedule_id: str) -> RecurringSchedule | None:
        row = self.conn.exec_driver_sql(_SCHEDULES + " WHERE s.id = ?", (schedule_id,)).first()
        return _schedule(row) if row else None

    def list_schedules(self, active_only: bool = False) -> list[RecurringSchedule]:
        where = " WHERE s.active = 1" if active_only else ""
        rows = self.conn.exec_driver_sql(_SCHEDULES + where + " ORDER BY c.name, s.start_date, s.id")
        return [_schedule(r) for r in rows]

    def claim_occurrence(self, occurrence: RecurringOccurrence) -> bool:
        """Take (schedule, date); False when it was already issued (by this or another process)."""
        result = self.conn.exec_driver_sql(
            "INSERT INTO recurring_occurrences (id, schedule_id, occurrence_date, position, invoice_id, "
            "outbox_id, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                occurrence.id,
                occurrence.schedule_id,
                date_to_db(occurrence.occurrence_date),
                occurrence.position,
                occurrence.invoice_id,
                occurrence.outbox_id,
                timestamp_to_db(occurrence.issued_at),
            ),
        )
        return bool(result.rowcount == 1)

    def list_occurrences(self, schedule_id: str | None = None) -> list[RecurringOccurrence]:
        where = " WHERE o.schedule_id = ?" if schedule_id else ""
        params = (schedule_id,) if schedule_id else ()
        rows = self.conn.exec_driver_sql(
            _OCCURRENCES + where + " ORDER BY o.occurrence_date, o.position", params
        )
        return [_occurrence(r) for r in rows]

    def occurrences_to_email(self) -> list[RecurringOccurrence]:
        """Issued occurrences of auto-send schedules whose email was never queued (e.g. a crash)."""
        rows = self.conn.exec_driver_sql(
            _OCCURRENCES + " JOIN recurring_schedules s ON s.id = o.schedule_id "
            "WHERE s.auto_send = 1 AND o.outbox_id IS NULL ORDER BY o.occurrence_date"
        )
        return [_occurrence(r) for r in rows]

    def set_occurrence_outbox(self, occurrence_id: str, outbox_id: str) -> bool:
        result = self.conn.exec_driver_sql(
            "UPDATE recurring_occurrences SET outbox_id = ? WHERE id = ? AND outbox_id IS NULL",
            (outbox_id, occurrence_id),
        )
        return bool(result.rowcount == 1)

    # ----- feedback -------------------------------------------------------------------------------
    def add_feedback(self, feedback: Feedback) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO feedback (id, client_id, invoice_id, rating, comment, given_on, source, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                feedback.id,
                feedback.client_id,
                feedback.invoice_id,
                feedback.rating,
                feedback.comment,
                date_to_db(feedback.given_on),
                feedback.source,
                timestamp_to_db(feedback.created_at),
            ),
        )

    def list_feedback(self, client_id: str | None = None) -> list[Feedback]:
        where = " WHERE f.client_id = ?" if client_id else ""
        params = (client_id,) if client_id else ()
        rows = self.conn.exec_driver_sql(
            _FEEDBACK + where + " ORDER BY f.given_on, f.created_at, f.rowid", params
        )
        return [_feedback(r) for r in rows]

    def feedback_by_client(self) -> list[RatingSum]:
        rows = self.conn.exec_driver_sql(
            "SELECT c.id AS key, c.name AS label, count(*) AS n, sum(f.rating) AS total "
            "FROM feedback f JOIN clients c ON c.id = f.client_id GROUP BY c.id ORDER BY c.name"
        )
        return [RatingSum(r.key, r.label, r.n, r.total) for r in rows]

    def feedback_by_month(self) -> list[RatingSum]:
        rows = self.conn.exec_driver_sql(
            "SELECT substr(given_on, 1, 7) AS key, count(*) AS n, sum(rating) AS total "
            "FROM feedback GROUP BY key ORDER BY key"
        )
        return [RatingSum(r.key, r.key, r.n, r.total) for r in rows]

    def feedback_candidates(
        self, paid_on_or_before: dt.date, paid_on_or_after: dt.date
    ) -> list[FeedbackCandidate]:
        rows = self.conn.exec_driver_sql(
            _FEEDBACK_CANDIDATES, (date_to_db(paid_on_or_before), date_to_db(paid_on_or_after))
        )
        return [
            FeedbackCandidate(r.id, r.number, r.client_id, dt.date.fromisoformat(r.last_paid)) for r in rows
        ]

    def claim_feedback_request(
        self, request_id: str, invoice_id: str, outbox_id: str | None, channel: str, at: dt.datetime
    ) -> bool:
        result = self.conn.exec_driver_sql(
            "INSERT INTO feedback_requests (id, invoice_id, outbox_id, channel, requested_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (invoice_id) DO NOTHING",
            (request_id, invoice_id, outbox_id, channel, timestamp_to_db(at)),
        )
        return bool(result.rowcount == 1)

    def feedback_requested(self, invoice_id: str) -> bool:
        row = self.conn.exec_driver_sql(
            "SELECT 1 FROM feedback_requests WHERE invoice_id = ?", (invoice_id,)
        ).first()
        return row is not None

    # ----- timeline -------------------------------------------------------------------------------
    def timeline_events(self, client_id: str) -> list[TimelineEvent]:
        # who wrote each event: the office store's login role (postgres migration 0009); one user here
        sql = _TIMELINE.format(done_by="e.done_by" if is_postgres(self.conn) else "''")
        return [_timeline_event(r) for r in self.conn.exec_driver_sql(sql, (client_id,))]


def _decision(r: Any) -> QuoteDecision:
    return QuoteDecision(
        r.quote_id,
        r.outcome,
        dt.date.fromisoformat(r.decided_on),
        dt.datetime.fromisoformat(r.recorded_at),
        r.note,
        r.invoice_id,
    )


def _quote_row(r: Any) -> QuoteRow:
    return QuoteRow(
        id=r.id,
        doc_type=r.doc_type,
        number=r.number,
        status=r.status,
        client_id=r.client_id,
        client_name=r.client_name,
        issue_date=dt.date.fromisoformat(r.issue_date),
        valid_until=_date(r.valid_until),
        total=from_cents(r.total_cents),
        outcome=r.outcome,
        decided_on=_date(r.decided_on),
        note=r.note or "",
        invoice_id=r.converted_id,
    )


def _schedule(r: Any) -> RecurringSchedule:
    return RecurringSchedule(
        id=r.id,
        client_id=r.client_id,
        every=r.every,
        start=dt.date.fromisoformat(r.start_date),
        template=json.loads(r.template),
        created_at=dt.datetime.fromisoformat(r.created_at),
        end=_date(r.end_date),
        count=r.max_count,
        auto_send=bool(r.auto_send),
        active=bool(r.active),
        client_name=r.client_name,
    )


def _occurrence(r: Any) -> RecurringOccurrence:
    return RecurringOccurrence(
        id=r.id,
        schedule_id=r.schedule_id,
        occurrence_date=dt.date.fromisoformat(r.occurrence_date),
        position=r.position,
        invoice_id=r.invoice_id,
        issued_at=dt.datetime.fromisoformat(r.issued_at),
        outbox_id=r.outbox_id,
        number=r.number,
        outbox_state=r.outbox_state,
    )


def _feedback(r: Any) -> Feedback:
    return Feedback(
        id=r.id,
        client_id=r.client_id,
        rating=r.rating,
        given_on=dt.date.fromisoformat(r.given_on),
        created_at=dt.datetime.fromisoformat(r.created_at),
        comment=r.comment,
        invoice_id=r.invoice_id,
        source=r.source,
        invoice_number=r.invoice_number,
        client_name=r.client_name,
    )


def _timeline_event(r: Any) -> TimelineEvent:
    payload = json.loads(r.payload) if r.payload else {}
    return TimelineEvent(
        seq=r.seq,
        id=r.id,
        kind=r.kind,
        happened_at=dt.datetime.fromisoformat(r.happened_at),
        summary=r.summary,
        invoice_id=r.invoice_id,
        number=r.number,
        doc_type=r.doc_type,
        issue_date=_date(r.issue_date),
        paid_on=_date(r.paid_on),
        payload=payload if isinstance(payload, dict) else {},
        done_by=r.done_by or "",
    )
