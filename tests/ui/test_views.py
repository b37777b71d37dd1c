# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Views and the main window over real services (synchronous runner, offscreen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from facturas_app.domain.invoice import Status
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    demo_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.main_window import NAV_KEYS, MainWindow
from ui.models.invoice_list import OUTSTANDING_STATUSES
from ui.views.client_dialog import ClientDialog
from ui.views.clients import ClientsView
from ui.views.dashboard import DashboardView
from ui.views.invoices import InvoicesView
from ui.views.payments import PaymentDialog, PaymentsView


def test_main_window_creates_views_lazily(qtbot: Any, demo_services: Any, runner: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(demo_services, runner)
    assert list(window.views) == ["dashboard"]
    for number, key in enumerate(NAV_KEYS, start=1):
        window.nav_actions[number - 1].trigger()
        assert window.current_view() is window.views[key]
    window.show_view("invoices")
    window.search_action.trigger()
    assert window.views["invoices"].search.hasFocus() or not window.isVisible()


def test_clients_search_filters(qtbot: Any, business_services: Any, runner: Any) -> None:
    make_client(business_services, "Inmobiliaria Sol S.A.", tax_id="A58818501", city="Valencia")
    make_client(business_services, "Talleres Norte", city="Bilbao")
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.search, "bilbao")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.rows[0].name == "Talleres Norte"


def test_client_dialog_validates_live(qtbot: Any, business_services: Any, runner: Any) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.name.setText("Inmobiliaria Sol S.A.")
    dialog.tax_id.setText("A58818502")
    assert not save.isEnabled() and "no válido" in dialog.tax_id.message.text()
    dialog.tax_id.setText("A58818501")
    dialog.email.setText("admin@sol.example, mal")
    assert not save.isEnabled() and "mal" in dialog.email.message.text()
    dialog.email.setText("admin@sol.example")
    assert save.isEnabled()
    save.click()
    assert dialog.saved_client is not None
    assert business_services.clients.get(dialog.saved_client.id).tax_id == "A58818501"


def test_invoices_view_footer_matches_summary(qtbot: Any, demo_services: Any, runner: Any) -> None:
    view = InvoicesView(demo_services, runner)
    qtbot.addWidget(view)
    view.status.setCurrentIndex(view.status.findData(Status.PAID.value))
    expected = demo_services.invoices.summarize(demo_services.invoices.query(status=Status.PAID))
    assert view.footer.text().startswith(f"{expected.count} factura")
    assert view.model.rowCount() == expected.count  # every row, though only the first pages are read
    assert len(view.model.loaded_rows()) == min(400, expected.count)


def test_payment_dialog_records_and_refuses_bad_amounts(qtbot: Any, demo_services: Any, runner: Any) -> None:
    view = PaymentsView(demo_services, runner)
    qtbot.addWidget(view)
    row = view.model.row_at(0)
    assert row is not None and row.status in OUTSTANDING_STATUSES
    dialog = PaymentDialog(demo_services, runner, row, view)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.amount.setText("-5")
    assert not ok.isEnabled() and "mayor que cero" in dialog.error.text()
    dialog.amount.setText("1,005")
    assert "decimales" in dialog.error.text()
    dialog.amount.setText("999999999")
    dialog.save()
    assert "supera lo pendiente" in dialog.error.text()
    dialog.amount.setText("10,00")
    dialog.save()
    assert dialog.recorded is not None
    assert demo_services.payments.list(row.id)[-1].amount == 10


def test_dashboard_figures(qtbot: Any, demo_services: Any, runner: Any) -> None:
    view = DashboardView(demo_services, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.data_shown, timeout=5000):
        pass
    overdue = demo_services.invoices.summarize(demo_services.invoices.query(status=Status.OVERDUE))
    assert view.overdue.value.text().endswith("€") and view.table.rowCount() == min(10, overdue.count)
    assert view.table.item(0, 3).text().isdigit()
    assert view.table.item(0, 3).textAlignment() & Qt.AlignmentFlag.AlignRight
