"""Facturae's arithmetic against our one rounding rule on random invoices (#20): 6-decimal prices,
3-decimal quantities, discounts, every rate with and without surcharge, exemptions, IRPF, and
differences with negative lines. Documents come from the real `build_document` over domain objects
(no services: hypothesis makes hundreds); each is valid against the official schema and its sums
hold exactly when recomputed from the XML alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from facturas_app.domain.invoice import Invoice, InvoiceLine, Kind, RectificationMethod, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.einvoice.facturae import facturae_bytes
from facturas_app.services.pdf.model import InvoiceDocument, build_document
from tests.services.einvoice.facturae_checks import arithmetic_errors, num, require_schema, schema_errors

DAY = dt.date(2026, 11, 26)
BUSINESS = Business(
    name="Laura Gómez Ruiz", tax_id="12345678Z", address="Calle Mayor 1", postal_code="28001", city="Madrid"
)
CLIENT = Client(
    id="c", name="Sol S.A.", tax_id="A58818501", address="Av. 1", postal_code="46021", city="Valencia"
)
TAXED = [("21", "5.2"), ("10", "1.4"), ("4", "0.5"), ("21", "0"), ("10", "0"), ("4", "0")]
UNTAXED = ["E1", "E2", "E6", "S2", "N1", "N2"]


@st.composite
def invoice_lines(draw: st.DrawFn, negative: bool) -> InvoiceLine:
    quantity = draw(st.decimals(Decimal("0.001"), Decimal("900"), places=3))
    price = draw(st.decimals(Decimal("0.000001"), Decimal("9000"), places=6))
    if negative:
        quantity = -quantity
    discount = Decimal(draw(st.sampled_from(["0", "0", "5", "7.5", "12.25", "33.333", "100"])))
    if draw(st.integers(0, 3)) == 0:
        return InvoiceLine(
            "Exento", quantity, price, Decimal(0), discount, exemption=draw(st.sampled_from(UNTAXED))
        )
    vat, surcharge = draw(st.sampled_from(TAXED))
    return InvoiceLine("Artículo ñ", quantity, price, Decimal(vat), discount, Decimal(surcharge), unit="kg")


@st.composite
def documents(draw: st.DrawFn) -> InvoiceDocument:
    differences = draw(st.booleans())
    lines = tuple(draw(st.lists(invoice_lines(differences), min_size=1, max_size=25)))
    irpf = Decimal(draw(st.sampled_from(["0", "7", "15", "19"])))
    if not differences:
        invoice = Invoice(
            "i", "c", lines, DAY, DAY, status=Status.ISSUED, number="F-2026-0001", irpf_rate=irpf
        )
        return build_document(invoice, BUSINESS, CLIENT)
    original = Invoice("o", "c", (), DAY, DAY, status=Status.ISSUED, number="F-2026-0000")
    rectifying = Invoice(
        "r", "c", lines, DAY, DAY, kind=Kind.RECTIFYING, status=Status.ISSUED, number="R-2026-0001",
        irpf_rate=irpf, rectifies_id="o", rectification_kind="R4",
        rectification_method=RectificationMethod.DIFFERENCES,
    )  # fmt: skip
    return build_document(rectifying, BUSINESS, CLIENT, rectified=original)


@settings(max_examples=150, deadline=None)
@given(documents())
def test_random_invoices_are_schema_valid_and_their_sums_exact(doc: InvoiceDocument) -> None:
    require_schema()
    data = facturae_bytes(doc)
    assert schema_errors(data) == []
    root = etree.fromstring(data)
    assert arithmetic_errors(root) == []
    totals = root.find("Invoices/Invoice/InvoiceTotals")
    assert num(totals, "TotalGrossAmount") == doc.totals.base
    assert num(totals, "TotalTaxOutputs") == doc.totals.vat + doc.totals.surcharge
    assert num(totals, "TotalTaxesWithheld") == doc.totals.irpf
    assert num(totals, "InvoiceTotal") == doc.totals.amount_due
