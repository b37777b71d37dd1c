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
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from itertools import islice, repeat
from operator import ne
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.domain.money import to_decimal
from facturas_app.storage.api import (
    BOOK_CANCELLED,
    BOOK_ISSUED,
    BookRow,
    ClientQuarterRow,
    ReportTaxRow,
    ReportTotals,
)
from facturas_app.storage.sqlite import database


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

# The book: every numbered invoice of the period, one row per stored tax group (a cancelled one counts 0),
# in the columns and words of BookRow. The partial index ix_invoices_reports (migrations 0009, 0010)
# covers every invoice column read here, the snapshot's tax id and country included (plain columns:
# SQLite < 3.41 read an indexed JSON expression from the table row, not the index), in book order; the
# groups come from ix_invoice_taxes_reports in position order. So the year's book is one index walk
# with no sort: `t.position` is left out of the ORDER BY on purpose, as asking for it makes SQLite
# sort every invoice's rows again (tests/storage/test_report_book_sql.py checks the plan;
# tests/services/test_report_book_demo.py the rows and their order).
_BOOK = f"""
SELECT i.issue_date, i.number,
       CASE i.kind WHEN 'rectifying' THEN COALESCE(NULLIF(i.rectification_kind, ''), 'R1')
                   WHEN 'simplified' THEN 'F2' ELSE 'F1' END,
       COALESCE(r.number, ''),
       CASE WHEN i.status = 'cancelled' THEN '{BOOK_CANCELLED}' ELSE '{BOOK_ISSUED}' END,
       i.client_name,
       i.client_tax_id,
       i.client_country,
       COALESCE(t.exemption, ''),
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE COALESCE(t.base_cents, 0) END,
       t.vat_rate,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE COALESCE(t.vat_cents, 0) END,
       t.surcharge_rate,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE COALESCE(t.surcharge_cents, 0) END,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE i.irpf_cents END,
       CASE WHEN i.status = 'cancelled' THEN 0 ELSE i.total_cents END
FROM invoices i LEFT JOIN invoices r ON r.id = i.rectifies_id LEFT JOIN invoice_taxes t ON t.invoice_id = i.id
WHERE i.doc_type = 'invoice' AND i.number IS NOT NULL
  AND i.issue_date >= :date_from AND i.issue_date <= :date_to
ORDER BY i.issue_date, i.series, i.year, i.seq
"""

# ... and what a counted rectifying invoice counts instead of its full amounts: the difference, per
# group (largest rates first) and in IRPF and total. A LEFT JOIN keeps an invoice with no groups at all.
_BOOK_DIFFERENCES = (
    _MINUS
    + f"""
, amounts AS (
    SELECT inv, SUM(irpf) AS irpf, SUM(total) AS total FROM (
        SELECT m.inv AS inv, i.irpf_cents AS irpf, i.total_cents AS total
        FROM minus m JOIN invoices i ON i.id = m.inv
        UNION ALL
        SELECT m.inv, -o.irpf_cents, -o.total_cents FROM {_REPLACED}
    ) GROUP BY inv
), groups AS (
    SELECT inv, ex, vat_rate, sur_rate, SUM(base) AS base, SUM(vat) AS vat, SUM(sur) AS sur FROM (
        SELECT m.inv AS inv, COALESCE(t.exemption, '') AS ex, t.vat_rate AS vat_rate,
               t.surcharge_rate AS sur_rate, t.base_cents AS base, t.vat_cents AS vat,
               t.surcharge_cents AS sur
        FROM minus m JOIN invoice_taxes t ON t.invoice_id = m.inv
        UNION ALL
        SELECT m.inv, COALESCE(t.exemption, ''), t.vat_rate, t.surcharge_rate, -t.base_cents, -t.vat_cents,
               -t.surcharge_cents
        FROM {_REPLACED} JOIN invoice_taxes t ON t.invoice_id = m.src
    ) GROUP BY 1, 2, 3, 4
)
SELECT i.number, COALESCE(g.ex, ''), g.vat_rate, g.sur_rate, COALESCE(g.base, 0), COALESCE(g.vat, 0),
       COALESCE(g.sur, 0), a.irpf, a.total
FROM amounts a JOIN invoices i ON i.id = a.inv LEFT JOIN groups g ON g.inv = a.inv
ORDER BY i.number, CAST(g.vat_rate AS REAL) DESC, CAST(g.sur_rate AS REAL) DESC, g.ex
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
        return database.raw_rows(self.conn, sql, params)

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

    def report_book(self, date_from: dt.date, date_to: dt.date) -> list[BookRow]:
        """Every issued invoice of the period (cancelled ones too), one row per group it counts."""
        params = _period(date_from, date_to)
        with _collector_paused():  # the fetched rows are freed before the collector is back
            lines = _book_rows(self._rows(_BOOK, params))
        differences = self._rows(_BOOK_DIFFERENCES, params) if lines else []
        return _with_differences(lines, differences) if differences else lines


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the book is built: a year is ~150,000 fresh tuples (the fetched
    rows, then the BookRows), none of which can be garbage yet, and the collections they trigger kept
    walking them (and a full one the whole heap): a third of the year's book time. GC is process-wide,
    so it is only postponed and put back as it was, never forced on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _amounts(cents: Iterable[int]) -> Iterator[Decimal]:
    """Cents to Decimal in C (map over Decimal and Decimal.scaleb): the same value and exponent as
    money.from_cents, at a fraction of its cost."""
    return map(Decimal.scaleb, map(Decimal, cents), repeat(-2))


def _book_rows(rows: list[tuple[Any, ...]]) -> list[BookRow]:
    """_BOOK's rows as BookRows, a column at a time, so the per-row work is C (map/zip over dict
    lookups), not Python. Each distinct date, rate and amount is converted once (a year has 365
    dates, a few rates, and ~85,000 distinct amounts among 385,000) and the rows share the objects,
    which are immutable."""
    if not rows:
        return []
    columns = zip(*rows, strict=True)
    (day, number, kind, rectifies, status, name, tax_id, country, exemption) = islice(columns, 9)
    base, vat_rate, vat, sur_rate, sur, irpf, total = columns
    days = set(day)
    date = dict(zip(days, map(dt.date.fromisoformat, days), strict=True)).__getitem__
    # no rate: an invoice with no tax group at all
    rate = {text: None if text is None else _rate(text) for text in {*vat_rate, *sur_rate}}.__getitem__
    cents = set().union(base, vat, sur, irpf, total)
    money = dict(zip(cents, _amounts(cents), strict=True)).__getitem__
    # IRPF and total go on an invoice's first row only, so the columns add up (AEAT's layout).
    first = [True, *map(ne, number[1:], number[:-1])]
    # tuple.__new__(BookRow, values) is what BookRow._make does, minus a Python call per row
    return list(
        map(
            tuple.__new__,
            repeat(BookRow),
            zip(
                map(date, day),
                number,
                kind,
                rectifies,
                status,
                name,
                tax_id,
                country,
                exemption,
                map(money, base),
                map(rate, vat_rate),
                map(money, vat),
                map(rate, sur_rate),
                map(money, sur),
                [money(c) if f else None for c, f in zip(irpf, first, strict=True)],
                [money(c) if f else None for c, f in zip(total, first, strict=True)],
                strict=True,
            ),
        )
    )


def _with_differences(lines: list[BookRow], differences: list[tuple[Any, ...]]) -> list[BookRow]:
    """Each counted rectifying invoice's own rows give way to the difference it makes (few invoices)."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for number, *group in differences:
        groups.setdefault(number, []).append(tuple(group))
    result: list[BookRow] = []
    done = 0
    for k in [k for k, line in enumerate(lines) if line.number in groups]:
        if k < done:
            continue  # a further row of an invoice already replaced
        head = lines[k]
        result += lines[done:k]
        result += _difference_rows(head, groups[head.number])
        done = k + 1
        while done < len(lines) and lines[done].number == head.number:
            done += 1
    return result + lines[done:]


def _difference_rows(head: BookRow, groups: list[tuple[Any, ...]]) -> list[BookRow]:
    return [
        head._replace(
            exemption=ex,
            base=_money(base),
            vat_rate=None if vat_rate is None else _rate(vat_rate),
            vat=_money(vat),
            surcharge_rate=None if sur_rate is None else _rate(sur_rate),
            surcharge=_money(sur),
            irpf=_money(irpf) if i == 0 else None,
            total=_money(total) if i == 0 else None,
        )
        for i, (ex, vat_rate, sur_rate, base, vat, sur, irpf, total) in enumerate(groups)
    ]
