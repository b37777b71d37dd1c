"""A received Facturae 3.2, 3.2.1 or 3.2.2 → the expense payload: parties, series and number,
dates, IVA groups with their recargo de equivalencia, the IRPF withheld (TaxesWithheld), totals
checked against the tax groups; its signature verified (read_facturae_sign) and what is read is
what was signed. An unsigned one is read with a warning; one whose signature fails is refused."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from lxml import etree

from facturas_app.domain.money import ZERO
from facturas_app.services.purchases.read_common import (
    NO_PARTY,
    IncomingRefused,
    Reading,
    Signature,
    amount_text,
    check_currency,
    decimal_of,
    party_record,
)
from facturas_app.services.purchases.read_facturae_sign import verify_facturae
from facturas_app.services.purchases.read_facturae_sums import facturae_failures
from facturas_app.services.purchases.read_sums import refuse_untrusted

VERSIONS = {
    "http://www.facturae.es/Facturae/2009/v3.2/Facturae": "3.2",
    "http://www.facturae.es/Facturae/2014/v3.2.1/Facturae": "3.2.1",
    "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml": "3.2.2",
}
IVA, IRPF = "01", "04"  # Facturae's TaxTypeCode: 01 IVA, 02 IPSI, 03 IGIC, 04 IRPF…

Node = etree._Element


def is_facturae(root: Node) -> bool:
    qname = etree.QName(root)
    return qname.localname == "Facturae" and (qname.namespace or "") in VERSIONS


def _text(node: Node | None, path: str) -> str:
    if node is None:
        return ""
    return " ".join((node.findtext(path) or "").split())


def _amount(node: Node, path: str) -> Decimal:
    text = node.findtext(path)
    return ZERO if text is None else decimal_of(text, path.rsplit("/", 1)[-1])


@cache
def _alpha2(alpha3: str) -> str:
    import pycountry  # a dependency of schwifty; only Facturae writes alpha-3 country codes

    found = pycountry.countries.get(alpha_3=alpha3) if len(alpha3) == 3 else None
    return found.alpha_2 if found else alpha3[:2]


def _name(party: Node) -> str:
    legal = party.find("LegalEntity")
    if legal is not None:
        return _text(legal, "CorporateName") or _text(legal, "TradeName")
    person = party.find("Individual")
    parts = (_text(person, "Name"), _text(person, "FirstSurname"), _text(person, "SecondSurname"))
    return " ".join(p for p in parts if p)


def party(node: Node | None) -> dict[str, Any]:
    """A party's name, country (alpha-2) and tax id as the payload names them."""
    if node is None:
        return dict(NO_PARTY)
    number = _text(node, "TaxIdentification/TaxIdentificationNumber")
    code = _text(node, "*/AddressInSpain/CountryCode") or _text(node, "*/OverseasAddress/CountryCode")
    country = _alpha2(code.upper()) if code else "ES"
    return party_record(_name(node), country, [number])


def _tax_group(tax: Node) -> dict[str, str]:
    return {
        "base": amount_text(_amount(tax, "TaxableBase/TotalAmount")),
        "vat_rate": amount_text(_amount(tax, "TaxRate")),
        "vat": amount_text(_amount(tax, "TaxAmount/TotalAmount")),
        "surcharge_rate": amount_text(_amount(tax, "EquivalenceSurcharge")),
        "surcharge": amount_text(_amount(tax, "EquivalenceSurchargeAmount/TotalAmount")),
        "tax_type": _text(tax, "TaxTypeCode"),
        "vat_category": "S" if _amount(tax, "TaxRate") else "",
        "exemption_reason": "",
    }


def _irpf(invoice: Node) -> tuple[str, str]:
    """The IRPF withheld (rate, amount): the sum of TaxesWithheld's IRPF taxes."""
    taxes = [t for t in invoice.iterfind("TaxesWithheld/Tax") if _text(t, "TaxTypeCode") == IRPF]
    amount = sum((_amount(t, "TaxAmount/TotalAmount") for t in taxes), ZERO)
    rate = _amount(taxes[0], "TaxRate") if taxes else ZERO
    return amount_text(rate), amount_text(amount)


def _totals(invoice: Node) -> dict[str, str]:
    totals = invoice.find("InvoiceTotals")
    assert totals is not None  # facturae_failures refuses a Facturae without them
    names = {
        "lines": "TotalGrossAmount",
        "allowances": "TotalGeneralDiscounts",
        "charges": "TotalGeneralSurcharges",
        "without_vat": "TotalGrossAmountBeforeTaxes",
        "vat": "TotalTaxOutputs",
        "withheld": "TotalTaxesWithheld",
        "with_vat": "InvoiceTotal",
        "payable": "TotalExecutableAmount",
    }
    return {key: amount_text(_amount(totals, tag)) for key, tag in names.items()}


def _number(header: Node) -> tuple[str, str]:
    """(series, number as the libro registro writes it: the series and number joined)."""
    series, number = _text(header, "InvoiceSeriesCode"), _text(header, "InvoiceNumber")
    if not number:
        raise IncomingRefused("incoming_missing_field", field="InvoiceNumber")
    return series, number if not series or number.startswith(series) else f"{series}{number}"


def _corrects(header: Node) -> str:
    corrective = header.find("Corrective")
    if corrective is None:
        return ""
    return f"{_text(corrective, 'InvoiceSeriesCode')}{_text(corrective, 'InvoiceNumber')}"


def _dates(invoice: Node) -> dict[str, str]:
    issue = invoice.find("InvoiceIssueData")
    issue_date = _text(issue, "IssueDate")
    if not issue_date:
        raise IncomingRefused("incoming_missing_field", field="IssueDate")
    return {
        "issue_date": issue_date,
        "operation_date": _text(issue, "OperationDate"),
        "due_date": _text(invoice, "PaymentDetails/Installment/InstallmentDueDate"),
    }


def _currency(invoice: Node) -> tuple[str, dict[str, str] | None]:
    """The invoice's currency, and for one not in euros its VAT in euros when every tax states its
    EquivalentInEuros (what Facturae gives for a foreign-currency invoice)."""
    code = _text(invoice, "InvoiceIssueData/InvoiceCurrencyCode")
    if not code:
        raise IncomingRefused("incoming_missing_field", field="InvoiceCurrencyCode")
    currency = check_currency(code)
    taxes = invoice.findall("TaxesOutputs/Tax")
    euros = [t.findtext("TaxAmount/EquivalentInEuros") for t in taxes]
    if currency == "EUR" or not taxes or any(e is None for e in euros):
        return currency, None
    vat = sum((decimal_of(e, "EquivalentInEuros") for e in euros), ZERO)
    return currency, {"currency": "EUR", "vat": amount_text(vat)}


def facturae_payload(root: Node, invoice: Node) -> dict[str, Any]:
    header = invoice.find("InvoiceHeader")
    if header is None:
        raise IncomingRefused("incoming_missing_field", field="InvoiceHeader")
    series, number = _number(header)
    currency, tax_currency_vat = _currency(invoice)
    totals = _totals(invoice)
    rate, amount = _irpf(invoice)
    return {
        "supplier": party(root.find("Parties/SellerParty")),
        "buyer": party(root.find("Parties/BuyerParty")),
        "number": number,
        "series": series,
        **_dates(invoice),
        "currency": currency,
        "taxes": [_tax_group(t) for t in invoice.iterfind("TaxesOutputs/Tax")],
        "irpf_rate": rate,
        "irpf": amount,
        "category": "",
        "deductible_percent": "100",
        "total": totals["with_vat"],
        "totals": totals,
        "tax_currency_vat": tax_currency_vat,
        "credit_note": decimal_of(totals["with_vat"], "InvoiceTotal") < 0,
        "document_type": _text(header, "InvoiceClass"),
        "corrects": _corrects(header),
        "format": "facturae",
        "container": "xml",
    }


def _single_invoice(root: Node) -> Node:
    invoices = root.findall("Invoices/Invoice")
    if len(invoices) != 1:
        raise IncomingRefused("incoming_facturae_batch", count=len(invoices))
    return invoices[0]


def read_facturae(root: Node, data: bytes) -> Reading:
    """The payload of the signed (or unsigned) Facturae, its signature shown; refused when the
    signature fails, the amounts do not add up or it holds more than one invoice."""
    verified = verify_facturae(root, data)
    signed = root if verified is None else verified.signed
    invoice = _single_invoice(signed)
    currency = check_currency(_text(invoice, "InvoiceIssueData/InvoiceCurrencyCode") or "EUR")
    refuse_untrusted(facturae_failures(invoice), currency)
    payload = facturae_payload(signed, invoice)
    payload["facturae_version"] = VERSIONS[etree.QName(root).namespace or ""]
    if verified is None:
        return Reading(
            "facturae", payload, warnings=["incoming_facturae_unsigned"], signature=Signature("absent")
        )
    return Reading("facturae", payload, warnings=verified.warnings, signature=verified.signature)
