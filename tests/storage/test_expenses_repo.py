"""Received invoices in SQLite (migration 0024, repo_expenses.py): a real file per test.

Migrating books an older app left (0023, with a business, a client and an issued invoice), the
round trip of every field, duplicates refused by the UNIQUE key whatever the tax id's spelling,
paging in the list's order, the folded text search (the invoices' rule), filters and the quarter's
rows for the reports."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.folding import folded_contains
from facturas_app.domain.purchases import Attachment, Expense, StatusEvent, Supplier
from facturas_app.storage.api_purchases import ExpenseQuery
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.search_sql import register_fold
from tests.fakes import FixedClock
from tests.services.purchases.expense_builders import expense, tax

NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
SUPPLIER = Supplier("sup-1", "Papelería Sol S.L.", "B12345674", "ES", city="Sevilla")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    built = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    with built.store.write() as tx:
        tx.add_supplier(SUPPLIER, NOW)
    yield built
    built.close()


def _add(services: Services, *expenses: Expense) -> list[bool]:
    with services.store.write() as tx:
        return [tx.add_expense(e, NOW) for e in expenses]


def _database_at_23(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    register_fold(raw)
    try:
        for version, script in database.migration_scripts():
            if version < 24:
                for statement in database.split_statements(script):
                    raw.execute(statement)
        raw.execute("PRAGMA user_version = 23")
        raw.execute("INSERT INTO business (id, name, tax_id) VALUES (1, 'Laura', '12345678Z')")
    finally:
        raw.close()


def test_0024_adds_the_expense_tables_to_older_books(tmp_path: Path) -> None:
    _database_at_23(tmp_path / DB_FILENAME)
    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        later = [version for version, _ in database.migration_scripts() if version >= 24]
        assert services.store.applied_migrations == later  # type: ignore[attr-defined]
        business = services.business.get()
        assert business is not None and (business.name, business.tax_id) == ("Laura", "12345678Z")
        assert services.expenses.list() == [] and services.expenses.suppliers() == []
        with services.store.write() as tx:
            tx.add_supplier(SUPPLIER, NOW)
            assert tx.add_expense(expense(), NOW)
        assert [row.number for row in services.expenses.list()] == ["FV-2026-17"]
    finally:
        services.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert {"suppliers", "expenses", "expense_taxes", "expense_attachments", "expense_status_events"} <= names
    assert {"ix_expenses_issue_date", "ix_expenses_status_date"} <= names


def test_every_field_comes_back_as_written(services: Services) -> None:
    written = replace(
        expense("FV-1", (tax("100.00", "21", "21.00", "5.2", "5.20"), tax("50.00", "10", "5.00"))),
        operation_date=dt.date(2026, 11, 18),
        due_date=dt.date(2026, 12, 20),
        irpf_rate=Decimal("15"),
        irpf=Decimal("22.50"),
        deductible_percent=Decimal("50"),
        corrects="FV-0",
        findings=("BR-CO-10: total", "UBL 2.1 schema, line 3"),
        signature="valid",
        notes="Tóner\nimpresora",
        source="ubl",
        attachments=(Attachment("factura.pdf", b"%PDF-1.7 \x00\xff", "application/pdf"),),
    )
    assert _add(services, written) == [True]
    with services.store.read() as tx:
        back = tx.get_expense(written.id)
        files = tx.expense_attachments(written.id)
        content = tx.expense_attachment(files[0].id)
    assert back == replace(written, attachments=())
    assert [(f.file_name, f.size, f.media_type) for f in files] == [("factura.pdf", 11, "application/pdf")]
    assert content == written.attachments[0]
    assert (
        back is not None
        and back.invoice_total == Decimal("181.20")
        and back.deductible_vat == Decimal("13.00")
    )


def test_a_duplicate_is_refused_whatever_the_tax_id_spelling(services: Services) -> None:
    first = expense("FV-9")
    again = replace(expense("FV-9"), id="other", supplier_tax_id="ES-B12345674")
    assert _add(services, first, again) == [True, False]
    assert _add(services, replace(again, number="FV-10")) == [True]
    # The UNIQUE key itself, below the repository's check:
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(services.store.path) as raw:
        raw.execute(
            "INSERT INTO expenses (id, supplier_id, supplier_name, supplier_tax_id, supplier_tax_key,"
            " supplier_country, number, issue_date, received_on, base_cents, vat_cents, surcharge_cents,"
            " total_cents, deductible_vat_cents, source, created_at)"
            " SELECT 'x', supplier_id, supplier_name, supplier_tax_id, supplier_tax_key, supplier_country,"
            " number, issue_date, received_on, 0, 0, 0, 0, 0, 'typed', created_at FROM expenses"
            " WHERE number = 'FV-9'"
        )


def test_replacing_keeps_one_row_per_tax_group_and_refuses_another_ones_number(services: Services) -> None:
    one, two = expense("A-1"), expense("A-2")
    _add(services, one, two)
    changed = replace(one, taxes=(tax("10.00", "4", "0.40"),), category="comida")
    with services.store.write() as tx:
        assert tx.replace_expense(changed)
        assert not tx.replace_expense(replace(one, number="A-2"))
        assert tx.get_expense(one.id) == changed


def _many(count: int) -> list[Expense]:
    start = dt.date(2026, 1, 1)
    names = ("Papelería Sol S.L.", "Ñandú Café", "Gasolinera Norte")
    return [
        replace(
            expense(f"N-{i:04d}", issue_date=start + dt.timedelta(days=i % 300)),
            id=f"e{i:04d}",
            supplier_name=names[i % 3],
            status=("received", "accepted", "paid")[i % 3],
        )
        for i in range(count)
    ]


def test_pages_follow_the_list_order_without_gaps_or_repeats(services: Services) -> None:
    written = _many(250)
    _add(services, *written)
    pages = []
    with services.store.read() as tx:
        for offset in range(0, 300, 100):
            pages.append(tx.list_expenses(ExpenseQuery(limit=100, offset=offset)))
        summary = tx.summarize_expenses(ExpenseQuery())
    rows = [row for page in pages for row in page]
    assert [len(page) for page in pages] == [100, 100, 50]
    expected = sorted(written, key=lambda e: (e.issue_date, e.id), reverse=True)
    assert [row.id for row in rows] == [e.id for e in expected]
    assert (summary.count, summary.total) == (250, Decimal("121.00") * 250)


@pytest.mark.parametrize("text", ["papeleria", "ÑANDU", "nandu cafe", "n-000", "b1234", "café"])
def test_text_search_is_the_screens_rule(services: Services, text: str) -> None:
    written = _many(60)
    _add(services, *written)
    with services.store.read() as tx:
        found = {row.id for row in tx.list_expenses(ExpenseQuery(text=text))}
        count = tx.summarize_expenses(ExpenseQuery(text=text)).count
    pieces = lambda e: " ".join((e.number, e.supplier_name, e.supplier_tax_id, e.category))  # noqa: E731
    expected = {e.id for e in written if folded_contains(pieces(e), text)}
    assert found == expected and count == len(expected) and expected


def test_filters_by_status_and_dates_and_the_reports_range(services: Services) -> None:
    written = _many(120)
    _add(services, *written)
    q4 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    with services.store.read() as tx:
        paid = tx.list_expenses(ExpenseQuery(status="paid", date_from=q4[0], date_to=q4[1]))
        books = tx.expenses_in(*q4)
    in_q4 = [e for e in sorted(written, key=lambda e: (e.issue_date, e.id)) if q4[0] <= e.issue_date <= q4[1]]
    assert {r.id for r in paid} == {e.id for e in in_q4 if e.status == "paid"} != set()
    assert [e.id for e in books] == [e.id for e in in_q4]
    assert all(e.taxes == (tax("100.00", "21", "21.00"),) for e in books)


def test_a_status_event_is_kept_and_a_deleted_expense_takes_its_rows(services: Services) -> None:
    written = replace(expense("S-1"), attachments=(Attachment("a.pdf", b"x"),))
    _add(services, written)
    event = StatusEvent("ev1", written.id, "paid", dt.date(2026, 11, 25), NOW, "")
    with services.store.write() as tx:
        tx.set_expense_status(event)
        back = tx.get_expense(written.id)
        assert tx.expense_status_events(written.id) == [event]
        tx.delete_expense(written.id)
    assert back is not None and (back.status, back.status_at, back.paid_on) == (
        "paid",
        NOW,
        dt.date(2026, 11, 25),
    )
    with sqlite3.connect(services.store.path) as raw:
        left = [raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("expenses", "expense_taxes", "expense_attachments",
                          "expense_status_events")]  # fmt: skip
    assert left == [0, 0, 0, 0]


def test_the_list_page_reads_the_order_index(services: Services) -> None:
    with sqlite3.connect(services.store.path) as raw:
        plan = raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM expenses ORDER BY issue_date DESC, id DESC LIMIT 50"
        ).fetchall()
    assert "ix_expenses_issue_date" in str(plan) and "TEMP B-TREE" not in str(plan)
