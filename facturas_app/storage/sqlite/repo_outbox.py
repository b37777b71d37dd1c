"""The outbox: queued emails with their exact bytes, and the state of each delivery."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from facturas_app.storage.api import OutboxEntry
from facturas_app.storage.sqlite.tables import InvoiceRow
from facturas_app.storage.sqlite.tables_outbox import OutboxRow

outbox_t = OutboxRow.__table__  # type: ignore[attr-defined]
_invoices_t = InvoiceRow.__table__  # type: ignore[attr-defined]
_SUMMARY_COLUMNS = [c for c in outbox_t.c if c.name != "raw_message"]


class OutboxRepo:
    conn: Connection

    def add_outbox(self, entry: OutboxEntry) -> None:
        values = {column.name: getattr(entry, column.name) for column in outbox_t.c}
        self.conn.execute(insert(outbox_t).values(**values))

    def get_outbox(self, outbox_id: str) -> OutboxEntry | None:
        stmt = _with_number(select(*outbox_t.c)).where(outbox_t.c.id == outbox_id)
        row = self.conn.execute(stmt).first()
        return _entry(row) if row else None

    def list_outbox(
        self,
        states: Sequence[str] | None = None,
        invoice_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[OutboxEntry]:
        """Newest first, without the message bytes (lists never need them)."""
        stmt = _with_number(select(*_SUMMARY_COLUMNS))
        if states:
            stmt = stmt.where(outbox_t.c.state.in_(list(states)))
        if invoice_id is not None:
            stmt = stmt.where(outbox_t.c.invoice_id == invoice_id)
        stmt = stmt.order_by(outbox_t.c.created_at.desc(), outbox_t.c.id).offset(offset).limit(limit)
        return [_entry(row) for row in self.conn.execute(stmt)]

    def count_outbox(self, states: Sequence[str] | None = None) -> int:
        stmt = select(func.count()).select_from(outbox_t)
        if states:
            stmt = stmt.where(outbox_t.c.state.in_(list(states)))
        return int(self.conn.execute(stmt).scalar() or 0)

    def due_outbox_ids(self, now: dt.datetime, limit: int = 100) -> list[str]:
        stmt = (
            select(outbox_t.c.id)
            .where(outbox_t.c.state == "queued", outbox_t.c.next_attempt_at <= now)
            .order_by(outbox_t.c.next_attempt_at, outbox_t.c.created_at)
            .limit(limit)
        )
        return [row.id for row in self.conn.execute(stmt)]

    def stale_sending_ids(self, started_before: dt.datetime) -> list[str]:
        stmt = select(outbox_t.c.id).where(
            outbox_t.c.state == "sending", outbox_t.c.last_attempt_at < started_before
        )
        return [row.id for row in self.conn.execute(stmt)]

    def update_outbox(self, outbox_id: str, expected_states: Sequence[str], **changes: Any) -> bool:
        """Change a row only if it is still in one of `expected_states`: the claim that makes
        two processes (GUI and scheduler) never send the same row twice. True if it changed."""
        stmt = (
            update(outbox_t)
            .where(outbox_t.c.id == outbox_id, outbox_t.c.state.in_(list(expected_states)))
            .values(**changes)
        )
        return self.conn.execute(stmt).rowcount == 1


def _with_number(stmt: Any) -> Any:
    joined = outbox_t.outerjoin(_invoices_t, _invoices_t.c.id == outbox_t.c.invoice_id)
    return stmt.add_columns(_invoices_t.c.number.label("invoice_number")).select_from(joined)


def _entry(row: Any) -> OutboxEntry:
    values = dict(row._mapping)
    values.setdefault("raw_message", b"")
    return OutboxEntry(**values)
