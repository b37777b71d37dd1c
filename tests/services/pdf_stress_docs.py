"""Invoices with real-world data at its worst, built from domain objects (no database).

7 tax groups with recargo (a wholesaler), 60 lines, 120-character names and addresses, amounts
over ten million, CJK / emoji / right-to-left text, a very wide logo, a long payment link.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from facturas_app.domain.invoice import DocType, Invoice, InvoiceLine, Kind, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.pdf import InvoiceDocument, build_document

D = Decimal
NAME_120 = (
    "Distribuciones Alimentarias y Suministros Hosteleros del Mediterráneo Occidental "
    "Hermanos Fernández-Villaverde S.L.U."
)
ADDRESS_120 = (
    "Polígono Industrial Las Quemadas, Avenida de la Innovación Tecnológica número 147, "
    "nave 23, puerta trasera, muelle de carga"
)
VERIFACTU_URL = (
    "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B12345674"
    "&numserie=MAYORISTA-2026%2F000123&fecha=26-11-2026&importe=14076905.05"
)
# (vat rate, surcharge rate, exemption): seven groups, the wholesaler's recargo on three of them
GROUPS = [
    (D(21), D("5.2"), None),
    (D(10), D("1.4"), None),
    (D(4), D("0.5"), None),
    (D(21), D("1.75"), None),
    (D(0), D(0), "E1"),
    (D(0), D(0), "N1"),
    (D(0), D(0), "S2"),
]
SCRIPTS = [
    "Té verde matcha 抹茶 ceremonial, lote 株式会社 山田商事",
    "Caja regalo 🎉🎁 con bombones ❤️ y tarjeta personalizada",
    "Aceite de oliva virgen extra para شركة النور للتجارة العامة",
    'Vino kosher para חברת אור בע"מ, cosecha 2024',
    "Ensaïmada mallorquina artesana, caja de 12 unidades surtidas",
]


def business(logo: str = "") -> Business:
    return Business(
        name=NAME_120,
        trade_name="Mayorista Mediterráneo ✓ 地中海",
        tax_id="B12345674",
        address=ADDRESS_120,
        postal_code="46980",
        city="Paterna (Valencia)",
        email="facturacion.mayorista.mediterraneo@distribuciones-alimentarias-ejemplo.es",
        phone="+34 961 234 567",
        iban="ES9121000418450200051332",
        bic="CAIXESBBXXX",
        payment_link="https://pagos.distribuciones-alimentarias-ejemplo.es/checkout/{number}?importe={amount}",
        thank_you="Gracias por su confianza 🙏 — 谢谢 — شكراً",
        logo_path=logo,
    )


def client(lang: str) -> Client:
    return Client(
        id="c1",
        name="Supermercados del Barrio de la Ribera y Alrededores, "
        "Comercio Minorista en Recargo de Equivalencia S.L.",
        tax_id="A58818501",
        address=ADDRESS_120.replace("147", "9"),
        postal_code="46021",
        city="València",
        email="compras@supermercados-ribera-ejemplo.es",
        language=lang,
    )


def _line(i: int, price: str, quantity: str = "1") -> InvoiceLine:
    vat, surcharge, exemption = GROUPS[i % len(GROUPS)]
    text = SCRIPTS[i % len(SCRIPTS)]
    if i % 3 == 0:
        text = f"{text} — {ADDRESS_120}"
    return InvoiceLine(
        description=f"{i + 1}. {text}",
        quantity=D(quantity),
        unit_price=D(price),
        vat_rate=vat,
        surcharge_rate=surcharge,
        exemption=exemption,
        discount_percent=D("2.5") if i % 4 == 0 else D(0),
        unit="palés" if i % 2 else "kg",
    )


def wholesaler_lines(count: int) -> tuple[InvoiceLine, ...]:
    """`count` lines over all seven groups; the first seven carry millions (totals over 10 M)."""
    big = [_line(i, "1234567.891234", "1.5") for i in range(min(count, 7))]
    small = [_line(i, f"{(i * 37) % 900 + 0.99:.2f}", str(i % 9 + 1)) for i in range(7, count)]
    return tuple(big + small)


def invoice(lines: int, doc_type: DocType = DocType.INVOICE, kind: Kind = Kind.INVOICE) -> Invoice:
    return Invoice(
        id="i1",
        client_id="c1",
        lines=wholesaler_lines(lines),
        issue_date=dt.date(2026, 11, 26),
        due_date=dt.date(2026, 12, 26),
        operation_date=dt.date(2026, 11, 20),
        doc_type=doc_type,
        kind=kind,
        status=Status.PARTIALLY_PAID if doc_type is DocType.INVOICE else Status.ISSUED,
        series="MAYORISTA-2026",
        number="MAYORISTA-2026/000123" if doc_type is DocType.INVOICE else "P-2026/000045",
        irpf_rate=D(15),
        payment_methods=("transfer", "card", "direct_debit"),
        notes="Entrega en el muelle 3 entre las 6:00 y las 9:00. " * 6 + "Palés retornables 📦.",
        thank_you=business().thank_you,
        paid=D("1000000.00") if doc_type is DocType.INVOICE else D(0),
        rectification_reason=("Devolución parcial de mercancía dañada en el transporte, " * 3).strip(),
        rectification_kind="R1" if kind is Kind.RECTIFYING else None,
        valid_until=dt.date(2026, 12, 31),
    )


def wide_logo(folder: Path) -> str:
    from PIL import Image

    path = folder / "logo-wide.png"
    Image.new("RGB", (2400, 120), (31, 95, 139)).save(path)
    return str(path)


def stress_document(case: str, lang: str, logo: str = "") -> InvoiceDocument:
    """case: 'wholesaler' (7 lines, 7 groups), 'sixty_lines', 'quote' (60 lines), 'rectifying' (25)."""
    lines = {"wholesaler": 7, "rectifying": 25}.get(case, 60)
    doc_type = DocType.QUOTE if case == "quote" else DocType.INVOICE
    kind = Kind.RECTIFYING if case == "rectifying" else Kind.INVOICE
    original = replace(invoice(7), number="MAYORISTA-2026/000099") if case == "rectifying" else None
    inv = invoice(lines, doc_type, kind)
    if original is not None:  # and the longest number VERI*FACTU allows (60 characters)
        number = "R-MAYORISTA-MEDITERRANEO-2026/RECTIFICATIVAS-DEVOLUCION/0001"
        inv = replace(
            inv, rectifies_id="i0", number=number, series="R-MAYORISTA-MEDITERRANEO-2026/RECTIFICATIVAS"
        )
    url = VERIFACTU_URL if doc_type is DocType.INVOICE else None
    return build_document(
        inv, business(logo), client(lang), rectified=original, language=lang, verifactu_qr_url=url
    )
