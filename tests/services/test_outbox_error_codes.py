"""Why an email did not go out, as a stable code beside the server's words (issue #18): each way a
real server (aiosmtpd, scripted sockets) or the network refuses is stored in the SQLite outbox
with its code, and said in Spanish or English with the server's reply only as a detail."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from facturas_app.messages_outbox import outbox_error_text
from facturas_app.services.mail import error_codes
from facturas_app.services.outbox import STALE_SENDING
from tests.services.mail_fixtures import (
    GREYLISTED_RECIPIENT,
    REFUSED_RECIPIENT,
    RecordingController,
    RecordingHandler,
    refused_port,
    scripted_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import (
    advance,
    clock,
    configure,
    keyring_backend,
    make_services,
    send_invoice,
)
from tests.services.outbox_helpers import issued_invoice


@dataclass
class RefusingSenderHandler(RecordingHandler):
    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        return "553 5.7.1 <facturas@example.test>: Sender address rejected: not owned by user"


@pytest.fixture
def open_server(server_tls_context: ssl.SSLContext) -> Iterator[RecordingController]:
    """STARTTLS, no login, refuses every sender (a relay that does not know us)."""
    controller = RecordingController(RefusingSenderHandler(), [], tls_context=server_tls_context)
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def small_server(server_tls_context: ssl.SSLContext) -> Iterator[RecordingController]:
    """STARTTLS, no login, and a 1 kB limit on the message (aiosmtpd answers 552 after the data)."""
    controller = RecordingController(
        RecordingHandler(), [], tls_context=server_tls_context, data_size_limit=1024
    )
    controller.start()
    yield controller
    controller.stop()


def test_refused_recipient_is_stored_with_its_code_and_said_in_both_languages(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services, email_address=REFUSED_RECIPIENT)

    sent = send_invoice(services, invoice)
    stored = services.outbox.get(sent.id)  # read back from the SQLite file

    assert (stored.state, stored.error_code) == ("failed", error_codes.RECIPIENT_REFUSED)
    assert "550 5.1.1" in stored.last_error  # the server's words, kept as they came
    spanish = outbox_error_text(stored, "es")
    assert spanish.startswith("El servidor de correo rechazó al destinatario. Respuesta del servidor: ")
    assert spanish.endswith(stored.last_error)
    assert outbox_error_text(stored, "en").startswith("The mail server refused the recipient. Server reply: ")
    assert [e.error_code for e in services.outbox.list()] == [error_codes.RECIPIENT_REFUSED]


def test_greylisting_is_a_temporary_server_error(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)

    sent = send_invoice(services, issued_invoice(services, email_address=GREYLISTED_RECIPIENT))

    assert (sent.state, sent.error_code) == ("queued", error_codes.SERVER_TEMPORARY)
    assert outbox_error_text(sent, "es").startswith("El servidor de correo tiene un problema temporal")


def test_wrong_password_is_an_authentication_failure(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port, password="not-the-password")

    sent = send_invoice(services, issued_invoice(services))

    assert (sent.state, sent.error_code) == ("failed", error_codes.AUTH_FAILED)
    assert sent.last_error.startswith("535")
    assert outbox_error_text(sent, "es") == (
        "El servidor de correo no aceptó el usuario o la contraseña. Respuesta del servidor: "
        + sent.last_error
    )


def test_refused_sender(make_services, open_server):
    services = make_services()
    configure(services, open_server.port, user="")

    sent = send_invoice(services, issued_invoice(services))

    assert (sent.state, sent.error_code) == ("failed", error_codes.SENDER_REFUSED)
    assert "553 5.7.1" in sent.last_error
    assert outbox_error_text(sent, "en").startswith(
        "The mail server refused the sender address. Server reply:"
    )


def test_message_too_large(make_services, small_server):
    services = make_services()
    configure(services, small_server.port, user="")

    sent = send_invoice(services, issued_invoice(services))  # the PDF alone is far over 1 kB

    assert (sent.state, sent.error_code) == ("failed", error_codes.MESSAGE_TOO_LARGE)
    assert sent.last_error.startswith("552")
    assert outbox_error_text(sent, "es").startswith(
        "El mensaje es demasiado grande para el servidor de correo."
    )


def test_refused_connection_and_silence(make_services, refused_port, scripted_server):
    services = make_services()
    invoice = issued_invoice(services)
    configure(services, refused_port)
    refused = send_invoice(services, invoice)
    configure(services, scripted_server("silent").port, timeout_s=1.0)
    silent = services.outbox.deliver([services.outbox.queue_invoice(invoice.id).id])[0]

    assert (refused.state, refused.error_code) == ("queued", error_codes.CONNECTION_FAILED)
    assert (silent.state, silent.error_code) == ("queued", error_codes.TIMED_OUT)
    # Our own account of a network failure is a detail, not the server's reply.
    assert outbox_error_text(silent, "es").startswith(
        "El servidor de correo no respondió a tiempo. Detalle: "
    )


def test_untrusted_certificate_is_a_tls_failure(make_services, smtp_server):
    services = make_services(context_factory=None)  # the system CA store does not know trustme's CA
    configure(services, smtp_server.port)

    sent = send_invoice(services, issued_invoice(services))

    assert (sent.state, sent.error_code) == ("failed", error_codes.TLS_FAILED)
    assert outbox_error_text(sent, "es").startswith("No se pudo establecer una conexión segura (TLS)")


def test_lost_after_the_data_and_a_dead_sender(make_services, scripted_server, clock):
    services = make_services()
    configure(services, scripted_server("drop_after_data").port)
    invoice = issued_invoice(services)
    lost = send_invoice(services, invoice)
    stale = services.outbox.queue_invoice(invoice.id)
    assert services.outbox._claim(stale.id) is not None  # a process claims it, then dies
    advance(clock, STALE_SENDING + dt.timedelta(minutes=1))

    services.outbox.recover_stale()

    assert (lost.state, lost.error_code) == ("unknown", error_codes.LOST_AFTER_BODY)
    interrupted = services.outbox.get(stale.id)
    assert (interrupted.state, interrupted.error_code) == ("unknown", error_codes.INTERRUPTED)
    assert outbox_error_text(interrupted, "en").startswith("The app stopped while sending")


def test_a_sent_message_clears_the_code(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port, password="not-the-password")
    failed = send_invoice(services, issued_invoice(services))
    configure(services, smtp_server.port)

    services.outbox.retry(failed.id)
    (sent,) = services.outbox.deliver([failed.id])

    assert (sent.state, sent.error_code, sent.last_error) == ("sent", "", "")


@pytest.mark.parametrize(
    ("code", "reply", "refused", "expected"),
    [
        (
            452,
            "452 4.3.1 Insufficient system storage",
            error_codes.RECIPIENT_REFUSED,
            error_codes.SERVER_TEMPORARY,
        ),
        (552, "552 5.2.2 Mailbox full", error_codes.RECIPIENT_REFUSED, error_codes.RECIPIENT_REFUSED),
        (
            552,
            "552 Message size exceeds fixed limit",
            error_codes.SENDER_REFUSED,
            error_codes.MESSAGE_TOO_LARGE,
        ),
        (
            554,
            "554 5.3.4 Message too big for system",
            error_codes.MESSAGE_REFUSED,
            error_codes.MESSAGE_TOO_LARGE,
        ),
        (554, "554 5.7.1 Rejected as spam", error_codes.MESSAGE_REFUSED, error_codes.MESSAGE_REFUSED),
        (250, "250 OK", error_codes.MESSAGE_REFUSED, error_codes.OTHER),
    ],
)
def test_reply_codes(code: int, reply: str, refused: str, expected: str) -> None:
    assert error_codes.for_reply(code, reply, refused) == expected
