"""A received UBL document's amounts as EN 16931 figures (read_sums checks them): lines, document
allowances and charges, the totals BT-106…BT-115 and the VAT breakdown."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from facturas_app.domain.money import ZERO
from facturas_app.services.purchases.read_common import decimal_of, xpath_compiler
from facturas_app.services.purchases.read_sums import Figures, Key

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
# LegalMonetaryTotal's elements by business term.
TOTAL_TAGS = {
    "BT-106": "LineExtensionAmount",
    "BT-107": "AllowanceTotalAmount",
    "BT-108": "ChargeTotalAmount",
    "BT-109": "TaxExclusiveAmount",
    "BT-112": "TaxInclusiveAmount",
    "BT-113": "PrepaidAmount",
    "BT-114": "PayableRoundingAmount",
    "BT-115": "PayableAmount",
}

Node = etree._Element
XPATH = xpath_compiler(NS)


def _nodes(node: Node, path: str) -> list[Node]:
    return list(XPATH(path)(node))  # type: ignore[arg-type]


def _opt(node: Node, path: str) -> Decimal | None:
    found = _nodes(node, path)
    return decimal_of(found[0].text, path.rsplit(":", 1)[-1]) if found else None


def _rate(node: Node, path: str) -> Decimal:
    found = _opt(node, path)
    return ZERO if found is None else found


def _category(node: Node, path: str) -> Key:
    code = "".join(n.text or "" for n in _nodes(node, f"{path}/cbc:ID")).strip()
    return code, _rate(node, f"{path}/cbc:Percent")


def is_charge(item: Node) -> bool:
    """An AllowanceCharge's xs:boolean indicator: "true"/"1" is a charge, "false"/"0" an allowance."""
    return "".join(n.text or "" for n in _nodes(item, "cbc:ChargeIndicator")).strip() in ("true", "1")


def document_currency(root: Node) -> str:
    return str(XPATH("normalize-space(cbc:DocumentCurrencyCode)")(root))


def document_vat(root: Node) -> list[Decimal]:
    """The VAT totals (BT-110) stated in the document's currency: EN 16931 wants exactly one."""
    currency = document_currency(root)
    path = f"cac:TaxTotal/cbc:TaxAmount[@currencyID='{currency}']"
    return [
        decimal_of(n.text, "TaxAmount")
        for n in _nodes(root, path if currency else "cac:TaxTotal/cbc:TaxAmount")
    ]


def _lines(root: Node) -> list[tuple[Key, Decimal]]:
    return [
        (_category(line, "cac:Item/cac:ClassifiedTaxCategory"), _rate(line, "cbc:LineExtensionAmount"))
        for line in _nodes(root, "cac:InvoiceLine|cac:CreditNoteLine")
    ]


def _adjustments(root: Node) -> list[tuple[Key, bool, Decimal]]:
    return [
        (_category(item, "cac:TaxCategory"), is_charge(item), _rate(item, "cbc:Amount"))
        for item in _nodes(root, "cac:AllowanceCharge")
    ]


def _breakdown(root: Node) -> list[tuple[Key, Decimal, Decimal]]:
    currency = document_currency(root)
    return [
        (_category(node, "cac:TaxCategory"), _rate(node, "cbc:TaxableAmount"), _rate(node, "cbc:TaxAmount"))
        for node in _nodes(root, f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal")
    ]


def ubl_figures(root: Node) -> Figures:
    money = _nodes(root, "cac:LegalMonetaryTotal")
    totals = {bt: _opt(money[0], f"cbc:{tag}") if money else None for bt, tag in TOTAL_TAGS.items()}
    return Figures(
        document_currency(root),
        _lines(root),
        _adjustments(root),
        totals,
        document_vat(root),
        _breakdown(root),
    )
