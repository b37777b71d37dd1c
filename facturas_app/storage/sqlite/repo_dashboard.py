"""Dashboard figures, each one SQL aggregate over stored amounts (nothing recomputed in Python).

Revenue counts like the tax reports (repo_reports): issued (numbered), non-cancelled invoices by
issue date; a rectifying invoice, stored by substitution, counts as itself minus the version it
replaces, so a correction moves revenue by its difference only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

from facturas_app.domain.invoice import OPEN_STATUSES
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import ClientRevenue
from facturas_app.storage.sqlite.repo_reports import _MINUS, _REPLACED, _live

_OPEN = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
_OWED = "amount_due_cents - paid_cents"

_OPEN_TOTALS = f"""
SELECT coalesce(sum({_OWED}), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {_OWED} > 0 THEN {_OWED} ELSE 0 END), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {_OWED} > 0 THEN 1 ELSE 0 END), 0)
FROM invoices WHERE doc_type = 'invoice' AND status IN ({_OPEN})
"""

_COLLECTED = """
SELECT coalesce(sum(amount_cents), 0) FROM payments
WHERE removed_at IS NULL AND paid_on >= :date_from AND paid_on <= :date_to
"""


def _signed(columns: str, minus_columns: str) -> str:
    """Counted invoices of the period plus, negated, the versions their rectifying invoices replace."""
    return (
        _MINUS
        + f"""
, signed AS (
    SELECT {columns} FROM invoices i WHERE {_live("i")}
    UNION ALL
    SELECT {minus_columns} FROM {_REPLACED}
)
"""
    )


_BY_MONTH = (
    _signed(
        "substr(i.issue_date, 1, 7) AS month, i.base_cents AS amount",
        "substr(m.issue_date, 1, 7), -o.base_cents",
    )
    + "SELECT month, sum(amount) FROM signed GROUP BY month ORDER BY month"
)

_TOP_CLIENTS = (
    _signed("i.client_id AS client_id, i.base_cents AS amount", "m.client_id, -o.base_cents")
    + """
SELECT t.client_id, c.name, t.amount FROM (
    SELECT client_id, sum(amount) AS amount FROM signed GROUP BY client_id
    ORDER BY amount DESC, client_id LIMIT :limit
) t JOIN clients c ON c.id = t.client_id
ORDER BY t.amount DESC, c.name, t.client_id
"""
)

# What clients were asked to pay (total less IRPF withheld): the same measure as outstanding, for DSO.
_BILLED = (
    _signed("i.amount_due_cents AS amount", "-o.amount_due_cents")
    + "SELECT coalesce(sum(amount), 0) FROM signed"
)


def _period(date_from: dt.date, date_to: dt.date) -> dict[str, str]:
    return {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}


class DashboardRepo:
    conn: Connection

    def dashboard_open_totals(self, today: dt.date) -> tuple[Decimal, Decimal, int]:
        """(outstanding, overdue, overdue invoice count) of issued invoices not fully paid."""
        owed, overdue, count = self.conn.execute(text(_OPEN_TOTALS), {"today": today.isoformat()}).one()
        return from_cents(owed), from_cents(overdue), int(count)

    def dashboard_collected(self, date_from: dt.date, date_to: dt.date) -> Decimal:
        """Payments not removed, by payment date."""
        return from_cents(self.conn.execute(text(_COLLECTED), _period(date_from, date_to)).scalar_one())

    def dashboard_revenue_by_month(self, date_from: dt.date, date_to: dt.date) -> dict[str, Decimal]:
        """Taxable base per issue month ('YYYY-MM'); months without invoices are absent."""
        rows = self.conn.execute(text(_BY_MONTH), _period(date_from, date_to)).all()
        return {month: from_cents(cents) for month, cents in rows}

    def dashboard_top_clients(
        self, date_from: dt.date, date_to: dt.date, limit: int = 5
    ) -> list[ClientRevenue]:
        params = {**_period(date_from, date_to), "limit": limit}
        rows = self.conn.execute(text(_TOP_CLIENTS), params).all()
        return [ClientRevenue(client_id=r[0], client_name=r[1], revenue=from_cents(r[2])) for r in rows]

    def dashboard_billed(self, date_from: dt.date, date_to: dt.date) -> Decimal:
        """Amount due (total less IRPF) of the period's invoices, counted like revenue."""
        return from_cents(self.conn.execute(text(_BILLED), _period(date_from, date_to)).scalar_one())
