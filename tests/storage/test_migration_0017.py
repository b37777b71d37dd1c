"""Migration 0017 (folded search, issue #18) on books an older app left, written with raw SQL.

A database at 16 holds clients, products and invoices whose search texts were only lower-cased
(accents kept, no line descriptions, products with none). After opening it every stored text is
what the app writes today (mappers, checked against them), "sanchez", "clinica", "diseno" and
"logotipo" find what they should, the issued invoices are as locked as before (0015's trigger
put back word for word) and the schema is a fresh one's."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.storage.sqlite import database, mappers
from facturas_app.storage.sqlite.files import DB_FILENAME
from tests.fakes import FixedClock

TODAY = dt.date(2026, 6, 1)
CLIENTS = [  # id, name, tax id, email, city
    ("c1", "Marta Sánchez Ruiz", "78957265J", "", "Málaga"),
    ("c2", "Clínica Alameda S.A.", "A58818501", "admin@clinica.example", ""),
]
PRODUCTS = [("p1", "P001", "Diseño de logotipo"), ("p2", "", "Consultoría")]
# id, number (None: a draft), client, line descriptions, notes
INVOICES = [
    ("i1", "F-2026-0001", "c1", ["Diseño de logotipo", "Sesión de fotografía"], ""),
    ("i2", "F-2026-0002", "c2", ["Consultoría"], "Pago por transferencia, gracias"),
    ("i3", "F-2026-0003", "c2", [], ""),
    ("d1", None, "c1", ["Traducción jurídica"], ""),
]


def _run_migrations(raw: sqlite3.Connection, below: int) -> None:
    for version, script in database.migration_scripts():
        if version < below:
            for statement in database.split_statements(script):
                raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {below - 1}")


def _insert_parties(raw: sqlite3.Connection) -> None:
    for client_id, name, tax_id, email, city in CLIENTS:
        old_text = " ".join((name, tax_id, email, city)).casefold()  # what the app wrote before
        raw.execute(
            "INSERT INTO clients (id, name, tax_id, email, city, search_text, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2026-01-01')",
            (client_id, name, tax_id, email, city, old_text),
        )
    for product_id, code, name in PRODUCTS:
        raw.execute(
            "INSERT INTO products (id, code, name, unit_price, vat_rate, created_at)"
            " VALUES (?, ?, ?, '100', '21', '2026-01-01')",
            (product_id, code, name),
        )


def _insert_invoice(raw: sqlite3.Connection, seq: int, invoice: tuple) -> None:
    invoice_id, number, client_id, descriptions, notes = invoice
    _, name, tax_id, _, _ = next(c for c in CLIENTS if c[0] == client_id)
    for position, description in enumerate(descriptions):  # lines first: 0001 locks issued ones
        raw.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price,"
            " vat_rate, net_cents) VALUES (?, ?, ?, '1', '100', '21', 10000)",
            (invoice_id, position, description),
        )
    old_text = " ".join((number or "", name, notes[:200])).casefold()
    raw.execute(
        "INSERT INTO invoices (id, status, series, year, seq, number, client_id, client_name,"
        " client_snapshot, client_tax_id, issue_date, due_date, notes, search_text, created_at,"
        " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-03-02', '2026-12-31', ?, ?,"
        " '2026-03-02', ?)",
        (
            invoice_id,
            "draft" if number is None else "issued",
            None if number is None else "F",
            None if number is None else 2026,
            None if number is None else seq,
            number,
            client_id,
            name,
            json.dumps({"name": name, "tax_id": tax_id}),
            tax_id,
            notes,
            old_text,
            None if number is None else "2026-03-02T09:00:00+00:00",
        ),
    )


def _database_at_0016(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        _run_migrations(raw, below=17)
        _insert_parties(raw)
        # Issued rows go in under the grant (0015), as the bulk loader writes them.
        raw.execute("INSERT INTO bulk_load_grant (id, reason) VALUES (1, 'test')")
        for seq, invoice in enumerate(INVOICES, start=1):
            _insert_invoice(raw, seq, invoice)
        raw.execute("DELETE FROM bulk_load_grant")
        raw.execute(
            "INSERT INTO series_counters (series, year, last_seq, last_date)"
            " VALUES ('F', 2026, 3, '2026-03-02')"
        )
    finally:
        raw.close()


def _trigger_sql(path: Path, name: str) -> str:
    with sqlite3.connect(path) as raw:
        return str(raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        return sorted(
            raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        )


@pytest.fixture
def old_books(tmp_path: Path) -> Path:
    data = tmp_path / "old"
    data.mkdir()
    _database_at_0016(data / DB_FILENAME)
    return data


@pytest.fixture
def migrated(old_books: Path) -> Iterator[Services]:
    services = build_services(old_books, clock=FixedClock(TODAY))
    applied = [version for version, _script in database.migration_scripts() if version >= 17]
    assert services.store.applied_migrations == applied  # type: ignore[attr-defined]
    yield services
    services.close()


def _stored(services: Services, table: str) -> dict[str, str]:
    path = services.store.path  # type: ignore[attr-defined]
    with sqlite3.connect(path) as raw:
        return dict(raw.execute(f"SELECT id, search_text FROM {table}").fetchall())


def test_stored_texts_are_what_the_app_writes_now(migrated: Services) -> None:
    clients = {c.id: mappers.client_search_text(c) for c in migrated.clients.list()}
    products = {p.id: mappers.product_to_row(p)["search_text"] for p in migrated.products.list()}
    invoices = {}
    for invoice_id, *_ in INVOICES:
        invoice = migrated.invoices.get(invoice_id)
        invoices[invoice_id] = mappers.invoice_search_text(invoice, invoice.client_snapshot["name"])
    assert _stored(migrated, "clients") == clients
    assert _stored(migrated, "products") == products
    assert _stored(migrated, "invoices") == invoices
    # Spelled out once, so the test does not only compare the code with itself:
    assert (
        invoices["i1"] == "f-2026-0001 marta sanchez ruiz 78957265j diseno de logotipo sesion de fotografia"
    )
    assert invoices["i3"] == "f-2026-0003 clinica alameda s.a. a58818501"
    assert products["p2"] == "consultoria"


def test_searches_fold_accents_and_reach_the_lines(migrated: Services) -> None:
    def invoices(text: str) -> set[str]:
        return {row.id for row in migrated.invoices.list(migrated.invoices.query(text=text))}

    assert [c.id for c in migrated.clients.list("sanchez")] == ["c1"]
    assert [c.id for c in migrated.clients.list("CLINICA")] == ["c2"]
    assert [c.id for c in migrated.clients.list("malaga")] == ["c1"]
    assert [p.id for p in migrated.products.list("diseno")] == ["p1"]
    assert invoices("logotipo") == {"i1"}
    assert invoices("diseño") == {"i1"}
    assert invoices("fotografia") == {"i1"}
    assert invoices("clínica") == {"i2", "i3"}
    assert invoices("sá") == {"i1", "d1"}  # two characters: the LIKE path, folded the same way
    assert invoices("traduccion") == {"d1"}  # drafts are listed too


def test_a_draft_is_found_by_its_lines_too(migrated: Services) -> None:
    assert _stored(migrated, "invoices")["d1"] == "marta sanchez ruiz 78957265j traduccion juridica"


def test_issued_invoices_stay_locked_by_the_same_trigger(old_books: Path) -> None:
    path = old_books / DB_FILENAME
    before = _trigger_sql(path, "tr_invoices_issued_state")
    build_services(old_books, clock=FixedClock(TODAY)).close()
    assert _trigger_sql(path, "tr_invoices_issued_state") == before
    with sqlite3.connect(path) as raw:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            raw.execute("UPDATE invoices SET search_text = 'otra cosa' WHERE id = 'i1'")
        raw.execute("UPDATE invoices SET search_text = 'borrador' WHERE id = 'd1'")  # a draft may
        found = raw.execute("SELECT rowid FROM invoice_search WHERE invoice_search MATCH '\"borrador\"'")
        key = raw.execute("SELECT search_key FROM invoices WHERE id = 'd1'").fetchone()[0]
        assert found.fetchall() == [(key,)]  # the full-text index still follows the column


def test_the_full_text_index_holds_every_invoice_folded(migrated: Services) -> None:
    path = migrated.store.path  # type: ignore[attr-defined]
    with sqlite3.connect(path) as raw:
        indexed = dict(raw.execute("SELECT rowid, search_text FROM invoice_search").fetchall())
        stored = dict(raw.execute("SELECT search_key, search_text FROM invoices").fetchall())
    assert indexed == stored


def test_a_migrated_schema_is_the_fresh_schema(migrated: Services, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_services(fresh, clock=FixedClock(TODAY)).close()
    assert _schema(migrated.store.path) == _schema(fresh / DB_FILENAME)  # type: ignore[attr-defined]
