"""Blocks after the lines: tax breakdown and totals, payment (IBAN, EPC QR, link), mentions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from facturas_app.domain.invoice import DocType
from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.qr import draw_qr, epc_payload
from facturas_app.services.pdf.render import BOTTOM, LEFT, RIGHT, WIDTH, Painter
from facturas_app.services.pdf.templates import BLACK, GREY

NewPage = Callable[[], float]
PAY_QR = 24.0


def _ensure(y: float, height: float, new_page: NewPage) -> float:
    return new_page() if y + height > BOTTOM else y


# ---- totals -------------------------------------------------------------------------------------
def _rate_text(p: Painter, exemption: str | None, rate: Decimal) -> str:
    if exemption:
        return (
            {"S2": "ISP"}.get(exemption, "Exento" if p.lang == "es" else "Exempt")
            if exemption[0] != "N"
            else ("No sujeto" if p.lang == "es" else "Not subject")
        )
    return L.percent(rate, p.lang)


def _summary_rows(p: Painter) -> list[tuple[str, str, bool]]:
    totals = p.doc.totals
    rows = [(p.t("base"), p.money(totals.base), False), (p.t("vat"), p.money(totals.vat), False)]
    if totals.surcharge:
        rows.append((p.t("surcharge"), p.money(totals.surcharge), False))
    total_label = p.t("total_quote") if p.doc.doc_type is DocType.QUOTE else p.t("total")
    rows.append((total_label, p.money(totals.total), True))
    if totals.irpf:
        rows.append((f"{p.t('irpf')} ({L.percent(totals.irpf_rate, p.lang)})", p.money(-totals.irpf), False))
    return rows


def totals_block(p: Painter, y: float, new_page: NewPage) -> float:
    groups = p.doc.totals.groups
    with_surcharge = any(g.surcharge_rate for g in groups)
    summary = _summary_rows(p)
    height = max(7 + 5 * len(groups), 5.5 * len(summary) + 12) + 4
    y = _ensure(y, height, new_page)
    _breakdown(p, y, with_surcharge)
    return _summary(p, y, summary, height)


def _breakdown(p: Painter, y: float, with_surcharge: bool) -> None:
    cols = [(p.t("base"), 28.0), (p.t("rate"), 16.0), (p.t("quota"), 24.0)]
    if with_surcharge:
        cols += [(p.t("surcharge_short"), 14.0), (f"{p.t('quota')} {p.t('surcharge_short')}", 24.0)]
    p.font(7.5, True, p.theme.section_color)
    x = LEFT
    for title, w in cols:
        p.text(x, y, w, title, align="R")
        x += w
    p.hline(y + 4.6, LEFT, x, width=0.2)
    yy = y + 6
    p.font(8.5)
    for g in p.doc.totals.groups:
        values = [p.money(g.base), _rate_text(p, g.exemption, g.vat_rate), p.money(g.vat)]
        if with_surcharge:
            values += [L.percent(g.surcharge_rate, p.lang) if g.surcharge_rate else "—", p.money(g.surcharge)]
        x = LEFT
        for value, (_, w) in zip(values, cols, strict=True):
            p.text(x, yy, w, value, align="R")
            x += w
        yy += 5


def _summary(p: Painter, y: float, rows: list[tuple[str, str, bool]], height: float) -> float:
    x, w = 122.0, RIGHT - 122.0
    for label, value, strong in rows:
        p.font(8.5, strong)
        p.text(x + 2, y, w - 34, label)
        p.text(RIGHT - 34, y, 32, value, align="R")
        y += 5.5
    y += 1
    due = p.doc.totals.amount_due
    if p.theme.due_fill:
        p.fill(x, y - 1.5, w, 9, p.theme.due_fill)
    else:
        p.hline(y - 1.5, x, RIGHT, color=GREY, width=0.3)
    label = p.t("amount_due") if p.doc.doc_type is not DocType.QUOTE else p.t("total_quote")
    p.font(10.5, True, p.theme.due_text)
    p.text(x + 2, y, w - 42, label, h=6)
    p.text(RIGHT - 42, y, 40, p.money(due), align="R", h=6)
    y += 9
    if (p.doc.paid or p.doc.debt_change) and not p.doc.is_draft:
        rows = settlement_rows(p.doc.paid, p.doc.debt_change, p.doc.outstanding, p.doc.debt_label)
        for key, value in rows:
            p.font(8.5, color=GREY)
            p.text(x + 2, y, w - 34, p.t(key))
            p.text(RIGHT - 34, y, 32, p.money(value), align="R")
            y += 5
    return max(y, p.pdf.get_y()) + 2


def settlement_rows(
    paid: Decimal, debt_change: Decimal, owed: Decimal, debt_label: str = "debt_change"
) -> list[tuple[str, Decimal]]:
    """Below the amount to pay: what rectifications changed, what was paid (or given back), and what
    is left — owed by the client, or to refund to the client when below zero."""
    rows = [(debt_label, debt_change)] if debt_change else []
    if paid:
        rows.append(("paid", paid) if paid > 0 else ("refunded", -paid))
    rows.append(("outstanding", owed) if owed >= 0 else ("to_refund", -owed))
    return rows


# ---- payment ------------------------------------------------------------------------------------
def epc_text(p: Painter) -> str:
    """The SEPA payload when this document can be paid by transfer, else ''."""
    doc = p.doc
    payable = doc.doc_type is not DocType.QUOTE and not doc.is_draft and doc.number
    if not (payable and doc.iban and doc.amount_to_pay > 0):
        return ""
    return epc_payload(doc.issuer.name, doc.iban, doc.amount_to_pay, doc.number or "", doc.bic)


def payment_block(p: Painter, y: float, new_page: NewPage) -> float:
    doc = p.doc
    if doc.doc_type is DocType.QUOTE:
        return y
    lines = []
    if doc.payment_methods:
        lines.append(", ".join(L.payment_method(m, p.lang) for m in doc.payment_methods))
    if doc.iban:
        lines.append(
            f"{p.t('iban')}: {_grouped_iban(doc.iban)}" + (f"   {p.t('bic')}: {doc.bic}" if doc.bic else "")
        )
    epc = epc_text(p)
    link = doc.payment_link if not doc.is_draft else ""
    if not (lines or epc or link):
        return y
    has_qr = bool(epc or link)
    height = max(6 + 4.5 * len(lines) + (9 if link else 0), PAY_QR + 9 if has_qr else 0) + 3
    y = _ensure(y, height, new_page)
    p.font(7.5, True, p.theme.section_color)
    p.text(LEFT, y, 80, p.t("payment").upper())
    text_w = WIDTH - (2 * PAY_QR + 12 if has_qr else 0)
    yy = y + 5
    p.font(8.5)
    for line in lines:
        yy = p.paragraph(LEFT, yy, text_w, line, h=4.5)
    if link:
        _link_line(p, yy + 1, text_w, link)
    _payment_qrs(p, y, epc, link)
    return y + height


def _link_line(p: Painter, y: float, w: float, link: str) -> None:
    p.font(8.5, True, p.theme.accent)
    p.text(LEFT, y, w, f"{p.t('pay_online')}:", h=4.5)
    p.font(8, color=p.theme.accent)
    shown = link if p.pdf.get_string_width(link) < w else link[:70] + "…"
    p.pdf.set_xy(LEFT, y + 4.5)
    p.pdf.cell(min(w, p.pdf.get_string_width(shown) + 1), 4.5, shown, link=link)  # a real /Link /URI


def _payment_qrs(p: Painter, y: float, epc: str, link: str) -> None:
    x = RIGHT - PAY_QR - 4  # captions are wider than the symbol: keep them inside the margin
    for data, caption in ((epc, p.t("scan_to_pay")), (link, p.t("pay_online"))):
        if not data:
            continue
        draw_qr(p.pdf, data, x, y + 1, PAY_QR)
        p.font(6, color=GREY)
        p.text(
            x - 4, y + PAY_QR + 2, PAY_QR + 8, caption + (" (SEPA)" if data is epc else ""), align="C", h=3
        )
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
        y = _ensure(y, len(lines) * 4.3 + 1.5, new_page)
        p.font(8.5, bold, color)
        y = p.paragraph(LEFT, y, WIDTH, text, h=4.3) + 1.5
    return y
