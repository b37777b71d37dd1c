"""Page furniture and the lines table: header, parties, repeated table header, footer "1/3".

Coordinates are millimetres on A4. The top-right 40×48 mm of page 1 (`VERIFACTU_BOX`) belongs to
the VERI*FACTU QR and nothing else is ever drawn there, whether or not the QR is present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facturas_app.domain.invoice import DocType, Kind, Status
from facturas_app.services.pdf import labels as L
from facturas_app.services.pdf.fonts import FAMILY
from facturas_app.services.pdf.model import InvoiceDocument
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
QUIET = 2.5  # mm kept free of text around every QR (SPAIN.md: a quiet zone of at least 2 mm)


class Painter:
    """Small helpers around one FPDF with the document's theme and language."""

    def __init__(self, pdf: FPDF, doc: InvoiceDocument, theme: Theme) -> None:
        self.pdf = pdf
        self.doc = doc
        self.theme = theme
        self.lang = doc.language
        self._widths: dict[tuple[str, float, str], float] = {}

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
        min_size: float | None = None,
    ) -> float:
        """Text that shrinks a little (down to min_size, 80 % by default) to stay on one line,
        then wraps at that size rather than overflow into a neighbour; returns the y below it."""
        self.font(size, bold, color)
        floor = min_size if min_size is not None else round(size * 0.8 * 2) / 2
        while size > floor and self.pdf.get_string_width(txt) > w - 1.2:
            size -= 0.5
            self.pdf.set_font_size(size)
        return self.paragraph(x, y, w, txt, h=size * 0.45)

    def lines(self, txt: str, w: float, size: float, bold: bool = False) -> list[str]:
        self.font(size, bold)
        return self.wrap(txt, w)

    def width(self, txt: str) -> float:
        """get_string_width at the current font, memoised: measuring first and drawing after asks
        for the same few strings ("21 %", "kg", amounts) again and again."""
        key = (self.pdf.font_family + self.pdf.font_style, self.pdf.font_size_pt, txt)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = self._measure(txt)
        return found

    def _measure(self, txt: str) -> float:
        """fpdf2's get_string_width without its per-call fragment machinery when one font draws it
        all (no fallback fonts, no stretching): the sum of the advance widths, as fpdf2 computes."""
        pdf = self.pdf
        widths = getattr(pdf.current_font, "cw", None)
        plain = not pdf._fallback_font_ids and pdf.font_stretching == 100 and not pdf.char_spacing
        if not plain or not isinstance(widths, dict):
            return float(pdf.get_string_width(txt))
        total = 0.0
        for char in txt:
            advance = widths.get(ord(char))
            if advance is None:
                return float(pdf.get_string_width(txt))
            total += advance
        return total * pdf.font_size_pt * 0.001 / pdf.k

    def wrap(self, txt: str, w: float) -> list[str]:
        """Lines of `txt` at the current font within width w (fast path: fits on one line)."""
        from fpdf.enums import MethodReturnValue

        if "\n" not in txt and self.width(txt) <= w - 1.2:
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
    """Issuer and tax id (wrapped onto a second line when long), page "n/N" at the right."""
    doc = p.doc
    p.hline(PAGE_H - 14, color=LIGHT, width=0.15)
    p.font(7, color=GREY)
    who = " · ".join(x for x in (doc.issuer.name, f"{p.t(tax_id_key(doc))} {doc.issuer.tax_id}") if x)
    lines = p.wrap(who, WIDTH - 30)
    if len(lines) > 2:  # the footer has room for two lines: the name is in full on page 1
        lines = [lines[0], _ellipsized(p, " ".join(lines[1:]), WIDTH - 30)]
    for i, line in enumerate(lines):
        p.text(LEFT, PAGE_H - 13 + i * 3.2, WIDTH - 30, line, h=3.2)
    # "{nb}" is fpdf2's total-pages alias, replaced when the document is closed
    p.text(RIGHT - 30, PAGE_H - 13, 30, f"{p.pdf.page_no()}/{{nb}}", align="R", h=3.2)


def _ellipsized(p: Painter, txt: str, w: float) -> str:
    while txt and p.pdf.get_string_width(txt + "…") > w - 1.2:
        txt = txt[:-1]
    return txt.rstrip() + "…"


def tax_id_key(doc: InvoiceDocument) -> str:
    return "vat_id" if doc.intra_eu else "tax_id"


def continuation_header(p: Painter) -> float:
    doc = p.doc
    number = doc.number or p.t("draft")
    y = p.fitted(
        LEFT, 10, WIDTH, f"{title_text(doc)} {number}  {p.t('continued')}", 9, True, p.theme.title_color
    )
    p.font(8, color=GREY)
    y = p.paragraph(LEFT, y + 0.8, WIDTH, doc.issuer.name, h=3.8)
    return max(y + 3, 22.0)


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
    """Logo, name and details in the column left of the VERI*FACTU box; long lines wrap."""
    doc = p.doc
    width = VERIFACTU_BOX[0] - LEFT - 6
    y = _logo(p, width) if doc.logo_path else 12.0
    y = p.fitted(LEFT, y, width, doc.issuer.name, 12, True) + 1
    p.font(8.5, color=GREY)
    details = (
        [doc.issuer.trade_name] if doc.issuer.trade_name and doc.issuer.trade_name != doc.issuer.name else []
    )
    details.append(f"{p.t(tax_id_key(doc))}: {doc.issuer.tax_id}")
    details.extend(doc.issuer.address_lines)
    details.append(" · ".join(v for v in (doc.issuer.email, doc.issuer.phone) if v))
    for line in (d for d in details if d):
        y = p.paragraph(LEFT, y, width, line, h=4.0)
    return max(y + 2, 34.0)


def _logo(p: Painter, width: float) -> float:
    """The logo 16 mm high at the left, or narrower when that would pass `width` (a wide banner)."""
    from fpdf.image_parsing import preload_image

    try:
        _, _, info = preload_image(p.pdf.image_cache, p.doc.logo_path)
        w = min(width, 16 * info.width / info.height)
        p.pdf.image(p.doc.logo_path, x=LEFT, y=10, w=w, h=w * info.height / info.width)
        return 10 + w * info.height / info.width + 3
    except Exception:
        return 12.0


def title_block(p: Painter, y: float) -> float:
    """The title stays left of the VERI*FACTU box; what follows starts below the box."""
    box_x, box_y, _, box_h = VERIFACTU_BOX
    right = box_x - 5 if y < box_y + box_h else RIGHT
    top = y
    y = p.fitted(LEFT, y, right - LEFT, title_text(p.doc), 18, p.theme.title_bold, p.theme.title_color)
    y = max(y + 0.9, top + 9)
    if p.doc.kind is Kind.SIMPLIFIED and p.doc.doc_type is DocType.INVOICE:
        p.font(8.5, color=GREY)
        p.text(right - 40, y + 0.5, 40, p.t("vat_included"), align="R")
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


def _client_lines(p: Painter) -> list[str]:
    client = p.doc.client
    lines = []
    if client.tax_id:
        lines.append(
            f"{p.t('tax_id')}: {client.tax_id}" + (f" ({client.country})" if client.country != "ES" else "")
        )
    lines.extend(client.address_lines)
    if client.email:
        lines.append(client.email)
    return lines


def _details_rows(p: Painter, x: float, y: float, w: float) -> float:
    """Label left, value right; a value too long for the space beside its label goes below it."""
    for name, value in _details(p):
        p.font(8, color=GREY)
        p.text(x, y, 34, name)
        p.font(8.5, True)
        if p.pdf.get_string_width(value) <= w - 35.2:
            p.text(x + 34, y, w - 34, value, align="R")
        else:
            for line in p.wrap(value, w):
                y += 4.2
                p.text(x, y, w, line, align="R")
        y += 5
    return y


def parties_block(p: Painter, y: float) -> float:
    doc = p.doc
    client_w, details_x = 100.0, 122.0
    details_w = RIGHT - details_x
    p.font(7.5, True, p.theme.section_color)
    p.text(LEFT + 2, y + 1.5, client_w, p.t("bill_to").upper())
    yy = p.fitted(LEFT + 2, y + 6, client_w - 4, doc.client.name or "—", 10.5, True) + 0.8
    p.font(8.5)
    for line in _client_lines(p):
        yy = p.paragraph(LEFT + 2, yy, client_w - 4, line, h=4.0)
    dy = _details_rows(p, details_x + 2, y + 2, details_w - 4)
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
