"""Every VERI*FACTU state visible in the window: the invoice list's column (text, colour, tooltip)
and the dashboard's warning, against the local AEAT on 127.0.0.1 with a real SQLite file."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from facturas_app.bootstrap import Services
from tests.services.verifactu.aeat_server import LocalAeat
from tests.services.verifactu.helpers import add_client, issue
from tests.services.verifactu.sending_fixtures import MovingClock
from tests.services.verifactu.sending_fixtures import aeat as aeat
from tests.services.verifactu.sending_fixtures import clock as clock
from tests.services.verifactu.sending_fixtures import services as services
from ui.models.invoice_list_columns import COL_VERIFACTU, ERROR_RED, WARNING_ORANGE
from ui.workers import SynchronousRunner


def three_states(services: Services, aeat: LocalAeat) -> list[str]:
    """Invoices accepted, accepted with errors and rejected, in issue order."""
    cid = add_client(services)
    numbers = [issue(services, cid).number or "" for _ in range(3)]
    aeat.with_errors[numbers[1]] = 1100
    aeat.reject[numbers[2]] = 1105
    services.verifactu_sending.send()
    return numbers


def column_cells(view: Any) -> dict[str, tuple[str, Any, str]]:
    model = view.model
    section = model.columns.index(COL_VERIFACTU)
    cells = {}
    for row in range(model.rowCount()):
        index = model.index(row, section)
        brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
        cells[model.row_at(row).number] = (model.data(index), brush.color() if brush else None, tip)
    return cells


def test_the_invoice_list_shows_each_records_state(qtbot: Any, services: Services, aeat: LocalAeat) -> None:
    from ui.views.invoices import InvoicesView

    numbers = three_states(services, aeat)
    issue(services, services.clients.list()[0].id)  # a fourth, not sent yet
    view = InvoicesView(services, SynchronousRunner())
    qtbot.addWidget(view)
    section = view.model.columns.index(COL_VERIFACTU)
    assert view.model.headerData(section, Qt.Orientation.Horizontal) == "VERI*FACTU"
    assert not view.table.isColumnHidden(section)  # a Spanish business keeps records
    cells = column_cells(view)
    assert cells[numbers[0]][:2] == ("Aceptada", None)
    assert cells[numbers[1]][:2] == ("Con errores", WARNING_ORANGE)
    assert cells[numbers[2]][:2] == ("Rechazada", ERROR_RED)
    assert "rechazó" in cells[numbers[2]][2] and "subsanarlo" in cells[numbers[2]][2]
    pending = [cell for number, cell in cells.items() if number not in numbers]
    assert [cell[0] for cell in pending] == ["Sin confirmar"]


def test_the_column_is_hidden_where_there_are_no_records(qtbot: Any, services: Services) -> None:
    from ui.views.invoices import InvoicesView

    services.verifactu.set_mode("off")
    view = InvoicesView(services, SynchronousRunner())
    qtbot.addWidget(view)
    assert view.table.isColumnHidden(view.model.columns.index(COL_VERIFACTU))


def test_the_dashboard_warns_of_a_rejection_and_links_to_the_sending_settings(
    qtbot: Any, services: Services, aeat: LocalAeat
) -> None:
    from ui.views.dashboard import DashboardView

    view = DashboardView(services, SynchronousRunner())
    qtbot.addWidget(view)
    view.refresh()
    assert view.verifactu.isHidden()  # nothing rejected, nothing waiting
    three_states(services, aeat)
    view.refresh()
    assert not view.verifactu.isHidden()
    assert "ha rechazado 1 registro" in view.verifactu.text()
    assert "más de una hora" not in view.verifactu.text()
    with qtbot.waitSignal(view.verifactu_settings_requested, timeout=2000):
        view.verifactu.linkActivated.emit("#verifactu")


def test_the_dashboard_warns_of_records_waiting_over_an_hour(
    qtbot: Any, services: Services, clock: MovingClock
) -> None:
    from ui.views.dashboard import DashboardView

    cid = add_client(services)
    issue(services, cid)
    issue(services, cid)
    view = DashboardView(services, SynchronousRunner())
    qtbot.addWidget(view)
    view.refresh()
    assert view.verifactu.isHidden()  # pending for seconds: the sender is on it
    clock.advance(3601)
    view.refresh()
    assert not view.verifactu.isHidden()
    text = view.verifactu.text()  # the source text, or its Spanish plural once a test loaded es.qm
    assert re.search(r"2 registro(\(s\)|s) sin respuesta de la AEAT desde hace más de una hora", text)
    assert "rechazado" not in text
