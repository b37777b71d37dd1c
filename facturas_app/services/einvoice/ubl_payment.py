"""Payment instructions (BG-16 with BG-17 transfer or BG-19 direct debit) and terms (BT-20).

One payment means: EN 16931 has one payment instruction (UBL-SR-47: several means must share
the code). A direct debit under a mandate wins (the client's bank is charged, #19), then a
transfer to the business's IBAN, then the first other method the invoice names. A credit note
has none: nobody pays the business what it credits — the amount is applied to the corrected
invoice's debt (domain/settlement.py), and the payment terms say so.
"""

from __future__ import annotations

import datetime as dt
import re

from facturas_app.services.einvoice import profile
from facturas_app.services.einvoice.ubl_xml import Element, opt, sub
from facturas_app.services.pdf.model import InvoiceDocument

TERMS = {
    "es": "Vencimiento el {due}",
    "en": "Due on {due}",
}
TERMS_DAYS = {
    "es": "Pago a {days} días; vencimiento el {due}",
    "en": "Payment within {days} days; due on {due}",
}


def compact_account(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def means_code(doc: InvoiceDocument) -> str | None:
    if doc.debit_iban:
        return profile.SEPA_DIRECT_DEBIT
    if doc.iban and (not doc.payment_methods or "transfer" in doc.payment_methods):
        return profile.transfer_code(compact_account(doc.iban))
    for method in doc.payment_methods:
        if method in profile.PAYMENT_MEANS:
            return profile.PAYMENT_MEANS[method]
    return None


def add_payment_means(root: Element, doc: InvoiceDocument, *, credit_note: bool) -> None:
    code = None if credit_note else means_code(doc)
    if code is None:
        return
    means = sub(root, "cac:PaymentMeans")
    sub(means, "cbc:PaymentMeansCode", code)
    opt(means, "cbc:PaymentID", doc.number or "")  # BT-83, the remittance information
    if code == profile.SEPA_DIRECT_DEBIT:
        _mandate(means, doc)
    elif code in (profile.SEPA_CREDIT_TRANSFER, profile.CREDIT_TRANSFER):
        _payee_account(means, doc)


def _payee_account(means: Element, doc: InvoiceDocument) -> None:
    """BG-17: the IBAN (BT-84), the account name (BT-85) and the BIC (BT-86)."""
    account = sub(means, "cac:PayeeFinancialAccount")
    sub(account, "cbc:ID", compact_account(doc.iban))
    opt(account, "cbc:Name", doc.issuer.name)
    if doc.bic.strip():
        sub(sub(account, "cac:FinancialInstitutionBranch"), "cbc:ID", compact_account(doc.bic))


def _mandate(means: Element, doc: InvoiceDocument) -> None:
    """BG-19: the mandate reference (BT-89, when the caller put it in `doc.extra`) and the
    debited account (BT-91, the client's IBAN as the notice prints it, masked)."""
    mandate = sub(means, "cac:PaymentMandate")
    opt(mandate, "cbc:ID", doc.extra.get("mandate_id", ""))
    sub(sub(mandate, "cac:PayerFinancialAccount"), "cbc:ID", compact_account(doc.debit_iban))


APPLIED = {
    "es": "Importe aplicado a la factura rectificada {number}",
    "en": "Amount applied to the corrected invoice {number}",
}


def add_payment_terms(root: Element, doc: InvoiceDocument, *, credit_note: bool) -> None:
    """BT-20 in words (the due date itself is BT-9)."""
    sub(sub(root, "cac:PaymentTerms"), "cbc:Note", terms_text(doc, credit_note=credit_note))


def terms_text(doc: InvoiceDocument, *, credit_note: bool = False) -> str:
    if credit_note and doc.rectified:
        return APPLIED.get(doc.language, APPLIED["es"]).format(number=doc.rectified.number)
    days = (doc.due_date - doc.issue_date).days
    due = _date(doc.due_date, doc.language)
    if days > 0:
        return TERMS_DAYS.get(doc.language, TERMS_DAYS["es"]).format(days=days, due=due)
    return TERMS.get(doc.language, TERMS["es"]).format(due=due)


def _date(day: dt.date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "es" else day.isoformat()
