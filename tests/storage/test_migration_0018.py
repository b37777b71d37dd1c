"""Migration 0018 (archived clients, issue #18) on books an older app left, written with raw SQL.

A database at 17 holds two clients, one with a draft. After opening it both are listed
(nobody archived anything before), each can be archived and back, the column holds only 0 or 1
and the schema is a fresh one's."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.search_sql import register_fold
from tests.fakes import FixedClock

TODAY = dt.date(2026, 6, 1)


def _database_at_17(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    register_fold(raw)  # 0017 folds the search texts with the app's own function
    try:
        for version, script in database.migration_scripts():
            if version < 18:
                for statement in database.split_statements(script):
                    raw.execute(statement)
        raw.execute("PRAGMA user_version = 17")
        for client_id, name in (("c1", "Clínica Alameda S.A."), ("c2", "Marta Sánchez Ruiz")):
            raw.execute(
                "INSERT INTO clients (id, name, created_at) VALUES (?, ?, '2026-01-01')", (client_id, name)
            )
        raw.execute(
            "INSERT INTO invoices (id, client_id, client_name, issue_date, due_date, created_at)"
            " VALUES ('i1', 'c1', 'Clínica Alameda S.A.', '2026-05-01', '2026-05-31', '2026-05-01')"
        )
    finally:
        raw.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        return sorted(raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


@pytest.fixture
def old(tmp_path: Path) -> Iterator[Services]:
    data = tmp_path / "old"
    data.mkdir()
    _database_at_17(data / DB_FILENAME)
    services = build_services(data, clock=FixedClock(TODAY))
    later = [version for version, _ in database.migration_scripts() if version >= 18]  # 0020 (#19) too
    assert services.store.applied_migrations == later  # type: ignore[attr-defined]
    yield services
    services.close()


def test_clients_from_before_are_not_archived(old: Services) -> None:
    assert [(c.id, c.archived) for c in old.clients.list()] == [("c1", False), ("c2", False)]


def test_a_migrated_client_archives_and_comes_back(old: Services) -> None:
    old.clients.set_archived("c1", True)
    assert [c.id for c in old.clients.list()] == ["c2"]
    assert [c.id for c in old.clients.list(include_archived=True)] == ["c1", "c2"]
    old.clients.set_archived("c1", False)
    assert [c.id for c in old.clients.list()] == ["c1", "c2"]


def test_the_column_refuses_anything_but_0_and_1(old: Services) -> None:
    path = old.data_dir / DB_FILENAME
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE clients SET archived = 2 WHERE id = 'c2'")


def test_a_migrated_schema_is_the_fresh_schema(old: Services, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_services(fresh, clock=FixedClock(TODAY)).close()
    assert _schema(tmp_path / "old" / DB_FILENAME) == _schema(fresh / DB_FILENAME)
