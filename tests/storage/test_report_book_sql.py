"""The report queries are index walks (migration 0009), which is what keeps them under a second at
100,000 invoices: EXPLAIN QUERY PLAN on the migrated schema, so a changed query or index that would
make SQLite read table rows or sort the year's book again fails here, not in a benchmark."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.storage.sqlite import repo_reports
from facturas_app.storage.sqlite.files import DB_FILENAME
from tests.fakes import FixedClock

PARAMS = {"date_from": "2026-01-01", "date_to": "2026-12-31", "exemption": "E5"}


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    data = tmp_path_factory.mktemp("plan") / "data"
    build_services(data, clock=FixedClock(dt.date(2026, 6, 1))).close()
    connection = sqlite3.connect(Path(data) / DB_FILENAME)
    yield connection
    connection.close()


def _plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, PARAMS)]


def test_the_book_comes_out_of_the_indexes_in_order_without_a_sort(conn: sqlite3.Connection) -> None:
    plan = _plan(conn, repo_reports._BOOK)
    # covering: no invoice row is visited (0009's JSON expressions made SQLite < 3.41 read every row)
    assert any(step.startswith("SEARCH i USING COVERING INDEX ix_invoices_reports") for step in plan), plan
    assert any("USING COVERING INDEX ix_invoice_taxes_reports" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.parametrize(
    "name", ["_TAX_GROUPS", "_TOTALS", "_CLIENT_QUARTERS", "_EXEMPT_BY_CLIENT", "_BOOK_DIFFERENCES"]
)
def test_period_sums_read_no_invoice_rows(conn: sqlite3.Connection, name: str) -> None:
    plan = _plan(conn, getattr(repo_reports, name))
    scans = [step for step in plan if "issue_date>?" in step]
    assert scans and all("COVERING INDEX ix_invoices_reports" in step for step in scans), plan
