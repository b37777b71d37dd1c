"""A received Facturae's arithmetic, as its format defines the totals: lines → gross → before taxes
→ taxes (IVA + recargo) less withheld (IRPF) → invoice total → outstanding; each tax its base × rate.

Sums are compared to the cent (a supplier's tool may round each line's GrossAmount, which moves a
total by a cent, never by more); tax amounts within one unit of base × rate, as EN 16931 allows."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lxml import etree

from facturas_app.domain.money import CENT, ZERO, round_money
from facturas_app.services.purchases.read_common import decimal_of
from facturas_app.services.purchases.read_sums import Failure

ONE = Decimal(1)
REQUIRED = (
    "TotalGrossAmount",
    "TotalGrossAmountBeforeTaxes",
    "TotalTaxOutputs",
    "TotalTaxesWithheld",
    "InvoiceTotal",
)
RULE = "Facturae"

Node = etree._Element


def _opt(node: Node, path: str) -> Decimal | None:
    text = node.findtext(path)
    return None if text is None else decimal_of(text, path.rsplit("/", 1)[-1])


def _total(node: Node, path: str) -> Decimal:
    return sum((decimal_of(e.text, path.rsplit("/", 1)[-1]) for e in node.iterfind(path)), ZERO)


def _zero(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


def _check(tag: str, stated: Decimal | None, expected: Decimal) -> Iterator[Failure]:
    if stated is None or abs(stated - round_money(expected)) > CENT:
        yield Failure(RULE, tag, stated, round_money(expected))


def _missing(totals: Node | None) -> list[Failure]:
    if totals is None:
        return [Failure(RULE, "InvoiceTotals", None, None)]
    return [Failure(RULE, tag, None, None) for tag in REQUIRED if totals.find(tag) is None]


def _tax_failures(invoice: Node) -> Iterator[Failure]:
    pairs = (
        ("TaxRate", "TaxAmount/TotalAmount"),
        ("EquivalenceSurcharge", "EquivalenceSurchargeAmount/TotalAmount"),
    )
    for tax in invoice.iterfind("TaxesOutputs/Tax"):
        base = _zero(_opt(tax, "TaxableBase/TotalAmount"))
        for rate_tag, amount_tag in pairs:
            rate, amount = _opt(tax, rate_tag), _zero(_opt(tax, amount_tag))
            expected = round_money(base * _zero(rate) / 100)
            if not expected - ONE < amount < expected + ONE:
                yield Failure(RULE, amount_tag.split("/")[0], amount, expected)


def _total_failures(invoice: Node, totals: Node) -> Iterator[Failure]:
    gross = _opt(totals, "TotalGrossAmount")
    before = _opt(totals, "TotalGrossAmountBeforeTaxes")
    outputs, withheld = _opt(totals, "TotalTaxOutputs"), _opt(totals, "TotalTaxesWithheld")
    lines = invoice.findall("Items/InvoiceLine")
    if lines:
        yield from _check("TotalGrossAmount", gross, _total(invoice, "Items/InvoiceLine/GrossAmount"))
    discounts, charges = (
        _zero(_opt(totals, "TotalGeneralDiscounts")),
        _zero(_opt(totals, "TotalGeneralSurcharges")),
    )
    yield from _check("TotalGrossAmountBeforeTaxes", before, _zero(gross) - discounts + charges)
    yield from _check(
        "TaxableBase", _total(invoice, "TaxesOutputs/Tax/TaxableBase/TotalAmount"), _zero(before)
    )
    taxes = _total(invoice, "TaxesOutputs/Tax/TaxAmount/TotalAmount")
    surcharges = _total(invoice, "TaxesOutputs/Tax/EquivalenceSurchargeAmount/TotalAmount")
    yield from _check("TotalTaxOutputs", outputs, taxes + surcharges)
    yield from _check(
        "TotalTaxesWithheld", withheld, _total(invoice, "TaxesWithheld/Tax/TaxAmount/TotalAmount")
    )
    invoice_total = _opt(totals, "InvoiceTotal")
    yield from _check("InvoiceTotal", invoice_total, _zero(before) + _zero(outputs) - _zero(withheld))
    outstanding = _opt(totals, "TotalOutstandingAmount")
    if outstanding is not None:
        on_account = _zero(_opt(totals, "TotalPaymentsOnAccount"))
        yield from _check("TotalOutstandingAmount", outstanding, _zero(invoice_total) - on_account)


def facturae_failures(invoice: Node) -> list[Failure]:
    """What does not add up in the invoice (missing totals first: nothing else can be checked)."""
    totals = invoice.find("InvoiceTotals")
    missing = _missing(totals)
    if missing or totals is None:
        return missing
    return [*_total_failures(invoice, totals), *_tax_failures(invoice)]
