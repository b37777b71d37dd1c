"""Invoice / credit note lines (BG-25): quantity and unit, net amount, item, price and discount.

The line net amount (BT-131) is `DocLine.net`, the engine's rounded figure. The price is stated so
that quantity × net price gives that same figure before rounding: the net price (BT-146) is the
unit price less the line discount, the discount itself a price discount (BT-147) off the gross
price (BT-148). EN 16931 wants prices that are not negative (BR-27), so a negative line (a
correction by differences, a returned item) carries its sign on the quantity.
"""

from __future__ import annotations

from decimal import Decimal

from facturas_app.domain.money import ZERO
from facturas_app.domain.totals import HUNDRED
from facturas_app.services.einvoice import profile
from facturas_app.services.einvoice.ubl_xml import Element, amount, number, signed, sub
from facturas_app.services.pdf.model import DocLine

UNIT_NOTE = {"es": "Unidad: {unit}", "en": "Unit: {unit}"}


def add_lines(root: Element, lines: tuple[DocLine, ...], *, sign: Decimal, currency: str, lang: str) -> None:
    tag = "cac:CreditNoteLine" if sign < 0 else "cac:InvoiceLine"
    for index, line in enumerate(lines, start=1):
        _line(sub(root, tag), index, line, sign=sign, currency=currency, lang=lang)


def _line(node: Element, index: int, line: DocLine, *, sign: Decimal, currency: str, lang: str) -> None:
    net = signed(line.net, sign)
    sub(node, "cbc:ID", str(index))
    code = profile.unit_code(line.unit)
    if code is None:  # a unit Rec. 20 does not know: said in words, counted as "one"
        sub(node, "cbc:Note", UNIT_NOTE.get(lang, UNIT_NOTE["es"]).format(unit=line.unit.strip()))
    quantity_tag = "cbc:CreditedQuantity" if sign < 0 else "cbc:InvoicedQuantity"
    sub(node, quantity_tag, number(stated_quantity(line, net)), unitCode=code or profile.ONE)
    amount(node, "cbc:LineExtensionAmount", net, currency)
    _item(sub(node, "cac:Item"), line, lang)
    _price(sub(node, "cac:Price"), line, currency)


def stated_quantity(line: DocLine, net: Decimal) -> Decimal:
    """|quantity| with the sign of the stated net amount (the price is never negative)."""
    quantity = abs(line.quantity)
    return -quantity if net < 0 else quantity


def net_price(line: DocLine) -> Decimal:
    """BT-146: the unit price less the line discount, exact (no rounding: prices may have decimals)."""
    return abs(line.unit_price) * (HUNDRED - line.discount_percent) / HUNDRED


def _item(item: Element, line: DocLine, lang: str) -> None:
    """BT-153 is the first line of the description; a longer description goes whole in BT-154."""
    text = line.description.strip()
    name = next((part.strip() for part in text.splitlines() if part.strip()), text)
    if text != name:
        sub(item, "cbc:Description", text)
    sub(item, "cbc:Name", name)
    category = profile.vat_category(line.exemption, line.vat_rate)
    tax = sub(item, "cac:ClassifiedTaxCategory")
    sub(tax, "cbc:ID", category.code)
    if category.code != profile.OUTSIDE_SCOPE:  # BR-O-05: no rate when not subject
        sub(tax, "cbc:Percent", number(line.vat_rate))
    sub(sub(tax, "cac:TaxScheme"), "cbc:ID", "VAT")


def _price(price: Element, line: DocLine, currency: str) -> None:
    net = net_price(line)
    sub(price, "cbc:PriceAmount", number(net), currencyID=currency)
    if line.discount_percent == ZERO:
        return
    gross = abs(line.unit_price)
    discount = sub(price, "cac:AllowanceCharge")
    sub(discount, "cbc:ChargeIndicator", "false")
    sub(discount, "cbc:Amount", number(gross - net), currencyID=currency)
    sub(discount, "cbc:BaseAmount", number(gross), currencyID=currency)
