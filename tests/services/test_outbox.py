"""OutboxService against real servers (aiosmtpd, scripted sockets): a message sent once with its
PDF, and every way delivery fails (password, certificate, no STARTTLS, refused, lost, silent,
backoff, greylisting). The user's decisions: test_outbox_decisions.py; the keyring and mail
settings: test_outbox_keyring.py."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import datetime as dt
import time

from facturas_app.domain.invoice import Status
from facturas_app.services.outbox import BACKOFF
from tests.services.mail_fixtures import (
    GREYLISTED_RECIPIENT,
    REFUSED_RECIPIENT,
    cleartext_auth_server,
    refused_port,
    scripted_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import (
    START,
    advance,
    client_events,
    clock,
    configure,
    keyring_backend,
    make_services,
    send_invoice,
)
from tests.services.outbox_helpers import CLIENT_EMAIL, issued_invoice, parse, pdf_attachments, pdf_text

# --- the happy path --------------------------------------------------------------------------


def test_invoice_is_sent_once_with_pdf_and_the_rows_message_id(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services)

    entry = services.outbox.queue_invoice(invoice.number)
    assert services.outbox.get(entry.id).state == "queued"  # written before anything is sent
    (result,) = services.outbox.deliver([entry.id])

    assert result.state == "sent" and result.sent_at == START and result.attempts == 1
    assert len(smtp_server.envelopes) == 1
    envelope = smtp_server.envelopes[0]
    assert envelope.rcpt_tos == [CLIENT_EMAIL]
    message = parse(envelope.original_content)
    assert message["Message-ID"] == result.message_id == entry.message_id
    assert result.message_id.endswith("@example.test>") and entry.id in result.message_id
    assert invoice.number in message["Subject"]
    assert "271,89\xa0€" in message.get_body(("plain",)).get_content()  # amount due, Babel es_ES
    ((filename, content),) = pdf_attachments(message)
    assert filename == f"{invoice.number} Inmobiliaria Sol S.A.pdf"
    assert invoice.number in pdf_text(content)
    assert services.invoices.get(invoice.id).status is Status.SENT
    (event,) = [e for e in client_events(services, invoice.client_id) if e.kind == "email_sent"]
    assert event.invoice_id == invoice.id and event.payload["message_id"] == result.message_id


def test_english_client_gets_english_mail_and_bcc_to_self_is_not_a_header(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port, reply_to="laura@example.test")
    invoice = issued_invoice(services, language="en")

    result = send_invoice(services, invoice, cc_self=True)

    assert result.state == "sent"
    envelope = smtp_server.envelopes[0]
    assert envelope.rcpt_tos == [CLIENT_EMAIL, "facturas@example.test"]
    message = parse(envelope.original_content)
    assert message["Bcc"] is None and message["Reply-To"] == "laura@example.test"
    assert message["Subject"].startswith(f"Invoice {invoice.number}")
    assert "€271.89" in message.get_body(("plain",)).get_content()


# --- failures ----------------------------------------------------------------------------------


def test_wrong_password_fails_with_the_servers_words_and_the_invoice_stays_issued(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port, password="not-the-password")
    invoice = issued_invoice(services)

    result = send_invoice(services, invoice)

    assert result.state == "failed"
    assert result.last_error.startswith("535")
    assert smtp_server.envelopes == []
    assert services.invoices.get(invoice.id).status is Status.ISSUED
    assert [e for e in client_events(services, invoice.client_id) if e.kind == "email_sent"] == []


def test_untrusted_certificate_fails_without_logging_in(make_services, smtp_server):
    services = make_services(context_factory=None)  # the system CA store does not know trustme's CA
    configure(services, smtp_server.port)
    invoice = issued_invoice(services)

    result = send_invoice(services, invoice)

    assert result.state == "failed"
    assert "certificate" in result.last_error
    assert "AUTH" not in smtp_server.commands


def test_server_without_starttls_never_gets_the_credentials(make_services, cleartext_auth_server):
    services = make_services()
    configure(services, cleartext_auth_server.port)
    invoice = issued_invoice(services)

    result = send_invoice(services, invoice)

    assert result.state == "failed" and "STARTTLS" in result.last_error
    assert "AUTH" not in cleartext_auth_server.commands and "MAIL" not in cleartext_auth_server.commands


def test_refused_recipient_fails_permanently(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services, email_address=REFUSED_RECIPIENT)

    result = send_invoice(services, invoice)

    assert result.state == "failed" and "550" in result.last_error and REFUSED_RECIPIENT in result.last_error
    assert smtp_server.envelopes == []


def test_connection_lost_after_the_data_is_unknown_and_never_resent(make_services, scripted_server, clock):
    server = scripted_server("drop_after_data")
    services = make_services()
    configure(services, server.port)
    invoice = issued_invoice(services)

    result = send_invoice(services, invoice)
    advance(clock, dt.timedelta(days=2))
    again = services.outbox.deliver_due()

    assert result.state == "unknown" and "may or may not" in result.last_error
    assert again == [] and services.outbox.get(result.id).state == "unknown"
    assert server.commands.count("DATA") == 1
    assert services.invoices.get(invoice.id).status is Status.ISSUED


def test_silent_server_times_out_quickly_and_stays_queued_for_retry(make_services, scripted_server):
    server = scripted_server("silent")
    services = make_services()
    configure(services, server.port, timeout_s=1.0)
    invoice = issued_invoice(services)

    started = time.monotonic()
    result = send_invoice(services, invoice)
    elapsed = time.monotonic() - started

    assert elapsed < 5
    assert result.state == "queued" and result.attempts == 1
    assert result.next_attempt_at == START + BACKOFF[0]
    assert "did not answer" in result.last_error


def test_temporary_failures_back_off_then_fail(make_services, refused_port, clock):
    services = make_services()
    configure(services, refused_port)
    invoice = issued_invoice(services)
    entry = services.outbox.queue_invoice(invoice.id)
    waits = []

    for _attempt in range(len(BACKOFF) + 1):
        (result,) = services.outbox.deliver_due()
        if result.state == "queued":
            waits.append(result.next_attempt_at - clock.now())
            advance(clock, waits[-1] - dt.timedelta(seconds=1))
            assert services.outbox.deliver_due() == []  # not due yet
            advance(clock, dt.timedelta(seconds=1))

    assert waits == list(BACKOFF)
    final = services.outbox.get(entry.id)
    assert final.state == "failed" and final.attempts == len(BACKOFF) + 1
    assert "refused" in final.last_error


def test_greylisting_is_temporary(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services, email_address=GREYLISTED_RECIPIENT)

    result = send_invoice(services, invoice)

    assert (
        result.state == "queued" and result.last_error.startswith("Recipient") and "451" in result.last_error
    )
