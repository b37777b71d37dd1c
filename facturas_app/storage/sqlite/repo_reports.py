"""Tax-book and quarterly figures, added up in SQL from the engine's stored results.

Nothing here recomputes a tax: every amount is a sum of `invoice_taxes` groups or `invoices` totals
that `domain.totals.compute_totals` wrote when the invoice was issued.

Counting rules (issue #11):
- only issued invoices (a number) of doc_type `invoice`, by issue date; cancelled ones never count;
- a rectifying invoice by substitution (its amounts are the corrected full amounts) counts, in the
  period it is issued, as itself minus the version it replaces: the latest earlier non-cancelled
  substitution of the same original, else the original (unless that original was cancelled, in
  which case there is nothing to take away);
- a rectifying invoice by differences (its amounts are the difference, usually negative) counts as
  itself, in the period it is issued: nothing is taken away.

The `signed` CTE below expresses that once: rows of (counted invoice, source invoice, sign).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.engine import Connection

from facturas_app.storage.api_reports import BookLines, ClientQuarterRow, ReportTaxRow, ReportTotals
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.book_rows import book_rows, collector_paused
from facturas_app.storage.sqlite.book_rows import money as _money
from facturas_app.storage.sqlite.book_rows import rate as _rate
from facturas_app.storage.sqlite.dialect import is_postgres


def _live(alias: str) -> str:
    """Counted invoices of the period: issued (numbered) invoices, not cancelled, by issue date."""
    a = alias
    return (
        f"{a}.doc_type = 'invoice' AND {a}.number IS NOT NULL AND {a}.status <> 'cancelled' "
        f"AND {a}.issue_date >= :date_from AND {a}.issue_date <= :date_to"
    )


# `minus`: for each counted rectifying invoice by substitution, the version it replaces (`src`),
# whose amounts are taken away. Only non-cancelled versions are taken away (see the module docstring).
_MINUS = f"""
WITH minus AS (
    SELECT l.id AS inv, l.issue_date AS issue_date, l.client_id AS client_id, COALESCE((
        SELECT p.id FROM invoices p
        WHERE p.rectifies_id = l.rectifies_id AND p.id <> l.id AND p.number IS NOT NULL
          AND p.status <> 'cancelled' AND p.rectification_method IS NOT 'differences'
          AND (p.issue_date, p.year, p.seq) < (l.issue_date, l.year, l.seq)
        ORDER BY p.issue_date DESC, p.year DESC, p.seq DESC LIMIT 1
    ), l.rectifies_id) AS src
    FROM invoices l
    WHERE l.rectifies_id IS NOT NULL AND l.rectification_method IS NOT 'differences' AND {_live("l")}
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
           CASE WHEN i.rectifies_id IS NULL THEN 0 ELSE 1 END AS rect, t.base_cents AS base,
           t.vat_cents AS vat, t.surcharge_cents AS sur
    FROM invoices i JOIN invoice_taxes t ON t.invoice_id = i.id WHERE {_live("i")}
    UNION ALL
    SELECT COALESCE(t.exemption, ''), t.vat_rate, t.surcharge_rate, 1, -t.base_cents, -t.vat_cents,
           -t.surcharge_cents
    FROM {_REPLACED} JOIN invoice_taxes t ON t.invoice_id = m.src
) AS groups GROUP BY 1, 2, 3, 4
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
) AS amounts
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
    ) AS amounts GROUP BY 1, 2
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
    ) AS amounts GROUP BY 1, 2
) q JOIN clients c ON c.id = q.client_id
ORDER BY c.name, q.client_id, q.quarter
"""
)

# The book: every numbered invoice of the period, one row per stored tax group, as the stored values
# BookRows are made of (book_rows.py decides their words, zeros and Nones: a cancelled invoice counts
# 0, IRPF and total on the first row; NULL as the invoice type is an ordinary invoice, F1). The
# partial index ix_invoices_reports (migrations 0009, 0010) covers every invoice column read here, the
# snapshot's tax id and country included (plain columns: SQLite < 3.41 read an indexed JSON
# expression from the table row, not the index), in book order; the groups come from
# ix_invoice_taxes_reports in position order. So the year's book is one index walk with no sort:
# `t.position` is left out of the ORDER BY on purpose, as asking for it makes SQLite sort every
# invoice's rows again (tests/storage/test_report_book_sql.py checks the plan;
# tests/services/test_report_book_demo.py the rows and their order).
_BOOK = """
SELECT i.issue_date, i.number,
       CASE i.kind WHEN 'rectifying' THEN COALESCE(NULLIF(i.rectification_kind, ''), 'R1')
                   WHEN 'simplified' THEN 'F2' END,
       i.rectifies_id, i.status = 'cancelled', i.client_name, i.client_tax_id, i.client_country,
       COALESCE(t.exemption, ''), t.base_cents, t.vat_rate, t.vat_cents, t.surcharge_rate, t.surcharge_cents,
       i.irpf_cents, i.total_cents
FROM invoices i LEFT JOIN invoice_taxes t ON t.invoice_id = i.id
WHERE i.doc_type = 'invoice' AND i.number IS NOT NULL
  AND i.issue_date >= :date_from AND i.issue_date <= :date_to
ORDER BY i.issue_date, i.series, i.year, i.seq
"""
# The year's book reads ~25 MB of index pages; memory-mapped, SQLite reads them in place instead of
# copying each page into its cache (~12 % of the query at 100,000 invoices). Set on the transaction's
# own connection only: the store opens one per transaction (NullPool), so nothing else is mapped; and
# only on a local disk, where the store uses WAL (no memory-mapped files on network or synced drives).
_MAP_FILE = "PRAGMA mmap_size = 1073741824"
# The numbers of the invoices that the book's rectifying invoices rectify (their ids as a JSON list).
_NUMBERS = "SELECT id, COALESCE(number, '') FROM invoices WHERE id IN (SELECT value FROM json_each(:ids))"

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
    ) AS versions GROUP BY inv
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
    ) AS versions GROUP BY 1, 2, 3, 4
)
SELECT i.number, COALESCE(g.ex, ''), g.vat_rate, g.sur_rate, COALESCE(g.base, 0), COALESCE(g.vat, 0),
       COALESCE(g.sur, 0), a.irpf, a.total
FROM amounts a JOIN invoices i ON i.id = a.inv LEFT JOIN groups g ON g.inv = a.inv
ORDER BY i.number, CAST(g.vat_rate AS REAL) DESC, CAST(g.sur_rate AS REAL) DESC, g.ex
"""
)


def _period(date_from: dt.date, date_to: dt.date) -> dict[str, str]:
    return {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}


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

    def report_book(self, date_from: dt.date, date_to: dt.date) -> BookLines:
        """Every issued invoice of the period (cancelled ones too), one row per group it counts."""
        params = _period(date_from, date_to)
        if self._maps_files():
            self._rows(_MAP_FILE, {})
        with collector_paused():  # the fetched rows are freed before the collector is back
            rows = self._rows(_BOOK, params)
            differences = self._rows(_BOOK_DIFFERENCES, params) if rows else []
            lines = book_rows(rows, differences, self._numbers)
            del rows
        return lines

    def _maps_files(self) -> bool:
        """SQLite on a local disk, where the store uses WAL (see location.py); never the office store."""
        if is_postgres(self.conn):
            return False
        return bool(self._rows("PRAGMA journal_mode", {})[0][0] == "wal")

    def _numbers(self, ids: set[str]) -> dict[str, str]:
        return dict(self._rows(_NUMBERS, {"ids": json.dumps(sorted(ids))}))
