"""Tax-book and quarterly figures, added up in SQL from the engine's stored results.

Nothing here recomputes a tax: every amount is a sum of `invoice_taxes` groups or `invoices` totals
that `domain.totals.compute_totals` wrote when the invoice was issued.

Counting rules (issue #11):
- only issued invoices (a number) of doc_type `invoice`, by issue date; cancelled ones never count;
- a rectifying invoice is stored by substitution (its amounts are the corrected full amounts), so
  it counts, in the period it is issued, as itself minus the version it replaces: the latest earlier
  non-cancelled rectifying invoice of the same original, else the original (unless that original
  was cancelled, in which case there is nothing to take away).

The `signed` CTE below expresses that once: rows of (counted invoice, source invoice, sign).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.money import to_decimal
from facturas_app.storage.api import BookHeader, BookTaxRow, ClientQuarterRow, ReportTaxRow, ReportTotals


def _live(alias: str) -> str:
    """Counted invoices of the period: issued (numbered) invoices, not cancelled, by issue date."""
    a = alias
    return (
        f"{a}.doc_type = 'invoice' AND {a}.number IS NOT NULL AND {a}.status <> 'cancelled' "
        f"AND {a}.issue_date >= :date_from AND {a}.issue_date <= :date_to"
    )


# `minus`: for each counted rectifying invoice, the version it replaces (`src`), whose amounts are
# taken away. Only non-cancelled versions are taken away (see the module docstring).
_MINUS = f"""
WITH minus AS (
    SELECT l.id AS inv, l.issue_date AS issue_date, l.client_id AS client_id, COALESCE((
        SELECT p.id FROM invoices p
        WHERE p.rectifies_id = l.rectifies_id AND p.id <> l.id AND p.number IS NOT NULL
          AND p.status <> 'cancelled' AND (p.issue_date, p.year, p.seq) < (l.issue_date, l.year, l.seq)
        ORDER BY p.issue_date DESC, p.year DESC, p.seq DESC LIMIT 1
    ), l.rectifies_id) AS src
    FROM invoices l
    WHERE l.rectifies_id IS NOT NULL AND {_live("l")}
)
"""
_REPLACED = "minus m JOIN invoices o ON o.id = m.src AND o.status <> 'cancelled'"


def _quarter(column: str) -> str:
    return f"((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3)"


_TAX_GROUPS = (
    _MINUS
    + f"""
SELECT ex, vat_rate, sur_rate, rect, SUM(base), SUM(vat), SUM(sur) FROM (
    SELECT COALESCE(t.exemption, '') AS ex, t.vat_rate AS vat_rate, t.surcharge_rate AS sur_rate,
           (i.rectifies_id IS NOT NULL) AS rect, t.base_cents AS base, t.vat_cents AS vat,
           t.surcharge_cents AS sur
    FROM invoices i JOIN invoice_taxes t ON t.invoice_id = i.id WHERE {_live("i")}
    UNION ALL
    SELECT COALESCE(t.exemption, ''), t.vat_rate, t.surcharge_rate, 1, -t.base_cents, -t.vat_cents,
           -t.surcharge_cents
    FROM {_REPLACED} JOIN invoice_taxes t ON t.invoice_id = m.src
) GROUP BY 1, 2, 3, 4
"""
)

_TOTALS = (
    _MINUS
    + f"""
SELECT COALESCE(SUM(n), 0), COALESCE(SUM(base), 0), COALESCE(SUM(vat), 0), COALESCE(SUM(sur), 0),
       COALESCE(SUM(irpf), 0), COALESCE(SUM(total), 0) FROM (
    SELECT 1 AS n, i.base_cents AS base, i.vat_cents AS vat, i.surcharge_cents AS sur, i.irpf_cents AS irpf,
           i.total_cents AS total
    FROM invoices i WHERE {_live("i")}
    UNION ALL
    SELECT 0, -o.base_cents, -o.vat_cents, -o.surcharge_cents, -o.irpf_cents, -o.total_cents FROM {_REPLACED}
)
"""
)

_CLIENT_QUARTERS = (
    _MINUS
    + f"""
SELECT q.client_id, c.tax_id, c.name, c.country, q.quarter, q.amount FROM (
    SELECT client_id, quarter, SUM(amount) AS amount FROM (
        SELECT i.client_id AS client_id, {_quarter("i.issue_date")} AS quarter, i.total_cents AS amount
        FROM invoices i WHERE {_live("i")}
        UNION ALL
        SELECT m.client_id, {_quarter("m.issue_date")}, -o.total_cents FROM {_REPLACED}
    ) GROUP BY 1, 2
) q JOIN clients c ON c.id = q.client_id
ORDER BY c.name, q.client_id, q.quarter
"""
)

_EXEMPT_BY_CLIENT = (
    _MINUS
    + f"""
SELECT q.client_id, c.tax_id, c.name, c.country, q.quarter, q.amount FROM (
    SELECT client_id, quarter, SUM(amount) AS amount FROM (
        SELECT i.client_id AS client_id, {_quarter("i.issue_date")} AS quarter, t.base_cents AS amount
        FROM invoices i JOIN invoice_taxes t ON t.invoice_id = i.id
        WHERE {_live("i")} AND t.exemption = :exemption
        UNION ALL
        SELECT m.client_id, {_quarter("m.issue_date")}, -t.base_cents
        FROM {_REPLACED} JOIN invoice_taxes t ON t.invoice_id = m.src WHERE t.exemption = :exemption
    ) GROUP BY 1, 2
) q JOIN clients c ON c.id = q.client_id
ORDER BY c.name, q.client_id, q.quarter
"""
)

# The book: every numbered invoice of the period with its stored groups; a cancelled one counts 0.
_BOOK = """
SELECT i.id, i.number, i.issue_date, i.kind, i.status, i.rectification_kind, r.number, i.client_name,
       json_extract(i.client_snapshot, '$.tax_id'), json_extract(i.client_snapshot, '$.country'),
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE i.irpf_cents END,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE i.total_cents END,
       COALESCE(t.exemption, ''), t.vat_rate, t.surcharge_rate,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE t.base_cents END,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE t.vat_cents END,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE t.surcharge_cents END
FROM invoices i LEFT JOIN invoices r ON r.id = i.rectifies_id LEFT JOIN invoice_taxes t ON t.invoice_id = i.id
WHERE i.doc_type = 'invoice' AND i.number IS NOT NULL
  AND i.issue_date >= :date_from AND i.issue_date <= :date_to
ORDER BY i.issue_date, i.series, i.year, i.seq, t.position
"""

# ... and what a counted rectifying invoice counts instead of its full amounts: the difference.
_BOOK_RECT_TAXES = (
    _MINUS
    + f"""
SELECT inv, ex, vat_rate, sur_rate, SUM(base), SUM(vat), SUM(sur) FROM (
    SELECT i.id AS inv, COALESCE(t.exemption, '') AS ex, t.vat_rate AS vat_rate, t.surcharge_rate AS sur_rate,
           t.base_cents AS base, t.vat_cents AS vat, t.surcharge_cents AS sur
    FROM invoices i JOIN invoice_taxes t ON t.invoice_id = i.id
    WHERE i.rectifies_id IS NOT NULL AND {_live("i")}
    UNION ALL
    SELECT m.inv, COALESCE(t.exemption, ''), t.vat_rate, t.surcharge_rate, -t.base_cents, -t.vat_cents,
           -t.surcharge_cents
    FROM {_REPLACED} JOIN invoice_taxes t ON t.invoice_id = m.src
) GROUP BY 1, 2, 3, 4
ORDER BY 1, CAST(vat_rate AS REAL) DESC, CAST(sur_rate AS REAL) DESC, 2
"""
)

_BOOK_RECT_TOTALS = (
    _MINUS
    + f"""
SELECT inv, SUM(irpf), SUM(total) FROM (
    SELECT i.id AS inv, i.irpf_cents AS irpf, i.total_cents AS total
    FROM invoices i WHERE i.rectifies_id IS NOT NULL AND {_live("i")}
    UNION ALL
    SELECT m.inv, -o.irpf_cents, -o.total_cents FROM {_REPLACED}
) GROUP BY 1
"""
)


def _period(date_from: dt.date, date_to: dt.date) -> dict[str, str]:
    return {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}


# Reports read tens of thousands of rows: plain DB-API tuples and a cache for the few distinct rate
# texts keep the Python side well under the SQL time. Cents become Decimal by scaling (exact, no
# rounding involved), which gives the same value and exponent as money.from_cents.
@lru_cache(maxsize=256)
def _rate(value: str) -> Decimal:
    return to_decimal(value)


def _money(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def _client_quarter(r: tuple[Any, ...]) -> ClientQuarterRow:
    client_id, tax_id, name, country, quarter, amount = r
    return ClientQuarterRow(
        client_id=client_id,
        tax_id=tax_id or "",
        name=name,
        country=country or "",
        quarter=int(quarter),
        amount=_money(amount),
    )


class ReportsRepo:
    conn: Connection

    def _rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Run on the DB-API connection of this same transaction: rows as plain tuples."""
        raw = self.conn.connection.driver_connection
        return raw.execute(sql, params).fetchall()  # type: ignore[no-any-return, union-attr]

    def report_tax_groups(self, date_from: dt.date, date_to: dt.date) -> list[ReportTaxRow]:
        """Σ of the stored tax groups per (exemption, VAT rate, surcharge rate, from a rectification)."""
        return [
            ReportTaxRow(
                exemption=ex or None,
                vat_rate=_rate(vat_rate),
                surcharge_rate=_rate(sur_rate),
                rectification=bool(rect),
                base=_money(base),
                vat=_money(vat),
                surcharge=_money(sur),
            )
            for ex, vat_rate, sur_rate, rect, base, vat, sur in self._rows(
                _TAX_GROUPS, _period(date_from, date_to)
            )
        ]

    def report_totals(self, date_from: dt.date, date_to: dt.date) -> ReportTotals:
        n, base, vat, sur, irpf, total = self._rows(_TOTALS, _period(date_from, date_to))[0]
        return ReportTotals(
            invoice_count=int(n),
            base=_money(base),
            vat=_money(vat),
            surcharge=_money(sur),
            irpf=_money(irpf),
            total=_money(total),
        )

    def report_client_quarters(self, date_from: dt.date, date_to: dt.date) -> list[ClientQuarterRow]:
        """Invoice totals (VAT and surcharge included) per client and calendar quarter."""
        return [_client_quarter(r) for r in self._rows(_CLIENT_QUARTERS, _period(date_from, date_to))]

    def report_exempt_by_client(
        self, date_from: dt.date, date_to: dt.date, exemption: str
    ) -> list[ClientQuarterRow]:
        """Bases of one exemption (E5: intra-EU supplies) per client and calendar quarter."""
        params = {**_period(date_from, date_to), "exemption": exemption}
        return [_client_quarter(r) for r in self._rows(_EXEMPT_BY_CLIENT, params)]

    def report_book(self, date_from: dt.date, date_to: dt.date) -> tuple[list[BookHeader], list[BookTaxRow]]:
        """Every issued invoice of the period (cancelled ones too) and its counted amounts per group."""
        params = _period(date_from, date_to)
        rect_totals = {inv: (irpf, total) for inv, irpf, total in self._rows(_BOOK_RECT_TOTALS, params)}
        rect_taxes: dict[str, list[BookTaxRow]] = {}
        for inv, *group in self._rows(_BOOK_RECT_TAXES, params):
            rect_taxes.setdefault(inv, []).append(_book_tax(inv, group))
        headers: list[BookHeader] = []
        taxes: list[BookTaxRow] = []
        for r in self._rows(_BOOK, params):
            inv = r[0]
            if not headers or headers[-1].invoice_id != inv:
                headers.append(_book_header(r[:10], rect_totals.get(inv, (r[10], r[11]))))
                if inv in rect_taxes:
                    taxes.extend(rect_taxes[inv])
            if inv not in rect_taxes and r[13] is not None:
                taxes.append(_book_tax(inv, r[12:]))
        return headers, taxes


def _book_tax(inv: str, group: Any) -> BookTaxRow:
    ex, vat_rate, sur_rate, base, vat, sur = group
    return BookTaxRow(
        invoice_id=inv,
        exemption=ex or None,
        vat_rate=_rate(vat_rate),
        surcharge_rate=_rate(sur_rate),
        base=_money(base),
        vat=_money(vat),
        surcharge=_money(sur),
    )


def _book_header(r: tuple[Any, ...], amounts: tuple[int, int]) -> BookHeader:
    inv, number, issue_date, kind, status, rect_kind, rect_number, client_name, tax_id, country = r
    return BookHeader(
        invoice_id=inv,
        number=number,
        issue_date=dt.date.fromisoformat(issue_date),
        kind=kind,
        cancelled=status == "cancelled",
        rectification_kind=rect_kind,
        rectifies_number=rect_number,
        client_name=client_name,
        client_tax_id=tax_id or "",
        client_country=country or "",
        irpf=_money(amounts[0]),
        total=_money(amounts[1]),
    )
