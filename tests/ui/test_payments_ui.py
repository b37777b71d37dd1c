"""Aging model/panel, payment history with removal, the record-payment dialog's reference, and the
reminders settings panel — pytest-qt over real services (temp DB, synchronous runner)."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from facturas_app.domain.invoice import Status
from tests.services.reminder_helpers import business, client, invoice
from tests.ui.helpers import TODAY, runner, services, ui_settings
from ui.models.aging_model import AgingLine, AgingModel


def _owing(services):
    business(services)
    sol, luna = client(services, "Sol"), client(services, "Luna")
    old = invoice(services, sol.id, TODAY - dt.timedelta(days=10), issue=TODAY - dt.timedelta(days=40))
    invoice(services, luna.id, TODAY + dt.timedelta(days=5))
    return sol, luna, old


def test_aging_model_passes_the_model_tester(qtmodeltester):
    model = AgingModel()
    model.set_lines(
        [
            AgingLine(
                "c1",
                "Sol",
                (Decimal("1.00"), Decimal("0"), Decimal("0"), Decimal("0"), Decimal("2.50")),
                Decimal("3.50"),
                Decimal("12.5"),
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 5)).replace("\xa0", " ").startswith("2,50")
    assert model.data(model.index(0, 7)) == "12,5"


def test_aging_panel_shows_bucket_totals_and_filters(qtbot, services, runner):
    from ui.views.aging_panel import AgingPanel

    _owing(services)
    panel = AgingPanel(services, runner)
    qtbot.addWidget(panel)
    panel.refresh()
    assert {panel.model.line_at(r).client_name for r in range(panel.model.rowCount())} == {"Sol", "Luna"}
    assert panel.report.totals["1_30"] == Decimal("121.00") and panel.report.totals["not_due"] == Decimal(
        "121.00"
    )
    panel.filter.setCurrentIndex(1)  # owing 1–30 days or more
    assert [panel.model.line_at(r).client_name for r in range(panel.model.rowCount())] == ["Sol"]


def test_payment_dialog_records_method_and_reference(qtbot, services, runner):
    from ui.views.payments import PaymentDialog

    _sol, _luna, old = _owing(services)
    row = next(r for r in services.invoices.list(services.invoices.query()) if r.number == old.number)
    dialog = PaymentDialog(services, runner, row)
    qtbot.addWidget(dialog)
    dialog.amount.set_value(Decimal("21.00"))
    dialog.method.setCurrentIndex(dialog.method.findData("bizum"))
    dialog.reference.setText("BZ-42")
    dialog.save()
    (payment,) = services.payments.list(old.number)
    assert (payment.amount, payment.method, payment.reference) == (Decimal("21.00"), "bizum", "BZ-42")
    assert services.invoices.get(old.number).status is Status.PARTIALLY_PAID


def test_payment_history_removes_with_a_reason_and_keeps_it(qtbot, services, runner):
    from ui.views.payment_history import PaymentHistoryDialog

    _sol, _luna, old = _owing(services)
    services.payments.add(old.number, Decimal("121.00"))
    dialog = PaymentHistoryDialog(services, runner, old.id, old.number)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.payment_removed):
        dialog.remove_selected(reason="duplicado")
    assert dialog.table.rowCount() == 1 and "duplicado" in dialog.table.item(0, 4).text()
    assert dialog.table.item(0, 1).font().strikeOut()
    assert services.invoices.get(old.number).outstanding == Decimal("121.00")


def test_reminders_settings_panel_saves_schedule_and_receipts(qtbot, services, runner):
    from ui.views.reminders_settings import RemindersSettingsPanel

    business(services)
    panel = RemindersSettingsPanel(services, runner)
    qtbot.addWidget(panel)
    assert panel.rows["overdue_7"][1].value() == 7 and panel.receipts.isChecked()
    assert "vence" in panel.preview.toPlainText()
    panel.rows["overdue_7"][1].setValue(10)
    panel.rows["overdue_30"][2].setChecked(True)
    panel.receipts.setChecked(False)
    with qtbot.waitSignal(panel.saved):
        panel.save()
    saved = {s.name: s for s in services.reminders.settings().stages}
    assert saved["overdue_7"].days == 10 and saved["overdue_30"].demand_letter
    assert services.receipts.enabled() is False
    panel.rows["due"][1].setValue(10)  # two stages on the same day: refused, shown
    panel.save()
    assert panel.error.text()
