"""An issued invoice opened in the editor shows what it is (#18: greyed inputs, no payment
status): status and money in one line, «Registrar cobro» while something is owed, and its history
— payments (removed ones too), reminders, VERI*FACTU records — newest first. Real services on a
temp SQLite file, offscreen."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tests.ui.editor_helpers import TODAY, client, editor, editor_services  # noqa: F401 - fixtures
from tests.ui.test_editor_pdf_send import issued_invoice
from ui.widgets.money import format_money


def _rows(panel: Any) -> list[tuple[str, str]]:
    table = panel.table
    return [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def test_a_draft_has_no_document_panel(qtbot: Any, editor: Any, client: Any) -> None:
    editor.new_invoice(client.id)
    assert not editor.document_panel.isVisibleTo(editor)


def test_an_issued_invoice_shows_its_status_money_and_history(
    qtbot: Any, editor: Any, editor_services: Any, client: Any
) -> None:
    invoice = issued_invoice(editor_services, client)
    editor_services.payments.add(invoice.number, Decimal("100.00"), TODAY, "bizum", "BZ-1")
    mistaken = editor_services.payments.add(invoice.number, Decimal("5.00"), TODAY)
    editor_services.payments.remove(mistaken.id, "duplicado")
    editor.open_invoice(invoice.id)
    panel = editor.document_panel
    assert panel.isVisibleTo(editor)
    owed = editor_services.invoices.get(invoice.number).outstanding
    summary = panel.summary.text()
    assert (
        "Cobro parcial" in summary and format_money(owed) in summary and format_money(Decimal(100)) in summary
    )
    rows = _rows(panel)
    assert ("Cobro", f"{format_money(Decimal('100.00'))} · Bizum · BZ-1") in rows
    assert any(what == "Cobro anulado" for what, _detail in rows)
    assert editor_services.verifactu.enabled()  # a Spanish business: every invoice has its record
    assert any(what == "Registro VERI*FACTU" and detail.startswith("Alta") for what, detail in rows)
    assert panel.record_button.isEnabled()


def test_a_paid_invoice_keeps_its_payment_history_reachable(
    qtbot: Any, editor: Any, editor_services: Any, client: Any
) -> None:
    invoice = issued_invoice(editor_services, client)
    editor_services.payments.add(invoice.number, invoice.outstanding, TODAY - dt.timedelta(days=1))
    editor.open_invoice(invoice.id)
    panel = editor.document_panel
    assert "Cobrada" in panel.summary.text()
    assert not panel.record_button.isEnabled()  # nothing is owed
    assert panel.history_button.isEnabled() and [w for w, _d in _rows(panel)].count("Cobro") == 1
