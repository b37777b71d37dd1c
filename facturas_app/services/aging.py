"""Aging of what clients owe: not yet due, 1–30, 31–60, 61–90 and over 90 days overdue; totals per
bucket and per client summed in SQL; and each client's average days to pay (issue → last payment)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from facturas_app.services.ports import Clock
from facturas_app.storage.api import AGING_BUCKETS, AgingRow, Store

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ClientAging:
    client_id: str
    client_name: str
    buckets: dict[str, Decimal]  # every bucket of AGING_BUCKETS, zero when nothing is owed there
    invoice_count: int

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @property
    def overdue(self) -> Decimal:
        return self.total - self.buckets["not_due"]


@dataclass(frozen=True)
class AgingReport:
    today: dt.date
    clients: list[ClientAging]
    totals: dict[str, Decimal] = field(default_factory=dict)  # per bucket, over every client
    counts: dict[str, int] = field(default_factory=dict)  # invoices per bucket

    @property
    def total(self) -> Decimal:
        return sum(self.totals.values(), ZERO)

    @property
    def overdue(self) -> Decimal:
        return self.total - self.totals.get("not_due", ZERO)


def build_report(today: dt.date, rows: list[AgingRow], min_bucket: str | None = None) -> AgingReport:
    """Fold the SQL rows (client, bucket) into per-client lines and per-bucket totals.

    `min_bucket` keeps only clients owing something in that bucket or an older one (a filter)."""
    by_client: dict[str, ClientAging] = {}
    totals = dict.fromkeys(AGING_BUCKETS, ZERO)
    counts = dict.fromkeys(AGING_BUCKETS, 0)
    for row in rows:
        line = by_client.setdefault(
            row.client_id, ClientAging(row.client_id, row.client_name, dict.fromkeys(AGING_BUCKETS, ZERO), 0)
        )
        line.buckets[row.bucket] += row.outstanding
        by_client[row.client_id] = ClientAging(
            line.client_id, line.client_name, line.buckets, line.invoice_count + row.invoice_count
        )
        totals[row.bucket] += row.outstanding
        counts[row.bucket] += row.invoice_count
    clients = list(by_client.values())
    if min_bucket in AGING_BUCKETS:
        older = AGING_BUCKETS[AGING_BUCKETS.index(min_bucket) :]
        clients = [c for c in clients if any(c.buckets[b] > 0 for b in older)]
    clients.sort(key=lambda c: (-c.total, c.client_name))
    return AgingReport(today, clients, totals, counts)


class AgingService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def report(
        self, today: dt.date | None = None, client_id: str | None = None, min_bucket: str | None = None
    ) -> AgingReport:
        today = today or self.clock.today()
        with self.store.read() as tx:
            rows = tx.aging_rows(today, client_id)
        return build_report(today, rows, min_bucket)

    def average_days_to_pay(self, client_id: str | None = None) -> dict[str, Decimal]:
        """client id → average days from issue date to the last payment, over its paid invoices."""
        with self.store.read() as tx:
            return tx.average_days_to_pay(client_id)

    def client_days_to_pay(self, client_id: str) -> Decimal | None:
        return self.average_days_to_pay(client_id).get(client_id)
