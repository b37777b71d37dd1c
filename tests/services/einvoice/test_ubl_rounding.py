"""EN 16931's arithmetic (BR-CO-10..17, BR-S-08/09) against our one rounding rule, on random
invoices: lines rounded to cents one by one, tax rounded once per (exemption, VAT, surcharge)
group, IRPF on the base. The documents are built by the real `build_document` from domain
objects (no services: hypothesis makes hundreds) and the CEN rules run on a share of them."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facturas_app.domain.invoice import Invoice, InvoiceLine, Kind, RectificationMethod, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.einvoice.ubl import ubl_bytes
from facturas_app.services.pdf.model import InvoiceDocument, build_document
from tests.services.einvoice.ubl_checks import CenRules, Ubl, assert_en16931
from tests.services.einvoice.ubl_world import assert_engine_amounts

DAY = dt.date(2026, 11, 26)
BUSINESS = Business(
    name="Laura Gómez Ruiz", tax_id="12345678Z", address="Calle Mayor 1", postal_code="28001", city="Madrid"
)
SPANISH = Client(
    id="es", name="Sol S.A.", tax_id="A58818501", address="Av. 1", postal_code="46021", city="Valencia"
)
GERMAN = Client(
    id="de", name="Müller GmbH", tax_id="DE136695976", country="DE", postal_code="10115", city="Berlin"
)
TAXED = [("21", "5.2"), ("10", "1.4"), ("4", "0.5"), ("21", "0"), ("10", "0"), ("4", "0"), ("0", "0")]
UNTAXED = ["E1", "E2", "E3", "E6", "S2", "E5"]
CENT = Decimal("0.01")


@st.composite
def invoice_lines(draw: st.DrawFn, signed: bool) -> InvoiceLine:
    quantity = draw(st.decimals(Decimal("0.001"), Decimal("500"), places=3))
    price = draw(st.decimals(Decimal("0.000001"), Decimal("5000"), places=6))
    if signed and draw(st.booleans()):
        quantity, price = (-quantity, price) if draw(st.booleans()) else (quantity, -price)
    discount = draw(st.sampled_from(["0", "0", "5", "7.5", "12.25", "33.33", "100"]))
    if draw(st.integers(0, 3)) == 0:
        code = draw(st.sampled_from(UNTAXED))
        return InvoiceLine("Exento", quantity, price, Decimal(0), Decimal(discount), exemption=code)
    vat, surcharge = draw(st.sampled_from(TAXED))
    return InvoiceLine("Artículo", quantity, price, Decimal(vat), Decimal(discount), Decimal(surcharge))


@st.composite
def documents(draw: st.DrawFn) -> InvoiceDocument:
    credit = draw(st.booleans())
    lines = tuple(draw(st.lists(invoice_lines(credit), min_size=1, max_size=12)))
    if credit and sum(line.net for line in lines) >= 0:
        lines = tuple(InvoiceLine(**{**vars(ln), "quantity": -abs(ln.quantity)}) for ln in lines)
        lines = tuple(InvoiceLine(**{**vars(ln), "unit_price": abs(ln.unit_price)}) for ln in lines)
    client = GERMAN if any(line.exemption == "E5" for line in lines) else SPANISH
    irpf = Decimal(draw(st.sampled_from(["0", "7", "15", "19"])))
    invoice = Invoice(
        "i", client.id, lines, DAY, DAY, status=Status.ISSUED, number="F-2026-0001", irpf_rate=irpf
    )
    if not credit:
        return build_document(invoice, BUSINESS, client)
    original = Invoice("o", client.id, (), DAY, DAY, status=Status.ISSUED, number="F-2026-0000")
    method = RectificationMethod.DIFFERENCES
    rectifying = Invoice(
        "r", client.id, lines, DAY, DAY, kind=Kind.RECTIFYING, status=Status.ISSUED, number="R-2026-0001",
        irpf_rate=irpf, rectifies_id="o", rectification_kind="R1", rectification_method=method,
    )  # fmt: skip
    return build_document(rectifying, BUSINESS, client, rectified=original)


def half_up(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def check_arithmetic(ubl: Ubl, doc: InvoiceDocument) -> None:
    """The CEN sums, exactly (the stylesheet rounds or allows ±1; we ask for equality)."""
    total = "cac:LegalMonetaryTotal/cbc:"
    lines = sum((ubl.amount("cbc:LineExtensionAmount", node) for node in ubl.lines()), Decimal(0))
    charges = sum((Decimal(t) for t in ubl.texts("cac:AllowanceCharge/cbc:Amount")), Decimal(0))
    prepaid = sum((Decimal(t) for t in ubl.texts(total + "PrepaidAmount")), Decimal(0))
    vat = ubl.amount("cac:TaxTotal/cbc:TaxAmount")
    assert ubl.amount(total + "LineExtensionAmount") == lines  # BR-CO-10
    assert ubl.amount(total + "TaxExclusiveAmount") == lines + charges  # BR-CO-13
    assert vat == sum((tax for _, tax in ubl.subtotals().values()), Decimal(0))  # BR-CO-14
    assert (
        ubl.amount(total + "TaxInclusiveAmount") == ubl.amount(total + "TaxExclusiveAmount") + vat
    )  # BR-CO-15
    assert (
        ubl.amount(total + "PayableAmount") == ubl.amount(total + "TaxInclusiveAmount") - prepaid
    )  # BR-CO-16
    for (code, rate), (base, tax) in ubl.subtotals().items():
        if code != "S":
            assert tax == 0
            continue
        at_rate = [
            n for n in ubl.lines() if ubl.texts("cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", n) == [rate]
        ]
        assert base == sum((ubl.amount("cbc:LineExtensionAmount", n) for n in at_rate), Decimal(0))  # BR-S-08
        merged = sum(1 for g in doc.totals.groups if g.exemption is None and str(g.vat_rate) == rate)
        # BR-S-09 / BR-CO-17: exact for one group; one cent per extra surcharge rate at most
        assert abs(tax - half_up(abs(base) * Decimal(rate) / 100) * (1 if base >= 0 else -1)) <= CENT * (
            merged - 1
        )


@settings(max_examples=300, deadline=None)
@given(documents())
def test_en16931_sums_hold_exactly_on_our_rounding(doc: InvoiceDocument) -> None:
    ubl = Ubl(ubl_bytes(doc))
    assert ubl.kind == ("CreditNote" if doc.totals.total < 0 and doc.rectified else "Invoice")
    assert_engine_amounts(ubl, doc)
    check_arithmetic(ubl, doc)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_random_invoices_pass_the_cen_rules(doc: InvoiceDocument, cen_rules: CenRules) -> None:
    assert_en16931(ubl_bytes(doc), cen_rules)
