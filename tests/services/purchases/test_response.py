"""The status message for a supplier (#21): a UBL 2.1 ApplicationResponse, validated by the OASIS
schema the app ships and by the copy in ../shared, read back by XPath."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.purchases.response import party_scheme, response_bytes, response_file_name
from tests.services.purchases.expense_builders import business, event, expense

REPO = Path(__file__).resolve().parents[3]
XSD = Path("ubl-2.1") / "maindoc" / "UBL-ApplicationResponse-2.1.xsd"
SHIPPED = REPO / "resources" / "einvoice" / XSD
SHARED = REPO.parent / "shared" / "einvoice" / XSD
NS = {
    "ar": "urn:oasis:names:specification:ubl:schema:xsd:ApplicationResponse-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
STATUSES = {"received": "AB", "accepted": "AP", "rejected": "RE", "paid": "PD"}


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


def schemas() -> list[Path]:
    assert SHIPPED.is_file(), SHIPPED
    return [SHIPPED, *([SHARED] if SHARED.is_file() else [])]


def assert_valid(xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    for path in schemas():
        schema = _schema(path)
        assert schema.validate(root), (path, [e.message for e in schema.error_log])
    return root


def one(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    value = found[0]
    return str(value if isinstance(value, str) else value.text)


@pytest.mark.parametrize(("status", "code"), list(STATUSES.items()))
def test_every_status_is_schema_valid_and_coded(status: str, code: str) -> None:
    reason = "El importe no coincide con el pedido" if status == "rejected" else ""
    root = assert_valid(response_bytes(expense(), event(status, reason=reason), business()))
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:ResponseCode") == code
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:ResponseCode/@listID") == "UNCL4343OpSubset"
    assert one(root, "cbc:CustomizationID") == "urn:fdc:peppol.eu:poacc:trns:invoice_response:3"
    assert one(root, "cbc:ProfileID") == "urn:fdc:peppol.eu:poacc:bis:invoice_response:3"
    assert one(root, "cbc:ID") == f"evt-{status}-1"


def test_the_invoice_and_the_parties_are_named() -> None:
    root = assert_valid(response_bytes(expense(), event("accepted"), business()))
    ref = "cac:DocumentResponse/cac:DocumentReference/"
    assert one(root, ref + "cbc:ID") == "FV-2026-17"
    assert one(root, ref + "cbc:IssueDate") == "2026-11-20"
    assert one(root, ref + "cbc:DocumentTypeCode") == "380"
    assert one(root, "cac:SenderParty/cbc:EndpointID") == "ES12345678Z"
    assert one(root, "cac:SenderParty/cbc:EndpointID/@schemeID") == "9920"
    assert one(root, "cac:SenderParty/cac:PartyIdentification/cbc:ID") == "ES12345678Z"
    assert one(root, "cac:SenderParty/cac:PartyLegalEntity/cbc:RegistrationName") == "Laura Gómez Ruiz"
    assert one(root, "cac:ReceiverParty/cbc:EndpointID") == "ESB12345674"
    assert one(root, "cac:ReceiverParty/cac:PartyIdentification/cbc:ID/@schemeID") == "9920"
    assert one(root, "cac:ReceiverParty/cac:PartyName/cbc:Name") == "Papelería Sol S.L."
    # recorded 09:30:15 UTC on 26 November: 10:30:15 in Madrid (CET)
    assert one(root, "cbc:IssueDate") == "2026-11-26"
    assert one(root, "cbc:IssueTime") == "10:30:15+01:00"
    assert not root.xpath("cac:DocumentResponse/cac:Response/cac:Status", namespaces=NS)


def test_a_credit_note_is_referenced_as_381() -> None:
    root = assert_valid(response_bytes(expense(credit_note=True), event("accepted"), business()))
    assert one(root, "cac:DocumentResponse/cac:DocumentReference/cbc:DocumentTypeCode") == "381"


def test_a_rejection_carries_its_reason_code_and_words() -> None:
    words = "Falta el número de pedido"
    root = assert_valid(response_bytes(expense(), event("rejected", reason=words), business(), "REF", "NIN"))
    status = "cac:DocumentResponse/cac:Response/cac:Status"
    codes = root.xpath(f"{status}/cbc:StatusReasonCode", namespaces=NS)
    assert [(c.text, c.get("listID")) for c in codes] == [
        ("REF", "OPStatusReason"),
        ("NIN", "OPStatusAction"),
    ]
    assert one(root, f"{status}/cbc:StatusReason") == words


def test_a_rejection_defaults_to_other_with_the_words() -> None:
    root = assert_valid(response_bytes(expense(), event("rejected", reason="  Duplicada "), business()))
    assert one(root, "//cbc:StatusReasonCode") == "OTH"
    assert one(root, "//cbc:StatusReason") == "Duplicada"


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_rejection_without_reason_is_refused(reason: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        response_bytes(expense(), event("rejected", reason=reason), business())
    assert [(p.field, p.code) for p in caught.value.problems] == [("reason", "response_reason_required")]


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        response_bytes(expense(), event("lost"), business())
    assert caught.value.problems[0].code == "response_unknown_status"


def test_a_code_outside_the_openpeppol_lists_is_a_bug() -> None:
    with pytest.raises(ValueError, match="XYZ"):
        response_bytes(expense(), event("rejected", reason="x"), business(), "XYZ")


def test_paid_says_the_payment_date() -> None:
    paid = dt.date(2026, 12, 3)
    root = assert_valid(response_bytes(expense(), event("paid", on=paid), business()))
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:ResponseCode") == "PD"
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:EffectiveDate") == "2026-12-03"


def test_a_note_on_acceptance_goes_with_no_issue_code() -> None:
    root = assert_valid(response_bytes(expense(), event("accepted", reason="Conforme"), business()))
    assert one(root, "//cbc:StatusReasonCode") == "NON"
    assert one(root, "//cbc:StatusReason") == "Conforme"


def test_xml_special_characters_are_escaped_and_read_back() -> None:
    name = "Hermanos <García> & \"Hijos\" 'S.L.'"
    reason = 'Precio <> pedido & IVA "21 %" ]]> fin'
    number = "A&B<1>"
    xml = response_bytes(
        expense(number=number, supplier=name), event("rejected", reason=reason), business("Tú & yo <S.C.>")
    )
    assert b"<Garc" not in xml and b"& " not in xml
    root = assert_valid(xml)
    assert one(root, "cac:ReceiverParty/cac:PartyName/cbc:Name") == name
    assert one(root, "//cbc:StatusReason") == reason
    assert one(root, "cac:DocumentResponse/cac:DocumentReference/cbc:ID") == number
    assert one(root, "cac:SenderParty/cac:PartyLegalEntity/cbc:RegistrationName") == "Tú & yo <S.C.>"


def test_control_characters_cannot_break_the_xml() -> None:
    root = assert_valid(response_bytes(expense(), event("rejected", reason="mal\x00\x1bformado"), business()))
    assert one(root, "//cbc:StatusReason") == "mal\ufffd\ufffdformado"


def test_a_foreign_supplier_is_addressed_by_its_vat_scheme() -> None:
    german = expense(supplier="Müller GmbH", supplier_tax_id="DE 136 695 976", country="DE")
    root = assert_valid(response_bytes(german, event("accepted"), business()))
    assert one(root, "cac:ReceiverParty/cbc:EndpointID") == "DE136695976"
    assert one(root, "cac:ReceiverParty/cbc:EndpointID/@schemeID") == "9930"


def test_party_schemes() -> None:
    assert party_scheme("b-12345674", "ES") == ("9920", "ESB12345674")
    assert party_scheme("ESB12345674", "ES") == ("9920", "ESB12345674")
    assert party_scheme("094259216", "GR") == ("9933", "EL094259216")
    assert party_scheme("RFC123", "MX") == ("", "RFC123")


def test_file_name_is_safe_and_names_the_invoice() -> None:
    name = response_file_name(expense(number="FV/2026:17"), event("rejected", reason="x"))
    assert name == "respuesta B12345674 FV 2026 17 rejected.xml"


# OpenPeppol's fatal rules for T111 (BIS Invoice Response 3.1, PEPPOL-T111-R001/R003/R006/R007) and
# the code lists, as XPath over our output: what a Peppol access point would check.
PEPPOL_FATAL = [
    "starts-with(normalize-space(cbc:CustomizationID), 'urn:fdc:peppol.eu:poacc:trns:invoice_response:3')",
    "contains(' AB IP UQ CA RE AP PD ', concat(' ', //cac:Response/cbc:ResponseCode, ' '))",
    "not(//cac:Response[contains(' CA UQ RE ', concat(' ', cbc:ResponseCode, ' '))])"
    " or //cac:Response/cac:Status/cbc:StatusReasonCode",
    "not(//cbc:StatusReasonCode[@listID='OPStatusReason'][not(contains("
    "' NON REF LEG REC QUA DEL PRI QTY ITM PAY PPD UNR FIN OTH ', concat(' ', ., ' ')))])",
    "not(//cbc:StatusReasonCode[@listID='OPStatusAction'][not(contains("
    "' NOA PIN NIN CNF CNP CNA OTH ', concat(' ', ., ' ')))])",
    "not(//cac:Status[cbc:StatusReasonCode='OTH'][not(cbc:StatusReason)])",
    "count(cac:SenderParty/cbc:EndpointID[@schemeID]) = 1",
    "count(cac:ReceiverParty/cbc:EndpointID[@schemeID]) = 1",
    "cac:SenderParty/cac:PartyLegalEntity/cbc:RegistrationName",
    "cac:ReceiverParty/cac:PartyLegalEntity/cbc:RegistrationName",
    "count(cac:DocumentResponse/cac:DocumentReference/cbc:ID) = 1",
    "cac:DocumentResponse/cac:DocumentReference/cbc:DocumentTypeCode",
    "not(//*[not(*) and normalize-space(.) = ''])",  # no empty elements
]


@pytest.mark.parametrize("status", list(STATUSES))
def test_peppol_fatal_rules_hold(status: str) -> None:
    reason = "Importe incorrecto" if status == "rejected" else ""
    root = assert_valid(response_bytes(expense(), event(status, reason=reason), business(), "PRI", "NIN"))
    broken = [rule for rule in PEPPOL_FATAL if not root.xpath(f"boolean({rule})", namespaces=NS)]
    assert broken == []


def test_the_peppol_rules_catch_a_rejection_without_clarification() -> None:
    root = assert_valid(response_bytes(expense(), event("rejected", reason="x"), business()))
    for status in root.xpath("//cac:Status", namespaces=NS):
        status.getparent().remove(status)
    broken = [rule for rule in PEPPOL_FATAL if not root.xpath(f"boolean({rule})", namespaces=NS)]
    assert len(broken) == 1 and "CA UQ RE" in broken[0]
