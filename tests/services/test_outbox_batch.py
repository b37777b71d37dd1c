"""The outbox's send run over one SMTP connection (issue #23), against a real aiosmtpd on loopback
that demands STARTTLS and AUTH: many messages share a connection; a server that hangs up between
messages (its per-connection limit) or after a body it never confirmed gets the rest on a new
connection, with every state as a single send would leave it and nothing delivered twice; a
message the server refuses fails alone."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from facturas_app.domain.invoice import Status
from tests.services.mail_fixtures import (
    GREYLISTED_RECIPIENT,
    REFUSED_RECIPIENT,
    RecordingHandler,
    SmtpServer,
    running_smtp_server,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import (
    START,
    advance,
    clock,
    configure,
    keyring_backend,
    make_services,
)
from tests.services.outbox_helpers import draft_payload, issued_invoice, parse

STRICT = {"require_starttls": True, "auth_required": True, "auth_require_tls": True}


class LimitedHandler(RecordingHandler):
    """Takes `per_connection` messages on a connection, then answers the next MAIL with a 421 and
    hangs up, as many providers do (Gmail, Exchange Online: a limit per connection)."""

    def __init__(self, per_connection: int) -> None:
        super().__init__()
        self.per_connection = per_connection
        self.taken: dict[int, int] = {}

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.taken.get(id(session), 0) >= self.per_connection:
            asyncio.get_running_loop().call_soon(server.transport.close)  # after the reply
            return "421 4.7.0 Too many messages on this connection, try again"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.taken[id(session)] = self.taken.get(id(session), 0) + 1
        return await super().handle_DATA(server, session, envelope)


class HangUpAfterBodyHandler(RecordingHandler):
    """Reads the whole body of the `nth` message, then drops the connection without a reply."""

    def __init__(self, nth: int) -> None:
        super().__init__()
        self.nth, self.bodies = nth, 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.bodies += 1
        if self.bodies == self.nth:
            server.transport.close()  # the client cannot know whether this one was taken
            return "250 2.0.0 never heard"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def strict_server(server_tls_context: ssl.SSLContext) -> Iterator[Callable[[RecordingHandler], SmtpServer]]:
    """Like smtp_server (STARTTLS, then AUTH), with the handler the test gives."""
    with contextlib.ExitStack() as stack:
        yield lambda handler: stack.enter_context(
            running_smtp_server(handler, tls_context=server_tls_context, **STRICT)
        )


def queued_invoices(services: Any, count: int, **options: Any) -> list[Any]:
    """`count` issued invoices of one client, each with its email queued (nothing sent yet)."""
    first = issued_invoice(services)
    invoices = [first] + [
        services.invoices.issue(
            services.invoices.create_draft_from_payload(draft_payload(first.client_id)).invoice.id
        )
        for _ in range(count - 1)
    ]
    return [services.outbox.queue_invoice(invoice.id, **options) for invoice in invoices]


def connections(server: SmtpServer) -> int:
    return server.commands.count("STARTTLS")  # every connection starts TLS before anything else


def message_ids(server: SmtpServer) -> list[str]:
    return [str(parse(envelope.content)["Message-ID"]) for envelope in server.envelopes]


def test_many_messages_go_down_one_connection(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    entries = queued_invoices(services, 5)
    seen: list[tuple[int, int]] = []

    results = services.outbox.deliver([e.id for e in entries], progress=lambda *done: seen.append(done))

    assert [r.state for r in results] == ["sent"] * 5
    assert connections(smtp_server) == 1 and smtp_server.commands.count("AUTH") == 1
    assert sorted(message_ids(smtp_server)) == sorted(e.message_id for e in entries)
    assert seen == [(n, 5) for n in range(1, 6)]
    assert all(services.invoices.get(e.invoice_id).status is Status.SENT for e in entries)


def test_the_scheduler_run_also_uses_one_connection(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    entries = queued_invoices(services, 4)

    results = services.outbox.deliver_due()

    assert sorted(r.id for r in results) == sorted(e.id for e in entries)
    assert {r.state for r in results} == {"sent"} and connections(smtp_server) == 1


def test_a_server_that_hangs_up_between_messages_gets_the_rest_on_new_connections(
    make_services, strict_server
):
    server = strict_server(LimitedHandler(per_connection=2))
    services = make_services()
    configure(services, server.port)
    entries = queued_invoices(services, 5)

    results = services.outbox.deliver([e.id for e in entries])

    assert [(r.state, r.attempts, r.last_error) for r in results] == [("sent", 1, "")] * 5
    assert connections(server) == 3  # 2 + 2 + 1
    assert sorted(message_ids(server)) == sorted(e.message_id for e in entries)  # each once


def test_a_hang_up_after_a_body_leaves_that_one_unknown_and_sends_the_rest_once(
    make_services, strict_server, clock
):
    server = strict_server(HangUpAfterBodyHandler(nth=2))
    services = make_services()
    configure(services, server.port)
    entries = queued_invoices(services, 4)

    results = services.outbox.deliver([e.id for e in entries])
    advance(clock, dt.timedelta(days=2))
    again = services.outbox.deliver_due()

    assert [r.state for r in results] == ["sent", "unknown", "sent", "sent"]
    assert "may or may not" in results[1].last_error
    assert services.invoices.get(entries[1].invoice_id).status is Status.ISSUED
    assert again == [] and services.outbox.get(entries[1].id).state == "unknown"
    assert connections(server) == 2 and server.commands.count("DATA") == 4  # never sent again
    assert message_ids(server) == [entries[0].message_id, entries[2].message_id, entries[3].message_id]


def test_a_refused_message_fails_alone_and_the_connection_goes_on(make_services, smtp_server):
    services = make_services()
    configure(services, smtp_server.port)
    good = queued_invoices(services, 3)
    refused = services.outbox.queue_invoice(good[0].invoice_id, to=REFUSED_RECIPIENT)
    greylisted = services.outbox.queue_invoice(good[1].invoice_id, to=GREYLISTED_RECIPIENT)
    order = [good[0], refused, good[1], greylisted, good[2]]

    results = services.outbox.deliver([e.id for e in order])

    assert [r.state for r in results] == ["sent", "failed", "sent", "queued", "sent"]
    assert "550" in results[1].last_error and "451" in results[3].last_error
    assert results[3].next_attempt_at is not None and results[3].attempts == 1
    assert connections(smtp_server) == 1
    assert sorted(message_ids(smtp_server)) == sorted(e.message_id for e in good)
