"""Migration 0020 (SEPA direct debits, issue #19) on books an older app left, written with raw SQL:
the business keeps its row and gets no creditor id and 2 days' notice; mandates and remittances
start empty; the partial UNIQUE index exists."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from facturas_app.bootstrap import build_services
from facturas_app.domain.sepa import DEFAULT_PRENOTICE_DAYS
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.search_sql import register_fold
from tests.fakes import FixedClock


def _database_at_19(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    register_fold(raw)  # 0017 folds the search texts with the app's own function
    try:
        for version, script in database.migration_scripts():
            if version < 20:
                for statement in database.split_statements(script):
                    raw.execute(statement)
        raw.execute("PRAGMA user_version = 19")
        raw.execute("INSERT INTO business (id, name, tax_id, iban) VALUES (1, 'Laura', '12345678Z', 'ES91')")
    finally:
        raw.close()


def test_0020_adds_the_sepa_fields_and_tables(tmp_path: Path) -> None:
    _database_at_19(tmp_path / DB_FILENAME)
    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        later = [version for version, _ in database.migration_scripts() if version >= 20]
        assert services.store.applied_migrations == later  # type: ignore[attr-defined]
        business = services.business.get()
        assert business is not None and (business.name, business.iban) == ("Laura", "ES91")
        assert (business.sepa_creditor_id, business.sepa_prenotice_days) == ("", DEFAULT_PRENOTICE_DAYS)
        assert services.sepa.list_remittances() == []
    finally:
        services.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE name LIKE '%sepa%'")}
        index = raw.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ux_sepa_items_live_invoice'"
        ).fetchone()[0]
    assert {"sepa_mandates", "sepa_remittances", "sepa_remittance_items"} <= names
    assert "UNIQUE" in index and "WHERE returned_at IS NULL" in index
