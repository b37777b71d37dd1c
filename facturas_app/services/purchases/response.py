"""The status of a received invoice told to its supplier: a UBL 2.1 ApplicationResponse (#21).

RD 238/2026 asks the recipient to report acceptance, rejection and payment; its annex builds on the
European invoice response, so the message follows Peppol BIS Invoice Response 3.1 (transaction
T111): sender = us (the buyer), receiver = the supplier, one DocumentResponse naming the supplier's
invoice by number, issue date and type code (380 invoice, 381 credit note).

Codes (UNCL4343 OpenPeppol subset, listID "UNCL4343OpSubset"): AB acknowledged (received), AP
accepted, RE rejected, PD paid. A rejection must carry a clarification (PEPPOL-T111-R001): a
StatusReasonCode of the OPStatusReason list (OTH by default, "other") with the user's words as
StatusReason (PEPPOL-T111-R002 wants words with OTH). EffectiveDate is the day the status applies
to: for PD, the payment date. Parties are identified by VAT number under the Peppol participant
identifier scheme of their country (9920 ES:VAT for Spain).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from lxml import etree

from facturas_app.domain.errors import single_problem
from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.domain.parties import Business
from facturas_app.domain.purchases import Expense, StatusEvent
from facturas_app.domain.text_rules import printable
from facturas_app.services.pdf.filenames import safe_component

NS = "urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NSMAP = {None: NS, "cac": CAC, "cbc": CBC}
CUSTOMIZATION_ID = "urn:fdc:peppol.eu:poacc:trns:invoice_response:3"
PROFILE_ID = "urn:fdc:peppol.eu:poacc:bis:invoice_response:3"
RESPONSE_LIST = "UNCL4343OpSubset"
REASON_LIST = "OPStatusReason"
ACTION_LIST = "OPStatusAction"
RESPONSE_CODES = {"received": "AB", "accepted": "AP", "rejected": "RE", "paid": "PD"}
# OpenPeppol clarification codes (PEPPOL-T111-R006 / R007, BIS Invoice Response 3.1 code lists)
REASON_CODES = frozenset(
    {"NON", "REF", "LEG", "REC", "QUA", "DEL", "PRI", "QTY", "ITM", "PAY", "PPD", "UNR", "FIN", "OTH"}
)
ACTION_CODES = frozenset({"NOA", "PIN", "NIN", "CNF", "CNP", "CNA", "OTH"})
INVOICE_TYPE, CREDIT_NOTE_TYPE = "380", "381"  # UNCL1001
# Peppol participant identifier schemes (ISO 6523 ICD), "<country>:VAT", by country.
VAT_SCHEMES = {
    "ES": "9920",
    "AD": "9922",
    "AL": "9923",
    "AT": "9914",
    "BA": "9924",
    "BE": "9925",
    "BG": "9926",
    "CH": "9927",
    "CY": "9928",
    "CZ": "9929",
    "DE": "9930",
    "EE": "9931",
    "GB": "9932",
    "GR": "9933",
    "EL": "9933",
    "HR": "9934",
    "HU": "9910",
    "IE": "9935",
    "LI": "9936",
    "LT": "9937",
    "LU": "9938",
    "LV": "9939",
    "MC": "9940",
    "ME": "9941",
    "MK": "9942",
    "MT": "9943",
    "NL": "9944",
    "PL": "9945",
    "PT": "9946",
    "RO": "9947",
    "RS": "9948",
    "SI": "9949",
    "SK": "9950",
    "SM": "9951",
    "TR": "9952",
    "VA": "9953",
    "FR": "9957",
}
TIME_ZONE = ZoneInfo("Europe/Madrid")


def response_bytes(
    expense: Expense,
    event: StatusEvent,
    business: Business,
    reason_code: str = "OTH",
    action_code: str = "",
) -> bytes:
    """The ApplicationResponse telling the supplier of `expense` the status in `event`, as UTF-8
    XML bytes. A rejection without words, a payment without a date or an unknown status raise
    ValidationFailed (nothing is written); a code outside the OpenPeppol lists is a bug (ValueError)."""
    _check(event, reason_code, action_code)
    root = etree.Element(_q(NS, "ApplicationResponse"), nsmap=NSMAP)
    _header(root, event)
    _party(root, "SenderParty", business.name, business.tax_id, business.country)
    _party(root, "ReceiverParty", expense.supplier_name, expense.supplier_tax_id, expense.supplier_country)
    _document_response(root, expense, event, reason_code, action_code)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def response_file_name(expense: Expense, event: StatusEvent) -> str:
    """'respuesta B12345678 FV-2026-17 rejected.xml': supplier, invoice and status, a safe name."""
    stem = f"respuesta {normalize_tax_id(expense.supplier_tax_id)} {expense.number} {event.status}"
    return f"{safe_component(stem, 'respuesta')}.xml"


def _check(event: StatusEvent, reason_code: str, action_code: str) -> None:
    if event.status not in RESPONSE_CODES:
        raise single_problem("status", "response_unknown_status", status=event.status)
    if event.status == "rejected" and not event.reason.strip():
        raise single_problem("reason", "response_reason_required")
    if event.status == "paid" and not isinstance(event.on, dt.date):
        raise single_problem("date", "response_date_required")
    if reason_code not in REASON_CODES or (action_code and action_code not in ACTION_CODES):
        raise ValueError(f"not an OpenPeppol clarification code: {reason_code} {action_code}")


def _q(ns: str, local: str) -> str:
    return "{" + ns + "}" + local


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    prefix, _, local = tag.partition(":")
    node = etree.SubElement(parent, _q(CAC if prefix == "cac" else CBC, local), attrs)
    if text is not None:
        node.text = printable(text)
    return node


def _header(root: etree._Element, event: StatusEvent) -> None:
    local = event.recorded_at.astimezone(TIME_ZONE)
    _sub(root, "cbc:CustomizationID", CUSTOMIZATION_ID)
    _sub(root, "cbc:ProfileID", PROFILE_ID)
    _sub(root, "cbc:ID", event.id)
    _sub(root, "cbc:IssueDate", local.date().isoformat())
    _sub(root, "cbc:IssueTime", local.time().replace(microsecond=0).isoformat() + _offset(local))


def _offset(moment: dt.datetime) -> str:
    text = moment.strftime("%z")  # "+0100"
    return f"{text[:3]}:{text[3:]}"


def party_scheme(tax_id: str, country: str) -> tuple[str, str]:
    """(schemeID, identifier) for a party: its VAT number under its country's Peppol scheme. An EU
    number gets its country prefix (ES, EL for Greece); elsewhere the id as registered; an
    unmapped country gives no scheme."""
    compact = normalize_tax_id(tax_id)
    country = country.upper() or "ES"
    prefix = "EL" if country == "GR" else country
    if country in EU_COUNTRIES and not compact.startswith(prefix):
        compact = prefix + compact
    return VAT_SCHEMES.get(country, ""), compact


def _party(root: etree._Element, tag: str, name: str, tax_id: str, country: str) -> None:
    node = _sub(root, f"cac:{tag}")
    scheme, identifier = party_scheme(tax_id, country)
    attrs = {"schemeID": scheme} if scheme else {}
    _sub(node, "cbc:EndpointID", identifier, **attrs)
    _sub(_sub(node, "cac:PartyIdentification"), "cbc:ID", identifier, **attrs)
    _sub(_sub(node, "cac:PartyName"), "cbc:Name", name.strip())
    _sub(_sub(node, "cac:PartyLegalEntity"), "cbc:RegistrationName", name.strip())


def _document_response(
    root: etree._Element, expense: Expense, event: StatusEvent, reason_code: str, action_code: str
) -> None:
    document = _sub(root, "cac:DocumentResponse")
    response = _sub(document, "cac:Response")
    _sub(response, "cbc:ResponseCode", RESPONSE_CODES[event.status], listID=RESPONSE_LIST)
    _sub(response, "cbc:EffectiveDate", event.on.isoformat())
    reason = event.reason.strip()
    if event.status == "rejected" or reason:
        code = reason_code if event.status == "rejected" else "NON"
        status = _sub(response, "cac:Status")
        _sub(status, "cbc:StatusReasonCode", code, listID=REASON_LIST)
        _sub(status, "cbc:StatusReason", reason)
    if action_code:
        _sub(_sub(response, "cac:Status"), "cbc:StatusReasonCode", action_code, listID=ACTION_LIST)
    reference = _sub(document, "cac:DocumentReference")
    _sub(reference, "cbc:ID", expense.number)
    _sub(reference, "cbc:IssueDate", expense.issue_date.isoformat())
    _sub(reference, "cbc:DocumentTypeCode", CREDIT_NOTE_TYPE if expense.is_credit_note else INVOICE_TYPE)
