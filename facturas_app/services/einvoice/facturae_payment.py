"""Facturae's PaymentDetails: one installment, the amount due on the due date, by the invoice's
payment method; a transfer names the issuer's IBAN (AccountToBeCredited)."""

from __future__ import annotations

from lxml import etree

from facturas_app.domain.identifiers import normalize_iban
from facturas_app.services.einvoice.facturae_values import sub, subs, two
from facturas_app.services.pdf.model import InvoiceDocument

TRANSFER = "04"
# Our payment methods → PaymentMeansType; Bizum, PayPal and the rest are «Especiales» (13).
MEANS = {"transfer": TRANSFER, "direct_debit": "02", "cash": "01", "card": "19"}
SPECIAL = "13"


def payment_means(doc: InvoiceDocument) -> str:
    """A transfer when the invoice allows one (or names no method) and the issuer has an IBAN;
    otherwise the first method the invoice names."""
    methods = doc.payment_methods
    if doc.iban and ("transfer" in methods or not methods):
        return TRANSFER
    return MEANS.get(methods[0], SPECIAL) if methods else TRANSFER


def payment_details(node: etree._Element, doc: InvoiceDocument) -> None:
    """Nothing is asked for on a credit (a difference that lowers the debt): no installment then."""
    due = doc.totals.amount_due
    if due <= 0:
        return
    installment = sub(sub(node, "PaymentDetails"), "Installment")
    means = payment_means(doc)
    subs(
        installment,
        {
            "InstallmentDueDate": doc.due_date.isoformat(),
            "InstallmentAmount": two(due),
            "PaymentMeans": means,
        },
    )
    iban = normalize_iban(doc.iban)
    if means == TRANSFER and 5 <= len(iban) <= 34:
        account = sub(installment, "AccountToBeCredited")
        sub(account, "IBAN", iban)
        bic = bic11(doc.bic)
        if bic:
            sub(account, "BIC", bic)


def bic11(bic: str) -> str:
    """Facturae's BIC has exactly 11 characters: an 8-character BIC is its head office, XXX."""
    compact = bic.strip().upper()
    if len(compact) == 8:
        return compact + "XXX"
    return compact if len(compact) == 11 else ""
