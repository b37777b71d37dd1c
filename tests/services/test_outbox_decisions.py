"""OutboxService, the user's decisions and the guards around them: retry with the same bytes, mark
an unknown message sent, cancel, a row left 'sending' by a dead process, what queueing refuses and
the database triggers that keep a sent message as it was."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.domain.errors import Conflict, ValidationFailed
from facturas_app.domain.invoice import Status
from facturas_app.services.mail.composer import Composition
from facturas_app.services.outbox import STALE_SENDING
from tests.services.mail_fixtures import (
    scripted_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import (
    advance,
    client_events,
    clock,
    configure,
    keyring_backend,
    make_services,
    send_invoice,
)
from tests.services.outbox_helpers import issued_invoice, parse

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
    assert [e.kind for e in client_events(services, invoice.client_id)].count("email_sent") == 1


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
