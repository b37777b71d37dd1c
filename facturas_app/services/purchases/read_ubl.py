"""A received UBL 2.1 Invoice or CreditNote → the expense payload ExpenseService.add_payload takes.

Refused (IncomingRefused) only when its amounts cannot be trusted (read_ubl_sums); schema errors and
CEN findings are kept as `problems` (the record is then marked not valid) and shown with rule ids."""

from __future__ import annotations

from typing import Any

from lxml import etree

from facturas_app.services.purchases.read_common import (
    CREDIT_NOTE_TYPES,
    NO_PARTY,
    IncomingRefused,
    Reading,
    amount_text,
    check_currency,
    decimal_of,
    local_name,
    party_record,
    settle_sign,
)
from facturas_app.services.purchases.read_sums import Figures, payload_totals, refuse_untrusted, sum_failures
from facturas_app.services.purchases.read_ubl_checks import cen_findings, schema_problems
from facturas_app.services.purchases.read_ubl_sums import XPATH, ubl_figures

Node = etree._Element
KINDS = {
    "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2": "Invoice",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": "CreditNote",
}


def _text(node: Node, path: str) -> str:
    return str(XPATH(f"normalize-space({path})")(node))


def _required(node: Node, path: str, what: str) -> str:
    value = _text(node, path)
    if not value:
        raise IncomingRefused("incoming_missing_field", field=what)
    return value


def party(node: Node | None) -> dict[str, Any]:
    """A party's name (BT-27/44 legal name, else trade name), country and tax ids, VAT first."""
    if node is None:
        return dict(NO_PARTY)
    paths = (
        "cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID)='VAT']/cbc:CompanyID",
        "cac:PartyTaxScheme/cbc:CompanyID",
        "cac:PartyLegalEntity/cbc:CompanyID",
        "cac:PartyIdentification/cbc:ID",
    )
    found = [n.text or "" for path in paths for n in XPATH(path)(node)]  # type: ignore[union-attr]
    country = _text(node, "cac:PostalAddress/cac:Country/cbc:IdentificationCode").upper()
    name = _text(node, "cac:PartyLegalEntity/cbc:RegistrationName") or _text(node, "cac:PartyName/cbc:Name")
    return party_record(name, country, found)


def _first(root: Node, path: str) -> Node | None:
    found = XPATH(path)(root)
    return found[0] if found else None


def _taxes(root: Node, currency: str) -> list[dict[str, str]]:
    """The VAT breakdown (BG-23) in the document's currency; UBL carries no recargo de equivalencia."""
    groups = []
    path = f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal"
    for node in XPATH(path)(root):  # type: ignore[union-attr]
        groups.append(
            {
                "base": amount_text(decimal_of(_text(node, "cbc:TaxableAmount"), "TaxableAmount")),
                "vat_rate": _text(node, "cac:TaxCategory/cbc:Percent") or "0",
                "vat": amount_text(decimal_of(_text(node, "cbc:TaxAmount"), "TaxAmount")),
                "surcharge_rate": "0",
                "surcharge": "0",
                "vat_category": _text(node, "cac:TaxCategory/cbc:ID"),
                "exemption_reason": _text(node, "cac:TaxCategory/cbc:TaxExemptionReason"),
            }
        )
    return groups


def _tax_currency_vat(root: Node, currency: str) -> dict[str, str] | None:
    """BT-111: the VAT total in the accounting currency (EUR for a Spanish buyer) when stated."""
    other = _text(root, "cbc:TaxCurrencyCode")
    if not other or other == currency:
        return None
    other = check_currency(other)  # a known ISO code before it is compared with anything
    amounts = [n for n in XPATH("cac:TaxTotal/cbc:TaxAmount")(root) if n.get("currencyID") == other]  # type: ignore[union-attr]
    vat = " ".join((amounts[0].text or "").split()) if amounts else ""
    return {"currency": other, "vat": vat} if vat else None


def ubl_payload(root: Node, kind: str, figures: Figures) -> dict[str, Any]:
    currency = check_currency(_required(root, "cbc:DocumentCurrencyCode", "DocumentCurrencyCode"))
    totals = payload_totals(figures)
    type_code = _text(root, "cbc:InvoiceTypeCode|cbc:CreditNoteTypeCode")
    return {
        "supplier": party(_first(root, "cac:AccountingSupplierParty/cac:Party")),
        "buyer": party(_first(root, "cac:AccountingCustomerParty/cac:Party")),
        "number": _required(root, "cbc:ID", "ID"),
        "issue_date": _required(root, "cbc:IssueDate", "IssueDate"),
        "due_date": _text(root, "cbc:DueDate|cac:PaymentMeans/cbc:PaymentDueDate"),
        "currency": currency,
        "taxes": _taxes(root, currency),
        "irpf_rate": "0",
        "irpf": "0",
        "category": "",
        "deductible_percent": "100",
        "total": totals["with_vat"],
        "totals": totals,
        "tax_currency_vat": _tax_currency_vat(root, currency),
        "document_type": type_code,
        "corrects": _text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"),
        "format": "ubl",
        "container": "xml",
    }


def ubl_kind(root: Node) -> str | None:
    """ "Invoice" / "CreditNote" for a UBL 2.1 invoice document, None for anything else."""
    return KINDS.get(etree.QName(root).namespace or "") if local_name(root) in KINDS.values() else None


def read_ubl(root: Node) -> Reading:
    """The payload, with the schema errors and CEN's fatal findings as problems (warnings apart)."""
    kind = ubl_kind(root)
    if kind is None:
        raise IncomingRefused("incoming_unknown_kind", root=local_name(root))
    currency = check_currency(_required(root, "cbc:DocumentCurrencyCode", "DocumentCurrencyCode"))
    figures = ubl_figures(root)
    refuse_untrusted(sum_failures(figures), currency)
    payload = ubl_payload(root, kind, figures)
    settle_sign(payload, kind == "CreditNote" or payload["document_type"] in CREDIT_NOTE_TYPES)
    reading = Reading("ubl", payload, schema_problems(root, kind))
    findings = cen_findings(root)
    if findings is None:
        reading.warnings.append("incoming_cen_rules_unavailable")
    else:
        reading.problems.extend(f.line() for f in findings if f.fatal)
        reading.warnings.extend(f.line() for f in findings if not f.fatal)
    reading.payload["cen_rules_run"] = findings is not None
    return reading
