"""Storage records for quotes, recurring invoices, feedback and the client timeline.

Kept apart from storage/api.py (which declares the Transaction methods) so this feature's values
change without touching the shared protocol module. SQLite: storage/sqlite/repo_sales.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

QUOTE_OUTCOMES = ("accepted", "rejected")
RECURRING_EVERY = ("week", "month", "quarter", "year")
FEEDBACK_SOURCES = ("manual", "email", "imap")


@dataclass(frozen=True)
class QuoteDecision:
    """The client's yes or no to a quote; an accepted quote links to the draft invoice it became."""

    quote_id: str
    outcome: str  # accepted | rejected
    decided_on: dt.date
    recorded_at: dt.datetime
    note: str = ""
    invoice_id: str | None = None


@dataclass(frozen=True)
class QuoteRow:
    """A quote or proforma in a list (totals from the stored engine results)."""

    id: str
    doc_type: str
    number: str | None
    status: str
    client_id: str
    client_name: str
    issue_date: dt.date
    valid_until: dt.date | None
    total: Decimal
    outcome: str | None = None
    decided_on: dt.date | None = None
    note: str = ""
    invoice_id: str | None = None


@dataclass(frozen=True)
class RecurringSchedule:
    id: str
    client_id: str
    every: str  # one of RECURRING_EVERY
    start: dt.date
    template: dict[str, Any]  # the draft-invoice shape of CLI.md (dates are set per occurrence)
    created_at: dt.datetime
    end: dt.date | None = None
    count: int | None = None
    auto_send: bool = False
    active: bool = True
    client_name: str = ""  # joined, for lists


@dataclass(frozen=True)
class RecurringOccurrence:
    """One issued occurrence: taken once ever under UNIQUE(schedule_id, occurrence_date)."""

    id: str
    schedule_id: str
    occurrence_date: dt.date
    position: int
    invoice_id: str
    issued_at: dt.datetime
    outbox_id: str | None = None
    number: str | None = None  # joined
    outbox_state: str | None = None  # joined


@dataclass(frozen=True)
class Feedback:
    id: str
    client_id: str
    rating: int
    given_on: dt.date
    created_at: dt.datetime
    comment: str = ""
    invoice_id: str | None = None
    source: str = "manual"
    invoice_number: str | None = None  # joined
    client_name: str = ""  # joined


@dataclass(frozen=True)
class RatingSum:
    """Ratings summed in SQL for one group (a client or a month); averages are made in the service."""

    key: str  # client id or 'YYYY-MM'
    label: str  # client name or the month
    count: int
    total: int


@dataclass(frozen=True)
class TimelineEvent:
    """An events row with what the timeline needs joined in SQL (document number, payment date)."""

    seq: int  # insertion order: ties on the same instant keep the order they happened in
    id: str
    kind: str
    happened_at: dt.datetime
    summary: str = ""
    invoice_id: str | None = None
    number: str | None = None
    doc_type: str | None = None
    issue_date: dt.date | None = None
    paid_on: dt.date | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    done_by: str = ""  # the office store's person (database role) who did it; "" on one computer


@dataclass(frozen=True)
class FeedbackCandidate:
    """A paid invoice whose last payment is old enough for a feedback request, not asked yet."""

    invoice_id: str
    number: str
    client_id: str
    last_paid_on: dt.date
