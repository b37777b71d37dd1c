# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Item models over real services on a temp database; every model through qtmodeltester."""

from __future__ import annotations

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


def test_invoice_model_passes_modeltester(qtmodeltester: Any, demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=50)
    model.reload()
    assert model.rowCount() == 50
    qtmodeltester.check(model)  # the tester itself calls fetchMore


def test_invoice_model_fetches_only_first_page(demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=200)
    model.reload()
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400


def test_invoice_filters_match_service_summary(demo_services: Any, runner: Any) -> None:
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
        while model.canFetchMore():
            model.fetchMore()
        expected = demo_services.invoices.summarize(
            demo_services.invoices.query(status=filters.statuses[0], text=filters.text)
        )
        assert model.rowCount() == expected.count > 0
        assert summaries[-1] == expected
        if filters.statuses[0] is not None:
            assert {row.status for row in model.rows} == {filters.statuses[0]}


def test_outstanding_union_lists_every_open_status(demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=40, show_days_overdue=True)
    model.set_filters(InvoiceFilters(statuses=OUTSTANDING_STATUSES))
    while model.canFetchMore():
        model.fetchMore()
    counts = [
        demo_services.invoices.summarize(demo_services.invoices.query(status=s)).count
        for s in OUTSTANDING_STATUSES
    ]
    assert model.rowCount() == sum(counts)
    assert model.rows[0].status is Status.OVERDUE
    days = model.data(model.index(0, 7))
    assert days and int(days) > 0


def test_invoice_model_sorts_in_sql(demo_services: Any, runner: Any) -> None:
    model = InvoiceListModel(demo_services, runner, page_size=100)
    model.reload()
    model.sort(4, Qt.SortOrder.AscendingOrder)
    totals = [row.total for row in model.rows]
    assert totals == sorted(totals)
    smallest = min(r.total for r in demo_services.invoices.list(demo_services.invoices.query()))
    assert totals[0] == smallest


def test_stale_page_is_dropped(demo_services: Any) -> None:
    class Deferred:
        def __init__(self) -> None:
            self.jobs: list[Any] = []

        def submit(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
            self.jobs.append((fn, on_done))

    deferred = Deferred()
    model = InvoiceListModel(demo_services, deferred, page_size=10)
    model.set_filters(InvoiceFilters(statuses=(Status.PAID,)))
    old_jobs = list(deferred.jobs)
    model.set_filters(InvoiceFilters(statuses=(Status.OVERDUE,)))
    for fn, done in deferred.jobs[len(old_jobs) :] + old_jobs:  # the newer query finishes first
        done(fn())
    assert model.rowCount() == 10
    assert {row.status for row in model.rows} == {Status.OVERDUE}


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
