"""Search ignores case and accents and reaches the lines (issue #18), on a real SQLite file and on
the office's PostgreSQL database (#22): clients, products and invoices written by the app itself
(drafts, issued ones, the demo's bulk load); SQL's fold() is Python's on both."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.folding import fold
from facturas_app.domain.parties import Client, Product
from facturas_app.services.demo import DemoService
from facturas_app.storage.sqlite import mappers
from tests.fakes import FixedClock
from tests.services.report_helpers import ADDRESS, issue, line, make_services

DAY = dt.date(2026, 3, 2)


def _described(description: str, price: str = "100.00") -> dict[str, str]:
    return {**line(price), "description": description}


@pytest.fixture
def books(tmp_path: Path, database_url: str | None) -> Services:
    services = make_services(tmp_path, database_url=database_url)
    services.clients.add(Client(id="marta", name="Marta SÁNCHEZ Ruiz", tax_id="78957265J", city="Málaga"))
    clinic = Client(id="clin", name="Clínica Alameda S.A.", tax_id="A28015865", **ADDRESS)
    services.clients.add(clinic)
    services.products.save(
        Product(
            id="p1", name="Diseño de logotipo", unit_price=Decimal("100"), vat_rate=Decimal("21"), code="DL-1"
        )
    )
    return services


def _invoice_ids(services: Services, text: str) -> set[str]:
    return {row.id for row in services.invoices.list(services.invoices.query(text=text))}


def test_clients_are_found_without_their_accents_and_case(books: Services) -> None:
    assert [c.id for c in books.clients.list("sanchez")] == ["marta"]
    assert [c.id for c in books.clients.list("Sánchez")] == ["marta"]
    assert [c.id for c in books.clients.list("clinica")] == ["clin"]
    assert [c.id for c in books.clients.list("CLÍNICA ALAMEDA")] == ["clin"]
    assert [c.id for c in books.clients.list("malaga")] == ["marta"]  # the city too
    assert [c.id for c in books.clients.list("a28015865")] == ["clin"]  # the tax id, any case
    assert books.clients.count("sanchez") == 1
    assert books.clients.list("sanchezz") == []


def test_an_edited_client_is_found_by_its_new_name(books: Services) -> None:
    books.clients.update(replace(books.clients.get("marta"), name="Marta Muñoz"))
    assert books.clients.list("sanchez") == []
    assert [c.id for c in books.clients.list("munoz")] == ["marta"]


def test_products_are_found_without_accents_by_name_and_code(books: Services) -> None:
    assert [p.id for p in books.products.list("diseno")] == ["p1"]
    assert [p.id for p in books.products.list("LOGOTIPO")] == ["p1"]
    assert [p.id for p in books.products.list("dl-1")] == ["p1"]
    assert books.products.list("fotografia") == []


def test_invoices_are_found_by_their_lines_number_client_and_tax_id(books: Services) -> None:
    first = issue(books, "marta", DAY, [_described("Diseño de logotipo"), _described("Sesión de fotografía")])
    second = issue(books, "clin", DAY, [_described("Consultoría")])
    assert _invoice_ids(books, "logotipo") == {first.id}
    assert _invoice_ids(books, "diseño") == {first.id}
    assert _invoice_ids(books, "DISENO DE LOGO") == {first.id}
    assert _invoice_ids(books, "fotografia") == {first.id}
    assert _invoice_ids(books, "sanchez") == {first.id}
    assert _invoice_ids(books, "clínica") == {second.id}
    assert _invoice_ids(books, "a28015865") == {second.id}
    assert _invoice_ids(books, (second.number or "").lower()) == {second.id}
    assert _invoice_ids(books, "ía") == {first.id, second.id}  # two characters: the LIKE path
    summary = books.invoices.summarize(books.invoices.query(text="logotipo"))
    assert (summary.count, summary.total) == (1, first.totals.total)


def test_a_draft_is_found_by_the_lines_it_has_now(books: Services) -> None:
    saved = books.invoices.create_draft_from_payload(
        {"client_id": "marta", "lines": [_described("Traducción")]}
    )
    assert _invoice_ids(books, "traduccion") == {saved.invoice.id}
    edited = replace(saved.invoice, lines=[replace(saved.invoice.lines[0], description="Revisión de textos")])
    books.invoices.save_draft(edited)
    assert _invoice_ids(books, "traduccion") == set()
    assert _invoice_ids(books, "revision") == {saved.invoice.id}


def test_the_sql_function_is_the_python_rule(books: Services) -> None:
    samples = ["Sánchez", "CLÍNICA", "Diseño", "Straße", "İstanbul", "ﬁn", "plain ascii"]
    with books.store.read() as tx:
        folded = [tx.conn.exec_driver_sql("SELECT fold(?)", (s,)).scalar() for s in samples]
    assert folded == [fold(s) for s in samples]
    assert folded[:4] == ["sanchez", "clinica", "diseno", "strasse"]


def test_the_demo_load_stores_the_same_texts_as_one_by_one_writes(tmp_path: Path) -> None:
    services = build_services(tmp_path / "demo", clock=FixedClock(DAY))
    DemoService(services.store, services.clock).generate(60, seed=3)
    with sqlite3.connect(services.store.path) as raw:  # type: ignore[attr-defined]
        stored = dict(raw.execute("SELECT id, search_text FROM invoices").fetchall())
        indexed = raw.execute("SELECT count(*) FROM invoice_search").fetchone()[0]
    invoices = [services.invoices.get(invoice_id) for invoice_id in stored]
    # A draft carries its client's current name; an issued invoice the name it was issued to.
    names = {c.id: c.name for c in services.clients.list()}
    expected = {
        i.id: mappers.invoice_search_text(i, i.client_snapshot["name"] if i.number else names[i.client_id])
        for i in invoices
    }
    assert stored == expected
    assert indexed == len(stored)
    described = next(i for i in invoices if i.number and i.lines)
    found = _invoice_ids(services, fold(described.lines[0].description))
    assert described.id in found
    services.close()
