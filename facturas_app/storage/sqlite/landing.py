"""The landing view's first figures with the standard library's sqlite3 alone.

Start-up is a budget (CONVENTIONS): the window and the landing view's first data come first, from
a plain indexed query; SQLAlchemy, the ORM tables and migrations load after the first paint.
Read-only, and only when the file is already at the current schema: anything unusual returns None
and the app takes the normal path (which migrates, checks and explains).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from facturas_app.domain.invoice import OPEN_STATUSES, Status
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import InvoiceListRow, LandingFigures
from facturas_app.storage.sqlite.files import DB_FILENAME, SQLITE_MAGIC, latest_schema_version

_OPEN = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
_OWED = "amount_due_cents - paid_cents"
_OVERDUE = f"status IN ({_OPEN}) AND due_date < :today AND {_OWED} > 0"

# (outstanding, overdue, overdue count) of open invoices; the dashboard's service runs it too.
OPEN_TOTALS_SQL = f"""
SELECT coalesce(sum({_OWED}), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {_OWED} > 0 THEN {_OWED} ELSE 0 END), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {_OWED} > 0 THEN 1 ELSE 0 END), 0)
FROM invoices WHERE doc_type = 'invoice' AND status IN ({_OPEN})
"""
_MOST_OVERDUE_SQL = f"""
SELECT id, number, client_id, client_name, issue_date, due_date, total_cents, amount_due_cents,
       paid_cents, kind
FROM invoices WHERE doc_type = 'invoice' AND {_OVERDUE}
ORDER BY due_date ASC, number ASC LIMIT :limit
"""


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return None
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
    except (OSError, sqlite3.Error):
        return None


def read_landing(data_dir: Path, today: dt.date, limit: int = 10) -> LandingFigures | None:
    conn = _connect_read_only(data_dir / DB_FILENAME)
    if conn is None:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != latest_schema_version():
            return None
        has_business = conn.execute("SELECT count(*) FROM business").fetchone()[0] > 0
        pending, overdue, count = conn.execute(OPEN_TOTALS_SQL, {"today": today.isoformat()}).fetchone()
        rows = conn.execute(_MOST_OVERDUE_SQL, {"today": today.isoformat(), "limit": limit}).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return LandingFigures(
        has_business=has_business,
        pending=from_cents(pending),
        overdue=from_cents(overdue),
        overdue_count=int(count),
        most_overdue=[_row(r) for r in rows],
    )


def _row(r: tuple) -> InvoiceListRow:  # type: ignore[type-arg]
    return InvoiceListRow(
        id=r[0],
        number=r[1],
        status=Status.OVERDUE,
        client_id=r[2],
        client_name=r[3],
        issue_date=dt.date.fromisoformat(r[4]),
        due_date=dt.date.fromisoformat(r[5]),
        total=from_cents(r[6]),
        amount_due=from_cents(r[7]),
        paid=from_cents(r[8]),
        kind=r[9],
    )
