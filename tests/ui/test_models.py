# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Item models over real services on a temp database; every model through qtmodeltester."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from facturas_app.domain.invoice import Status
from facturas_app.domain.money import to_decimal
from facturas_app.domain.parties import Product
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    demo_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.models.client_list import ClientListModel
from ui.models.invoice_list import OUTSTANDING_STATUSES, InvoiceFilters, InvoiceListModel
from ui.models.product_list import PRODUCT_ROLE, ProductListModel, product_completer_model


class DeferredRunner:
    """Keeps the jobs, so a test decides when (and in which order) each finishes."""

    def __init__(self) -> None:
        self.jobs: list[Any] = []

    def submit(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        self.jobs.append((fn, on_done))


def _count(services: Any, status: Status | None = None, text: str = "") -> int:
    return int(services.invoices.summarize(services.invoices.query(status=status, text=text)).count)


def _read_every_row(model: InvoiceListModel, qapp: Any) -> list[Any]:
    """Walk the list a page at a time as a scrolling view would: ask for a row, let the page come."""
    rows = []
    for start in range(0, model.rowCount(), model.page_size):
        model.data(model.index(start, 0))  # not in memory yet (beyond the prefetch): asks for it
        qapp.processEvents()  # the fetch is dispatched after the "paint"
        rows += [model.row_at(r) for r in range(start, min(start + model.page_size, model.rowCount()))]
    assert None not in rows
    return rows


def test_invoice_model_passes_modeltester(qtmodeltester: Any, demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=50)
    model.reload()
    assert model.rowCount() == _count(demo_services) == 600
    qtmodeltester.check(model)


def test_invoice_model_holds_only_the_pages_looked_at(demo_services: Any, runner: Any, qapp: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=50)
    model.reload()
    assert model.rowCount() == 600  # every row is there for the scroll bar...
    assert model.window.loaded_pages() == [0, 1]  # ...but only the first page and the next are read
    assert model.data(model.index(420, 0)) is None  # not in memory: paints empty and asks for page 8
    qapp.processEvents()
    assert model.window.loaded_pages() == [0, 1, 8, 9]  # page 8, then the one after it
    expected = demo_services.invoices.list(replace(demo_services.invoices.query(), limit=1, offset=420))[0]
    assert model.row_at(420) == expected
    assert model.data(model.index(420, 0)) == expected.number


def test_invoice_model_keeps_a_bounded_number_of_pages(demo_services: Any, runner: Any, qapp: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=20, max_pages=5)
    model.reload()
    rows = _read_every_row(model, qapp)
    assert len(rows) == 600 and len({row.id for row in rows}) == 600
    assert len(model.window.loaded_pages()) <= 5
    assert model.window.loaded_pages()[-1] == 29  # the pages near the last one looked at stay
    assert model.row_at(0) is None and model.data(model.index(0, 0)) is None  # the top was let go
    qapp.processEvents()
    assert model.row_at(0) == rows[0]  # and comes back when looked at again


def test_invoice_filters_match_service_summary(demo_services: Any, runner: Any, qapp: Any) -> None:
    summaries: list[Any] = []
    model = InvoiceListModel(demo_services, runner, page_size=100)
    model.summary_changed.connect(summaries.append)
    for filters in (
        InvoiceFilters(statuses=(Status.OVERDUE,)),
        InvoiceFilters(statuses=(Status.PAID,)),
        InvoiceFilters(text="s.l"),
        InvoiceFilters(statuses=(Status.PAID,), text="a"),
    ):
        model.set_filters(filters)
        expected = demo_services.invoices.summarize(
            demo_services.invoices.query(status=filters.statuses[0], text=filters.text)
        )
        assert model.rowCount() == expected.count > 0
        assert summaries[-1] == expected
        rows = _read_every_row(model, qapp)
        assert len({row.id for row in rows}) == expected.count
        if filters.statuses[0] is not None:
            assert {row.status for row in rows} == {filters.statuses[0]}


def test_outstanding_union_lists_every_open_status(demo_services: Any, runner: Any, qapp: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=40, show_days_overdue=True)
    model.set_filters(InvoiceFilters(statuses=OUTSTANDING_STATUSES))
    assert model.rowCount() == sum(_count(demo_services, s) for s in OUTSTANDING_STATUSES)
    # groups one after another, pages crossing from one group into the next
    invoices = demo_services.invoices
    expected = [
        row
        for s in OUTSTANDING_STATUSES
        for row in invoices.list(replace(invoices.query(status=s), order_by="issue_date", descending=True))
    ]
    assert _read_every_row(model, qapp) == expected
    days = model.data(model.index(0, 7))
    assert model.row_at(0).status is Status.OVERDUE and days and int(days) > 0


def test_invoice_model_sorts_in_sql(demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=100)
    model.reload()
    model.sort(4, Qt.SortOrder.AscendingOrder)
    totals = [row.total for row in model.loaded_rows()]
    assert len(totals) == 200 and totals == sorted(totals)
    smallest = min(r.total for r in demo_services.invoices.list(demo_services.invoices.query()))
    assert totals[0] == smallest


def test_stale_page_is_dropped(demo_services: Any) -> None:
    deferred = DeferredRunner()
    model = InvoiceListModel(demo_services, deferred, page_size=10)
    model.set_filters(InvoiceFilters(statuses=(Status.PAID,)))
    old_jobs = list(deferred.jobs)
    model.set_filters(InvoiceFilters(statuses=(Status.OVERDUE,)))
    new_jobs = deferred.jobs[len(old_jobs) :]
    assert len(old_jobs) == len(new_jobs) == 2  # the first page, and the count with the totals
    for fn, done in new_jobs + old_jobs:  # the newer query finishes first
        done(fn())
    assert model.rowCount() == _count(demo_services, Status.OVERDUE) != _count(demo_services, Status.PAID)
    rows = model.loaded_rows()
    assert len(rows) == 10 and {row.status for row in rows} == {Status.OVERDUE}


def test_first_page_shows_before_the_count_arrives(demo_services: Any) -> None:
    deferred = DeferredRunner()
    model = InvoiceListModel(demo_services, deferred, page_size=10)
    loaded: list[bool] = []
    model.first_page_loaded.connect(lambda: loaded.append(True))
    model.reload()
    (page_fn, page_done), (count_fn, count_done) = deferred.jobs  # the page is asked for first
    page_done(page_fn())
    assert loaded == [True] and model.rowCount() == 10
    count_done(count_fn())
    assert model.rowCount() == 600 and model.row_at(9) is not None and model.row_at(10) is None


def test_overdue_status_is_translated_and_red(demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner)
    model.set_filters(InvoiceFilters(statuses=(Status.OVERDUE,)))
    assert model.data(model.index(0, 6)) == "Vencida"
    assert model.data(model.index(0, 6), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 4)).endswith("€")


def test_client_model_pages_and_search(qtmodeltester: Any, business_services: Any, runner: Any) -> None:
    for i in range(25):
        make_client(business_services, f"Cliente {i:02d}", city="Sevilla" if i % 5 == 0 else "Madrid")
    make_client(business_services, "Inmobiliaria Sol S.A.", tax_id="A58818501", city="Valencia")
    model = ClientListModel(business_services, runner, page_size=10)
    model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    qtmodeltester.check(model)
    model.set_text("sol")
    assert [c.name for c in model.rows] == ["Inmobiliaria Sol S.A."]
    model.set_text("sevilla")
    assert model.rowCount() == 5


def test_client_model_sorted_by_other_column(qtmodeltester: Any, business_services: Any, runner: Any) -> None:
    for name, city in (("Ana", "Zaragoza"), ("Berta", "Almería"), ("Carlos", "Lugo")):
        make_client(business_services, name, city=city)
    model = ClientListModel(business_services, runner, page_size=2)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [c.city for c in model.rows] == ["Zaragoza", "Lugo", "Almería"]
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_product_model_and_completer(qtmodeltester: Any, business_services: Any, runner: Any) -> None:
    business_services.products.save(
        Product("p1", "Consultoría", to_decimal("85.50"), to_decimal("21"), unit="h", code="C1")
    )
    business_services.products.save(
        Product("p2", "Diseño web", to_decimal("1200"), to_decimal("21"), code="D1")
    )
    model = ProductListModel(business_services, runner)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 3)) == "85,50\u00a0€"
    completer = product_completer_model(business_services, runner)
    assert completer.rowCount() == 2
    assert completer.item(0).data(PRODUCT_ROLE).code == "C1"


def test_multidata_answers_like_data_for_every_role(demo_services: Any, runner: Any) -> None:
    """Views paint through multiData (one call per cell); it must agree with data() role by role."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    model = InvoiceListModel(demo_services, runner, page_size=60, show_days_overdue=True)
    model.set_filters(InvoiceFilters(statuses=(Status.OVERDUE, Status.PAID)))
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
    ]
    red_cells = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                role_data = QModelRoleData(int(role))
                model.multiData(index, QModelRoleDataSpan(role_data))
                expected = model.data(index, role)
                got = role_data.data()
                if isinstance(expected, int) and not isinstance(expected, bool):
                    got = int(got)  # alignment travels as a Qt flag
                assert got == expected, (row, column, role)
                red_cells += role == Qt.ItemDataRole.ForegroundRole and expected is not None
    assert red_cells > 0  # the overdue rows were among them


def test_jumping_to_the_end_reads_only_the_last_pages(qtbot: Any, demo_services: Any) -> None:
    """A shown table on the real worker pool: Ctrl+End fetches the pages on screen, not those between."""
    from PySide6.QtWidgets import QTableView

    from ui.views import configure_table
    from ui.workers import TaskRunner

    model = InvoiceListModel(demo_services, TaskRunner(), page_size=20)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    configure_table(view, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder)
    view.resize(900, 500)
    view.show()
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 600 and not model.is_loading(), timeout=5000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(599) is not None and not model.is_loading(), timeout=5000)
    invoices = demo_services.invoices
    assert model.row_at(599) == invoices.list(replace(invoices.query(), limit=1, offset=599))[0]
    middle = [p for p in model.window.loaded_pages() if 2 <= p < 25]
    assert middle == [], f"pages between the top and the end were read: {middle}"


def test_refresh_keeps_the_place_and_shows_old_rows_until_new_ones_arrive(
    demo_services: Any, runner: Any, qapp: Any
) -> None:
    """After a change (a payment recorded from row 333) the list refreshes in place, not from the top."""
    model = InvoiceListModel(demo_services, runner, page_size=50)
    model.reload()
    model.data(model.index(333, 0))
    qapp.processEvents()
    open_rows = [
        r for r in range(300, 350) if model.row_at(r).status in (Status.OVERDUE, Status.SENT, Status.ISSUED)
    ]
    row = open_rows[0]
    before = model.row_at(row)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    demo_services.payments.add(before.id, before.outstanding, paid_on=before.issue_date)
    model.refresh()
    assert model.rowCount() == 600 and resets == []  # no reset: the view keeps scroll and selection
    assert model.row_at(row) == before  # the stale row still shows...
    assert model.data(model.index(row, 0)) == before.number  # ...and painting it asks for it anew
    qapp.processEvents()
    after = model.row_at(row)
    assert after.id == before.id and after.status is Status.PAID and after.outstanding == 0
    assert model.window.is_fresh(row)


def test_same_filters_again_refresh_in_place(demo_services: Any, runner: Any, qapp: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=50)
    filters = InvoiceFilters(statuses=(Status.OVERDUE,))
    model.set_filters(filters)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_filters(InvoiceFilters(statuses=(Status.OVERDUE,)))
    assert resets == [] and model.rowCount() == _count(demo_services, Status.OVERDUE)
    model.set_filters(InvoiceFilters(statuses=(Status.PAID,)))
    assert resets == [True] and model.rowCount() == _count(demo_services, Status.PAID)


def test_painting_near_a_page_end_fetches_the_next_page_ahead(
    demo_services: Any, runner: Any, qapp: Any
) -> None:
    """Scrolling down (or up) finds the next rows in memory instead of painting them empty first;
    a page fetched ahead, which nothing painted yet, costs the view no repaint."""
    model = InvoiceListModel(demo_services, runner, page_size=50)
    model.reload()
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    assert model.window.loaded_pages() == [0, 1]
    model.data(model.index(60, 0))  # first half of page 1: the page before is here already
    qapp.processEvents()
    assert model.window.loaded_pages() == [0, 1]
    model.data(model.index(80, 0))  # second half of page 1: page 2 is fetched ahead
    qapp.processEvents()
    assert model.window.loaded_pages() == [0, 1, 2] and changed == []
    assert model.data(model.index(100, 0)) == model.row_at(100).number  # there before it is painted
    model.data(model.index(450, 0))  # a jump: painted empty, so its arrival repaints
    qapp.processEvents()
    assert 9 in model.window.loaded_pages() and changed == [450]
