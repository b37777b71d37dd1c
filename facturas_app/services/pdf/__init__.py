"""Invoice PDFs (fpdf2): one renderer for invoices, simplified/rectifying invoices, quotes, proformas.

Public API:
    build_document(invoice, business, client=None, *, paid=None, rectified=None, template=None,
                   language=None, verifactu_qr_url=None) -> InvoiceDocument
    render_invoice_pdf(doc, template=None) -> bytes
    invoice_file_name(number, client_name, invoice_id="") -> str
    TEMPLATES = ("clasica", "moderna", "minimal")

fpdf2, fontTools and segno are imported inside functions: importing this package is cheap.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from facturas_app.services.pdf.filenames import invoice_file_name
from facturas_app.services.pdf.model import (
    TEMPLATES,
    DocLine,
    InvoiceDocument,
    Party,
    Rectified,
    build_document,
)

if TYPE_CHECKING:
    from fpdf import FPDF

__all__ = [
    "TEMPLATES",
    "DocLine",
    "InvoiceDocument",
    "Party",
    "Rectified",
    "build_document",
    "document_text",
    "invoice_file_name",
    "render_invoice_pdf",
]


def document_text(doc: InvoiceDocument) -> str:
    """Every user-supplied string the document prints (to choose fonts and sanitize)."""
    parts = [
        doc.issuer.name,
        doc.issuer.trade_name,
        doc.issuer.tax_id,
        doc.issuer.email,
        doc.issuer.phone,
        doc.client.name,
        doc.client.tax_id,
        doc.client.email,
        doc.notes,
        doc.thank_you,
        doc.number or "",
        doc.series or "",
        doc.iban,
        doc.bic,
        doc.payment_link,
        *doc.issuer.address_lines,
        *doc.client.address_lines,
        *doc.legends,
        *(line.description for line in doc.lines),
        *(line.unit for line in doc.lines),
    ]
    if doc.rectified:
        parts += [doc.rectified.number, doc.rectified.reason]
    return "\n".join(parts)


def _clean_party(party: Party, clean: Any) -> Party:
    return replace(
        party,
        name=clean(party.name),
        trade_name=clean(party.trade_name),
        tax_id=clean(party.tax_id),
        email=clean(party.email),
        phone=clean(party.phone),
        address_lines=tuple(clean(x) for x in party.address_lines),
    )


def _sanitized(doc: InvoiceDocument) -> InvoiceDocument:
    """Characters no bundled font has become U+FFFD; control characters become spaces."""
    from facturas_app.services.pdf.fonts import sanitize as clean

    lines = tuple(
        replace(line, description=clean(line.description), unit=clean(line.unit)) for line in doc.lines
    )
    rectified = doc.rectified and replace(doc.rectified, reason=clean(doc.rectified.reason))
    return replace(
        doc,
        issuer=_clean_party(doc.issuer, clean),
        client=_clean_party(doc.client, clean),
        lines=lines,
        notes=clean(doc.notes),
        thank_you=clean(doc.thank_you),
        legends=tuple(clean(x) for x in doc.legends),
        rectified=rectified,
    )


def _new_pdf(painter_ref: list[Any]) -> FPDF:
    from fpdf import FPDF

    from facturas_app.services.pdf import render

    class InvoicePDF(FPDF):  # header/footer hooks run on every add_page()/page close
        def header(self) -> None:
            painter = painter_ref[0]
            render.page_decorations(painter)
            if self.page_no() > 1:
                painter_ref[1] = render.continuation_header(painter)

        def footer(self) -> None:
            render.footer(painter_ref[0])

    pdf = InvoicePDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(render.LEFT, 10, 210 - render.RIGHT)
    pdf.c_margin = 0.6
    return pdf


def render_invoice_pdf(doc: InvoiceDocument, template: str | None = None) -> bytes:
    """The PDF bytes for `doc` (template: override the document's own choice)."""
    from facturas_app.services.pdf import blocks, fonts, render, table
    from facturas_app.services.pdf.templates import theme_for

    text = document_text(doc)
    if fonts.needs_full_fonts(text):
        doc = _sanitized(doc)
        text = document_text(doc)
    chosen = template if template in TEMPLATES else doc.template
    painter_ref: list[Any] = [None, 0.0]
    pdf = _new_pdf(painter_ref)
    fonts.register_fonts(pdf, text)
    painter = render.Painter(pdf, doc, theme_for(chosen, doc.accent_color))
    painter_ref[0] = painter
    _set_metadata(pdf, doc)

    def new_page() -> float:
        pdf.add_page()
        return float(painter_ref[1])

    pdf.add_page()
    render.verifactu_block(painter)
    y = render.issuer_block(painter)
    y = render.title_block(painter, y)
    y = render.parties_block(painter, y)
    y = render.rectification_block(painter, y)
    y = table.lines_table(painter, y, new_page)
    y = blocks.totals_block(painter, y, new_page)
    y = blocks.payment_block(painter, y, new_page)
    blocks.closing_block(painter, y, new_page)
    return bytes(pdf.output())


def _set_metadata(pdf: FPDF, doc: InvoiceDocument) -> None:
    from facturas_app.services.pdf.render import title_text

    pdf.set_title(f"{title_text(doc)} {doc.number or ''}".strip())
    pdf.set_author(doc.issuer.name)
    pdf.set_creator("Facturas")
    pdf.set_lang(doc.language)
    # The document's own date, not the render time: the same invoice always gives the same bytes
    # (fpdf2 derives the file /ID from content and this date), so a copy can be compared or hashed.
    pdf.set_creation_date(dt.datetime.combine(doc.issue_date, dt.time(), tzinfo=dt.UTC))
