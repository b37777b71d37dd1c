"""An outbox row built ahead of its transaction, so a reminder or receipt can be recorded and its
email queued in ONE commit (OutboxService.queue opens a transaction of its own)."""

from __future__ import annotations

from facturas_app.domain.ids import new_id
from facturas_app.services.mail.composer import Composition, compose, to_bytes
from facturas_app.services.mail.settings import MailSettings
from facturas_app.services.ports import Clock
from facturas_app.storage.api import OutboxEntry


def outbox_entry(
    kind: str,
    composition: Composition,
    settings: MailSettings,
    clock: Clock,
    *,
    invoice_id: str | None = None,
    client_id: str | None = None,
    stage: str = "",
) -> OutboxEntry:
    """The row `tx.add_outbox` will store: final bytes and Message-ID, due now (as OutboxService.queue)."""
    outbox_id, now = new_id(), clock.now()
    message = compose(outbox_id, composition, settings, now)
    return OutboxEntry(
        id=outbox_id,
        message_id=str(message["Message-ID"]),
        state="queued",
        kind=kind,
        to=", ".join(composition.to),
        cc=", ".join(composition.cc),
        subject=composition.subject,
        created_at=now,
        raw_message=to_bytes(message),
        stage=stage,
        invoice_id=invoice_id,
        client_id=client_id,
        next_attempt_at=now,
    )
