"""Name orders fold case and accents as the search does (issue #18, domain/folding.py): "Álvarez"
and "álamo" sort with the A's, not after "Zamora", in the clients list, the products list, the
invoice list sorted by client and the client picker's suggestions — each read by an index on a
stored folded name (migration 0025). Ñ folds to N (the one rule), so "Ñandú" sorts before
"Navarro", not after it as Spanish dictionary collation would. Real services, real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.folding import fold
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.invoice_list_sql import list_sql
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
NAMES = ["Zamora Ruiz", "Álvarez Pérez", "Navarro e Hijos", "álamo Estudio", "Ñandú Viajes", "alba"]
FOLDED_ORDER = ["álamo Estudio", "alba", "Álvarez Pérez", "Ñandú Viajes", "Navarro e Hijos", "Zamora Ruiz"]
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}


def _open(data_dir: Path) -> Services:
    return build_services(data_dir, clock=FixedClock(TODAY))


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Services]:
    services = _open(tmp_path)
    services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    for name in NAMES:
        client = services.clients.add(Client(id=new_id(), name=name))
        services.products.save(
            Product(id=new_id(), name=name, unit_price=Decimal("10"), vat_rate=Decimal(21))
        )
        services.invoices.create_draft_from_payload(_draft(client.id, name))
    yield services
    services.close()


def _draft(client_id: str, description: str) -> dict[str, object]:
    line = {"description": description, "quantity": "1", "unit_price": "10", "vat_rate": "21"}
    return {"client_id": client_id, "lines": [line]}


def _client_order(services: Services, descending: bool = False) -> list[str]:
    query = services.invoices.query(order_by="client_name", descending=descending)
    return [row.client_name for row in services.invoices.list(query)]


def test_the_folded_order_itself() -> None:
    assert sorted(NAMES, key=fold) == FOLDED_ORDER
    assert sorted(NAMES, key=str.casefold)[-1] == "Ñandú Viajes"  # what the lists did before


def test_clients_list_sorts_folded_and_pages_in_that_order(books: Services) -> None:
    assert [c.name for c in books.clients.list()] == FOLDED_ORDER
    paged = [c.name for offset in (0, 2, 4) for c in books.clients.list("", 2, offset)]
    assert paged == FOLDED_ORDER


def test_client_picker_suggestions_sort_folded(books: Services) -> None:
    """The picker asks services.clients.list(text, limit=…): the same order, filtered."""
    assert [c.name for c in books.clients.list("a", limit=50)] == FOLDED_ORDER  # all have an 'a'
    assert [c.name for c in books.clients.list("al", limit=50)] == ["álamo Estudio", "alba", "Álvarez Pérez"]


def test_products_list_sorts_folded(books: Services) -> None:
    assert [p.name for p in books.products.list()] == FOLDED_ORDER


def test_invoice_list_by_client_sorts_folded_both_ways(books: Services) -> None:
    assert _client_order(books) == FOLDED_ORDER
    assert _client_order(books, descending=True) == FOLDED_ORDER[::-1]


def test_invoice_client_order_walks_its_index(books: Services) -> None:
    query = books.invoices.query(order_by="client_name", limit=200, offset=1000)
    sql, params = list_sql(query)
    with sqlite3.connect(books.store.path) as conn:  # type: ignore[attr-defined]
        plan = " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE" not in plan and "INDEX ix_invoices_sort_client" in plan, plan


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        ("SELECT id FROM clients WHERE archived = 0 ORDER BY name_sort, name, id", "ix_clients_name_sort"),
        ("SELECT id FROM products WHERE active = 1 ORDER BY name_sort, name, id", "ix_products_name_sort"),
    ],
)
def test_client_and_product_orders_walk_their_index(books: Services, sql: str, index: str) -> None:
    with sqlite3.connect(books.store.path) as conn:  # type: ignore[attr-defined]
        plan = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql} LIMIT 200 OFFSET 400"))
    assert "TEMP B-TREE" not in plan and index in plan, plan


def test_a_renamed_client_is_sorted_by_its_new_name(books: Services) -> None:
    """The stored sort keys follow the names wherever the mappers write them (drafts are rewritten)."""
    zamora = next(c for c in books.clients.list() if c.name == "Zamora Ruiz")
    books.clients.update(Client(id=zamora.id, name="Ábaco Zamora"))
    assert books.clients.list()[0].name == "Ábaco Zamora"
    product = next(p for p in books.products.list() if p.name == "Zamora Ruiz")
    books.products.save(Product(id=product.id, name="Ábaco", unit_price=Decimal(1), vat_rate=Decimal(21)))
    assert books.products.list()[0].name == "Ábaco"
    draft = next(r for r in books.invoices.list(books.invoices.query()) if r.client_id == zamora.id)
    books.invoices.save_draft(books.invoices.get(draft.id))  # the editor saving the draft again
    assert _client_order(books)[0] == "Ábaco Zamora"


def test_migration_0025_folds_the_client_names_of_older_books(tmp_path: Path) -> None:
    """Books an older app left (no sort columns; the client index on client_name), with issued
    invoices: the migration fills the sort keys (the issued rows' triggers allow it) and the index."""
    services = _open(tmp_path)
    services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    for name, tax_id in (("Zamora Ruiz S.L.", "B12345674"), ("Álvarez Pérez S.A.", "A58818501")):
        client = services.clients.add(Client(id=new_id(), name=name, tax_id=tax_id, **ADDRESS))
        draft = services.invoices.create_draft_from_payload(_draft(client.id, name)).invoice
        services.invoices.issue(draft.id)
    services.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as raw:
        raw.execute("DROP INDEX ix_invoices_sort_client")
        raw.execute("ALTER TABLE invoices DROP COLUMN client_sort")
        raw.execute("CREATE INDEX ix_invoices_sort_client ON invoices (doc_type, client_name, search_key)")
        for table in ("clients", "products"):
            raw.execute(f"DROP INDEX ix_{table}_name_sort")
            raw.execute(f"ALTER TABLE {table} DROP COLUMN name_sort")
        raw.execute("PRAGMA user_version = 24")
    services = _open(tmp_path)
    try:
        assert 25 in services.store.applied_migrations  # type: ignore[attr-defined]
        assert _client_order(services) == ["Álvarez Pérez S.A.", "Zamora Ruiz S.L."]
        assert [c.name for c in services.clients.list()] == ["Álvarez Pérez S.A.", "Zamora Ruiz S.L."]
    finally:
        services.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as raw:
        stored = raw.execute("SELECT client_name, client_sort FROM invoices ORDER BY client_sort").fetchall()
        index = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_invoices_sort_client'").fetchone()
    assert stored == [("Álvarez Pérez S.A.", "alvarez perez s.a."), ("Zamora Ruiz S.L.", "zamora ruiz s.l.")]
    assert "client_sort" in index[0]
