"""Recording a payment in the window sends its receipt right away (#18: it waited up to an hour
in the outbox), to a real SMTP server on loopback over STARTTLS; with the server away the payment
stands and the receipt waits in the outbox."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from facturas_app.domain.invoice import Status
from tests.services.mail_fixtures import (
    MemoryKeyring,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.reminder_helpers import business, client, invoice
from tests.ui.helpers import TODAY, ui_settings
from tests.ui.test_editor_pdf_send import configure_mail, services
from ui.views.payments import PaymentDialog
from ui.workers import SynchronousRunner


def _record(qtbot: Any, services: Any, amount: str) -> Any:
    sol = client(services, "Sol")
    owed = invoice(services, sol.id, TODAY + dt.timedelta(days=20))
    row = next(r for r in services.invoices.list(services.invoices.query()) if r.number == owed.number)
    dialog = PaymentDialog(services, SynchronousRunner(), row)
    qtbot.addWidget(dialog)
    dialog.amount.set_value(Decimal(amount))
    dialog.save()
    return owed


def test_the_receipt_reaches_the_server_when_the_payment_is_recorded(
    qtbot: Any, services: Any, smtp_server: Any
) -> None:
    configure_mail(services, smtp_server.port)
    owed = _record(qtbot, services, "121.00")
    assert services.invoices.get(owed.number).status is Status.PAID
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["sol@clientes.example.test"]]
    (payment,) = services.payments.list(owed.number)
    entry_id = services.receipts.outbox_for_payment(payment.id)
    assert entry_id is not None and services.outbox.get(entry_id).state == "sent"


def test_with_the_server_away_the_payment_stands_and_the_receipt_waits(qtbot: Any, services: Any) -> None:
    configure_mail(services, 9)  # nothing listens on the discard port on loopback
    owed = _record(qtbot, services, "50.00")
    (payment,) = services.payments.list(owed.number)
    assert payment.amount == Decimal("50.00")
    entry_id = services.receipts.outbox_for_payment(payment.id)
    assert entry_id is not None and services.outbox.get(entry_id).state != "sent"
