"""The start-up fast path reads the same figures as the services, with sqlite3 alone."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import Status
from facturas_app.landing import read_landing
from facturas_app.services.demo import DemoService
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[2]


def _demo(data_dir: Path, invoices: int = 400) -> None:
    services = build_services(data_dir, clock=FixedClock(TODAY))
    DemoService(services.store, services.clock).generate(invoices, seed=7)
    services.close()


def test_landing_figures_equal_the_services_figures(tmp_path: Path) -> None:
    _demo(tmp_path)
    figures = read_landing(tmp_path, TODAY)
    assert figures is not None and figures.has_business
    services = build_services(tmp_path, clock=FixedClock(TODAY))
    q, summarize = services.invoices.query, services.invoices.summarize
    overdue = summarize(q(status=Status.OVERDUE))
    ranked = q(status=Status.OVERDUE, order_by="due_date", descending=False, limit=10)
    expected_rows = services.invoices.list(ranked)
    services.close()
    assert figures.pending == summarize(q()).outstanding
    assert (figures.overdue, figures.overdue_count) == (overdue.outstanding, overdue.count)
    assert overdue.count > 10  # the sample really has overdue invoices to rank
    assert [r.id for r in figures.most_overdue] == [r.id for r in expected_rows]
    assert [r.outstanding for r in figures.most_overdue] == [r.outstanding for r in expected_rows]


def test_a_new_business_less_or_unusual_file_takes_the_normal_path(tmp_path: Path) -> None:
    assert read_landing(tmp_path, TODAY) is None  # no database yet
    build_services(tmp_path, clock=FixedClock(TODAY)).close()
    empty = read_landing(tmp_path, TODAY)
    assert empty is not None and not empty.has_business  # → the first-run wizard
    with sqlite3.connect(tmp_path / "facturas.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 1")  # an older schema: only the full path migrates
    assert read_landing(tmp_path, TODAY) is None
    other = tmp_path / "other"
    other.mkdir()
    (other / "facturas.sqlite3").write_bytes(b"not a database at all" * 100)
    assert read_landing(other, TODAY) is None


def test_the_fast_path_does_not_load_sqlalchemy(tmp_path: Path) -> None:
    _demo(tmp_path, invoices=50)
    code = (
        "import sys, datetime as dt, pathlib; from facturas_app.landing import read_landing; "
        f"f = read_landing(pathlib.Path({str(tmp_path)!r}), dt.date(2026, 11, 26)); "
        "print(f is not None, 'sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_an_upgrade_is_announced_only_for_an_older_database(tmp_path: Path) -> None:
    from facturas_app.landing import upgrade_pending
    from facturas_app.storage.sqlite.files import latest_schema_version

    assert not upgrade_pending(tmp_path)  # no database yet: a new one is created, nothing to upgrade
    build_services(tmp_path, clock=FixedClock(TODAY)).close()
    assert not upgrade_pending(tmp_path)  # up to date
    with sqlite3.connect(tmp_path / "facturas.sqlite3") as conn:
        conn.execute(f"PRAGMA user_version = {latest_schema_version() - 1}")
    assert upgrade_pending(tmp_path)
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "facturas.sqlite3").write_bytes(b"not a database at all" * 100)
    assert not upgrade_pending(tmp_path / "odd")
