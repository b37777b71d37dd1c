# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18: the Clients, Products and Invoices views list names folded (domain/folding.py) —
"Álvarez" and "álamo" among the A's, not after "Zamora"; Ñ sorts as N — in the default order, after a
click on the header (both ways) and in a column sorted on screen (Ciudad). Real services, offscreen."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Product
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.views.clients import ClientsView
from ui.views.invoices import InvoicesView
from ui.views.products import ProductsView

CLIENTS = [("Zamora Ruiz", "Zaragoza"), ("Álvarez Pérez", "Ávila"), ("Ñandú Viajes", "Orense")]
CLIENTS += [("álamo Estudio", "Écija"), ("Navarro e Hijos", "Madrid")]
FOLDED = ["álamo Estudio", "Álvarez Pérez", "Ñandú Viajes", "Navarro e Hijos", "Zamora Ruiz"]


def _names(view: Any, column: int = 0) -> list[str]:
    model = view.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _seed(services: Any) -> None:
    for name, city in CLIENTS:
        client = make_client(services, name, city=city)
        services.products.save(Product(id=new_id(), name=name, unit_price=Decimal(5), vat_rate=Decimal(21)))
        line = {"description": "Revisión", "quantity": "1", "unit_price": "10", "vat_rate": "21"}
        services.invoices.create_draft_from_payload({"client_id": client.id, "lines": [line]})


def test_clients_view_lists_and_sorts_folded(qtbot: Any, business_services: Any, runner: Any) -> None:
    _seed(business_services)
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    assert _names(view) == FOLDED  # the SQL order
    header = view.table.horizontalHeader()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == 0 and _names(view) == FOLDED[::-1]
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Ciudad: sorted on screen, folded too
    assert _names(view, 2) == ["Ávila", "Écija", "Madrid", "Orense", "Zaragoza"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(view) == FOLDED


def test_products_view_lists_folded(qtbot: Any, business_services: Any, runner: Any) -> None:
    _seed(business_services)
    view = ProductsView(business_services, runner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.model().rowCount() == len(FOLDED), timeout=3000)
    assert _names(view) == FOLDED


def test_invoices_view_sorted_by_client_is_folded(qtbot: Any, business_services: Any, runner: Any) -> None:
    _seed(business_services)
    view = InvoicesView(business_services, runner)
    qtbot.addWidget(view)
    column = next(
        c
        for c in range(view.model.columnCount())
        if view.model.headerData(c, Qt.Orientation.Horizontal) == "Cliente"
    )
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _names(view, column) == FOLDED, timeout=3000)
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _names(view, column) == FOLDED[::-1], timeout=3000)
