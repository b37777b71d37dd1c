"""UBL 2.1 Invoice / CreditNote meeting EN 16931 (#20), from the printed document's model.

`ubl_bytes(doc)` writes what the PDF says, with the amounts of the one totals engine. A
rectifying invoice by differences that lowers the debt is a CreditNote (type 381) with the
signs turned: EN 16931 states a credit note's amounts as positive figures of what is credited.
Any other rectifying invoice is an Invoice of type 384 (corrected invoice); both name the
invoice they correct (BG-3). The business terms we fill and leave are listed in the report of
issue #20 and in tests/services/einvoice/.
"""

from __future__ import annotations

import base64
from decimal import Decimal

from facturas_app.domain.errors import InvalidTransition, Problem, ValidationFailed
from facturas_app.domain.invoice import DocType, Kind, Status
from facturas_app.domain.taxes import tax_table
from facturas_app.services.einvoice import profile
from facturas_app.services.einvoice.ubl_lines import add_lines
from facturas_app.services.einvoice.ubl_parties import add_customer, add_supplier
from facturas_app.services.einvoice.ubl_payment import add_payment_means, add_payment_terms
from facturas_app.services.einvoice.ubl_totals import (
    Subtotal,
    add_monetary_total,
    add_surcharges,
    add_tax_total,
    breakdown,
    outside_scope,
    withholding_note,
)
from facturas_app.services.einvoice.ubl_xml import Element, new_root, opt, sub, to_bytes
from facturas_app.services.pdf.model import InvoiceDocument

COMMERCIAL_INVOICE = "380"
CREDIT_NOTE = "381"
CORRECTED_INVOICE = "384"
PDF_MIME = "application/pdf"
RECTIFIES = {
    "es": "Factura rectificativa ({kind}) de la factura {number}: {reason}",
    "en": "Corrective invoice ({kind}) of invoice {number}: {reason}",
}
GENERAL_NOTE = "#AAI#"  # UNCL4451 "general information": keeps a '#' in the text from BR-CL-08


def is_credit_note(doc: InvoiceDocument) -> bool:
    """A correction by differences that takes money off: the buyer is credited."""
    return bool(doc.rectified and doc.rectified.by_differences and doc.totals.total < 0)


def ubl_bytes(doc: InvoiceDocument, *, pdf: bytes | None = None, pdf_name: str = "") -> bytes:
    """UTF-8 XML of the UBL Invoice (or CreditNote) of an issued invoice; `pdf` is embedded."""
    _check_issued(doc)
    _check_profile(doc)
    credit = is_credit_note(doc)
    sign = Decimal(-1) if credit else Decimal(1)
    currency = currency_of(doc)
    subtotals = breakdown(doc.totals, doc.language)
    root = new_root(credit)
    _header(root, doc, credit=credit, sign=sign, currency=currency)
    _references(root, doc, pdf, pdf_name)
    _parties(root, doc, subtotals)
    _delivery(root, doc, subtotals)
    add_payment_means(root, doc, credit_note=credit)
    add_payment_terms(root, doc, credit_note=credit)
    add_surcharges(root, doc.totals, sign=sign, currency=currency, lang=doc.language)
    add_tax_total(root, doc.totals, subtotals, sign=sign, currency=currency)
    add_monetary_total(root, doc.totals, sign=sign, currency=currency)
    add_lines(root, doc.lines, sign=sign, currency=currency, lang=doc.language)
    return to_bytes(root)


def _check_issued(doc: InvoiceDocument) -> None:
    """Only an issued, standing invoice has an e-invoice (not a draft, quote or cancelled one)."""
    if doc.doc_type is not DocType.INVOICE:
        raise InvalidTransition("einvoice_not_an_invoice", number=doc.number or "")
    if doc.is_draft or doc.status is Status.CANCELLED:
        raise InvalidTransition("einvoice_not_issued", number=doc.number or "")


def _check_profile(doc: InvoiceDocument) -> None:
    """The CIUS hook (profile.PROFILE.checks): refuse what the national rules refuse."""
    codes = [code for check in profile.PROFILE.checks for code in check(doc)]
    if codes:
        raise ValidationFailed([Problem("einvoice", code) for code in codes])


def currency_of(doc: InvoiceDocument) -> str:
    table = tax_table(doc.issuer.country)
    return table.currency if table else profile.CURRENCY


def type_code(doc: InvoiceDocument, credit: bool) -> str:
    if credit:
        return CREDIT_NOTE
    return CORRECTED_INVOICE if doc.kind is Kind.RECTIFYING else COMMERCIAL_INVOICE


def _header(root: Element, doc: InvoiceDocument, *, credit: bool, sign: Decimal, currency: str) -> None:
    """BT-24, BT-23, BT-1, BT-2, BT-9 (Invoice), BT-3, BT-22, BT-5, in UBL's order."""
    sub(root, "cbc:CustomizationID", profile.PROFILE.customization_id)
    opt(root, "cbc:ProfileID", profile.PROFILE.profile_id or "")
    sub(root, "cbc:ID", str(doc.number))
    sub(root, "cbc:IssueDate", doc.issue_date.isoformat())
    if not credit:
        sub(root, "cbc:DueDate", doc.due_date.isoformat())
    sub(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", type_code(doc, credit))
    for note in notes(doc, sign=sign, currency=currency):
        sub(root, "cbc:Note", GENERAL_NOTE + note if "#" in note else note)
    sub(root, "cbc:DocumentCurrencyCode", currency)


def notes(doc: InvoiceDocument, *, sign: Decimal, currency: str) -> list[str]:
    """BT-22: the invoice's notes, why it corrects another, and the IRPF withheld."""
    texts = [doc.notes.strip()]
    if doc.rectified:
        template = RECTIFIES.get(doc.language, RECTIFIES["es"])
        r = doc.rectified
        texts.append(template.format(kind=r.kind or "R1", number=r.number, reason=r.reason.strip()))
    texts.append(withholding_note(doc.totals, sign=sign, currency=currency, lang=doc.language))
    return [text for text in texts if text]


def _references(root: Element, doc: InvoiceDocument, pdf: bytes | None, pdf_name: str) -> None:
    """BG-3, the corrected invoice (number BT-25, date BT-26); BG-24, the PDF (BT-122, BT-125)."""
    if doc.rectified and doc.rectified.number:
        reference = sub(sub(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        sub(reference, "cbc:ID", doc.rectified.number)
        if doc.rectified.issue_date:
            sub(reference, "cbc:IssueDate", doc.rectified.issue_date.isoformat())
    if pdf is not None:
        name = pdf_name or f"{doc.number}.pdf"
        attached = sub(root, "cac:AdditionalDocumentReference")
        sub(attached, "cbc:ID", name)
        binary = base64.b64encode(pdf).decode("ascii")
        attachment = sub(attached, "cac:Attachment")
        sub(attachment, "cbc:EmbeddedDocumentBinaryObject", binary, mimeCode=PDF_MIME, filename=name)


def _parties(root: Element, doc: InvoiceDocument, subtotals: list[Subtotal]) -> None:
    """BR-O-02: an invoice not subject to VAT names no VAT identifiers (the NIFs stay as BT-30/47)."""
    with_vat_id = not outside_scope(subtotals)
    creditor = doc.extra.get("creditor_id", "") if doc.debit_iban else ""
    add_supplier(root, doc.issuer, with_vat_id=with_vat_id, creditor_id=creditor)
    add_customer(root, doc.client, with_vat_id=with_vat_id)


def _delivery(root: Element, doc: InvoiceDocument, subtotals: list[Subtotal]) -> None:
    """BT-72, the operation date when it is not the issue date; an intra-EU supply always states
    when and where it went (BR-IC-11, BR-IC-12)."""
    intra_eu = any(s.code == profile.INTRA_EU for s in subtotals)
    if not (doc.operation_date or intra_eu):
        return
    delivery = sub(root, "cac:Delivery")
    sub(delivery, "cbc:ActualDeliveryDate", (doc.operation_date or doc.issue_date).isoformat())
    if intra_eu:
        address = sub(sub(delivery, "cac:DeliveryLocation"), "cac:Address")
        sub(sub(address, "cac:Country"), "cbc:IdentificationCode", doc.client.country)
