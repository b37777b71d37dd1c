"""The office store's ports of SQLite's 0024 (expenses) and 0025 (folded sort keys), #22: the
tables, keys and indexes after migrate(), a duplicate received invoice refused by the database,
files kept byte for byte, and name lists in folded order on any server locale."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from facturas_app.domain.folding import fold
from facturas_app.storage.postgres.migrate import latest_schema_version, migrate, migration_scripts
from tests.pg_server import PgServer
from tests.storage.postgres.pg_helpers import NOW, add_client, add_draft, issue

NAMES = ["Zamora", "Álvarez", "álamo", "Ñandú", "Nadal", "Óscar", "la casa", "laboratorio", "a_b", "a-b"]
EXPENSE_TABLES = {"suppliers", "expenses", "expense_taxes", "expense_attachments", "expense_status_events"}


def _add_supplier(conn: psycopg.Connection[Any], supplier_id: str, tax_key: str) -> None:
    conn.execute(
        "INSERT INTO suppliers (id, name, tax_id, tax_key, created_at) VALUES (%s, 'Papelería Peña',"
        " %s, %s, %s)",
        (supplier_id, f"ES{tax_key}", tax_key, NOW),
    )


def _add_expense(conn: psycopg.Connection[Any], expense_id: str, tax_key: str, number: str) -> None:
    conn.execute(
        "INSERT INTO expenses (id, supplier_id, supplier_name, supplier_tax_id, supplier_tax_key,"
        " supplier_country, number, issue_date, received_on, base_cents, vat_cents, surcharge_cents,"
        " total_cents, deductible_vat_cents, source, findings, created_at) VALUES (%s, 's1',"
        " 'Papelería Peña', %s, %s, 'ES', %s, '2026-03-02', '2026-03-03', 10000, 2100, 0, 12100, 2100,"
        " 'ubl', '[\"BR-CO-15\"]', %s)",
        (expense_id, f"ES{tax_key}", tax_key, number, NOW),
    )


def test_the_expense_tables_keys_and_indexes_exist_with_native_types(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = {
            name for (name,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        indexes = dict(conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        types = dict(
            conn.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE table_name IN ('expenses', 'expense_attachments', 'expense_status_events')"
            )
        )
    assert tables >= EXPENSE_TABLES
    assert "(received_on, id)" in indexes["ix_expenses_received_on"]
    for name in ("ix_expenses_search", "ix_suppliers_search"):
        assert "USING gin (search_text gin_trgm_ops)" in indexes[name]
    assert "client_sort" in indexes["ix_invoices_sort_client"]
    assert {"ix_clients_name_sort", "ix_products_name_sort", "expenses_supplier_tax_key_number_key"} <= set(
        indexes
    )
    assert types["expenses.total_cents"] == "bigint" and types["expenses.issue_date"] == "date"
    assert types["expenses.findings"] == "jsonb" and types["expenses.is_credit_note"] == "boolean"
    assert types["expense_attachments.content"] == "bytea"
    assert types["expense_status_events.recorded_at"] == "timestamp with time zone"


def test_a_duplicate_supplier_key_and_number_is_refused_by_the_database(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        with conn.transaction():
            _add_supplier(conn, "s1", "B12345678")
            _add_expense(conn, "e1", "B12345678", "A-17")
            _add_expense(conn, "e2", "B12345678", "A-18")  # another number: fine
        with pytest.raises(psycopg.errors.UniqueViolation), conn.transaction():
            _add_expense(conn, "e3", "B12345678", "A-17")
        with pytest.raises(psycopg.errors.UniqueViolation), conn.transaction():
            _add_supplier(conn, "s2", "B12345678")
        rows = conn.execute("SELECT id, findings FROM expenses ORDER BY id").fetchall()
    assert rows == [("e1", ["BR-CO-15"]), ("e2", ["BR-CO-15"])]


def test_an_attachments_bytes_round_trip_in_the_order_added(pg_url: str) -> None:
    content = bytes(range(256)) * 40 + b"\x00%PDF-1.7\r\n\xff"
    with psycopg.connect(pg_url) as conn:
        with conn.transaction():
            _add_supplier(conn, "s1", "B12345678")
            _add_expense(conn, "e1", "B12345678", "A-17")
            for attachment_id, name in (("e1-9", "factura.xml"), ("e1-10", "factura.pdf")):
                conn.execute(
                    "INSERT INTO expense_attachments (id, expense_id, file_name, size, content, added_at)"
                    " VALUES (%s, 'e1', %s, %s, %s, %s)",
                    (attachment_id, name, len(content), content, NOW),
                )
        rows = conn.execute(
            "SELECT file_name, size, content FROM expense_attachments WHERE expense_id = 'e1'"
            " ORDER BY added_at, rowid"  # 0008 renamed insert_seq
        ).fetchall()
    assert [(name, size) for name, size, _ in rows] == [
        ("factura.xml", len(content)),
        ("factura.pdf", len(content)),
    ]
    assert all(bytes(stored) == content for _, _, stored in rows)


def _client_order(conn: psycopg.Connection[Any]) -> list[str]:
    for index, name in enumerate(NAMES):  # the app writes name_sort with domain/folding.fold
        conn.execute(
            "INSERT INTO clients (id, name, name_sort, created_at) VALUES (%s, %s, %s, %s)",
            (f"c{index}", name, fold(name), NOW),
        )
    return [name for (name,) in conn.execute("SELECT name FROM clients ORDER BY name_sort, name, id")]


def test_names_sort_by_their_folded_key_alvarez_and_alamo_before_zamora(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        order = _client_order(conn)
    assert order.index("álamo") < order.index("Álvarez") < order.index("Zamora")
    assert order.index("Nadal") < order.index("Ñandú") < order.index("Óscar")
    assert order == sorted(NAMES, key=lambda name: (fold(name), name))  # SQLite's BINARY order


@pytest.fixture
def spanish_icu_url(pg_server: PgServer) -> Iterator[str]:
    """A database whose own collation is ICU Spanish (what an office server may well have)."""
    name = "es_icu"
    pg_server.drop(name)
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'es'")
    with psycopg.connect(pg_server.url(name)) as conn:
        migrate(conn)
    yield pg_server.url(name)
    pg_server.drop(name)


def test_the_folded_order_is_the_same_on_a_spanish_locale_server(spanish_icu_url: str) -> None:
    with psycopg.connect(spanish_icu_url) as conn:
        order = _client_order(conn)
        query = 'SELECT name FROM clients ORDER BY name_sort COLLATE "default", name, id'
        by_locale = [name for (name,) in conn.execute(query)]
    assert order == sorted(NAMES, key=lambda name: (fold(name), name))
    assert by_locale != order  # the locale alone would order them otherwise


def _at_version(url: str, last: int) -> None:
    """The database of an office whose Facturas shipped the migrations up to `last`."""
    with psycopg.connect(url) as conn, conn.transaction():
        conn.execute(
            "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        for version, path in migration_scripts():
            if version <= last:
                conn.execute(path.read_text("utf-8"))
                conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (version, path.stem))


@pytest.fixture
def empty_url(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.database("template0")
    yield pg_server.url(name)
    pg_server.drop(name)


def test_the_runner_takes_a_version_5_database_to_the_latest_and_fills_the_sort_keys(empty_url: str) -> None:
    _at_version(empty_url, 5)
    with psycopg.connect(empty_url) as conn:
        with conn.transaction():
            issued = issue(conn, add_draft(conn, add_client(conn)))
        applied = migrate(conn)
        versions = [
            version for (version,) in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")
        ]
        sort_keys = conn.execute(
            "SELECT c.name_sort, i.client_sort, i.number FROM clients c JOIN invoices i ON i.client_id = c.id"
        ).fetchall()
    names = {version: path.stem for version, path in migration_scripts()}
    assert names[6] == "0006_expenses" and names[7] == "0007_folded_sort"
    assert applied == [version for version in names if version > 5] and applied[:2] == [6, 7]
    assert versions == list(names) and versions[-1] == latest_schema_version()
    assert sort_keys == [(fold("Ñandú Álvarez, S.L."), fold("Ñandú"), issued)]
