# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The window's side of issue #16 point 7: the rectify dialog offers the method, the payments view
lists an invoice that owes money back as 'a devolver' and its dialog records the refund."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.helpers import business_services, make_client, runner, services, ui_settings  # noqa: F401
from ui.models.invoice_list import COL_OUTSTANDING
from ui.views.editor_dialogs import RectifyDialog
from ui.views.payments import PaymentDialog, PaymentsView


def test_rectify_dialog_offers_substitution_and_differences(qtbot: Any) -> None:
    dialog = RectifyDialog("F-2026-0001", "R1")
    qtbot.addWidget(dialog)
    assert [dialog.method.itemData(i) for i in range(dialog.method.count())] == [
        "substitution",
        "differences",
    ]
    dialog.reason.setText("Devolución parcial")
    dialog.method.setCurrentIndex(1)
    assert "negativo" in dialog.hint.text()
    assert dialog.result_value().method == "differences"


def test_money_owed_back_is_listed_and_refunded(qtbot: Any, business_services: Any, runner: Any) -> None:
    services = business_services
    client = make_client(services, "Inmobiliaria Sol S.A.", "A58818501")
    day = dt.date(2026, 9, 1).isoformat()
    line = {"description": "Reforma", "quantity": "1", "unit_price": "423.23", "vat_rate": "21"}
    payload = {"client_id": client.id, "lines": [line], "issue_date": day}
    original = services.invoices.issue(services.invoices.create_draft_from_payload(payload).invoice.id)
    services.payments.add(original.number, Decimal("512.11"))
    lines = {"lines": [{**line, "unit_price": "330.58"}]}
    draft = services.invoices.rectify(original.number, lines, "Precio").invoice
    substitute = services.invoices.issue(draft.id)
    view = PaymentsView(services, runner)
    qtbot.addWidget(view)
    rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
    row = next(r for r in rows if r is not None and r.id == substitute.id)  # paid, but owed back
    shown = view.model.data(view.model.index(rows.index(row), COL_OUTSTANDING))
    assert shown == "112,11\xa0€ a devolver"
    dialog = PaymentDialog(services, runner, row, view)
    qtbot.addWidget(dialog)
    assert dialog.refund and "devolución" in dialog.windowTitle()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.save()
    assert dialog.recorded is not None and dialog.recorded.amount == Decimal("-112.11")
    assert services.invoices.get(substitute.id).outstanding == Decimal("0.00")
