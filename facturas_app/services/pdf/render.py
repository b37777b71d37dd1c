"""Page furniture and the lines table: header, parties, repeated table header, footer "1/3".

Coordinates are millimetres on A4. The top-right 40×48 mm of page 1 (`VERIFACTU_BOX`) belongs to
the VERI*FACTU QR and nothing else is ever drawn there, whether or not the QR is present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facturas_app.domain.invoice import DocType, Kind, Status
from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.fonts import FAMILY
from facturas_app.services.pdf.model import DocLine, InvoiceDocument
from facturas_app.services.pdf.qr import draw_qr
from facturas_app.services.pdf.templates import BLACK, GREY, LIGHT, Theme

if TYPE_CHECKING:
    from fpdf import FPDF

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 15.0, 195.0
WIDTH = RIGHT - LEFT
BOTTOM = PAGE_H - 16.0  # content stops here; the footer lives below
VERIFACTU_BOX = (155.0, 8.0, 40.0, 48.0)  # x, y, w, h
VERIFACTU_QR = 32.0
ROW_H = 5.0
# description, quantity, unit, unit price, discount, VAT, amount
COLUMNS = (72.0, 15.0, 12.0, 24.0, 13.0, 14.0, 30.0)
ALIGN = ("L", "R", "C", "R", "R", "R", "R")


class Painter:
    """Small helpers around one FPDF with the document's theme and language."""

    def __init__(self, pdf: FPDF, doc: InvoiceDocument, theme: Theme) -> None:
        self.pdf = pdf
        self.doc = doc
        self.theme = theme
        self.lang = doc.language

    def t(self, key: str) -> str:
        return L.label(key, self.lang)

    def money(self, value: Any) -> str:
        return L.money(value, self.lang)

    def font(self, size: float, bold: bool = False, color: tuple[int, int, int] = BLACK) -> None:
        self.pdf.set_font(FAMILY, "B" if bold else "", size)
        self.pdf.set_text_color(*color)

    def text(
        self, x: float, y: float, w: float, txt: str, align: str = "L", h: float = 4.2, link: str = ""
    ) -> None:
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, h, txt, align=align, link=link)

    def fitted(
        self,
        x: float,
        y: float,
        w: float,
        txt: str,
        size: float,
        bold: bool = False,
        color: tuple[int, int, int] = BLACK,
        align: str = "L",
    ) -> None:
        """One line that shrinks its font rather than overflow into a neighbour."""
        self.font(size, bold, color)
        while size > 6 and self.pdf.get_string_width(txt) > w:
            size -= 0.5
            self.pdf.set_font_size(size)
        self.text(x, y, w, txt, align, h=size * 0.45)

    def wrap(self, txt: str, w: float) -> list[str]:
        """Lines of `txt` at the current font within width w (fast path: fits on one line)."""
        from fpdf.enums import MethodReturnValue

        if "\n" not in txt and self.pdf.get_string_width(txt) <= w - 1.2:
            return [txt]
        lines = self.pdf.multi_cell(w, ROW_H, txt, dry_run=True, output=MethodReturnValue.LINES)
        return [str(line) for line in lines] or [""]

    def paragraph(self, x: float, y: float, w: float, txt: str, h: float = 4.2) -> float:
        lines = self.wrap(txt, w)
        for i, line in enumerate(lines):
            self.text(x, y + i * h, w, line, h=h)
        return y + len(lines) * h

    def hline(
        self,
        y: float,
        x1: float = LEFT,
        x2: float = RIGHT,
        color: tuple[int, int, int] | None = None,
        width: float = 0.2,
    ) -> None:
        self.pdf.set_draw_color(*(color or self.theme.rule))
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y, x2, y)

    def fill(self, x: float, y: float, w: float, h: float, color: tuple[int, int, int]) -> None:
        self.pdf.set_fill_color(*color)
        self.pdf.rect(x, y, w, h, style="F")


# ---- every page ---------------------------------------------------------------------------------
def title_text(doc: InvoiceDocument) -> str:
    if doc.doc_type is DocType.QUOTE:
        return L.label("quote", doc.language)
    if doc.doc_type is DocType.PROFORMA:
        return L.label("proforma", doc.language)
    if doc.kind is Kind.RECTIFYING:
        return L.label("rectifying", doc.language)
    if doc.kind is Kind.SIMPLIFIED:
        return L.label("simplified", doc.language)
    return L.label("invoice", doc.language)


def page_decorations(p: Painter) -> None:
    """Drawn first on every page: stripe, watermark (drafts/cancelled)."""
    if p.theme.left_stripe:
        p.fill(0, 0, 6, PAGE_H, p.theme.accent)
    mark = ""
    if p.doc.is_draft:
        mark = p.t("draft")
    elif p.doc.status is Status.CANCELLED:
        mark = p.t("cancelled")
    if mark:
        p.font(70, True, (236, 236, 236))
        with p.pdf.rotation(35, PAGE_W / 2, PAGE_H / 2):
            p.text(0, PAGE_H / 2 - 15, PAGE_W, mark, align="C", h=30)


def footer(p: Painter) -> None:
    doc = p.doc
    p.hline(PAGE_H - 14, color=LIGHT, width=0.15)
    p.font(7, color=GREY)
    who = " · ".join(x for x in (doc.issuer.name, f"{p.t('tax_id')} {doc.issuer.tax_id}") if x)
    p.text(LEFT, PAGE_H - 13, WIDTH - 30, who)
    # "{nb}" is fpdf2's total-pages alias, replaced when the document is closed
    p.text(RIGHT - 30, PAGE_H - 13, 30, f"{p.pdf.page_no()}/{{nb}}", align="R")


def continuation_header(p: Painter) -> float:
    doc = p.doc
    p.font(9, True, p.theme.title_color)
    number = doc.number or p.t("draft")
    p.text(LEFT, 10, WIDTH, f"{title_text(doc)} {number}  {p.t('continued')}")
    p.font(8, color=GREY)
    p.text(LEFT, 15, WIDTH, doc.issuer.name)
    return 22.0


# ---- page 1 -------------------------------------------------------------------------------------
def verifactu_block(p: Painter) -> None:
    """«QR tributario:» / QR / «VERI*FACTU» in the reserved box; the first QR on page 1."""
    url = p.doc.verifactu_qr_url
    if not url:
        return
    x, y, w, _ = VERIFACTU_BOX
    p.font(7.5, True)
    p.text(x, y + 1, w, p.t("qr_tributario"), align="C", h=3.5)
    draw_qr(p.pdf, url, x + (w - VERIFACTU_QR) / 2, y + 6, VERIFACTU_QR, error="M")
    p.font(7.5, True)
    p.text(x, y + 6 + VERIFACTU_QR + 2.5, w, p.t("verifactu"), align="C", h=3.5)


def issuer_block(p: Painter) -> float:
    doc, pdf = p.doc, p.pdf
    y = 12.0
    if doc.logo_path:
        try:
            info = pdf.image(doc.logo_path, x=LEFT, y=10, h=16, keep_aspect_ratio=True)
            y = 10 + float(getattr(info, "rendered_height", 16)) + 3
        except Exception:
            y = 12.0
    width = VERIFACTU_BOX[0] - LEFT - 6
    p.fitted(LEFT, y, width, doc.issuer.name, 12, True)
    y += 6
    p.font(8.5, color=GREY)
    details = (
        [doc.issuer.trade_name] if doc.issuer.trade_name and doc.issuer.trade_name != doc.issuer.name else []
    )
    details.append(f"{p.t('tax_id')}: {doc.issuer.tax_id}")
    details.extend(doc.issuer.address_lines)
    details.append(" · ".join(v for v in (doc.issuer.email, doc.issuer.phone) if v))
    for line in (d for d in details if d):
        p.text(LEFT, y, width, line)
        y += 4.0
    return max(y + 2, 34.0)


def title_block(p: Painter, y: float) -> float:
    """The title stays left of the VERI*FACTU box; what follows starts below the box."""
    box_x, box_y, _, box_h = VERIFACTU_BOX
    right = box_x - 5 if y < box_y + box_h else RIGHT
    p.fitted(LEFT, y, right - LEFT, title_text(p.doc), 18, p.theme.title_bold, p.theme.title_color)
    if p.doc.kind is Kind.SIMPLIFIED and p.doc.doc_type is DocType.INVOICE:
        p.font(8.5, color=GREY)
        p.text(right - 40, y + 9.5, 40, p.t("vat_included"), align="R")
    y += 9
    p.hline(y - 0.5, LEFT, right, color=p.theme.accent if p.theme.name != "minimal" else LIGHT, width=0.5)
    return max(y + 6, box_y + box_h + 3)


def _details(p: Painter) -> list[tuple[str, str]]:
    doc = p.doc
    rows = [(p.t("number"), doc.number or p.t("draft"))]
    if doc.series:
        rows.append((p.t("series"), doc.series))
    rows.append((p.t("issue_date"), L.date(doc.issue_date, p.lang)))
    if doc.operation_date:
        rows.append((p.t("operation_date"), L.date(doc.operation_date, p.lang)))
    if doc.doc_type is DocType.QUOTE:
        if doc.valid_until:
            rows.append((p.t("valid_until"), L.date(doc.valid_until, p.lang)))
    else:
        rows.append((p.t("due_date"), L.date(doc.due_date, p.lang)))
    return rows


def parties_block(p: Painter, y: float) -> float:
    doc = p.doc
    client_w, details_x = 100.0, 122.0
    details_w = RIGHT - details_x
    p.font(7.5, True, p.theme.section_color)
    p.text(LEFT + 2, y + 1.5, client_w, p.t("bill_to").upper())
    p.fitted(LEFT + 2, y + 6, client_w - 4, doc.client.name or "—", 10.5, True)
    p.font(8.5)
    yy = y + 11.5
    client_lines = []
    if doc.client.tax_id:
        client_lines.append(
            f"{p.t('tax_id')}: {doc.client.tax_id}"
            + (f" ({doc.client.country})" if doc.client.country != "ES" else "")
        )
    client_lines.extend(doc.client.address_lines)
    if doc.client.email:
        client_lines.append(doc.client.email)
    for line in client_lines:
        yy = p.paragraph(LEFT + 2, yy, client_w - 4, line, h=4.0)
    dy = y + 2
    for name, value in _details(p):
        p.font(8, color=GREY)
        p.text(details_x + 2, dy, 34, name)
        p.font(8.5, True)
        p.text(details_x + 36, dy, details_w - 38, value, align="R")
        dy += 5
    bottom = max(yy, dy) + 2
    if p.theme.boxes:
        p.pdf.set_draw_color(*LIGHT)
        p.pdf.set_line_width(0.25)
        p.pdf.rect(LEFT, y, client_w, bottom - y)
        p.pdf.rect(details_x, y, details_w, bottom - y)
    return bottom + 4


def rectification_block(p: Painter, y: float) -> float:
    rect = p.doc.rectified
    if rect is None:
        return y
    parts = [
        f"{p.t('rectifies')} {rect.number}"
        + (f" {p.t('of_date')} {L.date(rect.issue_date, p.lang)}" if rect.issue_date else "")
        + f" ({p.t('by_differences' if rect.by_differences else 'by_substitution')})."
    ]
    if rect.reason:
        parts.append(f"{p.t('reason')}: {rect.reason}.")
    if rect.kind:
        parts.append(f"{p.t('rect_kind')}: {L.rectification_kind(rect.kind, p.lang)}.")
    p.font(8.5)
    text = " ".join(parts)
    lines = p.wrap(text, WIDTH - 6)
    height = len(lines) * 4.2 + 3
    p.fill(LEFT, y, WIDTH, height, (250, 243, 224))
    for i, line in enumerate(lines):
        p.text(LEFT + 3, y + 1.5 + i * 4.2, WIDTH - 6, line)
    return y + height + 4


# ---- the lines table ----------------------------------------------------------------------------
def table_header(p: Painter, y: float) -> float:
    theme = p.theme
    if theme.header_fill:
        p.fill(LEFT, y, WIDTH, 6.5, theme.header_fill)
    p.font(7.5, True, theme.header_text)
    keys = ("description", "quantity", "unit", "unit_price", "discount", "vat", "amount")
    x = LEFT
    for key, w, align in zip(keys, COLUMNS, ALIGN, strict=True):
        p.text(x + 1, y + 1.2, w - 2, p.t(key), align=align)
        x += w
    if not theme.header_fill:
        p.hline(y + 6.5, color=GREY, width=0.3)
    return y + 8


def _vat_cell(p: Painter, line: DocLine) -> str:
    if line.exemption:
        code = line.exemption
        short = {"S2": ("ISP", "Rev. ch."), "N1": ("No suj.", "N/S"), "N2": ("No suj.", "N/S")}
        es, en = short.get(code, ("Exento", "Exempt"))
        return es if p.lang == "es" else en
    text = L.percent(line.vat_rate, p.lang)
    if line.surcharge_rate:
        text += f"+{L.number(line.surcharge_rate, p.lang)}"
    return text


def _unit_price(p: Painter, value: Any) -> str:
    """Unit prices may carry up to 6 decimals: print them all rather than round a price."""
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        number = L.number(value, p.lang)
        return f"{number}\u00a0€" if p.lang == "es" else f"€{number}"
    return L.money(value, p.lang)


def _cells(p: Painter, line: DocLine) -> tuple[str, ...]:
    return (
        L.number(line.quantity, p.lang),
        line.unit,
        _unit_price(p, line.unit_price),
        L.percent(line.discount_percent, p.lang) if line.discount_percent else "",
        _vat_cell(p, line),
        L.money(line.net, p.lang),
    )


def lines_table(p: Painter, y: float, new_page: Any) -> float:
    """Draw all lines; on overflow call new_page() (which returns the new y) and repeat the header."""
    y = table_header(p, y)
    desc_w = COLUMNS[0] - 2
    for index, line in enumerate(p.doc.lines):
        p.font(8.5)
        desc_lines = p.wrap(line.description, desc_w)
        height = len(desc_lines) * 4.0 + 1.3
        if y + height > BOTTOM:
            y = table_header(p, new_page())
            p.font(8.5)
        if p.theme.zebra and index % 2:
            p.fill(LEFT, y - 0.4, WIDTH, height, p.theme.zebra)
        for i, text in enumerate(desc_lines):
            p.text(LEFT + 1, y + i * 4.0, desc_w, text, h=4.0)
        x = LEFT + COLUMNS[0]
        for value, w, align in zip(_cells(p, line), COLUMNS[1:], ALIGN[1:], strict=True):
            p.text(x + 1, y, w - 2, value, align=align, h=4.0)
            x += w
        y += height
        if not p.theme.zebra:
            p.hline(y - 0.6, color=(232, 232, 232), width=0.1)
    return y + 2
