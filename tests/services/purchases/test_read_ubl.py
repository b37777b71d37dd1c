"""Received UBL 2.1 (#21): every CEN example read back equal to the document's own figures, computed
here by XPath from the file (BT-106…BT-115, the VAT breakdown BG-23, the parties); CEN's findings
kept with their rule id, refused only when the amounts cannot be trusted; the CEN rules' absence said."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.messages import error_text, text_for
from facturas_app.services.purchases import read_ubl_checks
from facturas_app.services.purchases.incoming import IncomingRefused, read_document, read_incoming
from tests.services.purchases.ubl_expect import EXAMPLES, assert_reads_back, expected, ubl_examples

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@pytest.mark.parametrize("path", ubl_examples(), ids=lambda p: p.name)
def test_every_cen_example_reads_back_its_own_figures(path: Path) -> None:
    reading = read_document(path.name, path.read_bytes())
    assert reading.kind == "ubl" and reading.problems == [] and reading.payload["cen_rules_run"] is True
    assert_reads_back(reading.payload, expected(path))


def _example(name: str = "ubl-tc434-example1.xml") -> bytes:
    return (EXAMPLES / name).read_bytes()


def _refused(data: bytes) -> IncomingRefused:
    with pytest.raises(IncomingRefused) as caught:
        read_document("factura.xml", data)
    return caught.value


def test_a_total_that_does_not_add_up_is_refused_with_its_figures_in_money() -> None:
    root = etree.fromstring(_example())
    root.find("cac:LegalMonetaryTotal/cbc:LineExtensionAmount", NS).text = "239.60"  # lines: 229.60
    data = etree.tostring(root)
    error = _refused(data)
    assert error.code == "incoming_amounts_do_not_add_up"
    assert error.params["rules"].split(", ")[:2] == ["BR-CO-10", "BR-CO-13"]
    spanish = error_text(error)
    assert "BT-106 es 239,60\xa0€ y sus partes suman 229,60\xa0€" in spanish
    assert "BT-106 is €239.60 and its parts add up to €229.60" in error_text(error, "en")


def test_a_vat_that_is_not_base_times_rate_is_refused() -> None:
    root = etree.fromstring(_example())
    subtotal = root.xpath("cac:TaxTotal/cac:TaxSubtotal", namespaces=NS)[0]
    subtotal.find("cac:TaxCategory/cbc:Percent", NS).text = "12"  # 6 % in the file
    error = _refused(etree.tostring(root))
    assert error.code == "incoming_amounts_do_not_add_up"
    assert "BR-CO-17" in error.params["rules"]


def test_missing_totals_are_refused_by_name() -> None:
    root = etree.fromstring(_example())
    money = root.find("cac:LegalMonetaryTotal", NS)
    money.getparent().remove(money)
    error = _refused(etree.tostring(root))
    assert error.code == "incoming_missing_totals"
    assert "BT-106" in error.params["totals"] and "BT-115" in error.params["totals"]
    assert "le faltan los totales BT-106" in error_text(error)


def test_a_cen_finding_is_kept_with_its_rule_id_and_the_invoice_is_read() -> None:
    data = _example().replace(b"<cbc:InvoiceTypeCode>380<", b"<cbc:InvoiceTypeCode>999<")
    assert b">999<" in data
    reading = read_document("f.xml", data)
    assert any(p.startswith("BR-CL-01: ") for p in reading.problems), reading.problems
    assert not reading.valid and reading.payload["totals"]["payable"] == "250.33"


def test_a_schema_error_is_kept_with_its_line() -> None:
    data = _example().replace(b"<cbc:IssueDate>", b"<cbc:Unknown>x</cbc:Unknown><cbc:IssueDate>", 1)
    reading = read_document("f.xml", data)
    assert any(p.startswith("UBL 2.1 schema, line ") and "Unknown" in p for p in reading.problems)


def test_without_saxonche_the_reading_says_the_cen_rules_were_not_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "saxonche", None)  # `import saxonche` raises ImportError
    read_ubl_checks.cen_rules.cache_clear()
    try:
        reading = read_document("f.xml", _example())
    finally:
        read_ubl_checks.cen_rules.cache_clear()
    assert reading.payload["cen_rules_run"] is False and reading.problems == []
    assert reading.warnings == ["incoming_cen_rules_unavailable"]
    assert "saxonche" in text_for(reading.warnings[0]) and "EN 16931" in text_for(reading.warnings[0], "en")


def test_a_credit_note_is_read_with_negative_amounts() -> None:
    reading = read_document("nc.xml", _example("ubl-tc434-creditnote1.xml"))
    assert reading.payload["credit_note"] is True and reading.payload["total"] == "-100.11"
    assert reading.payload["taxes"][0]["base"] == "-100.11"


def test_read_incoming_checks_the_buyer_and_the_currency() -> None:
    data = _example("ubl-tc434-example5.xml")  # DKK, with the VAT also in EUR (TaxCurrencyCode)
    incoming = read_incoming("f.xml", data, "DK16356607")
    assert incoming.kind == "ubl" and incoming.valid and incoming.attachment == ("f.xml", data)
    assert incoming.payload["tax_currency_vat"]["currency"] == "EUR"
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.xml", _example("ubl-tc434-example4.xml"), "5790000436057")  # DKK alone
    assert caught.value.code == "incoming_currency_not_eur"
    assert "está en DKK" in error_text(caught.value)
