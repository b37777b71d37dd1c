"""Facturae's Items and its tax blocks, from the document's lines and the totals engine's groups.

Line amounts follow Facturae's own arithmetic exactly: TotalCost = Quantity × UnitPriceWithoutTax,
GrossAmount = TotalCost − DiscountAmount + ChargeAmount, with GrossAmount our rounded line net; the
cents our rounding adds or takes off appear as a «Redondeo» discount or charge, never hidden.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from facturas_app.domain.money import round_places
from facturas_app.domain.taxes import EXEMPTIONS, NOT_SUBJECT, tax_table
from facturas_app.domain.totals import TaxGroup, Totals
from facturas_app.services.einvoice.facturae_values import (
    MAX_DECIMALS,
    amount,
    bounded,
    sub,
    subs,
    two,
    upto8,
)
from facturas_app.services.pdf.model import DocLine, InvoiceDocument

VAT = "01"  # TaxTypeCode IVA
IRPF = "04"  # TaxTypeCode IRPF
EXEMPT_EVENT = "01"  # SpecialTaxableEventCode: sujeta y exenta
NOT_SUBJECT_EVENT = "02"  # no sujeta
ROUNDING = "Redondeo a céntimos"
DISCOUNT = "Descuento"

# Our free-text units → UnitOfMeasureType (UN/CEFACT Rec. 20 subset); unknown units are left out.
_UNITS = {
    "01": ("", "u", "ud", "uds", "unidad", "unidades", "unit", "units", "pcs", "pieza", "piezas"),
    "02": ("h", "hr", "hrs", "hora", "horas", "hour", "hours"),
    "03": ("kg", "kgs", "kilo", "kilos", "kilogramo", "kilogramos"),
    "04": ("l", "lt", "litro", "litros", "litre", "litres", "liter", "liters"),
    "06": ("caja", "cajas", "box", "boxes"),
    "16": ("cm",),
    "18": ("docena", "docenas", "dozen"),
    "21": ("g", "gr", "gramo", "gramos"),
    "22": ("km",),
    "25": ("m", "metro", "metros", "metre", "metres", "meter", "meters"),
    "26": ("mm",),
    "28": ("paquete", "paquetes", "pack", "packs"),
    "33": ("m3", "m³"),
    "34": ("s", "seg", "segundo", "segundos"),
    "36": ("kwh",),
}
UNIT_CODES = {name: code for code, names in _UNITS.items() for name in names}


def unit_code(unit: str) -> str | None:
    return UNIT_CODES.get(unit.strip().lower().rstrip("."))


def taxes_outputs(parent: etree._Element, totals: Totals) -> None:
    """One Tax per group of the engine (exemption, VAT rate, surcharge rate), its amounts as they are."""
    node = sub(parent, "TaxesOutputs")
    for group in totals.groups:
        _group_tax(sub(node, "Tax"), group)


def _group_tax(tax: etree._Element, group: TaxGroup) -> None:
    subs(tax, {"TaxTypeCode": VAT, "TaxRate": two(group.vat_rate)})
    amount(tax, "TaxableBase", group.base)
    amount(tax, "TaxAmount", group.vat)
    if group.surcharge_rate:
        sub(tax, "EquivalenceSurcharge", two(group.surcharge_rate))
        amount(tax, "EquivalenceSurchargeAmount", group.surcharge)


def taxes_withheld(parent: etree._Element, totals: Totals) -> None:
    """IRPF withheld on the whole base, as the engine computed it."""
    if not totals.irpf_rate:
        return
    tax = sub(sub(parent, "TaxesWithheld"), "Tax")
    subs(tax, {"TaxTypeCode": IRPF, "TaxRate": two(totals.irpf_rate)})
    amount(tax, "TaxableBase", totals.base)
    amount(tax, "TaxAmount", totals.irpf)


def items(parent: etree._Element, doc: InvoiceDocument) -> None:
    node = sub(parent, "Items")
    for line in doc.lines:
        _line(sub(node, "InvoiceLine"), line, doc)


def total_cost(line: DocLine) -> Decimal:
    return round_places(line.quantity * line.unit_price, MAX_DECIMALS)


def _line(node: etree._Element, line: DocLine, doc: InvoiceDocument) -> None:
    sub(node, "ItemDescription", bounded(line.description, 2500, one_line=False))
    sub(node, "Quantity", upto8(line.quantity))
    unit = unit_code(line.unit)
    if unit is not None:
        sub(node, "UnitOfMeasure", unit)
    cost = total_cost(line)
    subs(node, {"UnitPriceWithoutTax": upto8(line.unit_price), "TotalCost": upto8(cost)})
    _adjustment(node, line, cost - line.net)
    sub(node, "GrossAmount", two(line.net))
    _line_withheld(node, line, doc.totals.irpf_rate)
    _line_outputs(node, line)
    _special_event(node, line, doc.language)


def _adjustment(node: etree._Element, line: DocLine, difference: Decimal) -> None:
    """What separates TotalCost from our net: the line's discount (with its rate) or our rounding."""
    if line.discount_percent:
        _entry(node, "DiscountsAndRebates", "Discount", DISCOUNT, difference, line.discount_percent)
    elif difference > 0:
        _entry(node, "DiscountsAndRebates", "Discount", ROUNDING, difference)
    elif difference < 0:
        _entry(node, "Charges", "Charge", ROUNDING, -difference)


def _entry(
    node: etree._Element, block: str, kind: str, reason: str, value: Decimal, rate: Decimal | None = None
) -> None:
    entry = sub(sub(node, block), kind)
    sub(entry, f"{kind}Reason", reason)
    if rate is not None:
        sub(entry, f"{kind}Rate", upto8(rate))
    sub(entry, f"{kind}Amount", upto8(value))


def _line_withheld(node: etree._Element, line: DocLine, irpf_rate: Decimal) -> None:
    # Facturae: the line-level amounts are informative; the rate and base say which lines bear IRPF.
    if irpf_rate:
        tax = sub(sub(node, "TaxesWithheld"), "Tax")
        subs(tax, {"TaxTypeCode": IRPF, "TaxRate": two(irpf_rate)})
        amount(tax, "TaxableBase", line.net)


def _line_outputs(node: etree._Element, line: DocLine) -> None:
    # No line TaxAmount: it is optional and informative, and the engine rounds tax per group only.
    tax = sub(sub(node, "TaxesOutputs"), "Tax")
    subs(tax, {"TaxTypeCode": VAT, "TaxRate": two(line.vat_rate)})
    amount(tax, "TaxableBase", line.net)
    if line.surcharge_rate:
        sub(tax, "EquivalenceSurcharge", two(line.surcharge_rate))


def _special_event(node: etree._Element, line: DocLine, language: str) -> None:
    """Exempt (E1–E6) and not-subject (N1, N2) lines say so, with the legal ground printed on the PDF."""
    code = line.exemption or ""
    if code not in EXEMPTIONS and code not in NOT_SUBJECT:
        return
    table = tax_table("ES")
    reason = (table.legend(code, language) if table else "") or code
    event = sub(node, "SpecialTaxableEvent")
    sub(event, "SpecialTaxableEventCode", EXEMPT_EVENT if code in EXEMPTIONS else NOT_SUBJECT_EVENT)
    sub(event, "SpecialTaxableEventReason", bounded(reason, 2500))
