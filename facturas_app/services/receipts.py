"""Payment receipts: recording a payment queues a thank-you email (with a printable receipt PDF)
through the outbox, in the payment's own transaction, at most once per payment (UNIQUE(payment_id)).

On by default (setting `receipts.enabled`); skipped when the client has no email address or mail
is not configured yet — recording a payment never fails because of its receipt.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from typing import Any

from facturas_app.domain.errors import NotFound
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice
from facturas_app.services.mail.composer import Attachment, Composition
from facturas_app.services.mail.templates import invoice_values, language_for, long_date, money
from facturas_app.services.ports import Clock
from facturas_app.services.queued_mail import outbox_entry
from facturas_app.storage.api import OutboxEntry, Payment, Store, Transaction

log = logging.getLogger(__name__)

ENABLED_KEY = "receipts.enabled"
ATTACH_PDF_KEY = "receipts.attach_pdf"


class ReceiptService:
    def __init__(self, store: Store, clock: Clock, outbox: Any) -> None:
        self.store = store
        self.clock = clock
        self.outbox = outbox  # OutboxService: templates, mail settings, delivery

    # ----- settings -----------------------------------------------------------------------------
    def enabled(self) -> bool:
        with self.store.read() as tx:
            return bool(tx.get_setting(ENABLED_KEY, True))

    def set_enabled(self, enabled: bool) -> None:
        with self.store.write() as tx:
            tx.set_setting(ENABLED_KEY, bool(enabled))

    # ----- the payment hook ---------------------------------------------------------------------
    def on_payment(self, tx: Transaction, invoice: Invoice, payment: Payment) -> None:
        """PaymentService hook (inside its write transaction): queue this payment's receipt once."""
        self.queue_receipt(tx, invoice, payment)

    def queue_receipt(self, tx: Transaction, invoice: Invoice, payment: Payment) -> OutboxEntry | None:
        """The receipt's outbox row, or None (disabled, no email, no mail settings, already queued)."""
        # The settings first: read once per transaction, they spare a batch of payments (a bank
        # import) reading each client when mail is off or not configured yet.
        settings = self.outbox.mail_config.settings_in(tx)
        if not tx.get_setting(ENABLED_KEY, True) or settings is None:
            return None
        if tx.receipt_for_payment(payment.id) is not None:
            return None
        client = tx.get_client(invoice.client_id)
        if client is None or not client.emails:
            return None
        paid_now = replace(invoice, paid=invoice.paid + payment.amount)
        composition = self._composition(tx, paid_now, client, payment)
        asks = self._feedback_block(tx, paid_now, client)
        if asks:
            composition = replace(composition, body=composition.body.rstrip("\n") + "\n\n" + asks + "\n")
        entry = outbox_entry(
            "receipt", composition, settings, self.clock, invoice_id=invoice.id, client_id=client.id
        )
        if not tx.claim_receipt(new_id(), payment.id, entry.id, self.clock.now()):
            return None  # the hook ran twice for this payment: one receipt only
        tx.add_outbox(entry)
        if asks:  # claimed here, so the separate feedback email never asks again
            self._feedback().record_receipt_request(tx, invoice.id, entry.id, self.clock.now())
        return entry

    def _feedback(self) -> Any:
        from facturas_app.services.feedback import FeedbackService

        return FeedbackService(self.store, self.clock, self.outbox)

    def _feedback_block(self, tx: Transaction, invoice: Invoice, client: Any) -> str:
        """The rating question, when the setting asks inside receipts and this payment settles it."""
        if invoice.outstanding > 0 or not invoice.number or tx.feedback_requested(invoice.id):
            return ""
        return str(self._feedback().receipt_block(invoice.number, language_for(client.language)))

    def _composition(self, tx: Transaction, invoice: Invoice, client: Any, payment: Payment) -> Composition:
        lang = language_for(client.language)
        business = tx.get_business()
        values = invoice_values(invoice, client.name, business, lang, self.clock.today()) | {
            "paid": money(payment.amount, lang),
            "payment_date": long_date(payment.paid_on, lang),
            "outstanding": money(max(invoice.outstanding, Decimal("0.00")), lang),
        }
        rendered = self.outbox.templates.render("receipt", lang, values)
        attachments: tuple[Attachment, ...] = ()
        if tx.get_setting(ATTACH_PDF_KEY, True) and business is not None:
            attachments = (self._attachment(invoice, business, client, payment),)
        return Composition(tuple(client.emails), rendered.subject, rendered.body, attachments=attachments)

    def _attachment(self, invoice: Invoice, business: Any, client: Any, payment: Payment) -> Attachment:
        from facturas_app.services.pdf import build_document
        from facturas_app.services.pdf.receipt import ReceiptDocument, receipt_file_name, render_receipt

        doc = build_document(invoice, business, client)
        receipt = ReceiptDocument(
            doc, payment.amount, payment.paid_on, payment.method, payment.reference, invoice.paid
        )
        return Attachment(
            receipt_file_name(invoice.number, payment.paid_on, doc.language), render_receipt(receipt)
        )

    # ----- reading, printing, delivering --------------------------------------------------------
    def receipt_pdf(self, payment_id: str) -> tuple[str, bytes]:
        """(file name, PDF bytes) of a payment's printable receipt, whether or not it was emailed."""
        from facturas_app.services.pdf import build_document
        from facturas_app.services.pdf.receipt import ReceiptDocument, receipt_file_name, render_receipt

        with self.store.read() as tx:
            payment, invoice = _payment_and_invoice(tx, payment_id)
            business, client = tx.get_business(), tx.get_client(invoice.client_id)
            if business is None:
                raise NotFound("business_not_configured")
            standing = [p for p in tx.list_payments(invoice.id) if p.created_at <= payment.created_at]
        paid_total = sum((p.amount for p in standing), Decimal("0.00"))
        doc = build_document(invoice, business, client)
        receipt = ReceiptDocument(
            doc, payment.amount, payment.paid_on, payment.method, payment.reference, paid_total
        )
        return receipt_file_name(invoice.number, payment.paid_on, doc.language), render_receipt(receipt)

    def queued_outbox_ids(self) -> list[str]:
        with self.store.read() as tx:
            return tx.receipt_outbox_ids(["queued"])

    def outbox_for_payment(self, payment_id: str) -> str | None:
        with self.store.read() as tx:
            return tx.receipt_for_payment(payment_id)

    def deliver_now(self, payment_id: str) -> OutboxEntry | None:
        """The payment's receipt, if one was queued, handed to the server right away (as an
        invoice is) rather than at the outbox's next round; a failure leaves it queued there."""
        entry_id = self.outbox_for_payment(payment_id)
        if entry_id is None:
            return None
        return self.outbox.deliver([entry_id])[0]


def _payment_and_invoice(tx: Transaction, payment_id: str) -> tuple[Payment, Invoice]:
    payment = tx.get_payment(payment_id)
    invoice = tx.get_invoice(payment.invoice_id) if payment is not None else None
    if payment is None or invoice is None:
        raise NotFound("payment_not_found", id=payment_id)
    return payment, invoice
