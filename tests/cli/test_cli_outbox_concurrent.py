"""Two `outbox deliver` runs at once (#17: the scheduler and a user, or two schedulers): every message
goes out exactly once and both runs exit 0 — a row the other run claimed first is that run's to send
and to report, not a failure of this one. Real subprocesses against a real (slowed) aiosmtpd."""

# ruff: noqa: F401, F811

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.cli.test_cli_mail import cli, configure_args, in_process, ok
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    RecordingController,
    RecordingHandler,
    SmtpServer,
    _authenticate,
    server_tls_context,
    trustme_ca,
)
from tests.services.outbox_helpers import BUSINESS, client_payload, draft_payload, parse

MESSAGES = 12


class SlowHandler(RecordingHandler):
    """Takes a while over each message, as a real server does, so that the two runs overlap."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(0.4)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def slow_server(server_tls_context: ssl.SSLContext) -> Iterator[SmtpServer]:
    handler, commands = SlowHandler(), list[str]()
    controller = RecordingController(
        handler,
        commands,
        authenticator=_authenticate,
        tls_context=server_tls_context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    try:
        yield SmtpServer(controller.port, handler, commands)
    finally:
        controller.stop()


def _queue_invoices(cli: Any) -> list[str]:
    services = in_process(cli)
    try:
        services.business.save_payload(BUSINESS)
        client = services.clients.add_payload(client_payload())
        numbers = []
        for _ in range(MESSAGES):
            draft = services.invoices.create_draft_from_payload(draft_payload(client.id)).invoice
            numbers.append(str(services.invoices.issue(draft.id).number))
        return [services.outbox.queue_invoice(number).message_id for number in numbers]
    finally:
        services.close()


@pytest.mark.slow
def test_two_deliver_runs_at_once_send_each_message_once_and_both_exit_0(
    cli: Any, slow_server: SmtpServer
) -> None:
    ok(cli(*configure_args(slow_server.port, "--password-stdin"), stdin=SMTP_PASSWORD + "\n"))
    message_ids = _queue_invoices(cli)

    with ThreadPoolExecutor(max_workers=2) as pool:  # each thread waits on its own process
        results = list(pool.map(lambda _: cli("outbox", "deliver", "--json", timeout=120), range(2)))

    for result in results:
        assert result.returncode == 0, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
    sent_ids = [parse(envelope.original_content)["Message-ID"] for envelope in slow_server.envelopes]
    assert sorted(sent_ids) == sorted(message_ids)  # each exactly once
    services = in_process(cli)
    try:
        assert [entry.state for entry in services.outbox.list()] == ["sent"] * MESSAGES
    finally:
        services.close()
    reported = [row["message_id"] for result in results for row in json.loads(result.stdout)]
    assert sorted(reported) == sorted(message_ids)  # each reported once, by the run that sent it
    assert all(json.loads(result.stdout) for result in results)  # the two runs did overlap
