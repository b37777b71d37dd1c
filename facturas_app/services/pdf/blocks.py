"""Blocks after the totals: payment (IBAN, EPC QR, link), mentions, notes and thanks.

Each block is measured before it is drawn and moves to the next page whole when it does not fit
(paragraphs move line by line). The payment QRs keep a quiet zone (QUIET) free of any text,
their captions included, and ask for what is still owed: none is drawn when nothing is.
"""

from __future__ import annotations

from collections.abc import Callable

from facturas_app.domain.invoice import DocType
from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.qr import draw_qr, epc_payload
from facturas_app.services.pdf.render import BOTTOM, LEFT, QUIET, RIGHT, WIDTH, Painter
from facturas_app.services.pdf.summary import settlement_rows, totals_block
from facturas_app.services.pdf.templates import BLACK, GREY

__all__ = ["closing_block", "epc_text", "payment_block", "settlement_rows", "totals_block"]

NewPage = Callable[[], float]
PAY_QR = 24.0
CAPTION_H = 3.0
LINE_H = 4.5


def _ensure(y: float, height: float, new_page: NewPage) -> float:
    return new_page() if y + height > BOTTOM else y


# ---- payment ------------------------------------------------------------------------------------
def epc_text(p: Painter) -> str:
    """The SEPA payload when this document can be paid by transfer and something is owed, else ''."""
    doc = p.doc
    payable = doc.doc_type is not DocType.QUOTE and not doc.is_draft and doc.number
    if not (payable and doc.iban and doc.amount_to_pay > 0) or doc.debit_iban:  # a debit: nothing to scan
        return ""
    return epc_payload(doc.issuer.name, doc.iban, doc.amount_to_pay, doc.number or "", doc.bic)


def _payment_texts(p: Painter) -> list[str]:
    doc = p.doc
    lines = []
    if doc.payment_methods:
        lines.append(", ".join(L.payment_method(m, p.lang) for m in doc.payment_methods))
    if doc.debit_iban:
        lines.append(_debit_text(p))
    if doc.iban and (not doc.debit_iban or "transfer" in doc.payment_methods):
        lines.append(
            f"{p.t('iban')}: {_grouped_iban(doc.iban)}" + (f"   {p.t('bic')}: {doc.bic}" if doc.bic else "")
        )
    return lines


def _debit_text(p: Painter) -> str:
    doc = p.doc
    if doc.debit_date is None:
        return p.t("debit_at_due").format(iban=doc.debit_iban)
    return p.t("debit_on").format(iban=doc.debit_iban, date=L.date(doc.debit_date, p.lang))


def _qrs(p: Painter) -> list[tuple[str, str]]:
    """(payload, caption) of each payment QR, right to left."""
    doc = p.doc
    link = doc.payment_link if not doc.is_draft and doc.amount_to_pay > 0 else ""
    epc = epc_text(p)
    pairs = [(epc, f"{p.t('scan_to_pay')} (SEPA)"), (link, p.t("pay_online"))]
    return [(data, caption) for data, caption in pairs if data]


def payment_block(p: Painter, y: float, new_page: NewPage) -> float:
    """Methods and bank details at the left, the QRs at the right (measured, then drawn)."""
    doc = p.doc
    texts, qrs = _payment_texts(p), _qrs(p)
    if doc.doc_type is DocType.QUOTE or not (texts or qrs):
        return y
    link = next((data for data, _ in qrs if data == doc.payment_link), "")
    qr_left = RIGHT - PAY_QR - 4 - (len(qrs) - 1) * (PAY_QR + 8)
    text_w = (qr_left - QUIET - 4 if qrs else RIGHT) - LEFT
    p.font(8.5)
    lines = [text for line in texts for text in p.wrap(line, text_w)]
    text_h = 5 + LINE_H * len(lines) + (2 * LINE_H + 1 if link else 0)
    qr_h = QUIET + PAY_QR + QUIET + CAPTION_H if qrs else 0.0
    height = max(text_h, qr_h) + 3
    y = _ensure(y, height, new_page)
    _payment_lines(p, y, text_w, lines, link)
    _payment_qrs(p, y + QUIET, qrs)
    return y + height


def _payment_lines(p: Painter, y: float, w: float, lines: list[str], link: str) -> None:
    p.font(7.5, True, p.theme.section_color)
    p.text(LEFT, y, w, p.t("payment").upper())
    y += 5
    p.font(8.5)
    for line in lines:
        p.text(LEFT, y, w, line, h=LINE_H)
        y += LINE_H
    if link:
        _link_line(p, y + 1, w, link)


def _link_line(p: Painter, y: float, w: float, link: str) -> None:
    p.font(8.5, True, p.theme.accent)
    p.text(LEFT, y, w, f"{p.t('pay_online')}:", h=LINE_H)
    p.font(8, color=p.theme.accent)
    shown = link
    while shown and p.pdf.get_string_width(shown + "…") > w - 1.2:
        shown = shown[:-1]
    shown = link if shown == link or p.width(link) <= w - 1.2 else shown + "…"
    p.pdf.set_xy(LEFT, y + LINE_H)
    p.pdf.cell(min(w, p.width(shown) + 1.2), LINE_H, shown, link=link)  # a real /Link /URI


def _payment_qrs(p: Painter, y: float, qrs: list[tuple[str, str]]) -> None:
    x = RIGHT - PAY_QR - 4  # captions are wider than the symbol: keep them inside the margin
    for data, caption in qrs:
        draw_qr(p.pdf, data, x, y, PAY_QR)
        p.font(6, color=GREY)
        p.text(x - 4, y + PAY_QR + QUIET, PAY_QR + 8, caption, align="C", h=CAPTION_H)
        x -= PAY_QR + 8


def _grouped_iban(iban: str) -> str:
    compact = iban.replace(" ", "").upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# ---- mentions, notes, thanks --------------------------------------------------------------------
def closing_block(p: Painter, y: float, new_page: NewPage) -> float:
    doc = p.doc
    paragraphs: list[tuple[str, bool, tuple[int, int, int]]] = []
    if doc.kind.value == "simplified" and doc.doc_type is DocType.INVOICE:
        paragraphs.append((p.t("vat_included"), True, BLACK))
    paragraphs.extend((legend, True, BLACK) for legend in doc.legends)
    if doc.notes.strip():
        paragraphs.append((f"{p.t('notes')}: {doc.notes.strip()}", False, BLACK))
    if doc.thank_you.strip():
        paragraphs.append((doc.thank_you.strip(), False, p.theme.accent))
    y += 2
    for text, bold, color in paragraphs:
        p.font(8.5, bold, color)
        lines = p.wrap(text, WIDTH)
        # a short paragraph moves whole; a long one fills the page and goes on over the next
        y = _ensure(y, min(len(lines), 3) * 4.3 + 1.5, new_page)
        for line in lines:
            if y + 4.3 > BOTTOM:
                y = new_page()
            p.font(8.5, bold, color)
            p.text(LEFT, y, WIDTH, line, h=4.3)
            y += 4.3
        y += 1.5
    return y
