"""Feedback (add, list, averages, mailto rating links, the optional request email) and the client
timeline's order, through the real services over a temp SQLite file and a real SMTP server."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import NotFound, ValidationFailed
from facturas_app.services.feedback import FeedbackSettings, feedback_json, rating_links
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
from tests.services.outbox_helpers import CLIENT_EMAIL, parse
from tests.services.sales_helpers import quote_payload, schedule_payload, setup_client

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}
TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def clock():
    return FixedClock(TODAY)


@pytest.fixture
def services(tmp_path, clock, database_url):
    built = build_services(tmp_path / "data", clock=clock, database_url=database_url)
    yield built
    built.close()


def _issued(services, client_id, **extra):
    draft = services.invoices.create_draft_from_payload(quote_payload(client_id, **extra)).invoice
    return services.invoices.issue(draft.id)


def test_feedback_add_list_and_averages_per_client_and_month(services):
    sol = setup_client(services)
    luna = services.clients.add_payload(
        {"name": "Luna SL", "tax_id": "B12345674", "email": "l@luna.example", **ADDRESS}
    )
    invoice = _issued(services, sol.id)
    services.feedback.add(sol.id, 4, "Muy claro", invoice.number, dt.date(2026, 5, 20))
    services.feedback.add(sol.id, "5", given_on=dt.date(2026, 6, 1))
    services.feedback.add(luna.id, 2, "Tarde", given_on=dt.date(2026, 6, 2))

    listed = [feedback_json(f) for f in services.feedback.list()]
    assert [set(item) for item in listed] == [{"id", "client_id", "rating", "comment", "date", "invoice"}] * 3
    assert [(i["rating"], i["comment"], i["date"], i["invoice"]) for i in listed] == [
        (4, "Muy claro", "2026-05-20", "F-2026-0001"),
        (5, "", "2026-06-01", None),
        (2, "Tarde", "2026-06-02", None),
    ]
    by_client = {a.key: (a.count, a.average) for a in services.feedback.averages_by_client()}
    assert by_client == {sol.id: (2, Decimal("4.5")), luna.id: (1, Decimal("2.0"))}
    by_month = [(a.key, a.count, a.average) for a in services.feedback.averages_by_month()]
    assert by_month == [("2026-05", 1, Decimal("4.0")), ("2026-06", 2, Decimal("3.5"))]
    assert services.feedback.overall().average == Decimal("3.7")  # 11 / 3, half up


@pytest.mark.parametrize("rating", [0, 6, "abc", "4.5", "", True, None])
def test_bad_ratings_are_refused_and_nothing_is_saved(services, rating):
    client = setup_client(services)
    with pytest.raises(ValidationFailed):
        services.feedback.add(client.id, rating)
    assert services.feedback.list() == []


def test_feedback_for_unknown_client_or_another_clients_invoice(services):
    sol = setup_client(services)
    luna = services.clients.add_payload({"name": "Luna SL", "tax_id": "B12345674", **ADDRESS})
    invoice = _issued(services, sol.id)
    with pytest.raises(NotFound):
        services.feedback.add("nobody", 3)
    with pytest.raises(ValidationFailed):
        services.feedback.add(luna.id, 3, invoice=invoice.number)
    with pytest.raises(NotFound):
        services.feedback.add(sol.id, 3, invoice="F-2099-0001")


def test_rating_links_prefill_a_reply_to_the_business():
    links = rating_links("facturas@example.test", "F-2026-0012", "es")
    assert [rating for rating, _url in links] == [1, 2, 3, 4, 5]
    parts = urlsplit(links[3][1])
    assert parts.scheme == "mailto" and unquote(parts.path) == "facturas@example.test"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Valoración: 4 — factura F-2026-0012"]
    assert query["body"][0].startswith("Valoración: 4 — factura F-2026-0012\n\nComentario")


def test_request_email_is_off_by_default_then_sent_once_days_after_payment(
    tmp_path, clock, use_keyring, smtp_server, trusting_context_factory
):
    use_keyring(MemoryKeyring())
    services = build_services(tmp_path / "data", clock=clock, ssl_context_factory=trusting_context_factory)
    try:
        services.mail_config.configure(mail_settings(smtp_server.port), SMTP_PASSWORD)
        client = setup_client(services)
        invoice = _issued(services, client.id, issue_date="2026-06-01")
        services.payments.add(invoice.number, invoice.totals.amount_due, dt.date(2026, 6, 10))
        assert services.feedback.send_due_requests() == []  # off by default
        services.feedback.save_settings(FeedbackSettings(enabled=True, channel="email", days_after_payment=7))
        assert services.feedback.send_due_requests() == []  # paid 5 days ago: not yet
        clock.today_date = dt.date(2026, 6, 17)
        results = services.feedback.send_due_requests()
        assert [(r["number"], r["sent"]) for r in results] == [(invoice.number, True)]
        assert services.feedback.send_due_requests() == []  # once per invoice, ever
        message = parse(smtp_server.envelopes[-1].content)
        body = message.get_body(("plain",)).get_content()
        assert len(smtp_server.envelopes) == 1 and smtp_server.envelopes[0].rcpt_tos == [CLIENT_EMAIL]
        assert body.count("mailto:") == 5 and "factura%20F-2026-0001" in body
        assert services.feedback.receipt_block(invoice.number, "es") == ""  # channel is email
    finally:
        services.close()


def test_timeline_orders_by_business_date_then_recording_order(services, clock):
    client = setup_client(services)
    clock.now_utc = dt.datetime(2026, 6, 15, 9, 0, tzinfo=dt.UTC)
    quote = services.quotes.draft(quote_payload(client.id, issue_date="2026-06-01")).invoice
    services.quotes.finalise(quote.id)
    services.recurring.add(schedule_payload(client.id, "2026-05-31"))
    services.recurring.run()  # issues 31 May today (backdated): it belongs before the quote
    services.timeline.add_note(client.id, "Llamada: acepta el presupuesto", dt.date(2026, 6, 3))
    invoice_id = services.quotes.accept(quote.id, dt.date(2026, 6, 3), "Firmado")
    invoice = services.invoices.issue(invoice_id.id, issue_date=dt.date(2026, 6, 5))
    services.payments.add(invoice.number, Decimal("100.00"), dt.date(2026, 6, 10))
    services.feedback.add(client.id, 5, "Genial", invoice.number, dt.date(2026, 6, 12))
    services.timeline.add_note(client.id, "Nota de hoy")

    items = services.timeline.for_client(client.id)
    summary = [(i.date.isoformat(), i.category, i.kind) for i in items]
    assert summary == [
        ("2026-05-31", "invoice", "invoice_issued"),
        ("2026-06-01", "quote", "quote_created"),
        ("2026-06-01", "quote", "quote_issued"),
        ("2026-06-03", "note", "note"),
        ("2026-06-03", "quote", "quote_accepted"),
        ("2026-06-05", "invoice", "invoice_issued"),
        ("2026-06-10", "payment", "payment_recorded"),
        ("2026-06-12", "feedback", "feedback_recorded"),
        ("2026-06-15", "note", "note"),
    ]
    with pytest.raises(ValidationFailed):
        services.timeline.add_note(client.id, "   ")
    with pytest.raises(NotFound):
        services.timeline.for_client("nobody")
