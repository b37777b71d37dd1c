# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The dashboard's received invoices waiting for our answer (#21), over real services on a temp
SQLite file: the count, the nearest deadline (received + 4 days), red when some are late, and a
click that opens the Gastos view on the received ones."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from facturas_app.bootstrap import Services
from tests.ui.helpers import TODAY, business_services, runner, services, ui_settings  # noqa: F401
from ui.main_window import MainWindow
from ui.views.dashboard import DashboardView

SUPPLIER = {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"}


def add(services: Services, number: str, received: dt.date) -> str:
    group = {"base": "100.00", "vat_rate": "21", "vat": "21.00", "surcharge_rate": "0", "surcharge": "0"}
    payload = {
        "supplier": SUPPLIER,
        "number": number,
        "issue_date": received.isoformat(),
        "received_on": received.isoformat(),
        "taxes": [group],
    }
    return services.expenses.add(payload).id


def _dashboard(qtbot: Any, services: Services, runner: Any) -> DashboardView:
    view = DashboardView(services, runner)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.refresh()
    return view


def _background(label: Any) -> QColor:
    image = label.grab().toImage()
    return QColor(image.pixel(image.width() - 6, image.height() // 2))  # inside the border, past the text


def test_hidden_while_nothing_waits(qtbot: Any, business_services: Services, runner: Any) -> None:
    paid = add(business_services, "P-1", TODAY - dt.timedelta(days=10))
    business_services.expenses.set_status(paid, "accepted")
    view = _dashboard(qtbot, business_services, runner)
    assert not view.responses.isVisible()


def test_count_and_nearest_deadline_then_red_when_late(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    add(business_services, "A-1", TODAY)  # due 30/11
    add(business_services, "A-2", TODAY - dt.timedelta(days=2))  # due 28/11
    view = _dashboard(qtbot, business_services, runner)
    banner = view.responses
    assert banner.isVisible()
    assert "2 facturas recibidas por responder" in banner.text()
    assert "· plazo más próximo: 28/11/2026 " in banner.text() and "fuera de plazo" not in banner.text()
    assert not banner.late
    calm = _background(banner)
    assert calm.red() > 240 and calm.green() > 230 and calm.blue() < 235  # the pale yellow notice
    add(business_services, "A-3", TODAY - dt.timedelta(days=5))  # due 25/11: yesterday
    view.refresh()
    assert "3 facturas recibidas por responder" in banner.text()
    assert "· 1 fuera de plazo · el más antiguo venció el 25/11/2026 " in banner.text()
    assert banner.late
    red = _background(banner)
    assert (red.red(), red.green(), red.blue()) == (0xFD, 0xEC, 0xEA)  # the red notice (VERI*FACTU's)


def test_one_waiting_reads_in_the_singular(qtbot: Any, business_services: Services, runner: Any) -> None:
    add(business_services, "A-1", TODAY - dt.timedelta(days=1))
    banner = _dashboard(qtbot, business_services, runner).responses
    assert "1 factura recibida por responder" in banner.text() and "29/11/2026" in banner.text()


def test_a_click_opens_the_received_invoices(qtbot: Any, business_services: Services, runner: Any) -> None:
    add(business_services, "A-1", TODAY - dt.timedelta(days=1))
    answered = add(business_services, "A-2", TODAY - dt.timedelta(days=3))
    business_services.expenses.set_status(answered, "accepted")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach_services(business_services, runner)
    dashboard: Any = window.views["dashboard"]
    dashboard.refresh()
    banner = dashboard.responses
    qtbot.waitUntil(banner.isVisible)
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    expenses: Any = window.current_view()
    assert expenses is window.views["expenses"]
    assert expenses.status.currentData() == "received"
    qtbot.waitUntil(lambda: expenses.model.rowCount() == 1)
    assert expenses.model.data(expenses.model.index(0, 1)) == "A-1"


def test_in_english(qtbot: Any, qapp: Any, business_services: Services, runner: Any) -> None:
    from tests.ui.english_walk import install_english, remove_translators

    add(business_services, "A-1", TODAY - dt.timedelta(days=6))  # due 24/11: late
    add(business_services, "A-2", TODAY)
    translators = install_english(qapp)
    try:
        text = _dashboard(qtbot, business_services, runner).responses.text()
    finally:
        remove_translators(qapp, translators)
    late = "· 1 past the deadline · the oldest was due on 24/11/2026 "
    assert "<b>2 received invoices to answer</b> " + late in text
    assert "See received invoices" in text
