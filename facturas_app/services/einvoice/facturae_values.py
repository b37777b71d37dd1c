"""How Facturae 3.2.2 writes values: its namespace, element helper, amounts and bounded texts."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from facturas_app.domain.money import ZERO, money_text, round_places

NS = "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml"
PREFIX = "fe"
CURRENCY = "EUR"
MAX_DECIMALS = 8  # DoubleUpToEightDecimalType


def root() -> etree._Element:
    # The schema has no elementFormDefault: only the root is qualified, its children are not.
    return etree.Element(f"{{{NS}}}Facturae", nsmap={PREFIX: NS})


def document_bytes(element: etree._Element) -> bytes:
    """UTF-8 with the declaration in the usual double quotes (lxml writes single ones)."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(element, encoding="UTF-8")


def sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def subs(parent: etree._Element, values: dict[str, str]) -> None:
    """Several text children in the schema's order (dicts keep insertion order)."""
    for tag, text in values.items():
        sub(parent, tag, text)


def two(value: Decimal) -> str:
    """DoubleTwoDecimalType and our amounts: always two decimals, never '-0.00'."""
    return money_text(value if value != 0 else ZERO)


def upto8(value: Decimal) -> str:
    """DoubleUpToEightDecimalType: plain digits, no exponent, at most eight decimals."""
    rounded = round_places(value, MAX_DECIMALS) if value != 0 else ZERO
    text = format(rounded.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def amount(parent: etree._Element, tag: str, value: Decimal) -> etree._Element:
    """AmountType: <tag><TotalAmount>…</TotalAmount></tag>; in euros, so no EquivalentInEuros."""
    element = sub(parent, tag)
    sub(element, "TotalAmount", two(value))
    return element


def bounded(text: str, limit: int, *, one_line: bool = True) -> str:
    """The schema's maxLength counts characters; longer texts are cut rather than made invalid."""
    clean = " ".join(text.split()) if one_line else text.strip()
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"
