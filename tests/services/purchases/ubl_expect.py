"""A CEN UBL example's own figures, read here by XPath from the file (not by the reader under test):
what a received invoice's reading must give back, whatever syntax carried it (UBL, or CII made
from the same figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "einvoice" / "en16931" / "examples"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
TOTALS = {
    "lines": "LineExtensionAmount",  # BT-106
    "allowances": "AllowanceTotalAmount",  # BT-107
    "charges": "ChargeTotalAmount",  # BT-108
    "without_vat": "TaxExclusiveAmount",  # BT-109
    "with_vat": "TaxInclusiveAmount",  # BT-112
    "prepaid": "PrepaidAmount",  # BT-113
    "rounding": "PayableRoundingAmount",  # BT-114
    "payable": "PayableAmount",  # BT-115
}
D = Decimal


def ubl_examples() -> list[Path]:
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix.lower() == ".xml")
    ubl = [p for p in files if b"urn:oasis:names:specification:ubl:schema:xsd:" in p.read_bytes()[:2000]]
    assert len(ubl) >= 18, ubl  # the CEN set in tests/data: a missing file fails, never skips
    return ubl


def texts(root: etree._Element, path: str) -> list[str]:
    return [str(v.text if isinstance(v, etree._Element) else v) for v in root.xpath(path, namespaces=NS)]


def amount(root: etree._Element, path: str) -> D:
    found = texts(root, path)
    return D(found[0]) if found else D(0)


def sign(root: etree._Element) -> int:
    """-1 for a credit note (the expense records it negative), 1 for an invoice."""
    credit = etree.QName(root).localname == "CreditNote" or texts(root, "cbc:InvoiceTypeCode") == ["381"]
    return -1 if credit else 1


def _party(node: etree._Element) -> dict[str, Any]:
    name = texts(node, "cac:PartyLegalEntity/cbc:RegistrationName") or texts(node, "cac:PartyName/cbc:Name")
    country = texts(node, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")
    # XML whitespace inside a name is not part of it (a long name wrapped across lines)
    vat_ids = [" ".join(v.split()) for v in texts(node, "cac:PartyTaxScheme/cbc:CompanyID")]
    return {"name": " ".join(name[0].split()), "country": country[0] if country else "", "vat_ids": vat_ids}


def _group(subtotal: etree._Element, factor: int) -> tuple[D, D, D, str]:
    rate = texts(subtotal, "cac:TaxCategory/cbc:Percent")
    return (
        factor * amount(subtotal, "cbc:TaxableAmount"),
        D(rate[0]) if rate else D(0),
        factor * amount(subtotal, "cbc:TaxAmount"),
        texts(subtotal, "cac:TaxCategory/cbc:ID")[0],
    )


def expected(path: Path) -> dict[str, Any]:
    """The figures the document states, signed as the expense records them."""
    root = etree.parse(str(path)).getroot()
    factor, money = sign(root), root.find("cac:LegalMonetaryTotal", NS)
    currency = texts(root, "cbc:DocumentCurrencyCode")[0]
    subtotals = root.xpath(
        f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal", namespaces=NS
    )
    return {
        "totals": {key: factor * amount(money, f"cbc:{tag}") for key, tag in TOTALS.items()},
        "vat": factor * amount(root, f"cac:TaxTotal/cbc:TaxAmount[@currencyID='{currency}']"),
        "currency": currency,
        "groups": [_group(s, factor) for s in subtotals],
        "supplier": _party(root.find("cac:AccountingSupplierParty/cac:Party", NS)),
        "buyer": _party(root.find("cac:AccountingCustomerParty/cac:Party", NS)),
        "number": texts(root, "cbc:ID")[0],
        "issue_date": texts(root, "cbc:IssueDate")[0],
        "credit_note": factor < 0,
    }


def assert_reads_back(payload: dict[str, Any], figures: dict[str, Any]) -> None:
    """The reading's payload equals the document's own figures: totals, VAT, breakdown, parties."""
    assert {key: D(payload["totals"][key]) for key in TOTALS} == figures["totals"]
    assert D(payload["totals"]["vat"]) == figures["vat"] and payload["currency"] == figures["currency"]
    groups = [(D(g["base"]), D(g["vat_rate"]), D(g["vat"]), g["vat_category"]) for g in payload["taxes"]]
    assert groups == figures["groups"]
    for who in ("supplier", "buyer"):
        party = figures[who]
        assert (payload[who]["name"], payload[who]["country"]) == (party["name"], party["country"])
        assert set(party["vat_ids"]) <= set(payload[who]["tax_ids"])
    assert (payload["number"], payload["issue_date"]) == (figures["number"], figures["issue_date"])
    assert payload["credit_note"] == (figures["credit_note"] or D(payload["total"]) < 0)
