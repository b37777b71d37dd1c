"""Small lxml helpers shared by the UBL builders: namespaces, elements, numbers as UBL writes them."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from lxml import etree

from facturas_app.domain.money import CENT, ZERO

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NSMAP = {"cac": CAC, "cbc": CBC}
_PREFIX = {"cac": "{" + CAC + "}", "cbc": "{" + CBC + "}"}

Element = etree._Element


@cache
def _qname(tag: str) -> str:
    prefix, _, local = tag.partition(":")
    return _PREFIX[prefix] + local


def sub(parent: Element, tag: str, text: str | None = None, **attrs: str) -> Element:
    """Append `cac:X` / `cbc:X` (with text and attributes) to parent."""
    node = etree.SubElement(parent, _qname(tag), attrs) if attrs else etree.SubElement(parent, _qname(tag))
    if text is not None:
        node.text = text
    return node


def opt(parent: Element, tag: str, text: str, **attrs: str) -> Element | None:
    """`sub` only when there is something to say: UBL has no empty elements."""
    return sub(parent, tag, text, **attrs) if text.strip() else None


def money(value: Decimal) -> str:
    """An amount the totals engine already rounded to cents, as UBL writes it ("-12.50").

    Refuses rather than rounds: EN 16931 amounts have two decimals (BR-DEC-*) and every amount
    here comes rounded from domain/totals.py, so anything else is a bug upstream."""
    if value != value.quantize(CENT):
        raise ValueError(f"amount not in cents: {value}")
    return f"{abs(value) if value == 0 else value.quantize(CENT):f}"


def amount(parent: Element, tag: str, value: Decimal, currency: str) -> Element:
    return sub(parent, tag, money(value), currencyID=currency)


def number(value: Decimal) -> str:
    """A quantity, price or rate without exponent or trailing zeros ("1.5", "21", "184.999075")."""
    if value == 0:
        return "0"
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def signed(value: Decimal, sign: Decimal) -> Decimal:
    """`value` as the document states it: a credit note states our negative amounts as positive."""
    return value * sign + ZERO  # + ZERO turns -0.00 into 0.00


def new_root(credit_note: bool) -> Element:
    tag, ns = ("CreditNote", CREDIT_NOTE_NS) if credit_note else ("Invoice", INVOICE_NS)
    return etree.Element("{" + ns + "}" + tag, nsmap={None: ns, **NSMAP})


def to_bytes(root: Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
