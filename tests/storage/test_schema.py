"""The migrations own the schema; the SQLModel classes must mirror them, and the store's PRAGMAs hold."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

import facturas_app.storage.sqlite.tables  # noqa: F401  (registers the tables in SQLModel.metadata)
from facturas_app.bootstrap import build_services
from facturas_app.storage.sqlite import database
from tests.fakes import FixedClock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26))).close()
    return tmp_path / database.DB_FILENAME


def _migrated_tables(path: Path) -> dict[str, dict[str, tuple[bool, bool]]]:
    """table → column → (not null, primary key) as the migrations created them."""
    with sqlite3.connect(path) as raw:
        names = [
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: {r[1]: (bool(r[3]), bool(r[5])) for r in raw.execute(f"PRAGMA table_info({name})")}
            for name in names
        }


def test_sqlmodel_tables_have_exactly_the_migrated_columns(db_path: Path) -> None:
    migrated = _migrated_tables(db_path)
    core = {name: table for name, table in SQLModel.metadata.tables.items() if name in migrated}
    # Every table of tables.py exists in the migrations ...
    from facturas_app.storage.sqlite import tables as module

    declared = {
        cls.__tablename__
        for cls in vars(module).values()
        if isinstance(cls, type)
        and issubclass(cls, SQLModel)
        and cls is not SQLModel
        and hasattr(cls, "__table__")
    }
    assert declared <= set(migrated), declared - set(migrated)
    for name in declared:
        model_columns = {c.name: c for c in core[name].columns}
        assert set(model_columns) == set(migrated[name]), name
        for column_name, column in model_columns.items():
            not_null, primary_key = migrated[name][column_name]
            assert column.primary_key == primary_key, (name, column_name)
            if not primary_key:  # SQLite reports PK columns as nullable unless declared NOT NULL
                assert (not column.nullable) == not_null, (name, column_name)


def test_schema_version_is_the_latest_migration(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == database.latest_schema_version()


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    first = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    assert first.store.applied_migrations == [v for v, _ in database.migration_scripts()]  # type: ignore[attr-defined]
    first.close()
    second = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    assert second.store.applied_migrations == []  # type: ignore[attr-defined]
    second.close()


def test_store_connections_use_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        with services.store.engine.connect() as conn:  # type: ignore[attr-defined]
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        services.close()


def test_foreign_keys_are_enforced_through_the_store(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        with pytest.raises(IntegrityError), services.store.write() as tx:
            tx.conn.exec_driver_sql(  # type: ignore[attr-defined]
                "INSERT INTO invoices (id, client_id, issue_date, due_date, created_at) "
                "VALUES ('x', 'no-such-client', '2026-01-01', '2026-01-01', '2026-01-01T00:00:00+00:00')"
            )
    finally:
        services.close()
