"""Rows of reminders, receipts, aging and client revenue (repo_reminders.py); re-exported by api.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ReminderCandidate:
    """An issued, unpaid invoice whose first reminder date has come, with the stages already taken."""

    invoice_id: str
    number: str
    client_id: str
    due_date: dt.date
    sent_at: dt.datetime | None
    taken_stages: frozenset[str]


@dataclass(frozen=True)
class ReminderRecord:
    """One (invoice, stage) pair, taken once ever: `queued` with its email, or `skipped`."""

    id: str
    invoice_id: str
    stage: str
    outcome: str  # queued | skipped
    due_on: dt.date
    recorded_at: dt.datetime
    outbox_id: str | None = None


AGING_BUCKETS = ("not_due", "1_30", "31_60", "61_90", "over_90")


@dataclass(frozen=True)
class AgingRow:
    """What one client owes in one aging bucket (summed in SQL)."""

    client_id: str
    client_name: str
    bucket: str  # one of AGING_BUCKETS
    invoice_count: int
    outstanding: Decimal


@dataclass(frozen=True)
class ClientRevenue:
    """A client's revenue (taxable base) over a period, summed in SQL."""

    client_id: str
    client_name: str
    revenue: Decimal
