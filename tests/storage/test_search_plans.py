"""The invoice list's text search read three ways (issue #18): whichever plan list_plan picks —
walking the order with the full-text index (WALK), walking it checking each row's text (CHECK_TEXT)
or sorting the matches (FROM_MATCHES) — a page holds the rows the screen's own rule finds
(domain/folding.folded_contains on the invoice's number, client, tax id, lines and notes), in the
list's order; and the summary, now read through migration 0023's index, sums what the plan without
it summed. A real SQLite file: the demo's bulk load plus drafts with accents, case, digits, quotes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.folding import folded_contains
from facturas_app.services.demo import DemoService
from facturas_app.storage.api import InvoiceQuery
from facturas_app.storage.sqlite import invoice_list_sql
from facturas_app.storage.sqlite.invoice_list_sql import (
    CHECK_TEXT,
    FEW_MATCHES,
    FROM_MATCHES,
    WALK,
    list_plan,
    list_sql,
    match_count_sql,
    summary_sql,
)
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
ORDERS = ("number", "issue_date", "due_date", "client_name", "total", "outstanding", "status")
PLANS = (WALK, CHECK_TEXT, FROM_MATCHES)
SPECIAL_LINES = (
    "Ñandú GRÁFICO nº 42-B",
    "Revisión de «Straße» 2026",
    'Cita "entre comillas" al 100 %',
    "Diseño de LOGOTIPO urgente",
)
TEXTS = (
    "logotipo",  # a line of the demo's, in many invoices
    "LOGOTIPO",  # case
    "diseño de logo",  # several words, an accent
    "DISENO DE LOGO",
    "sesión de fotografía",
    "álvarez",  # a client's name
    "ALVAREZ",
    "F-2026-00",  # the number, digits
    "2026",
    "42-b",
    "ñandu",  # ñ folds to n, ú to u
    "nandú",
    "strasse",  # ß folds to ss
    '"entre',  # a quote in the text
    "100 %",
    "angela nunez",  # the notes
    "zzzz",  # nothing
    "ía",  # two characters: a LIKE whichever plan
)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = build_services(tmp_path_factory.mktemp("plans"), clock=FixedClock(TODAY))
    DemoService(services.store, services.clock).generate(400, seed=7)
    client_id = services.clients.list()[0].id
    for description in SPECIAL_LINES:
        lines = [{"description": description, "quantity": "1", "unit_price": "10", "vat_rate": "21"}]
        services.invoices.create_draft_from_payload({"client_id": client_id, "lines": lines})
    other = [{"description": "Otro", "quantity": "1", "unit_price": "5", "vat_rate": "21"}]
    services.invoices.create_draft_from_payload(
        {"client_id": client_id, "lines": other, "notes": "Pedido de Ángela Núñez"}
    )
    yield services
    services.close()


def _rows(services: Services, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    with sqlite3.connect(services.store.path) as conn:  # type: ignore[attr-defined]
        return conn.execute(sql, params).fetchall()


def _texts(services: Services) -> dict[str, str]:
    """Each invoice's searchable pieces as the screen would see them (not the stored folded text)."""
    texts = {}
    for row in services.invoices.list(services.invoices.query()):
        invoice = services.invoices.get(row.id)
        tax_id = str(invoice.client_snapshot.get("tax_id") or "")
        pieces = [invoice.number or "", row.client_name, tax_id, *(ln.description for ln in invoice.lines)]
        texts[row.id] = " ".join([*pieces, invoice.notes[:200]])
    return texts


def _screen_rule(services: Services, query: InvoiceQuery, texts: dict[str, str]) -> list[str]:
    """The ids the list shows: the whole list in the query's order, filtered in Python."""
    whole = _rows(services, *list_sql(replace(query, text="", limit=None, offset=0)))
    return [r[0] for r in whole if folded_contains(texts[r[0]], query.text)]


@pytest.fixture(scope="module")
def texts(books: Services) -> dict[str, str]:
    return _texts(books)


@pytest.mark.parametrize("text", TEXTS)
def test_every_plan_finds_what_the_screen_rule_finds(
    books: Services, texts: dict[str, str], text: str
) -> None:
    for order_by in ORDERS:
        for descending in (True, False):
            query = books.invoices.query(text=text, order_by=order_by, descending=descending)
            expected = _screen_rule(books, query, texts)
            for plan in PLANS if len(text) > 2 else (WALK, CHECK_TEXT):  # no trigram: never matches
                assert [r[0] for r in _rows(books, *list_sql(query, plan))] == expected, (plan, order_by)
                for offset in (0, 40):
                    page = replace(query, limit=7, offset=offset)
                    got = [r[0] for r in _rows(books, *list_sql(page, plan))]
                    assert got == expected[offset : offset + 7], (plan, order_by, offset)


def test_the_texts_do_find_something_and_not_everything(books: Services, texts: dict[str, str]) -> None:
    """The comparison above is only worth something if the texts split the invoices."""
    found = {t: len(_screen_rule(books, books.invoices.query(text=t), texts)) for t in TEXTS}
    assert found["zzzz"] == 0 and found["LOGOTIPO"] == found["logotipo"] > 10
    assert 0 < found["diseño de logo"] == found["DISENO DE LOGO"] < len(texts)
    assert found["ñandu"] == found["nandú"] == 1 and found["strasse"] == found['"entre'] == 1
    assert found["ALVAREZ"] == found["álvarez"] > 0 and 0 < found["F-2026-00"] < len(texts)


@pytest.mark.parametrize("text", TEXTS)
def test_the_service_list_and_summary_are_the_screen_rule(
    books: Services, texts: dict[str, str], text: str
) -> None:
    query = books.invoices.query(text=text)
    expected = _screen_rule(books, query, texts)
    assert [r.id for r in books.invoices.list(query)] == expected
    rows = {r.id: r for r in books.invoices.list(books.invoices.query())}
    summary = books.invoices.summarize(query)
    assert summary.count == len(expected)
    assert summary.total == sum((rows[i].total for i in expected), start=summary.total * 0)


def test_the_summary_sums_what_it_summed_without_the_new_index(books: Services, tmp_path: Path) -> None:
    """The same summary SQL on a copy without ix_invoices_search_money (the plan before 0023)."""
    before = tmp_path / "before.sqlite3"
    shutil.copy(books.store.path, before)  # type: ignore[attr-defined]
    with sqlite3.connect(before) as conn:
        conn.execute("DROP INDEX ix_invoices_search_money")
    for text in TEXTS:
        for status in (None, *{r.status for r in books.invoices.list(books.invoices.query())}):
            sql, params = summary_sql(books.invoices.query(text=text, status=status))
            with sqlite3.connect(before) as conn:
                assert "ix_invoices_search_money" not in str(
                    conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
                )
                old = conn.execute(sql, params).fetchall()
            assert _rows(books, sql, params) == old, (text, status)


def test_the_summary_of_a_text_reads_the_new_index_only(books: Services) -> None:
    sql, params = summary_sql(books.invoices.query(text="logotipo"))
    plan = " | ".join(str(r[3]) for r in _rows(books, "EXPLAIN QUERY PLAN " + sql, params))
    assert "SEARCH invoices USING COVERING INDEX ix_invoices_search_money (search_key=?" in plan, plan


def test_the_matches_are_counted_only_as_far_as_the_choice_needs(
    books: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = replace(books.invoices.query(text="logotipo"), limit=2)
    every = len(
        _rows(books, "SELECT rowid FROM invoice_search WHERE invoice_search MATCH '\"logotipo\"'", {})
    )
    stored = _rows(books, "SELECT count(*) FROM invoices", {})[0][0]
    counting = match_count_sql(query)
    assert counting is not None
    assert _rows(books, *counting) == [(every, stored)]  # a small book: all counted
    assert 17 < every < FEW_MATCHES
    monkeypatch.setattr(invoice_list_sql, "FEW_MATCHES", 3)
    monkeypatch.setattr(invoice_list_sql, "CHECKED_ROWS", 50)  # 2 rows of 405 need 405 * 2 / 50 → 17
    counting = match_count_sql(query)
    assert stored == 405 and counting is not None and _rows(books, *counting)[0][0] == 17
    monkeypatch.setattr(invoice_list_sql, "CHECKED_ROWS", 100_000)  # more than FEW_MATCHES will do
    counting = match_count_sql(query)
    assert counting is not None and _rows(books, *counting)[0][0] == 4


def test_the_plan_follows_the_counts() -> None:
    page = InvoiceQuery(today=TODAY, text="logotipo", limit=200)
    assert list_plan(page, None) == WALK  # no trigram: a LIKE
    assert list_plan(page, (FEW_MATCHES, 100_000)) == FROM_MATCHES
    assert list_plan(page, (5000, 100_000)) == CHECK_TEXT  # 200 of 5% within 4,000 rows
    assert list_plan(page, (4999, 100_000)) == WALK
    assert list_plan(replace(page, offset=2000), (18_000, 100_000)) == WALK  # a deep page
    assert list_plan(replace(page, limit=None), (FEW_MATCHES + 1, 100_000)) == WALK


def test_the_service_picks_each_plan_and_lists_the_same(
    books: Services, texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    query = replace(books.invoices.query(text="logotipo"), limit=12, offset=3)
    expected = _screen_rule(books, query, texts)[3:15]
    picked: list[str] = []
    original = invoice_list_sql.list_plan

    def spy(q: InvoiceQuery, counted: tuple[int, ...] | None) -> str:
        picked.append(original(q, counted))
        return picked[-1]

    monkeypatch.setattr("facturas_app.storage.sqlite.invoice_list_sql.list_plan", spy)
    for few, checked in ((10_000, 4000), (3, 10_000), (3, 10)):
        monkeypatch.setattr(invoice_list_sql, "FEW_MATCHES", few)
        monkeypatch.setattr(invoice_list_sql, "CHECKED_ROWS", checked)
        assert [r.id for r in books.invoices.list(query)] == expected
    assert picked == [FROM_MATCHES, CHECK_TEXT, WALK]
