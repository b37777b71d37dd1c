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

from facturas_app.domain.invoice import Status
from facturas_app.domain.money import from_cents
from facturas_app.storage.api import LandingFigures
from facturas_app.storage.sqlite.files import DB_FILENAME, SQLITE_MAGIC, latest_schema_version
from facturas_app.storage.sqlite.invoice_list_sql import (
    LIST_COLUMNS_SQL,
    OPEN_SQL,
    OVERDUE_SQL,
    OWED_SQL,
    list_row,
)

# (outstanding, overdue, overdue count) of open invoices; the dashboard's service runs it too.
# Money owed back to a client (below zero, after a rectification) is not netted against what others
# owe: the dashboard shows it on its own (repo_dashboard.REFUNDS_DUE_SQL).
OPEN_TOTALS_SQL = f"""
SELECT coalesce(sum(CASE WHEN {OWED_SQL} > 0 THEN {OWED_SQL} ELSE 0 END), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {OWED_SQL} > 0 THEN {OWED_SQL} ELSE 0 END), 0),
       coalesce(sum(CASE WHEN due_date < :today AND {OWED_SQL} > 0 THEN 1 ELSE 0 END), 0)
FROM invoices WHERE doc_type = 'invoice' AND status IN ({OPEN_SQL})
"""
_MOST_OVERDUE_SQL = f"""
SELECT {LIST_COLUMNS_SQL}
FROM invoices WHERE doc_type = 'invoice' AND {OVERDUE_SQL}
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


def upgrade_pending(data_dir: Path) -> bool:
    """Whether opening the data folder will first upgrade an existing database (a migration: a copy
    of the file, then the changes; seconds at 100,000 invoices): the window says so meanwhile."""
    conn = _connect_read_only(data_dir / DB_FILENAME)
    if conn is None:
        return False
    try:
        return 0 < int(conn.execute("PRAGMA user_version").fetchone()[0]) < latest_schema_version()
    except sqlite3.Error:
        return False
    finally:
        conn.close()


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
        most_overdue=[list_row(r, Status.OVERDUE) for r in rows],
    )
