"""One chronological list per client: quotes, invoices, emails, payments, reminders, feedback, notes.

Everything comes from the events table (each service writes its event in the transaction that does
the thing), with the document number and the payment date joined in SQL. Items are ordered by the
date the thing happened for the business (an invoice's issue date, a payment's date, the day
feedback was given), then by when it was recorded, then by insertion order, so a backdated
recurring invoice or a payment entered late still sits where it belongs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from facturas_app.domain.errors import NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, Store
from facturas_app.storage.api_sales import TimelineEvent

MAX_NOTE = 4000
CATEGORIES = ("quote", "invoice", "email", "payment", "reminder", "feedback", "note", "other")
_PREFIXES = (
    ("quote_", "quote"),
    ("proforma_", "quote"),
    ("invoice_", "invoice"),
    ("payment_", "payment"),
    ("direct_debit_", "payment"),
    ("reminder", "reminder"),
    ("receipt", "payment"),
    ("feedback", "feedback"),
    ("note", "note"),
)


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date
    at: dt.datetime
    category: str  # one of CATEGORIES
    kind: str  # the event's own kind (invoice_issued, email_sent, ...)
    summary: str
    seq: int
    number: str | None = None
    invoice_id: str | None = None
    details: dict[str, Any] | None = None
    done_by: str = ""  # who, in office mode (#22)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "at": self.at.isoformat(),
            "category": self.category,
            "kind": self.kind,
            "summary": self.summary,
            "number": self.number,
            "invoice_id": self.invoice_id,
            "details": self.details or {},
            "done_by": self.done_by,
        }


def category_of(event: TimelineEvent) -> str:
    if event.kind == "email_sent":
        return "reminder" if event.payload.get("kind") == "reminder" else "email"
    for prefix, category in _PREFIXES:
        if event.kind.startswith(prefix):
            return category
    return "other"


def business_date(event: TimelineEvent) -> dt.date:
    """When it happened for the business, not when it was typed in."""
    stated = event.payload.get("date")
    if isinstance(stated, str):
        try:
            return dt.date.fromisoformat(stated)
        except ValueError:
            pass
    if event.kind.startswith("payment_") and event.paid_on and event.kind != "payment_removed":
        return event.paid_on
    if event.kind == "invoice_issued" and event.issue_date:
        return event.issue_date
    return event.happened_at.date()


def to_item(event: TimelineEvent) -> TimelineItem:
    return TimelineItem(
        business_date(event),
        event.happened_at,
        category_of(event),
        event.kind,
        event.summary,
        event.seq,
        event.number,
        event.invoice_id,
        event.payload or None,
        event.done_by,
    )


class TimelineService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def for_client(self, client_id: str) -> list[TimelineItem]:
        with self.store.read() as tx:
            if tx.get_client(client_id) is None:
                raise NotFound("client_not_found", id=client_id)
            events = tx.timeline_events(client_id)
        return sorted((to_item(e) for e in events), key=lambda item: (item.date, item.at, item.seq))

    def add_note(self, client_id: str, text: str, on: dt.date | None = None) -> TimelineItem:
        """A free note on the client's timeline (a call, a meeting, a promise to pay...)."""
        text = text.strip()
        on = on or self.clock.today()
        problems = []
        if not text:
            problems.append(Problem("text", "required"))
        elif len(text) > MAX_NOTE:
            problems.append(Problem("text", "too_long", {"max": MAX_NOTE}))
        if on > self.clock.today():
            problems.append(Problem("date", "date_in_future", {"value": on.isoformat()}))
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        event_id = new_id()
        with self.store.write() as tx:
            if tx.get_client(client_id) is None:
                raise NotFound("client_not_found", id=client_id)
            tx.add_event(Event(event_id, "note", now, client_id, None, text, {"date": on.isoformat()}))
        return next(
            item
            for item in self.for_client(client_id)
            if item.kind == "note" and item.at == now and item.summary == text
        )
