"""A printable payment receipt («Recibo de pago»): who paid how much, when and how, for which invoice.

Drawn with the letter helpers of services/pdf/demand_letter.py (same cached fonts as invoices).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from facturas_app.services.pdf import labels
from facturas_app.services.pdf.demand_letter import (
    amounts_table,
    clean,
    letterhead,
    new_letter_pdf,
    paragraph,
    party_lines,
)
from facturas_app.services.pdf.model import InvoiceDocument

_TEXTS = {
    "es": {
        "title": "RECIBO DE PAGO",
        "body": "Hemos recibido de {client} la cantidad de {amount} el {date} ({method}"
        "{reference}) en pago de la factura {number}. ¡Gracias!",
        "paid_in_full": "La factura queda totalmente pagada.",
        "remaining": "Queda pendiente de pago: {outstanding}.",
        "to": "Cliente",
        "received": "Importe recibido",
        "paid_so_far": "Total pagado",
        "reference": ", referencia {value}",
    },
    "en": {
        "title": "PAYMENT RECEIPT",
        "body": "We have received from {client} the sum of {amount} on {date} ({method}"
        "{reference}) in payment of invoice {number}. Thank you!",
        "paid_in_full": "The invoice is now paid in full.",
        "remaining": "Still outstanding: {outstanding}.",
        "to": "Client",
        "received": "Amount received",
        "paid_so_far": "Total paid",
        "reference": ", reference {value}",
    },
}


@dataclass(frozen=True)
class ReceiptDocument:
    doc: InvoiceDocument
    amount: Decimal
    paid_on: dt.date
    method: str
    reference: str
    paid_total: Decimal  # every standing payment of the invoice, this one included

    @property
    def outstanding(self) -> Decimal:
        return self.doc.totals.amount_due - self.paid_total


def render_receipt(receipt: ReceiptDocument) -> bytes:
    doc, lang = receipt.doc, receipt.doc.language
    words = _TEXTS.get(lang, _TEXTS["es"])
    ref = words["reference"].format(value=clean(receipt.reference)) if receipt.reference else ""
    body = words["body"].format(
        client=clean(doc.client.name),
        amount=labels.money(receipt.amount, lang),
        date=labels.date(receipt.paid_on, lang),
        method=labels.payment_method(receipt.method, lang),
        reference=ref,
        number=clean(doc.number or ""),
    )
    closing = (
        words["paid_in_full"]
        if receipt.outstanding <= 0
        else words["remaining"].format(outstanding=labels.money(receipt.outstanding, lang))
    )
    every = " ".join([body, closing, *words.values(), *party_lines(doc.issuer), *party_lines(doc.client)])
    pdf = new_letter_pdf(every)
    pdf.set_title(f"{words['title']} {clean(doc.number or '')}")
    pdf.set_author(clean(doc.issuer.name))
    pdf.set_lang(lang)
    letterhead(pdf, doc.issuer, doc.client, words["to"])
    paragraph(pdf, words["title"], 15, bold=True)
    paragraph(pdf, body)
    amounts_table(
        pdf,
        [
            (labels.label("amount_due", lang), labels.money(doc.totals.amount_due, lang), False),
            (words["received"], labels.money(receipt.amount, lang), True),
            (words["paid_so_far"], labels.money(receipt.paid_total, lang), False),
            (
                labels.label("outstanding", lang),
                labels.money(max(receipt.outstanding, Decimal("0.00")), lang),
                False,
            ),
        ],
    )
    paragraph(pdf, closing)
    paragraph(pdf, clean(doc.issuer.name), bold=True)
    return bytes(pdf.output())


def receipt_file_name(number: str | None, paid_on: dt.date, lang: str) -> str:
    from facturas_app.services.pdf.filenames import safe_component

    prefix = "Recibo" if lang != "en" else "Receipt"
    return f"{prefix}_{safe_component(number or '', 'factura')}_{paid_on.isoformat()}.pdf"
