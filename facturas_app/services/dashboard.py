"""The dashboard's figures: what is owed and overdue, what was collected, revenue per month for the
last 12 months, the top clients and days sales outstanding — every one a SQL aggregate.

Definitions (issue #6):
- outstanding / overdue: issued invoices not fully paid (amount due less payments); overdue when
  past the due date;
- collected this month / quarter: payments not removed, by payment date, up to today;
- revenue: taxable base of issued, non-cancelled invoices by issue month; rectifying invoices count
  by their difference (as in the tax reports);
- top clients: the five with the most revenue over the 12 months of the chart;
- DSO = outstanding / billed in the last 90 days × 90, where "billed" is the amount clients were
  asked to pay (total less IRPF, the same measure as outstanding, so VAT does not skew the ratio);
  None when nothing was billed in those 90 days, and also (issue #18) until the books have enough
  history for the ratio to mean something: at least one payment recorded and DSO_MIN_HISTORY days
  since the first issued invoice. Before that every invoice billed is still within its payment term
  (30 days is Spain's legal default, Ley 3/2004), so the ratio is close to 90 whatever the clients
  do: one invoice issued today would read "90 days". `dso_missing` says which condition is unmet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.domain.purchases import RESPONSE_DAYS
from facturas_app.services.ports import Clock
from facturas_app.storage.api import ClientRevenue, Store, Transaction

ZERO = Decimal("0.00")
MONTHS = 12
DSO_DAYS = 90
DSO_MIN_HISTORY = 30  # days since the first issued invoice (one payment term) before DSO is shown
TOP_CLIENTS = 5


@dataclass(frozen=True)
class MonthRevenue:
    month: dt.date  # the first day of the month
    revenue: Decimal


@dataclass(frozen=True)
class DashboardFigures:
    today: dt.date
    outstanding: Decimal
    overdue: Decimal
    overdue_count: int
    collected_month: Decimal
    collected_quarter: Decimal
    revenue_by_month: tuple[MonthRevenue, ...]  # oldest first, all 12 months (zero when none)
    top_clients: tuple[ClientRevenue, ...]
    billed_90_days: Decimal
    dso_days: Decimal | None
    to_refund: Decimal = ZERO  # owed back to clients after rectifications (not netted in outstanding)
    to_refund_count: int = 0
    # why dso_days is None: "nothing_billed", "short_history" or "no_payment" (None when shown)
    dso_missing: str | None = None


@dataclass(frozen=True)
class ResponsesDue:
    """Received invoices waiting for our acceptance or rejection (RD 238/2026: within four days of
    receipt, domain/purchases.py response_due)."""

    count: int
    nearest_due: dt.date | None  # the earliest deadline among them (received + 4 days)
    late: int  # how many are past their deadline


def month_start(day: dt.date, months_back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def dso_missing(
    today: dt.date, first_issue: dt.date | None, any_payment: bool, billed: Decimal
) -> str | None:
    """Why DSO cannot be shown yet, or None when it can (the rule is in the module docstring)."""
    if first_issue is None or (today - first_issue).days < DSO_MIN_HISTORY:
        return "short_history"
    if not any_payment:
        return "no_payment"
    return "nothing_billed" if billed <= 0 else None


def dso(outstanding: Decimal, billed: Decimal, days: int = DSO_DAYS) -> Decimal | None:
    if billed <= 0:
        return None
    return (outstanding / billed * days).quantize(Decimal("0.1"))


class DashboardService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def figures(self) -> DashboardFigures:
        """Every figure from one read transaction (a consistent snapshot)."""
        today = self.clock.today()
        with self.store.read() as tx:
            outstanding, overdue, overdue_count = tx.dashboard_open_totals(today)
            billed = self.billed_90_days(tx, today)
            to_refund, to_refund_count = tx.refunds_due()
            missing = dso_missing(today, *tx.dashboard_history(), billed)
            return DashboardFigures(
                today=today,
                outstanding=outstanding,
                overdue=overdue,
                overdue_count=overdue_count,
                collected_month=tx.dashboard_collected(month_start(today), today),
                collected_quarter=tx.dashboard_collected(quarter_start(today), today),
                revenue_by_month=self.revenue_by_month(tx, today),
                top_clients=self.top_clients(tx, today),
                billed_90_days=billed,
                dso_days=None if missing else dso(outstanding, billed),
                to_refund=to_refund,
                to_refund_count=to_refund_count,
                dso_missing=missing,
            )

    def refunds_due(self) -> tuple[Decimal, int]:
        """(money owed back to clients after rectifications, how many invoices)."""
        with self.store.read() as tx:
            return tx.refunds_due()

    def responses_due(self) -> ResponsesDue:
        """One SQL count of the received invoices still to answer, with the nearest deadline."""
        today = self.clock.today()
        days = dt.timedelta(days=RESPONSE_DAYS)
        with self.store.read() as tx:  # late: due (received + 4) before today
            count, first, late = tx.expense_responses_due(today - days)
        return ResponsesDue(count, first + days if first else None, late)

    @staticmethod
    def revenue_by_month(tx: Transaction, today: dt.date) -> tuple[MonthRevenue, ...]:
        first = month_start(today, MONTHS - 1)
        sums = tx.dashboard_revenue_by_month(first, today)
        months = [month_start(today, back) for back in range(MONTHS - 1, -1, -1)]
        return tuple(MonthRevenue(m, sums.get(m.strftime("%Y-%m"), ZERO)) for m in months)

    @staticmethod
    def top_clients(tx: Transaction, today: dt.date) -> tuple[ClientRevenue, ...]:
        return tuple(tx.dashboard_top_clients(month_start(today, MONTHS - 1), today, TOP_CLIENTS))

    @staticmethod
    def billed_90_days(tx: Transaction, today: dt.date) -> Decimal:
        return tx.dashboard_billed(today - dt.timedelta(days=DSO_DAYS - 1), today)
