"""Dashboard figures, each one SQL aggregate over stored amounts (nothing recomputed in Python).

Revenue counts like the tax reports (repo_reports): issued (numbered), non-cancelled invoices by
issue date; a rectifying invoice by substitution counts as itself minus the version it replaces,
one by differences as itself, so a correction moves revenue by its difference only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

from facturas_app.domain.money import from_cents
from facturas_app.storage.api import ClientRevenue
from facturas_app.storage.sqlite.landing import OPEN_TOTALS_SQL

_COLLECTED = """
SELECT coalesce(sum(amount_cents), 0) FROM payments
WHERE removed_at IS NULL AND paid_on >= :date_from AND paid_on <= :date_to
"""


# Counted invoices: issued (numbered) and not cancelled, by issue date. The CHECK on invoices ties a
# number to every status but draft, so the status alone says it and the covering indexes of
# migration 0007 answer without reading table rows.
def _live(a: str) -> str:
    return (
        f"{a}.doc_type = 'invoice' AND {a}.status NOT IN ('draft', 'cancelled') "
        f"AND {a}.issue_date >= :date_from AND {a}.issue_date <= :date_to"
    )


# For each counted rectifying invoice, the version it replaces (`src`): the latest earlier
# non-cancelled rectifying invoice of the same original, else the original — the tax reports' rule
# (repo_reports._MINUS), driven here from the small rectifies index instead of the date range.
_MINUS = f"""
WITH minus AS (
    SELECT l.issue_date AS issue_date, l.client_id AS client_id, COALESCE((
        SELECT p.id FROM invoices p
        WHERE p.rectifies_id = l.rectifies_id AND p.id <> l.id AND p.number IS NOT NULL
          AND p.status <> 'cancelled' AND p.rectification_method IS NOT 'differences'
          AND (p.issue_date, p.year, p.seq) < (l.issue_date, l.year, l.seq)
        ORDER BY p.issue_date DESC, p.year DESC, p.seq DESC LIMIT 1
    ), l.rectifies_id) AS src
    FROM invoices l INDEXED BY ix_invoices_rectifies
    WHERE l.rectifies_id IS NOT NULL AND l.rectification_method IS NOT 'differences' AND {_live("l")}
)
"""
_REPLACED = "minus m JOIN invoices o ON o.id = m.src AND o.status <> 'cancelled'"

# Per day first (in index order, no sort), then per month with the replaced versions taken away.
_BY_MONTH = (
    _MINUS
    + f"""
SELECT month, sum(amount) FROM (
    SELECT substr(day, 1, 7) AS month, amount FROM (
        SELECT i.issue_date AS day, sum(i.base_cents) AS amount
        FROM invoices i INDEXED BY ix_invoices_dashboard_date WHERE {_live("i")} GROUP BY i.issue_date
    ) AS days
    UNION ALL
    SELECT substr(m.issue_date, 1, 7), -o.base_cents FROM {_REPLACED}
) AS months GROUP BY month ORDER BY month
"""
)

_TOP_CLIENTS = (
    _MINUS
    + f"""
SELECT t.client_id, c.name, t.amount FROM (
    SELECT client_id, sum(amount) AS amount FROM (
        SELECT i.client_id AS client_id, sum(i.base_cents) AS amount
        FROM invoices i INDEXED BY ix_invoices_dashboard_client WHERE {_live("i")} GROUP BY i.client_id
        UNION ALL
        SELECT m.client_id, -o.base_cents FROM {_REPLACED}
    ) AS amounts GROUP BY client_id ORDER BY amount DESC, client_id LIMIT :limit
) t JOIN clients c ON c.id = t.client_id
ORDER BY t.amount DESC, c.name, t.client_id
"""
)

# What clients were asked to pay (total less IRPF withheld): the same measure as outstanding, for DSO.
_BILLED = (
    _MINUS
    + f"""
SELECT coalesce(sum(amount), 0) FROM (
    SELECT i.amount_due_cents AS amount
    FROM invoices i INDEXED BY ix_invoices_dashboard_date WHERE {_live("i")}
    UNION ALL
    SELECT -o.amount_due_cents FROM {_REPLACED}
) AS amounts
"""
)

# The first counted invoice, read in index order (the first row that is not a draft or cancelled).
_FIRST_ISSUE = """
SELECT issue_date FROM invoices INDEXED BY ix_invoices_dashboard_date
WHERE doc_type = 'invoice' AND status NOT IN ('draft', 'cancelled') ORDER BY issue_date LIMIT 1
"""
_ANY_PAYMENT = "SELECT EXISTS (SELECT 1 FROM payments WHERE removed_at IS NULL)"


def _period(date_from: dt.date, date_to: dt.date) -> dict[str, str]:
    return {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}


class DashboardRepo:
    conn: Connection

    def dashboard_open_totals(self, today: dt.date) -> tuple[Decimal, Decimal, int]:
        """(outstanding, overdue, overdue invoice count) of issued invoices not fully paid."""
        owed, overdue, count = self.conn.execute(text(OPEN_TOTALS_SQL), {"today": today.isoformat()}).one()
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

    def dashboard_history(self) -> tuple[dt.date | None, bool]:
        """(issue date of the first counted invoice, whether any payment is recorded): DSO's rule."""
        first = self.conn.execute(text(_FIRST_ISSUE)).scalar()
        paid = bool(self.conn.execute(text(_ANY_PAYMENT)).scalar_one())
        return (dt.date.fromisoformat(first) if first else None), paid
