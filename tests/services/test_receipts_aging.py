"""Receipts (one per payment, even if the hook runs twice), status following partial payments to
the cent, and aging buckets / days to pay checked against an independent recomputation."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import Conflict
from facturas_app.domain.invoice import Status
from facturas_app.storage.api import AGING_BUCKETS
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    MemoryKeyring,
    mail_settings,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_helpers import parse, pdf_attachments, pdf_text
from tests.services.reminder_helpers import ISSUE_DAY, business, client, clock, invoice, services


def test_one_receipt_per_payment_even_if_the_hook_runs_twice(services, smtp_server):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 30))
    payment = services.payments.add(a.number, Decimal("50.00"), method="bizum", reference="BZ-7")
    with services.store.write() as tx:  # the hook again, for the same payment
        assert services.receipts.queue_receipt(tx, services.invoices.get(a.number), payment) is None
        services.receipts.on_payment(tx, services.invoices.get(a.number), payment)
    sent = services.outbox.deliver_due()
    assert [e.kind for e in sent] == ["receipt"] and sent[0].state == "sent"
    assert len(smtp_server.envelopes) == 1
    message = parse(smtp_server.envelopes[0].original_content)
    body = message.get_body(("plain",)).get_content()
    assert "50,00" in body and a.number in body and "71,00" in body  # this payment, what is left
    ((name, content),) = pdf_attachments(message)
    assert name.startswith("Recibo_") and "RECIBO DE PAGO" in pdf_text(content)


def test_receipts_respect_the_setting_and_a_missing_email(services, smtp_server):
    nomail = client(services, "Sin Correo", email="")
    invoice_a = invoice(services, nomail.id, dt.date(2026, 11, 30))
    services.payments.add(invoice_a.number, Decimal("10.00"))
    services.receipts.set_enabled(False)
    sol = client(services, "Sol")
    invoice_b = invoice(services, sol.id, dt.date(2026, 11, 30))
    services.payments.add(invoice_b.number, Decimal("10.00"))
    assert services.outbox.list() == []
    services.receipts.set_enabled(True)
    services.payments.add(invoice_b.number, Decimal("10.00"))
    assert [e.kind for e in services.outbox.list()] == ["receipt"]


def test_partial_payments_change_status_and_outstanding_exactly(services):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 30), price="33.33")  # 40.33 with VAT
    steps = [
        ("0.01", Status.PARTIALLY_PAID, "40.32"),
        ("20.00", Status.PARTIALLY_PAID, "20.32"),
        ("20.32", Status.PAID, "0.00"),
    ]
    ids = []
    for amount, status, left in steps:
        if status is Status.PAID:  # one cent too much is refused, and nothing changes
            with pytest.raises(Conflict):
                services.payments.add(a.number, Decimal(amount) + Decimal("0.01"))
        ids.append(services.payments.add(a.number, Decimal(amount)).id)
        current = services.invoices.get(a.number)
        assert (current.status, current.outstanding) == (status, Decimal(left))
    services.payments.remove(ids[1], "duplicado")
    current = services.invoices.get(a.number)
    assert (current.status, current.outstanding) == (Status.PARTIALLY_PAID, Decimal("20.00"))
    history = services.payments.list(a.number, include_removed=True)
    assert [(p.amount, p.removed_reason) for p in history] == [
        (Decimal("0.01"), ""),
        (Decimal("20.00"), "duplicado"),
        (Decimal("20.32"), ""),
    ]


def _bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "not_due"
    for limit, name in ((30, "1_30"), (60, "31_60"), (90, "61_90")):
        if days_overdue <= limit:
            return name
    return "over_90"


def test_aging_buckets_match_an_independent_recomputation(services, clock):
    rng = random.Random(6)
    clock.today_date = dt.date(2026, 1, 2)
    clients = [client(services, name) for name in ("Sol", "Luna", "Mar")]
    for i in range(40):
        due = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randint(0, 330))
        inv = invoice(
            services, rng.choice(clients).id, due, price=f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}"
        )
        if i % 4 == 1:
            services.payments.add(inv.number, Decimal("1.00"))
        elif i % 7 == 3:
            services.payments.add(inv.number, inv.totals.amount_due)
        elif i % 11 == 5:
            services.invoices.cancel(inv.number, "error")
    today = dt.date(2026, 12, 15)
    clock.today_date = today
    expected: dict[tuple[str, str], Decimal] = {}
    for row in services.invoices.list(services.invoices.query(limit=None)):
        if (
            row.number
            and row.status not in (Status.PAID, Status.CANCELLED, Status.DRAFT)
            and row.outstanding > 0
        ):
            key = (row.client_id, _bucket((today - row.due_date).days))
            expected[key] = expected.get(key, Decimal("0.00")) + row.outstanding
    report = services.aging.report()
    got = {(c.client_id, b): v for c in report.clients for b, v in c.buckets.items() if v}
    assert got == expected
    for bucket in AGING_BUCKETS:
        assert report.totals[bucket] == sum(
            (v for (_c, b), v in expected.items() if b == bucket), Decimal("0.00")
        )
    overdue_only = services.aging.report(min_bucket="61_90")
    assert all(c.buckets["61_90"] + c.buckets["over_90"] > 0 for c in overdue_only.clients)


def test_average_days_to_pay_uses_the_last_standing_payment(services, clock):
    sol, luna = client(services, "Sol"), client(services, "Luna")
    a = invoice(services, sol.id, dt.date(2026, 12, 2))
    b = invoice(services, sol.id, dt.date(2026, 12, 2))
    invoice(services, luna.id, dt.date(2026, 12, 2))  # unpaid: no average
    clock.today_date = dt.date(2026, 11, 12)
    services.payments.add(a.number, Decimal("21.00"))
    services.payments.add(a.number, Decimal("100.00"))  # paid 10 days after issue
    clock.today_date = dt.date(2026, 11, 22)
    wrong = services.payments.add(b.number, Decimal("121.00"))
    services.payments.remove(wrong.id, "error")
    clock.today_date = dt.date(2026, 12, 2)
    services.payments.add(b.number, Decimal("121.00"))  # 30 days
    assert services.aging.average_days_to_pay() == {sol.id: Decimal("20.0")}
    assert services.aging.client_days_to_pay(luna.id) is None
