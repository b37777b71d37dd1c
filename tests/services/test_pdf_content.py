"""Every legal field of SPAIN.md on real PDFs (pdftotext), for each template and both languages."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from facturas_app.domain.invoice import DocType
from facturas_app.services.pdf import TEMPLATES, render_invoice_pdf
from tests.services.pdf_helpers import make_world, pdf_text, qpdf_ok

FULL_LINES = [
    {
        "description": "Consultoría estratégica",
        "quantity": "12",
        "unit_price": "85.50",
        "vat_rate": "21",
        "discount_percent": "0",
    },
    {
        "description": "Material de oficina",
        "quantity": "3",
        "unit": "ud",
        "unit_price": "10",
        "vat_rate": "10",
        "surcharge_rate": "1.4",
        "discount_percent": "5",
    },
    {
        "description": "Formación bonificada",
        "quantity": "1",
        "unit_price": "200",
        "vat_rate": "0",
        "exemption": "E1",
    },
]


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.services.close()


@pytest.mark.parametrize("template", TEMPLATES)
def test_full_invoice_spanish_has_every_legal_field(world, tmp_path: Path, template: str) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(
        world.es_client, FULL_LINES, irpf_rate="15", notes="Entrega en obra.", operation_date="2026-11-20"
    )
    doc = world.documents.invoice_document(number)
    data = render_invoice_pdf(doc, template)
    text = pdf_text(data, tmp_path)
    totals = world.services.invoices.get(number).totals
    for expected in [
        "FACTURA",
        number,
        "Serie",
        "F",  # number and series
        "Laura Gómez Ruiz",
        "12345678Z",
        "Calle Mayor 1",
        "28001 Madrid",  # issuer
        "Inmobiliaria Sol S.A.",
        "A58818501",
        "Av. del Puerto 22",
        "46021 Valencia",  # client
        "26/11/2026",
        "20/11/2026",
        "26/12/2026",  # issue, operation, due dates dd/mm/yyyy
        "Descripción",
        "Cant.",
        "Precio",
        "Dto.",
        "IVA",
        "Importe",  # table header
        "85,50 €",
        "5 %",
        "21 %",
        "10 %",
        "1,4",  # unit price, discount, rates, recargo
        "Base imponible",
        "Cuota",
        "Recargo equiv.",
        "Retención IRPF (15 %)",
        "Total factura",
        "Importe a pagar",
        "Transferencia bancaria",
        "ES91 2100 0418 4502 0005 1332",
        "Operación exenta de IVA (art. 20 Ley 37/1992)",  # legend from the tax table
        "Observaciones: Entrega en obra.",
        "¡Gracias por su confianza!",
        "1/1",
    ]:
        assert expected in text, f"{expected!r} missing from {template}"
    # amounts printed are the engine's, formatted 1.234,56 €
    for amount in (totals.base, totals.vat, totals.surcharge, totals.total, totals.amount_due):
        assert _es(amount) in text
    assert _es(-totals.irpf) in text
    assert qpdf_ok(data, tmp_path)


def _es(amount) -> str:  # type: ignore[no-untyped-def]
    sign = "-" if amount < 0 else ""
    whole, frac = f"{abs(amount):.2f}".split(".")
    groups = re.sub(r"(\d)(?=(\d{3})+$)", r"\1.", whole)
    return f"{sign}{groups},{frac} €"


@pytest.mark.parametrize("template", TEMPLATES)
def test_english_client_gets_english_document(world, tmp_path: Path, template: str) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.en_client, irpf_rate="0")
    text = pdf_text(render_invoice_pdf(world.documents.invoice_document(number), template), tmp_path)
    for expected in [
        "INVOICE",
        "BILL TO",
        "Oak Tree Ltd",
        "GB",
        "Issue date",
        "26 Nov 2026",
        "Due date",
        "Description",
        "Qty",
        "Unit price",
        "VAT",
        "Tax base",
        "Invoice total",
        "Amount to pay",
        "€1,960.20",
        "Bank transfer",
        "Laura Gómez Ruiz",
        "12345678Z",
    ]:
        assert expected in text, f"{expected!r} missing from {template}"


def test_spain_example_amounts(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client, irpf_rate="15")
    text = pdf_text(world.documents.pdf_bytes(number), tmp_path)
    for expected in ["1.620,00 €", "340,20 €", "1.960,20 €", "-243,00 €", "1.717,20 €"]:
        assert expected in text


def test_simplified_invoice(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [{"description": "Café", "quantity": "2", "unit_price": "1.20", "vat_rate": "10"}]
    number = world.issue(world.es_client, lines, kind="simplified")
    text = pdf_text(world.documents.pdf_bytes(number), tmp_path)
    assert "FACTURA SIMPLIFICADA" in text and "IVA incluido" in text
    assert "12345678Z" in text and "Café" in text and "10 %" in text and "2,64 €" in text


def test_rectifying_invoice_names_the_original(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = world.issue(world.es_client)
    saved = world.services.invoices.rectify(original, {"lines": FULL_LINES[:1]}, "Precio mal aplicado", "R1")
    rect_number = world.services.invoices.issue(saved.invoice.id).number
    text = pdf_text(world.documents.pdf_bytes(rect_number), tmp_path)
    assert "FACTURA RECTIFICATIVA" in text
    flat = " ".join(text.split())
    assert f"Rectifica la factura {original} de fecha 26/11/2026" in flat
    assert "Motivo: Precio mal aplicado" in flat and "R1" in flat


def test_quote_and_proforma_titles(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    quote_id = world.draft(world.es_client, doc_type=DocType.QUOTE, valid_until="2026-12-31")
    text = pdf_text(world.documents.pdf_bytes(quote_id), tmp_path)
    assert "PRESUPUESTO" in text and "Válido hasta" in text and "31/12/2026" in text
    proforma_id = world.draft(world.es_client, doc_type=DocType.PROFORMA)
    assert "FACTURA PROFORMA" in pdf_text(world.documents.pdf_bytes(proforma_id), tmp_path, "p.pdf")


def test_draft_is_marked_borrador_and_has_no_payment_qr(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft_id = world.draft(world.es_client)
    text = pdf_text(world.documents.pdf_bytes(draft_id), tmp_path)
    assert "BORRADOR" in text
    assert "Escanee para pagar" not in text


def test_reverse_charge_legend_in_english(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {
            "description": "Software licence",
            "quantity": "1",
            "unit_price": "1000",
            "vat_rate": "0",
            "exemption": "S2",
        }
    ]
    number = world.issue(world.en_client, lines)
    text = " ".join(pdf_text(world.documents.pdf_bytes(number), tmp_path).split())
    assert "Reverse charge: VAT to be accounted for by the recipient" in text


def test_two_hundred_lines_paginate_with_repeated_header(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {"description": f"Partida {i:03d} de trabajo", "quantity": "1", "unit_price": "10", "vat_rate": "21"}
        for i in range(200)
    ]
    number = world.issue(world.es_client, lines)
    data = world.documents.pdf_bytes(number)
    pages = PdfReader(__import__("io").BytesIO(data)).pages
    count = len(pages)
    assert count >= 4
    for index, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"{index}/{count}" in text
        if index < count:  # every page holding lines starts with the table header
            assert "Descripción" in text and "Cant." in text and "Importe" in text
    all_text = pdf_text(data, tmp_path)
    assert all(f"Partida {i:03d}" in all_text for i in range(200))
    assert qpdf_ok(data, tmp_path)


def test_logo_and_accent_and_template_choice(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (200, 30, 30)).save(logo)
    world.services.business.save(
        replace(
            world.services.business.require(),
            logo_path=str(logo),
            accent_color="#AA2233",
            pdf_template="moderna",
        )
    )
    number = world.issue(world.es_client)
    doc = world.documents.invoice_document(number)
    assert doc.template == "moderna" and doc.logo_path == str(logo)
    data = render_invoice_pdf(doc)
    assert len(PdfReader(__import__("io").BytesIO(data)).pages[0].images) == 1
    override = world.issue(world.es_client, template="minimal")
    assert world.documents.invoice_document(override).template == "minimal"
