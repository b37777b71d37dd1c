"""Composing an invoice's email for the outbox: who may be written to, about which invoice, and
the PDF beside it (rendered only when an email needs it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from facturas_app.domain.errors import Conflict, MailDeliveryError, Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice, Status
from facturas_app.services.mail.composer import Attachment, Composition, split_addresses
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Store

PdfRenderer = Callable[[Invoice, str], Attachment]


@dataclass(frozen=True)
class InvoiceMail:
    """A composed but not yet queued email about an invoice: what a preview shows."""

    invoice: Invoice
    client_id: str
    kind: str
    stage: str
    composition: Composition


def check_sendable(invoice: Invoice, kind: str) -> None:
    if kind in ("invoice", "reminder", "receipt") and (
        invoice.number is None or invoice.status in (Status.DRAFT, Status.CANCELLED)
    ):
        raise Conflict(
            "invoice_not_sendable", number=invoice.number or invoice.id, status=invoice.status.value
        )


def recipients_for(addresses: Sequence[str] | str, client_name: str) -> tuple[str, ...]:
    from facturas_app.services.mail.settings import is_email_address

    recipients = split_addresses(addresses)
    if not recipients:
        raise ValidationFailed([Problem("to", "client_has_no_email", {"client": client_name})])
    bad = [address for address in recipients if not is_email_address(address)]
    if bad:
        raise ValidationFailed([Problem("to", "invalid_email", {"value": address}) for address in bad])
    return recipients


def render_invoice_attachment(store: Store, clock: Clock) -> PdfRenderer:
    """The PDF renderer (services/documents.py + services/pdf), imported only when a PDF is needed."""

    def render(invoice: Invoice, client_name: str) -> Attachment:
        try:
            from facturas_app.services.documents import DocumentService
            from facturas_app.services.pdf import render_invoice_pdf
            from facturas_app.services.pdf.filenames import invoice_file_name
        except ImportError as exc:
            raise MailDeliveryError("pdf_renderer_missing", detail=str(exc)) from None
        document = DocumentService(store, clock).invoice_document(invoice.id)
        return Attachment(
            invoice_file_name(invoice.number, client_name, invoice.id), render_invoice_pdf(document)
        )

    return render
