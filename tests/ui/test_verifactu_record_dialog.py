"""The VERI*FACTU record dialog: an invoice's records (hash, previous hash, time, send state), the
integrity check (intact and tampered), and the way in from Settings › VERI*FACTU."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from facturas_app.bootstrap import Services
from tests.services.verifactu.helpers import add_client, issue, open_services, raw
from ui.views.verifactu_panel import VerifactuPanel
from ui.views.verifactu_record_dialog import VerifactuRecordDialog, open_verifactu_record
from ui.workers import SynchronousRunner


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path)
    yield services
    services.close()


def cells(dialog: VerifactuRecordDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_shows_alta_and_anulacion_with_hashes_time_and_state(qtbot: Any, services: Services) -> None:
    client_id = add_client(services)
    first = issue(services, client_id)
    second = issue(services, client_id)
    services.invoices.cancel(second.number or "", "Error en el importe")
    rows = services.verifactu.records_of(second.id)

    dialog = open_verifactu_record(None, services, SynchronousRunner(), second.id)
    qtbot.addWidget(dialog)

    shown = cells(dialog)
    assert [r[0] for r in shown] == ["Alta", "Anulación"]
    assert [r[2] for r in shown] == [row.huella for row in rows]
    assert shown[0][3] == services.verifactu.records_of(first.id)[0].huella  # chained to the first
    assert shown[1][3] == rows[0].huella
    assert shown[0][1] == "26/11/2026 11:15:30"  # 10:15:30 UTC in Madrid (CET)
    assert all("Pendiente de envío" in r[4] for r in shown)
    assert second.number in dialog.title.text()

    with qtbot.waitSignal(dialog.checked):
        dialog.check_button.click()
    assert "Íntegro" in dialog.result.text()


def test_integrity_check_names_a_tampered_record_of_this_invoice(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    invoice = issue(services, add_client(services))
    connection = raw(tmp_path)
    try:
        # Outside the app, as an attacker would (the app's own triggers refuse updates).
        triggers = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
        for name in triggers:
            if "verifactu" in name:
                connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute(
            "UPDATE verifactu_records SET huella = ? WHERE invoice_id = ?", ("0" * 64, invoice.id)
        )
        connection.commit()
    finally:
        connection.close()

    dialog = VerifactuRecordDialog(services, SynchronousRunner(), invoice.id)
    qtbot.addWidget(dialog)
    dialog.check()

    assert "alterado" in dialog.result.text() and "Alta" in dialog.result.text()


def test_an_invoice_without_records_says_so(qtbot: Any, services: Services) -> None:
    draft = services.invoices.create_draft_from_payload(
        {"client_id": add_client(services), "lines": [{"description": "x", "quantity": "1",
                                                         "unit_price": "1", "vat_rate": "21"}]}
    ).invoice  # fmt: skip
    dialog = VerifactuRecordDialog(services, SynchronousRunner(), draft.id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "no tiene registros" in dialog.title.text()


def test_reachable_from_the_settings_panel_by_invoice_number(qtbot: Any, services: Services) -> None:
    invoice = issue(services, add_client(services))
    panel = VerifactuPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)

    panel.record_number.setText(invoice.number or "")
    panel.record_button.click()

    dialog = panel.record_dialog
    assert isinstance(dialog, VerifactuRecordDialog) and dialog.isVisible()
    assert cells(dialog)[0][2] == services.verifactu.records_of(invoice.id)[0].huella
    dialog.close()
    QApplication.processEvents()


def test_an_unknown_number_shows_an_error_in_the_panel(qtbot: Any, services: Services) -> None:
    panel = VerifactuPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)
    panel.record_number.setText("NO-EXISTE-1")
    panel.record_button.click()
    assert panel.record_dialog is None and panel.result.text()
