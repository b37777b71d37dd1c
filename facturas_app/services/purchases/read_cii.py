"""A received UN/CEFACT Cross Industry Invoice (CII D16B, the XML inside a Factur-X / ZUGFeRD PDF,
or sent alone) → the same expense payload as UBL, its sums checked by the same EN 16931 rules.

Read with lxml alone (namespaces rsm/ram/udt): the profiles EN 16931, EXTENDED and BASIC carry lines
and are checked line by line; BASIC WL has none (its totals and VAT breakdown are still checked);
MINIMUM has no VAT breakdown and is refused as lacking it (no VAT to deduct can be read from it)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lxml import etree

from facturas_app.domain.money import ZERO
from facturas_app.services.purchases.read_common import (
    CREDIT_NOTE_TYPES,
    NO_PARTY,
    IncomingRefused,
    Reading,
    amount_text,
    check_currency,
    decimal_of,
    party_record,
    settle_sign,
    xpath_compiler,
)
from facturas_app.services.purchases.read_sums import (
    Figures,
    Key,
    payload_totals,
    refuse_untrusted,
    sum_failures,
)

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS = {
    "rsm": RSM,
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
SUMMATION = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
TOTAL_TAGS = {
    "BT-106": "LineTotalAmount",
    "BT-107": "AllowanceTotalAmount",
    "BT-108": "ChargeTotalAmount",
    "BT-109": "TaxBasisTotalAmount",
    "BT-112": "GrandTotalAmount",
    "BT-113": "TotalPrepaidAmount",
    "BT-114": "RoundingAmount",
    "BT-115": "DuePayableAmount",
}

Node = etree._Element
XPATH = xpath_compiler(NS)


def is_cii(root: Node) -> bool:
    return root.tag == f"{{{RSM}}}CrossIndustryInvoice"


def _nodes(node: Node, path: str) -> list[Node]:
    return list(XPATH(path)(node))  # type: ignore[arg-type]


def _text(node: Node, path: str) -> str:
    return str(XPATH(f"normalize-space({path})")(node))


def _opt(node: Node, path: str) -> Decimal | None:
    found = _nodes(node, path)
    return decimal_of(found[0].text, path.rsplit(":", 1)[-1]) if found else None


def _amount(node: Node, path: str) -> Decimal:
    found = _opt(node, path)
    return ZERO if found is None else found


def _key(node: Node) -> Key:
    return _text(node, "ram:CategoryCode"), _amount(node, "ram:RateApplicablePercent")


LINE_NET = (
    "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
)


def _line(item: Node) -> tuple[Key, Decimal]:
    taxes = _nodes(item, "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax")
    return (_key(taxes[0]) if taxes else ("", ZERO)), _amount(item, LINE_NET)


def _lines(root: Node) -> list[tuple[Key, Decimal]] | None:
    items = _nodes(root, "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem")
    return [_line(item) for item in items] if items else None


def _adjustments(root: Node) -> list[tuple[Key, bool, Decimal]]:
    found = []
    for item in _nodes(root, f"{SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge"):
        taxes = _nodes(item, "ram:CategoryTradeTax")
        key = _key(taxes[0]) if taxes else ("", ZERO)
        charge = _text(item, "ram:ChargeIndicator/udt:Indicator") in ("true", "1")
        found.append((key, charge, _amount(item, "ram:ActualAmount")))
    return found


def _breakdown(root: Node) -> list[tuple[Key, Decimal, Decimal]]:
    return [
        (_key(tax), _amount(tax, "ram:BasisAmount"), _amount(tax, "ram:CalculatedAmount"))
        for tax in _nodes(root, f"{SETTLEMENT}/ram:ApplicableTradeTax")
    ]


def _vat_totals(root: Node, currency: str) -> list[Decimal]:
    nodes = _nodes(root, f"{SUMMATION}/ram:TaxTotalAmount")
    chosen = [n for n in nodes if n.get("currencyID", currency) == currency]
    return [decimal_of(n.text, "TaxTotalAmount") for n in chosen]


def cii_figures(root: Node, currency: str) -> Figures:
    money = _nodes(root, SUMMATION)
    totals = {bt: _opt(money[0], f"ram:{tag}") if money else None for bt, tag in TOTAL_TAGS.items()}
    return Figures(
        currency, _lines(root), _adjustments(root), totals, _vat_totals(root, currency), _breakdown(root)
    )


def party(node: Node | None) -> dict[str, Any]:
    """A trade party's name, country and ids: VAT (schemeID VA) first, then fiscal (FC), then legal."""
    if node is None:
        return dict(NO_PARTY)
    paths = (
        "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']",
        "ram:SpecifiedTaxRegistration/ram:ID",
        "ram:SpecifiedLegalOrganization/ram:ID",
        "ram:ID",
    )
    found = [n.text or "" for path in paths for n in _nodes(node, path)]
    country = _text(node, "ram:PostalTradeAddress/ram:CountryID").upper()
    return party_record(_text(node, "ram:Name"), country, found)


def _first(root: Node, path: str) -> Node | None:
    found = _nodes(root, path)
    return found[0] if found else None


def cii_date(text: str, what: str) -> str:
    """A udt:DateTimeString of format 102 ("20261130") as ISO ("2026-11-30")."""
    digits = text.strip()
    if len(digits) != 8 or not digits.isdigit():
        raise IncomingRefused("incoming_missing_field", field=what)
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _taxes(figures: Figures, root: Node) -> list[dict[str, str]]:
    reasons = [
        _text(tax, "ram:ExemptionReason") for tax in _nodes(root, f"{SETTLEMENT}/ram:ApplicableTradeTax")
    ]
    return [
        {
            "base": amount_text(base),
            "vat_rate": amount_text(key[1]),
            "vat": amount_text(vat),
            "surcharge_rate": "0",
            "surcharge": "0",
            "vat_category": key[0],
            "exemption_reason": reason,
        }
        for (key, base, vat), reason in zip(figures.breakdown, reasons, strict=True)
    ]


def _tax_currency_vat(root: Node, currency: str) -> dict[str, str] | None:
    other = _text(root, f"{SETTLEMENT}/ram:TaxCurrencyCode")
    if not other or other == currency:
        return None
    found = [n for n in _nodes(root, f"{SUMMATION}/ram:TaxTotalAmount") if n.get("currencyID") == other]
    return (
        {"currency": check_currency(other), "vat": amount_text(decimal_of(found[0].text, "TaxTotalAmount"))}
        if found
        else None
    )


def cii_payload(root: Node, currency: str, figures: Figures) -> dict[str, Any]:
    number = _text(root, "rsm:ExchangedDocument/ram:ID")
    if not number:
        raise IncomingRefused("incoming_missing_field", field="ExchangedDocument/ID")
    type_code = _text(root, "rsm:ExchangedDocument/ram:TypeCode")
    due = _text(root, f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString")
    totals = payload_totals(figures)
    return {
        "supplier": party(_first(root, f"{AGREEMENT}/ram:SellerTradeParty")),
        "buyer": party(_first(root, f"{AGREEMENT}/ram:BuyerTradeParty")),
        "number": number,
        "issue_date": cii_date(
            _text(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"), "IssueDateTime"
        ),
        "due_date": cii_date(due, "DueDateDateTime") if due else "",
        "currency": currency,
        "taxes": _taxes(figures, root),
        "irpf_rate": "0",
        "irpf": "0",
        "category": "",
        "deductible_percent": "100",
        "total": totals["with_vat"],
        "totals": totals,
        "tax_currency_vat": _tax_currency_vat(root, currency),
        "document_type": type_code,
        "corrects": _text(root, f"{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"),
        "format": "facturx",  # CII alone or inside a PDF: the same Factur-X syntax (expense source)
        "container": "xml",
    }


def read_cii(root: Node) -> Reading:
    """The payload of a CII invoice, refused when its amounts do not add up or a total is missing."""
    code = _text(root, f"{SETTLEMENT}/ram:InvoiceCurrencyCode")
    if not code:
        raise IncomingRefused("incoming_missing_field", field="InvoiceCurrencyCode")
    currency = check_currency(code)
    figures = cii_figures(root, currency)
    refuse_untrusted(sum_failures(figures), currency)
    payload = cii_payload(root, currency, figures)
    settle_sign(payload, payload["document_type"] in CREDIT_NOTE_TYPES)
    reading = Reading("facturx", payload)  # the expense's source: Factur-X's syntax, PDF or not
    reading.payload["profile"] = _text(
        root, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
    )
    if figures.lines is None:
        reading.warnings.append("incoming_cii_without_lines")
    return reading
