"""OutboxService + MailConfigService against real servers (aiosmtpd, scripted sockets) and a real
keyring API (in-memory, fail and null backends). Fixtures come from mail_fixtures."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from keyring.backends import fail, null

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import Conflict, MailDeliveryError, SecretUnavailable, ValidationFailed
from facturas_app.domain.invoice import Status
from facturas_app.services.mail.composer import Composition
from facturas_app.services.outbox import BACKOFF, STALE_SENDING
from facturas_app.services.secrets import SERVICE_NAME, KeyringSecretStore
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    GREYLISTED_RECIPIENT,
    REFUSED_RECIPIENT,
    SMTP_PASSWORD,
    ForgetfulKeyring,
    MemoryKeyring,
    cleartext_auth_server,
    mail_settings,
    refused_port,
    scripted_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_helpers import (
    CLIENT_EMAIL,
    files_containing,
    issued_invoice,
    parse,
    password_forms,
    pdf_attachments,
    pdf_text,
)

START = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START.date(), START)


@pytest.fixture
def keyring_backend(use_keyring) -> MemoryKeyring:
    return use_keyring(MemoryKeyring())


@pytest.fixture
def make_services(tmp_path, clock, keyring_backend, trusting_context_factory):
    built = []

    def make(context_factory=trusting_context_factory, **kwargs):
        services = build_services(
            tmp_path / "data", clock=clock, ssl_context_factory=context_factory, **kwargs
        )
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()


def configure(services, port, password=SMTP_PASSWORD, **overrides):
    services.mail_config.configure(mail_settings(port, **overrides), password)


def send_invoice(services, invoice, **options):
    entry = services.outbox.queue_invoice(invoice.id, **options)
    (result,) = services.outbox.deliver([entry.id])
    return result


def advance(clock: FixedClock, delta: dt.timedelta) -> None:
    clock.now_utc = clock.now() + delta
    clock.today_date = clock.now_utc.date()


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
    (event,) = [e for e in _events(services, invoice.client_id) if e.kind == "email_sent"]
    assert event.invoice_id == invoice.id and event.payload["message_id"] == result.message_id


def _events(services, client_id):
    with services.store.read() as tx:
        return tx.list_events(client_id)


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
    assert [e for e in _events(services, invoice.client_id) if e.kind == "email_sent"] == []


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


# --- the user's decisions ----------------------------------------------------------------------


def test_retry_after_fixing_the_password_sends_the_same_bytes(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port, password="wrong")
    invoice = issued_invoice(services)
    failed = send_invoice(services, invoice)
    with services.store.read() as tx:
        raw_before = tx.get_outbox(failed.id).raw_message

    configure(services, smtp_server.port)  # the right password now
    queued = services.outbox.retry(failed.id)
    (sent,) = services.outbox.deliver([queued.id])

    assert (queued.state, sent.state) == ("queued", "sent")
    assert parse(smtp_server.envelopes[0].original_content)["Message-ID"] == failed.message_id
    with services.store.read() as tx:
        assert tx.get_outbox(failed.id).raw_message == raw_before
    with pytest.raises(Conflict):
        services.outbox.cancel(sent.id)
    with pytest.raises(Conflict):
        services.outbox.retry(sent.id)


def test_unknown_can_be_marked_sent_by_the_user(make_services, scripted_server):
    server = scripted_server("drop_after_data")
    services = make_services()
    configure(services, server.port)
    invoice = issued_invoice(services)
    unknown = send_invoice(services, invoice)

    marked = services.outbox.mark_sent(unknown.id)

    assert marked.state == "sent"
    assert services.invoices.get(invoice.id).status is Status.SENT
    assert [e.kind for e in _events(services, invoice.client_id)].count("email_sent") == 1


def test_cancel_a_queued_message_and_it_is_never_sent(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services)
    entry = services.outbox.queue_invoice(invoice.id)

    assert services.outbox.cancel(entry.id).state == "cancelled"
    assert services.outbox.deliver_due() == []
    assert services.outbox.deliver([entry.id])[0].state == "cancelled"
    assert smtp_server.envelopes == []


def test_a_row_left_sending_by_a_dead_process_becomes_unknown(make_services, smtp_server, clock):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services)
    entry = services.outbox.queue_invoice(invoice.id)
    services.outbox._claim(entry.id)  # what a process does just before it connects, then dies

    advance(clock, STALE_SENDING + dt.timedelta(seconds=1))
    assert services.outbox.deliver_due() == []

    assert services.outbox.get(entry.id).state == "unknown"
    assert smtp_server.envelopes == []


def test_queue_refuses_drafts_and_clients_without_email(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    invoice = issued_invoice(services, email_address="")

    with pytest.raises(ValidationFailed) as no_email:
        services.outbox.queue_invoice(invoice.id)
    with pytest.raises(ValidationFailed):
        services.outbox.queue_invoice(invoice.id, to="not an address")
    draft = services.invoices.duplicate(invoice.id).invoice
    with pytest.raises(Conflict):
        services.outbox.queue_invoice(draft.id, to="x@example.test")

    assert no_email.value.problems[0].code == "client_has_no_email"
    assert services.outbox.list() == []


def test_the_database_refuses_changing_a_sent_message(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    sent = send_invoice(services, issued_invoice(services))

    with pytest.raises(Exception, match="final"), services.store.write() as tx:
        tx.update_outbox(sent.id, ["sent"], state="queued")
    queued = services.outbox.queue("test", Composition(("x@example.test",), "s", "b"))
    with pytest.raises(Exception, match="CHECK"), services.store.write() as tx:
        tx.update_outbox(queued.id, ["queued"], state="lost")
    with pytest.raises(Exception, match="never change"), services.store.write() as tx:
        tx.update_outbox(queued.id, ["queued"], raw_message=b"other bytes")
    assert services.outbox.get(sent.id).state == "sent"


# --- keyring -----------------------------------------------------------------------------------


def test_password_goes_to_the_keyring_only(make_services, smtp_server, keyring_backend, tmp_path):
    services = make_services()
    configure(services, smtp_server.port)

    assert keyring_backend.secrets == {(SERVICE_NAME, mail_settings(1).keyring_account): SMTP_PASSWORD}
    assert send_invoice(services, issued_invoice(services)).state == "sent"
    services.close()
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    assert files_containing(password_forms(SMTP_PASSWORD), tmp_path / "data", config_home) == []


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_the_password_is_for_this_session_only(
    make_services, smtp_server, use_keyring, backend, tmp_path
):
    use_keyring(backend)
    services = make_services()

    with pytest.raises(SecretUnavailable) as raised:
        configure(services, smtp_server.port)

    assert raised.value.code == "keyring_unavailable" and SMTP_PASSWORD not in str(raised.value)
    assert services.mail_config.settings() == mail_settings(smtp_server.port)  # settings were kept
    assert not services.mail_config.keyring_available()
    assert send_invoice(services, issued_invoice(services)).state == "sent"  # this session knows it

    later = make_services()  # another run of the app: it must ask again
    assert later.mail_config.needs_password()
    with pytest.raises(SecretUnavailable) as missing:
        later.outbox.deliver_due() or later.mail_config.transport()
    assert missing.value.code == "mail_password_missing"
    later.mail_config.remember_for_session(SMTP_PASSWORD)
    assert later.mail_config.test().outcome.value == "sent"
    assert files_containing(password_forms(SMTP_PASSWORD), tmp_path / "data") == []


def test_a_keyring_that_keeps_nothing_is_caught_by_the_read_back(make_services, smtp_server, use_keyring):
    use_keyring(ForgetfulKeyring())
    services = make_services()

    with pytest.raises(SecretUnavailable) as raised:
        configure(services, smtp_server.port)

    assert raised.value.code == "keyring_readback_mismatch"


def test_nothing_is_claimed_when_the_password_is_missing(make_services, smtp_server, use_keyring):
    services = make_services()
    configure(services, smtp_server.port, password=None)
    entry = services.outbox.queue("test", Composition(("x@example.test",), "Prueba", "Hola"))

    with pytest.raises(SecretUnavailable):
        services.outbox.deliver([entry.id])

    assert services.outbox.get(entry.id).state == "queued" and services.outbox.get(entry.id).attempts == 0


def test_mail_test_checks_the_login_and_sends_nothing(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    assert services.mail_config.test().outcome.value == "sent"
    configure(services, smtp_server.port, password="wrong")
    assert services.mail_config.test().detail.startswith("535")
    assert smtp_server.envelopes == []


def test_invalid_settings_are_refused_and_nothing_is_saved(make_services, keyring_backend):
    services = make_services()

    with pytest.raises(ValidationFailed) as raised:
        services.mail_config.configure(mail_settings(25, security="plain"), "x")

    assert {p.code for p in raised.value.problems} >= {"plain_only_localhost"}
    assert services.mail_config.settings() is None and keyring_backend.secrets == {}
    with pytest.raises(MailDeliveryError):
        services.outbox.queue("test", Composition(("x@example.test",), "s", "b"))
