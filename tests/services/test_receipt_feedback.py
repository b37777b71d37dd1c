"""The rating question inside the payment receipt: only when the feedback setting asks in receipts
and the payment settles the invoice; then the separate feedback email never asks again.
Checked on the bytes the real SMTP fixture received."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.services.feedback import FeedbackSettings
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
from tests.services.outbox_helpers import parse
from tests.services.reminder_helpers import ISSUE_DAY, business, client, clock, invoice, services

DUE = dt.date(2026, 11, 30)


def _bodies(services, smtp_server) -> list[str]:
    services.outbox.deliver_due()
    return [parse(e.original_content).get_body(("plain",)).get_content() for e in smtp_server.envelopes]


def test_the_settling_receipt_asks_for_a_rating_and_the_separate_email_does_not(services, smtp_server, clock):
    services.feedback.save_settings(FeedbackSettings(True, "receipt", 0))
    sol = client(services, "Sol")
    a = invoice(services, sol.id, DUE)  # 121.00
    services.payments.add(a.number, Decimal("21.00"))
    services.payments.add(a.number, Decimal("100.00"))
    partial, settling = _bodies(services, smtp_server)
    assert "Valore el trabajo" not in partial and "mailto:" not in partial
    assert "Valore el trabajo" in settling
    assert settling.count("mailto:") == 5 and "factura%20" + a.number in settling
    with services.store.read() as tx:
        assert tx.feedback_requested(a.id)
    services.feedback.save_settings(FeedbackSettings(True, "email", 0))  # switched later: no 2nd ask
    assert services.feedback.send_due_requests() == []
    assert [e.kind for e in services.outbox.list()].count("feedback") == 0


def test_no_question_when_the_setting_is_off_or_asks_by_email(services, smtp_server):
    sol = client(services, "Sol", language="en")
    a = invoice(services, sol.id, DUE)
    services.payments.add(a.number, Decimal("121.00"))  # off by default
    services.feedback.save_settings(FeedbackSettings(True, "email", 3))
    b = invoice(services, sol.id, DUE)
    services.payments.add(b.number, Decimal("121.00"))
    bodies = _bodies(services, smtp_server)
    assert len(bodies) == 2 and all("mailto:" not in body for body in bodies)
    with services.store.read() as tx:
        assert not tx.feedback_requested(a.id) and not tx.feedback_requested(b.id)


def test_english_client_gets_the_english_question(services, smtp_server):
    services.feedback.save_settings(FeedbackSettings(True, "receipt", 0))
    sol = client(services, "Sun", language="en")
    a = invoice(services, sol.id, DUE)
    services.payments.add(a.number, Decimal("121.00"))
    (body,) = _bodies(services, smtp_server)
    assert "Rate the work with one click" in body and "invoice%20" + a.number in body
