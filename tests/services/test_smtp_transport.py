"""SmtpTransport against real servers: aiosmtpd with STARTTLS + AUTH, and scripted misbehaving ones."""

# Fixtures are imported from mail_fixtures (conftest.py is shared) and used by parameter name.
# ruff: noqa: F401, F811

from __future__ import annotations

import email
import email.policy
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from facturas_app.domain.errors import SecretUnavailable, ValidationFailed
from facturas_app.services.mail import SmtpTransport
from facturas_app.services.ports import DeliveryOutcome
from tests.services.mail_fixtures import (
    GREYLISTED_RECIPIENT,
    REFUSED_RECIPIENT,
    SMTP_PASSWORD,
    ScriptedSmtpServer,
    SmtpServer,
    cleartext_auth_server,
    implicit_tls_server,
    mail_settings,
    refused_port,
    scripted_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
)

PDF_BYTES = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n.\n..leading dots\n%%EOF\n"
ContextFactory = Callable[[], ssl.SSLContext]


def invoice_message(to: str = "cliente@example.test", **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Laura Gómez <facturas@example.test>"
    message["To"] = to
    message["Subject"] = "Factura F-2026-0001"
    message["Message-ID"] = "<f-2026-0001.1@facturas.example.test>"
    for name, value in headers.items():
        message[name] = value
    message.set_content("Adjunto la factura F-2026-0001.\n.\nUn saludo, Laura Gómez\n")
    message.add_attachment(PDF_BYTES, maintype="application", subtype="pdf", filename="F-2026-0001.pdf")
    return message


def transport(port: int, context_factory: ContextFactory | None, password: str = SMTP_PASSWORD, **settings):
    return SmtpTransport(mail_settings(port, **settings), lambda: password, context_factory)


def test_delivers_one_message_with_attachment_and_message_id_intact(smtp_server, trusting_context_factory):
    message = invoice_message(Bcc="asesor@example.test")

    result = transport(smtp_server.port, trusting_context_factory).send(message)

    assert result.outcome is DeliveryOutcome.SENT, result.detail
    assert "250" in result.detail
    [envelope] = smtp_server.envelopes
    assert envelope.mail_from == "facturas@example.test"
    assert envelope.rcpt_tos == ["cliente@example.test", "asesor@example.test"]
    received = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert received["Message-ID"] == "<f-2026-0001.1@facturas.example.test>"
    assert received["Bcc"] is None  # the envelope carries it; the header never leaves
    assert message["Bcc"] == "asesor@example.test"  # the caller's message is untouched
    [attachment] = received.iter_attachments()
    assert attachment.get_filename() == "F-2026-0001.pdf"
    assert attachment.get_content() == PDF_BYTES
    assert "Un saludo, Laura Gómez" in received.get_body(("plain",)).get_content()


def test_credentials_go_only_after_starttls(smtp_server, trusting_context_factory):
    transport(smtp_server.port, trusting_context_factory).send(invoice_message())

    assert smtp_server.commands.index("STARTTLS") < smtp_server.commands.index("AUTH")


def test_wrong_password_is_permanent_with_the_servers_words(smtp_server, trusting_context_factory):
    result = transport(smtp_server.port, trusting_context_factory, password="wrong").send(invoice_message())

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "535" in result.detail
    assert "Authentication credentials invalid" in result.detail
    assert smtp_server.envelopes == []


def test_untrusted_certificate_is_permanent(smtp_server):
    # The production default: the system CA store, which has never heard of the test CA.
    result = transport(smtp_server.port, None).send(invoice_message())

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "certificate" in result.detail.lower()
    assert "AUTH" not in smtp_server.commands
    assert smtp_server.envelopes == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # that is the point
def test_no_starttls_on_offer_is_permanent_and_never_sends_auth(
    cleartext_auth_server, trusting_context_factory
):
    result = transport(cleartext_auth_server.port, trusting_context_factory).send(invoice_message())

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "STARTTLS" in result.detail
    assert "EHLO" in cleartext_auth_server.commands  # it did talk to the server...
    assert not {"AUTH", "MAIL", "RCPT", "DATA"} & set(cleartext_auth_server.commands)  # ...and stopped there


def test_refused_recipient_is_permanent_and_nothing_is_sent(smtp_server, trusting_context_factory):
    message = invoice_message(to=f"cliente@example.test, {REFUSED_RECIPIENT}")

    result = transport(smtp_server.port, trusting_context_factory).send(message)

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "550" in result.detail
    assert REFUSED_RECIPIENT in result.detail
    assert "DATA" not in smtp_server.commands
    assert smtp_server.envelopes == []


def test_a_temporarily_refused_recipient_is_temporary(smtp_server, trusting_context_factory):
    result = transport(smtp_server.port, trusting_context_factory).send(
        invoice_message(to=GREYLISTED_RECIPIENT)
    )

    assert result.outcome is DeliveryOutcome.TEMPORARY
    assert "451 4.7.1 Greylisted" in result.detail
    assert smtp_server.envelopes == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # it is all TLS
def test_implicit_tls_delivers(implicit_tls_server, trusting_context_factory):
    smtp = transport(implicit_tls_server.port, trusting_context_factory, security="ssl")

    result = smtp.send(invoice_message())

    assert result.outcome is DeliveryOutcome.SENT, result.detail
    assert "STARTTLS" not in implicit_tls_server.commands
    assert len(implicit_tls_server.envelopes) == 1


def test_an_international_address_travels_with_smtputf8(smtp_server, trusting_context_factory):
    result = transport(smtp_server.port, trusting_context_factory).send(
        invoice_message(to="josé@correo.example")
    )

    assert result.outcome is DeliveryOutcome.SENT, result.detail
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["josé@correo.example"]
    assert "SMTPUTF8" in envelope.mail_options


def test_connection_lost_after_the_data_is_unknown(scripted_server, trusting_context_factory):
    server: ScriptedSmtpServer = scripted_server("drop_after_data")

    result = transport(server.port, trusting_context_factory).send(invoice_message())

    assert server.data_received.is_set()
    assert server.commands[:4] == ["EHLO", "STARTTLS", "EHLO", "AUTH"]
    assert result.outcome is DeliveryOutcome.UNKNOWN
    assert "may or may not" in result.detail


def test_a_server_that_never_answers_is_temporary_within_the_timeout(
    scripted_server, trusting_context_factory
):
    server: ScriptedSmtpServer = scripted_server("silent")
    started = time.monotonic()

    result = transport(server.port, trusting_context_factory, timeout_s=0.5).send(invoice_message())

    assert result.outcome is DeliveryOutcome.TEMPORARY
    assert "did not answer" in result.detail
    assert time.monotonic() - started < 3


def test_connection_refused_is_temporary(refused_port, trusting_context_factory):
    result = transport(refused_port, trusting_context_factory).send(invoice_message())

    assert result.outcome is DeliveryOutcome.TEMPORARY
    assert "refused" in result.detail


def test_check_authenticates_and_sends_nothing(smtp_server, trusting_context_factory):
    result = transport(smtp_server.port, trusting_context_factory).check()

    assert result.outcome is DeliveryOutcome.SENT, result.detail
    assert "AUTH" in smtp_server.commands
    assert not {"MAIL", "RCPT", "DATA"} & set(smtp_server.commands)
    assert smtp_server.envelopes == []


def test_check_with_a_wrong_password_is_permanent(smtp_server, trusting_context_factory):
    result = transport(smtp_server.port, trusting_context_factory, password="wrong").check()

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "535" in result.detail


def test_check_against_nothing_listening_is_temporary(refused_port, trusting_context_factory):
    result = transport(refused_port, trusting_context_factory).check()

    assert result.outcome is DeliveryOutcome.TEMPORARY


def test_missing_password_raises_before_connecting(refused_port, trusting_context_factory):
    smtp = SmtpTransport(mail_settings(refused_port), lambda: None, trusting_context_factory)

    with pytest.raises(SecretUnavailable) as raised:
        smtp.send(invoice_message())

    assert raised.value.code == "mail_password_missing"


def test_a_message_without_recipients_is_permanent(refused_port, trusting_context_factory):
    message = invoice_message()
    del message["To"]

    result = transport(refused_port, trusting_context_factory).send(message)

    assert result.outcome is DeliveryOutcome.PERMANENT
    assert "no recipients" in result.detail


def test_invalid_settings_are_refused_up_front():
    with pytest.raises(ValidationFailed) as raised:
        SmtpTransport(mail_settings(25, host="smtp.example.test", security="plain"), lambda: "x")

    assert {problem.code for problem in raised.value.problems} >= {"plain_only_localhost"}
