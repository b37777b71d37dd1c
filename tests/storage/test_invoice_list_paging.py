"""Invoice list pages (plain SQL, issue #3): paging through any order gives the whole list once,
in an order a person expects, and the SQL uses one index walk for it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.invoice import Status
from facturas_app.services.demo import DemoService
from facturas_app.storage.sqlite.invoice_list_sql import (
    CHECK_TEXT,
    FEW_MATCHES,
    FROM_MATCHES,
    list_plan,
    list_sql,
    match_count_sql,
)
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
ORDERS = ("number", "issue_date", "due_date", "client_name", "total", "outstanding", "status")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = build_services(tmp_path_factory.mktemp("paging"), clock=FixedClock(TODAY))
    DemoService(built.store, built.clock).generate(300, seed=11)
    yield built
    built.close()


@pytest.mark.parametrize("order_by", ORDERS)
@pytest.mark.parametrize("descending", [True, False])
def test_pages_add_up_to_the_whole_list(demo: Services, order_by: str, descending: bool) -> None:
    whole = demo.invoices.list(demo.invoices.query(order_by=order_by, descending=descending))
    paged, offset = [], 0
    while True:
        query = replace(
            demo.invoices.query(order_by=order_by, descending=descending), limit=17, offset=offset
        )
        page = demo.invoices.list(query)
        paged.extend(page)
        offset += len(page)
        if len(page) < 17:
            break
    assert [r.id for r in paged] == [r.id for r in whole]
    assert len({r.id for r in whole}) == len(whole) == demo.invoices.summarize(demo.invoices.query()).count


def test_date_order_shows_numbers_in_order_within_a_day(demo: Services) -> None:
    rows = demo.invoices.list(demo.invoices.query(order_by="issue_date", descending=True))
    issued = [r for r in rows if r.number]
    keys = [(r.issue_date, r.number) for r in issued]
    assert keys == sorted(keys, reverse=True)
    assert len({r.issue_date for r in issued}) < len(issued)  # some days do have several invoices


def test_effective_status_and_amounts_come_back_typed(demo: Services) -> None:
    overdue = demo.invoices.list(demo.invoices.query(status=Status.OVERDUE))
    assert overdue and all(r.status is Status.OVERDUE and r.due_date < TODAY for r in overdue)
    assert all(r.outstanding > 0 for r in overdue)
    summary = demo.invoices.summarize(demo.invoices.query(status=Status.OVERDUE))
    assert summary.outstanding == sum((r.outstanding for r in overdue), start=summary.outstanding * 0)


@pytest.mark.parametrize("order_by", ORDERS)
def test_every_order_is_one_index_walk(demo: Services, order_by: str) -> None:
    """No temporary sort: a deep page must not sort every row again (OFFSET 99,000 took 3.8 s)."""
    sql, params = list_sql(replace(demo.invoices.query(order_by=order_by), limit=200, offset=1000))
    with sqlite3.connect(demo.store.path) as conn:  # type: ignore[attr-defined]
        plan = " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE" not in plan, plan
    assert "USING INDEX ix_invoices_sort_" in plan or "USING COVERING INDEX ix_invoices_sort_" in plan, plan


def test_text_with_like_wildcards_is_taken_literally(demo: Services) -> None:
    assert demo.invoices.list(demo.invoices.query(text="%")) == []
    assert demo.invoices.list(demo.invoices.query(text='"_"')) == []
    assert demo.invoices.list(demo.invoices.query(text="zz")) == []


def _rows(demo: Services, sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
    with sqlite3.connect(demo.store.path) as conn:  # type: ignore[attr-defined]
        return conn.execute(sql, params).fetchall()


@pytest.mark.parametrize("order_by", ORDERS)
@pytest.mark.parametrize("text", ["talleres", "F-2026-00", "garcía", "zzzz"])
def test_a_text_page_is_the_same_read_from_its_matches(demo: Services, order_by: str, text: str) -> None:
    """list_plan picks between three plans; whichever runs, a page holds the same rows in the same order."""
    for descending in (True, False):
        for offset in (0, 7):
            asked = demo.invoices.query(order_by=order_by, descending=descending, text=text)
            query = replace(asked, limit=9, offset=offset)
            walked = _rows(demo, *list_sql(query))
            from_matches = list_sql(query, FROM_MATCHES)
            assert _rows(demo, *from_matches) == walked == _rows(demo, *list_sql(query, CHECK_TEXT))
            plan = _rows(demo, "EXPLAIN QUERY PLAN " + from_matches[0], from_matches[1])
            assert "SEARCH invoices USING INDEX ix_invoices_search_money (search_key=?" in " ".join(
                str(step[3]) for step in plan
            )


def test_the_list_reads_few_matches_from_the_matches(demo: Services) -> None:
    assert match_count_sql(demo.invoices.query(text="ab")) is None  # two letters: no trigram to count
    query = replace(demo.invoices.query(text="talleres"), limit=200)
    counting = match_count_sql(query)
    assert counting is not None
    matches, invoices = _rows(demo, *counting)[0]
    assert 0 < matches <= FEW_MATCHES and invoices == 300
    assert list_plan(query, (matches, invoices)) == FROM_MATCHES
    listed = demo.invoices.list(query)  # read from the matches
    walked = _rows(demo, *list_sql(query))  # the other plan
    assert listed and [r.id for r in listed] == [r[0] for r in walked]
