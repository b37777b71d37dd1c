"""What an invoice's PDF says when it is paid by SEPA direct debit (#19): «Se cargará en su
cuenta ES76 **** … 1234 el DD/MM/AAAA» (or «al vencimiento» before it is remitted), instead of
the transfer QR. Read inside the caller's transaction (services/documents.py)."""

from __future__ import annotations

from dataclasses import replace

from facturas_app.domain.invoice import DocType, Invoice
from facturas_app.domain.sepa import mask_iban
from facturas_app.services.pdf import InvoiceDocument
from facturas_app.storage.api import Transaction


def with_debit(tx: Transaction, invoice: Invoice, doc: InvoiceDocument) -> InvoiceDocument:
    if "direct_debit" not in invoice.payment_methods or invoice.doc_type is not DocType.INVOICE:
        return doc
    mandate = tx.get_mandate(invoice.client_id)
    if mandate is None:
        return doc
    live = tx.live_debit(invoice.id)
    business = tx.get_business()
    # The e-invoice names the mandate and the creditor (EN 16931 BT-89, BT-90; #20).
    extra = {**doc.extra, "mandate_id": mandate.mandate_id}
    if business is not None and business.sepa_creditor_id:
        extra["creditor_id"] = business.sepa_creditor_id
    return replace(doc, debit_iban=mask_iban(mandate.iban), debit_date=live[1] if live else None, extra=extra)
