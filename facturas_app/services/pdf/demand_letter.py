"""«Requerimiento de pago»: a one-page payment demand letter with the amount still owed.

Attached by the later reminder stages (+15, +30 days) when the schedule says so. Same cached fonts
as the invoice renderer (services/pdf/fonts.py); fpdf2 is imported only when a letter is drawn.
The small letter helpers here are shared with the payment receipt (services/pdf/receipt.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from facturas_app.services.pdf import labels
from facturas_app.services.pdf.model import InvoiceDocument, Party

if TYPE_CHECKING:
    from fpdf import FPDF

LEFT, WIDTH = 20.0, 170.0

_TEXTS = {
    "es": {
        "title": "REQUERIMIENTO DE PAGO",
        "subject": "Asunto: requerimiento de pago de la factura {number}",
        "body": (
            "Por medio de la presente le requerimos el pago de la factura {number}, de fecha "
            "{issue_date} y vencida el {due_date} ({days} días), cuyo importe sigue pendiente a día de hoy."
        ),
        "ask": (
            "Le rogamos que abone el importe pendiente en un plazo de {grace} días desde la recepción "
            "de este escrito. En caso contrario, nos reservamos el ejercicio de las acciones legales "
            "oportunas para su reclamación, incluidos los intereses de demora que correspondan."
        ),
        "pay_to": (
            "Puede realizar el pago por transferencia a la cuenta {iban}, indicando el número de factura."
        ),
        "ignore": "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este requerimiento.",
        "place_date": "{city}, {today}",
        "regards": "Atentamente,",
        "to": "Destinatario",
    },
    "en": {
        "title": "PAYMENT DEMAND",
        "subject": "Subject: demand for payment of invoice {number}",
        "body": (
            "We hereby demand payment of invoice {number}, dated {issue_date} and due on {due_date} "
            "({days} days ago), which remains unpaid to this day."
        ),
        "ask": (
            "Please pay the outstanding amount within {grace} days of receiving this letter. Otherwise "
            "we reserve the right to take the appropriate legal steps to recover it, including any "
            "late-payment interest that applies."
        ),
        "pay_to": "You can pay by bank transfer to {iban}, quoting the invoice number.",
        "ignore": "If you have already paid, please disregard this letter.",
        "place_date": "{city}, {today}",
        "regards": "Yours faithfully,",
        "to": "To",
    },
}


@dataclass(frozen=True)
class DemandLetter:
    doc: InvoiceDocument  # issuer, client, number, dates, totals, IBAN, language
    paid: Decimal
    today: dt.date
    grace_days: int = 7

    @property
    def outstanding(self) -> Decimal:
        return self.doc.totals.amount_due - self.paid


def text(lang: str, key: str) -> str:
    return _TEXTS.get(lang, _TEXTS["es"])[key]


def new_letter_pdf(all_text: str) -> FPDF:
    """An A4 page with the bundled fonts registered for `all_text` (already sanitized)."""
    from fpdf import FPDF

    from facturas_app.services.pdf import fonts

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_margins(LEFT, 18, 210 - LEFT - WIDTH)
    pdf.set_auto_page_break(True, 18)
    fonts.register_fonts(pdf, all_text)
    pdf.set_creator("Facturas")
    pdf.add_page()
    return pdf


def clean(value: str) -> str:
    from facturas_app.services.pdf import fonts

    return fonts.sanitize(value)


def party_lines(party: Party) -> list[str]:
    lines = [party.name]
    if party.trade_name and party.trade_name != party.name:
        lines.append(party.trade_name)
    if party.tax_id:
        lines.append(f"NIF: {party.tax_id}")
    lines.extend(party.address_lines)
    lines.extend(v for v in (party.email, party.phone) if v)
    return [clean(line) for line in lines if line]


def letterhead(pdf: FPDF, issuer: Party, client: Party, to_label: str) -> None:
    """Issuer top left, the addressee below on the right (window-envelope position)."""
    from fpdf import FPDF  # noqa: F401  (type only)

    from facturas_app.services.pdf.fonts import FAMILY

    pdf.set_font(FAMILY, "B", 12)
    lines = party_lines(issuer)
    pdf.cell(WIDTH, 6, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9)
    for line in lines[1:]:
        pdf.cell(WIDTH, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y() + 8, 50))
    pdf.set_x(110)
    pdf.set_font(FAMILY, "", 8)
    pdf.cell(80, 4, to_label, new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)
    for line in party_lines(client):
        pdf.cell(80, 5, line, new_x="LEFT", new_y="NEXT")
    pdf.set_x(LEFT)
    pdf.ln(10)


def amounts_table(pdf: FPDF, rows: list[tuple[str, str, bool]]) -> None:
    from facturas_app.services.pdf.fonts import FAMILY

    for label, value, bold in rows:
        pdf.set_font(FAMILY, "B" if bold else "", 10.5 if bold else 10)
        pdf.set_x(LEFT + 60)
        pdf.cell(70, 7, label, border="B")
        pdf.cell(40, 7, value, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def paragraph(pdf: FPDF, value: str, size: float = 10.5, bold: bool = False) -> None:
    from facturas_app.services.pdf.fonts import FAMILY

    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.multi_cell(WIDTH, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def render_demand_letter(letter: DemandLetter) -> bytes:
    """The letter's PDF bytes: who owes what for which invoice, and by when to pay it."""
    doc, lang = letter.doc, letter.doc.language
    number = clean(doc.number or "")
    values = {
        "number": number,
        "issue_date": labels.date(doc.issue_date, lang),
        "due_date": labels.date(doc.due_date, lang),
        "days": str(max((letter.today - doc.due_date).days, 0)),
        "grace": str(letter.grace_days),
        "iban": doc.iban,
        "city": clean(_city(doc.issuer)),
        "today": labels.date(letter.today, lang),
    }
    words = {key: text(lang, key).format(**values) for key in _TEXTS["es"]}
    every = " ".join([*words.values(), *party_lines(doc.issuer), *party_lines(doc.client)])
    pdf = new_letter_pdf(every)
    pdf.set_title(f"{words['title']} {number}")
    pdf.set_author(clean(doc.issuer.name))
    pdf.set_lang(lang)
    letterhead(pdf, doc.issuer, doc.client, words["to"])
    paragraph(pdf, words["place_date"].strip(", "))
    paragraph(pdf, words["title"], 15, bold=True)
    paragraph(pdf, words["subject"], bold=True)
    paragraph(pdf, words["body"])
    amounts_table(
        pdf,
        [
            (labels.label("total", lang), labels.money(doc.totals.total, lang), False),
            (labels.label("amount_due", lang), labels.money(doc.totals.amount_due, lang), False),
            (labels.label("paid", lang), labels.money(letter.paid, lang), False),
            (labels.label("outstanding", lang), labels.money(letter.outstanding, lang), True),
        ],
    )
    paragraph(pdf, words["ask"])
    if doc.iban:
        paragraph(pdf, words["pay_to"])
    paragraph(pdf, words["ignore"])
    paragraph(pdf, words["regards"])
    paragraph(pdf, clean(doc.issuer.name), bold=True)
    return bytes(pdf.output())


def demand_letter_file_name(number: str | None, lang: str) -> str:
    from facturas_app.services.pdf.filenames import safe_component

    prefix = "Requerimiento-de-pago" if lang != "en" else "Payment-demand"
    return f"{prefix}_{safe_component(number or '', 'factura')}.pdf"


def _city(issuer: Party) -> str:
    # The postal line reads "28001 Madrid" (the country, if any, comes after it): keep the city.
    lines = [line for line in issuer.address_lines if line != issuer.country]
    if not lines:
        return ""
    head, _, tail = lines[-1].partition(" ")
    return tail if head.isdigit() and tail else lines[-1]
