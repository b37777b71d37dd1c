"""Received Factur-X / ZUGFeRD PDFs and CII XML (#21): the CII made from every CEN UBL example's own
figures, embedded in an fpdf2 PDF by pypdf as factur-x.xml, read back equal to the UBL file's
figures (computed by XPath); a PDF without the XML refused with the code that keeps it typed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from facturas_app.messages import error_text, text_for
from facturas_app.services.purchases.incoming import IncomingRefused, read_document, read_incoming
from tests.services.purchases.cii_docs import RAM_NS, cii_from_ubl, facturx_pdf, plain_pdf
from tests.services.purchases.ubl_expect import EXAMPLES, assert_reads_back, expected, ubl_examples

RAM = f"{{{RAM_NS}}}"


def _refused(name: str, data: bytes) -> IncomingRefused:
    with pytest.raises(IncomingRefused) as caught:
        read_document(name, data)
    return caught.value


@pytest.mark.parametrize("path", ubl_examples(), ids=lambda p: p.name)
def test_a_facturx_pdf_of_every_cen_example_reads_back_its_figures(path: Path) -> None:
    pdf = facturx_pdf(cii_from_ubl(path.read_bytes()))
    assert pdf.startswith(b"%PDF-")
    reading = read_document("factura.pdf", pdf)
    assert reading.kind == "facturx" and reading.payload["container"] == "pdf" and reading.valid
    assert_reads_back(reading.payload, expected(path))


def test_a_cii_xml_alone_is_read_as_facturx() -> None:
    path = EXAMPLES / "ubl-tc434-example2.xml"  # allowances, charges, prepaid amount
    reading = read_document("factura.xml", cii_from_ubl(path.read_bytes()))
    assert reading.kind == "facturx" and reading.payload["container"] == "xml"
    assert_reads_back(reading.payload, expected(path))
    assert reading.payload["profile"] == "urn:cen.eu:en16931:2017"


def test_a_zugferd_name_is_found_too() -> None:
    path = EXAMPLES / "ubl-tc434-example1.xml"
    pdf = facturx_pdf(cii_from_ubl(path.read_bytes()), name="zugferd-invoice.xml")
    assert read_document("f.pdf", pdf).payload["totals"]["payable"] == "250.33"


def test_a_ubl_in_a_zugferd_pdf_is_read_as_ubl() -> None:
    path = EXAMPLES / "ubl-tc434-example1.xml"
    reading = read_document("f.pdf", facturx_pdf(path.read_bytes(), name="xrechnung.xml"))
    assert reading.kind == "ubl" and reading.payload["container"] == "pdf"
    assert_reads_back(reading.payload, expected(path))


def test_a_cii_without_lines_is_read_with_its_totals_checked_and_a_warning() -> None:
    data = cii_from_ubl((EXAMPLES / "ubl-tc434-example1.xml").read_bytes(), with_lines=False)
    reading = read_document("f.xml", data)
    assert reading.warnings == ["incoming_cii_without_lines"] and reading.payload["total"] == "250.33"
    assert "BASIC WL" in text_for(reading.warnings[0], "en")


def test_a_pdf_without_embedded_xml_is_refused_to_be_typed_in() -> None:
    error = _refused("escaneo.pdf", plain_pdf())
    assert error.code == "incoming_pdf_without_xml" and error.params["name"] == "escaneo.pdf"
    assert "adjunto de un gasto introducido a mano" in error_text(error)
    assert "attachment of an expense typed in" in error_text(error, "en")


def test_a_pdf_with_another_attachment_is_refused_as_without_xml() -> None:
    assert _refused("f.pdf", facturx_pdf(b"<nota/>", name="notes.xml")).code == "incoming_pdf_without_xml"


def test_cii_sums_that_do_not_add_up_are_refused_with_the_figures() -> None:
    root = etree.fromstring(cii_from_ubl((EXAMPLES / "ubl-tc434-example1.xml").read_bytes()))
    root.find(
        f".//{RAM}SpecifiedTradeSettlementHeaderMonetarySummation/{RAM}GrandTotalAmount"
    ).text = "250.34"
    error = _refused("f.pdf", facturx_pdf(etree.tostring(root)))
    assert error.code == "incoming_amounts_do_not_add_up"
    assert error.params["rules"].startswith("BR-CO-15") and error.params["total"] == "BT-112"
    assert "BT-112 es 250,34\xa0€ y sus partes suman 250,33\xa0€" in error_text(error)


def test_a_cii_line_that_does_not_match_its_total_is_refused() -> None:
    root = etree.fromstring(cii_from_ubl((EXAMPLES / "ubl-tc434-example1.xml").read_bytes()))
    root.find(f".//{RAM}SpecifiedTradeSettlementLineMonetarySummation/{RAM}LineTotalAmount").text = "20.90"
    error = _refused("f.xml", etree.tostring(root))
    assert error.code == "incoming_amounts_do_not_add_up" and "BR-CO-10" in error.params["rules"]


def test_read_incoming_checks_the_facturx_buyer() -> None:
    data = facturx_pdf(cii_from_ubl((EXAMPLES / "ubl-tc434-example3.xml").read_bytes()))  # DKK
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.pdf", data, "B12345674")
    assert caught.value.code == "incoming_other_buyer" and "NO987654321MVA" in caught.value.params["found"]
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.pdf", data, "NO987654321MVA")  # ours, but in DKK without the VAT in EUR
    assert caught.value.code == "incoming_currency_not_eur"


def test_other_embedded_files_are_never_unpacked() -> None:
    """Found by review: every embedded file was decompressed to find the invoice's, so a small PDF
    carrying big compressed files (a zip bomb) took hundreds of MB. Only XML names are read now."""
    import tracemalloc

    bomb = facturx_pdf(b"\0" * (60 * 1024 * 1024), name="datos.bin", deflated=True)
    assert len(bomb) < 1024 * 1024  # 60 MB of zeros travel in a small PDF
    tracemalloc.start()
    with pytest.raises(IncomingRefused) as refused:
        read_document("bomba.pdf", bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert refused.value.code == "incoming_pdf_without_xml"
    assert peak < 20 * 1024 * 1024, peak
