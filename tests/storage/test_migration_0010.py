"""Migration 0010: the client's tax id and country as plain invoice columns (the sales book reads them
from its covering index). A database left at 0009 with invoices in it is migrated: the columns hold
the snapshot's values, the issued ones cannot change, and the schema ends identical to a fresh one's.
New invoices get the columns from the snapshot they are written with."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from tests.fakes import FixedClock
from tests.services.report_helpers import issue, line, make_services

# id, number (None: a draft), snapshot
INVOICES = [
    ("a", "F-2026-1", {"name": "Sol S.A.", "tax_id": "A58818501", "country": "ES"}),
    ("b", "F-2026-2", {"name": "Paris SARL", "tax_id": "FR40303265045", "country": "FR"}),
    ("c", "F-2026-3", {"name": "Sin NIF", "tax_id": "", "country": "PT"}),
    ("d", "F-2026-4", {"name": "Snapshot without the keys"}),
    ("e", None, {"name": "Draft", "tax_id": "B12345674", "country": "ES"}),
]


def _database_at_0009(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for version, script in database.migration_scripts():
            if version > 9:
                break
            for statement in database.split_statements(script):
                raw.execute(statement)
        raw.execute("PRAGMA user_version = 9")
        raw.execute(
            "INSERT INTO clients (id, name, created_at) VALUES ('c1', 'Cliente', '2026-01-01T00:00:00+00:00')"
        )
        for seq, (invoice_id, number, snapshot) in enumerate(INVOICES, start=1):
            raw.execute(
                "INSERT INTO invoices (id, client_id, client_snapshot, issue_date, due_date, created_at,"
                " status, series, year, seq, number) VALUES (?, 'c1', ?, '2026-03-01', '2026-03-31',"
                " '2026-03-01T00:00:00+00:00', ?, ?, ?, ?, ?)",
                (
                    invoice_id,
                    json.dumps(snapshot),
                    "draft" if number is None else "issued",
                    None if number is None else "F",
                    None if number is None else 2026,
                    None if number is None else seq,
                    number,
                ),
            )
    finally:
        raw.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        return sorted(
            raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        )


@pytest.fixture
def migrated(tmp_path: Path) -> Path:
    data = tmp_path / "old"
    data.mkdir()
    _database_at_0009(data / DB_FILENAME)
    services = build_services(data, clock=FixedClock(dt.date(2026, 6, 1)))
    later = [version for version, _script in database.migration_scripts() if version >= 10]
    assert services.store.applied_migrations == later  # type: ignore[attr-defined]
    services.close()
    return data / DB_FILENAME


def test_the_backfill_copies_the_snapshot_values(migrated: Path) -> None:
    with sqlite3.connect(migrated) as raw:
        rows = dict(
            (r[0], (r[1], r[2]))
            for r in raw.execute("SELECT id, client_tax_id, client_country FROM invoices")
        )
    assert rows == {
        invoice_id: (snapshot.get("tax_id", ""), snapshot.get("country", ""))
        for invoice_id, _, snapshot in INVOICES
    }


def test_an_issued_invoice_keeps_its_copies_like_its_snapshot(migrated: Path) -> None:
    with sqlite3.connect(migrated) as raw:
        for column in ("client_tax_id", "client_country"):
            with pytest.raises(sqlite3.IntegrityError, match="immutable"):
                raw.execute(f"UPDATE invoices SET {column} = 'X' WHERE id = 'a'")
        raw.execute("UPDATE invoices SET client_tax_id = 'X' WHERE id = 'e'")  # a draft may change


def test_a_migrated_schema_is_the_fresh_schema(migrated: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_services(fresh, clock=FixedClock(dt.date(2026, 6, 1))).close()
    assert _schema(migrated) == _schema(fresh / DB_FILENAME)


def _columns(path: Path) -> dict[str, tuple[str, str, dict[str, object]]]:
    with sqlite3.connect(path) as raw:
        sql = "SELECT id, client_tax_id, client_country, client_snapshot FROM invoices"
        return {r[0]: (r[1], r[2], json.loads(r[3])) for r in raw.execute(sql)}


def test_invoices_written_now_carry_the_snapshot_values(tmp_path: Path) -> None:
    services = make_services(tmp_path / "data")
    path = tmp_path / "data" / DB_FILENAME
    try:
        issued = issue(services, "paris", dt.date(2026, 5, 4), [line("100")])
        draft = services.invoices.create_draft_from_payload(
            {"client_id": "luna", "lines": [line("10")]}
        ).invoice
        assert _columns(path)[draft.id] == ("", "", {})  # a draft has no snapshot yet
        services.invoices.issue(draft.id, issue_date=dt.date(2026, 5, 5))
        rows = _columns(path)
        for invoice_id, expected in ((issued.id, ("FR40303265045", "FR")), (draft.id, ("B12345674", "ES"))):
            tax_id, country, snapshot = rows[invoice_id]
            assert (tax_id, country) == expected == (snapshot["tax_id"], snapshot["country"])
    finally:
        services.close()
