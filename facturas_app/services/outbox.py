"""The outbox: every email is written down before it is sent, and its state never lies.

queued -> sending (committed before connecting) -> sent (only after the server's 250 for the data)
                                                -> queued again (temporary failure, with backoff)
                                                -> failed (permanent, or out of retries)
                                                -> unknown (lost after the body went out: the user
                                                   decides, nothing resends it on its own)
queued/failed/unknown -> cancelled (by the user).
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from email.message import EmailMessage
from typing import Protocol

from facturas_app.domain.errors import Conflict, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice
from facturas_app.services.invoicing import InvoicingService
from facturas_app.services.mail import error_codes
from facturas_app.services.mail.composer import (
    Attachment,
    Composition,
    from_bytes,
)
from facturas_app.services.mail.templates import (
    MailTemplates,
    RenderedMail,
    invoice_values,
    language_for,
    template_key,
)
from facturas_app.services.mail_config import MailConfigService
from facturas_app.services.outbox_compose import (
    InvoiceMail,
    PdfRenderer,
    check_sendable,
    recipients_for,
    render_invoice_attachment,
)
from facturas_app.services.ports import Clock, DeliveryOutcome, DeliveryResult, MailTransport
from facturas_app.services.queued_mail import outbox_entry
from facturas_app.storage.api import OUTBOX_KINDS, Event, OutboxEntry, Store, Transaction

log = logging.getLogger(__name__)

# After attempt n fails temporarily, try again after BACKOFF[n-1]; after the last, give up.
BACKOFF: tuple[dt.timedelta, ...] = (
    dt.timedelta(minutes=1),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=12),
)
# A row left in `sending` this long ago belongs to a process that died mid-send: nobody knows.
STALE_SENDING = dt.timedelta(minutes=15)
SETTLE_WAIT_S = 120.0  # past the longest SMTP timeout (mail settings allow 600 s; 20 s by default)
# Sending an email for these kinds is what makes the document `sent`.
MARKS_DOCUMENT_SENT = ("invoice", "quote")
Progress = Callable[[int, int], None]  # (done, total) after each message of a run


class MessageSender(Protocol):
    """A MailTransport, or one of its batches (one connection for many messages)."""

    def send(self, message: EmailMessage) -> DeliveryResult: ...


class OutboxService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        mail_config: MailConfigService,
        invoices: InvoicingService,
        templates: MailTemplates | None = None,
        pdf_renderer: PdfRenderer | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.mail_config = mail_config
        self.invoices = invoices
        self.templates = templates or MailTemplates(store)
        self.pdf_renderer = pdf_renderer or render_invoice_attachment(store, clock)
        # The e-invoice a client asked for (UBL / Facturae, #20) goes beside the invoice's PDF.
        self.einvoice_attachment: Callable[[Invoice], Attachment | None] | None = None

    # ----- queueing -----------------------------------------------------------------------------
    def queue(
        self,
        kind: str,
        composition: Composition,
        *,
        invoice_id: str | None = None,
        client_id: str | None = None,
        stage: str = "",
    ) -> OutboxEntry:
        """Write the message (its final bytes and Message-ID) to the outbox. Nothing is sent yet."""
        if kind not in OUTBOX_KINDS:
            raise ValidationFailed(
                [Problem("kind", "invalid_choice", {"value": kind, "choices": OUTBOX_KINDS})]
            )
        settings = self.mail_config.require_settings()
        entry = outbox_entry(
            kind, composition, settings, self.clock, invoice_id=invoice_id, client_id=client_id, stage=stage
        )
        with self.store.write() as tx:
            tx.add_outbox(entry)
        return entry

    def compose_invoice_mail(
        self,
        number_or_id: str,
        *,
        kind: str = "invoice",
        stage: str = "",
        to: Sequence[str] | str | None = None,
        cc_self: bool = False,
        values: dict[str, str] | None = None,
        attach_pdf: bool | None = None,
    ) -> InvoiceMail:
        """The email about an invoice (or quote), in the client's language, PDF attached."""
        invoice, client_name, client_emails, lang, business = self._invoice_context(number_or_id)
        check_sendable(invoice, kind)
        recipients = recipients_for(to if to else client_emails, client_name)
        filled = invoice_values(invoice, client_name, business, lang, self.clock.today()) | (values or {})
        rendered = self.templates.render(template_key(kind, stage), lang, filled)
        attach = attach_pdf if attach_pdf is not None else kind in ("invoice", "quote", "reminder")
        attachments = self._attachments(invoice, client_name, kind) if attach else ()
        bcc = (self.mail_config.require_settings().from_address,) if cc_self else ()
        composition = Composition(
            recipients, rendered.subject, rendered.body, bcc=bcc, attachments=attachments
        )
        return InvoiceMail(invoice, invoice.client_id, kind, stage, composition)

    def _attachments(self, invoice: Invoice, client_name: str, kind: str) -> tuple[Attachment, ...]:
        pdf = self.pdf_renderer(invoice, client_name)
        xml = self.einvoice_attachment(invoice) if kind == "invoice" and self.einvoice_attachment else None
        return (pdf,) if xml is None else (pdf, xml)

    def preview_invoice_mail(
        self, number_or_id: str, *, kind: str = "invoice", stage: str = ""
    ) -> RenderedMail:
        """Subject and body as they would go out (no PDF rendered, nothing queued)."""
        mail = self.compose_invoice_mail(number_or_id, kind=kind, stage=stage, attach_pdf=False)
        return RenderedMail(mail.composition.subject, mail.composition.body)

    def queue_invoice(self, number_or_id: str, **options: object) -> OutboxEntry:
        """Compose (see compose_invoice_mail for the options) and queue. Nothing is sent yet."""
        mail = self.compose_invoice_mail(number_or_id, **options)  # type: ignore[arg-type]
        return self.queue(
            mail.kind,
            mail.composition,
            invoice_id=mail.invoice.id,
            client_id=mail.client_id,
            stage=mail.stage,
        )

    def _invoice_context(self, number_or_id: str) -> tuple[Invoice, str, list[str], str, object]:
        with self.store.read() as tx:
            invoice = tx.get_invoice(number_or_id) or tx.get_invoice_by_number(number_or_id)
            if invoice is None:
                raise NotFound("invoice_not_found", id=number_or_id)
            client = tx.get_client(invoice.client_id)
            business = tx.get_business()
        if client is None:
            raise NotFound("client_not_found", id=invoice.client_id)
        return invoice, client.name, client.emails, language_for(client.language), business

    # ----- delivering ---------------------------------------------------------------------------
    def deliver(self, outbox_ids: Iterable[str], progress: Progress | None = None) -> list[OutboxEntry]:
        """Send these rows now if they are queued (due or not). Returns each row as it ends up.

        Raises before claiming anything when mail is not configured or the password is unknown.
        """
        ids = list(outbox_ids)
        transport = self.mail_config.transport() if ids else None
        if transport is None:
            return []
        sent = self._deliver_all(ids, transport, progress)
        # A row another process was sending (the scheduler, say): this command asked for it, so it
        # waits for that delivery's outcome instead of reporting a half-way `sending`.
        return [entry or self._settled(outbox_id) for outbox_id, entry in zip(ids, sent, strict=True)]

    def deliver_due(self, limit: int = 100, progress: Progress | None = None) -> list[OutboxEntry]:
        """Send every queued row whose time has come (the scheduler and the GUI call this). Returns
        the rows this run sent: one another run claimed first is that run's to send and to report,
        so two runs at once both succeed when every message went out once."""
        self.recover_stale()
        with self.store.read() as tx:
            due = tx.due_outbox_ids(self.clock.now(), limit)
        transport = self.mail_config.transport() if due else None
        if transport is None:
            return []
        return [entry for entry in self._deliver_all(due, transport, progress) if entry is not None]

    def _deliver_all(
        self, ids: builtins.list[str], transport: MailTransport, progress: Progress | None
    ) -> builtins.list[OutboxEntry | None]:
        """One SMTP connection for the whole run when the transport has batches (SmtpTransport):
        each row is still claimed, sent and recorded on its own, in that order."""
        opener = getattr(transport, "batch", None)
        with opener() if opener else contextlib.nullcontext(transport) as sender:
            results = []
            for done, outbox_id in enumerate(ids, 1):
                results.append(self._deliver_one(outbox_id, sender))
                if progress:
                    progress(done, len(ids))
        return results

    def _settled(self, outbox_id: str) -> OutboxEntry:
        """The row once no other process is sending it (a bounded wait: past it, as it stands)."""
        deadline = time.monotonic() + SETTLE_WAIT_S
        entry = self.get(outbox_id)
        while entry.state == "sending" and time.monotonic() < deadline:
            time.sleep(0.1)
            entry = self.get(outbox_id)
        return entry

    def recover_stale(self) -> list[str]:
        """Rows a dead process left in `sending`: may or may not have gone out, so `unknown`."""
        now = self.clock.now()
        with self.store.write() as tx:
            stale = tx.stale_sending_ids(now - STALE_SENDING)
            for outbox_id in stale:
                tx.update_outbox(
                    outbox_id,
                    ["sending"],
                    state="unknown",
                    last_error="The app stopped while sending; it may or may not have been delivered.",
                    error_code=error_codes.INTERRUPTED,
                )
        return stale

    def _deliver_one(self, outbox_id: str, transport: MessageSender) -> OutboxEntry | None:
        """The row as this run's delivery left it; None when it was not queued any more (sent,
        cancelled, or another process has claimed it)."""
        entry = self._claim(outbox_id)
        if entry is None:
            return None
        try:
            result = transport.send(from_bytes(entry.raw_message))
        except Exception as exc:  # the transport classifies everything; a bug here must not resend
            log.exception("unexpected error sending outbox %s", outbox_id)
            detail = f"Unexpected error: {exc!r}"
            result = DeliveryResult(DeliveryOutcome.UNKNOWN, detail, error=error_codes.LOST_AFTER_BODY)
        return self._record(entry, result)

    def _claim(self, outbox_id: str) -> OutboxEntry | None:
        """queued -> sending, committed before any byte goes out: a crash then reads as `unknown`."""
        now = self.clock.now()
        with self.store.write() as tx:
            entry = tx.get_outbox(outbox_id)
            if entry is None or entry.state != "queued":
                return None
            tx.update_outbox(
                outbox_id,
                ["queued"],
                state="sending",
                attempts=entry.attempts + 1,
                last_attempt_at=now,
                next_attempt_at=None,
            )
        return replace(entry, state="sending", attempts=entry.attempts + 1, last_attempt_at=now)

    def _record(self, entry: OutboxEntry, result: DeliveryResult) -> OutboxEntry:
        now = self.clock.now()
        changes = _changes_for(entry, result, now)
        with self.store.write() as tx:
            tx.update_outbox(entry.id, ["sending"], **changes)
            if changes["state"] == "sent":
                tx.add_event(_sent_event(entry, now))
                self._after_sent(tx, entry)
            return self._require(tx, entry.id)  # read in the same transaction: one less per message

    def _after_sent(self, tx: Transaction, entry: OutboxEntry) -> None:
        """The invoice becomes `sent` in the same commit as its message: no crash can split them."""
        if entry.invoice_id and entry.kind in MARKS_DOCUMENT_SENT:
            self.invoices.mark_sent_in(tx, entry.invoice_id)

    # ----- the user's decisions -----------------------------------------------------------------
    def retry(self, outbox_id: str) -> OutboxEntry:
        """Queue a failed or unknown message again, due now, with the same bytes and Message-ID."""
        with self.store.write() as tx:
            entry = self._require(tx, outbox_id)
            if not tx.update_outbox(
                outbox_id,
                ["failed", "unknown", "queued"],
                state="queued",
                attempts=0,
                next_attempt_at=self.clock.now(),
            ):
                raise Conflict("outbox_cannot_retry", id=outbox_id, state=entry.state)
        return self.get(outbox_id)

    def cancel(self, outbox_id: str) -> OutboxEntry:
        with self.store.write() as tx:
            entry = self._require(tx, outbox_id)
            if not tx.update_outbox(
                outbox_id, ["queued", "failed", "unknown"], state="cancelled", next_attempt_at=None
            ):
                raise Conflict("outbox_cannot_cancel", id=outbox_id, state=entry.state)
        return self.get(outbox_id)

    def mark_sent(self, outbox_id: str) -> OutboxEntry:
        """The user checked that an `unknown` message did arrive (e.g. the client has it)."""
        now = self.clock.now()
        with self.store.write() as tx:
            entry = self._require(tx, outbox_id)
            if not tx.update_outbox(outbox_id, ["unknown"], state="sent", sent_at=now, next_attempt_at=None):
                raise Conflict("outbox_cannot_mark_sent", id=outbox_id, state=entry.state)
            tx.add_event(_sent_event(entry, now))
            self._after_sent(tx, entry)
        return self.get(outbox_id)

    # ----- reading ------------------------------------------------------------------------------
    def get(self, outbox_id: str) -> OutboxEntry:
        with self.store.read() as tx:
            return self._require(tx, outbox_id)

    def list(
        self,
        states: Sequence[str] | None = None,
        invoice_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[OutboxEntry]:
        with self.store.read() as tx:
            return tx.list_outbox(states, invoice_id, limit, offset)

    def count(self, states: Sequence[str] | None = None) -> int:
        with self.store.read() as tx:
            return tx.count_outbox(states)

    @staticmethod
    def _require(tx: object, outbox_id: str) -> OutboxEntry:
        entry = tx.get_outbox(outbox_id)  # type: ignore[attr-defined]
        if entry is None:
            raise NotFound("outbox_not_found", id=outbox_id)
        return entry  # type: ignore[no-any-return]


def _changes_for(entry: OutboxEntry, result: DeliveryResult, now: dt.datetime) -> dict[str, object]:
    outcome = result.outcome
    if outcome is DeliveryOutcome.SENT:
        return {"state": "sent", "sent_at": now, "last_error": "", "error_code": ""}
    failure = {"last_error": result.detail, "error_code": result.error or error_codes.OTHER}
    if outcome is DeliveryOutcome.TEMPORARY and entry.attempts <= len(BACKOFF):
        return {"state": "queued", "next_attempt_at": now + BACKOFF[entry.attempts - 1], **failure}
    state = "unknown" if outcome is DeliveryOutcome.UNKNOWN else "failed"
    return {"state": state, **failure}


def _sent_event(entry: OutboxEntry, now: dt.datetime) -> Event:
    payload = {
        "outbox_id": entry.id,
        "message_id": entry.message_id,
        "to": entry.to,
        "kind": entry.kind,
        "stage": entry.stage,
    }
    return Event(new_id(), "email_sent", now, entry.client_id, entry.invoice_id, entry.subject, payload)
