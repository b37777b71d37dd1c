"""UBL documents beyond the tax cases: corrections (CreditNote by differences, 384 otherwise), the
embedded PDF, payment means, notes, 60 lines and non-ASCII text. Issued through the real services."""

from __future__ import annotations

import base64
import io
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from facturas_app.domain.errors import InvalidTransition
from facturas_app.domain.invoice import DocType, Status
from facturas_app.services.einvoice.ubl import ubl_bytes
from facturas_app.services.pdf.model import InvoiceDocument
from tests.services.einvoice.ubl_checks import CenRules, Ubl, assert_en16931
from tests.services.einvoice.ubl_world import UblWorld, assert_engine_amounts, line, make_ubl_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> UblWorld:
    return make_ubl_world(Path(tmp_path_factory.mktemp("ubl-docs")))


def checked_doc(doc: InvoiceDocument, rules: CenRules, **options: object) -> Ubl:
    xml = ubl_bytes(doc, **options)  # type: ignore[arg-type]
    assert_en16931(xml, rules)
    ubl = Ubl(xml)
    assert_engine_amounts(ubl, doc)
    return ubl


def test_a_correction_by_differences_that_credits_is_a_credit_note_with_positive_amounts(
    world: UblWorld, cen_rules: CenRules
) -> None:
    original = world.issue(world.es_client)
    number = world.rectify(original, [line("Descuento acordado", "-1", "100")], method="differences")
    doc = world.doc(number)
    assert doc.totals.total == D("-121.00") and doc.rectified and doc.rectified.by_differences
    ubl = checked_doc(doc, cen_rules)
    assert ubl.kind == "CreditNote"
    assert ubl.text("cbc:CreditNoteTypeCode") == "381"
    assert ubl.amount("cac:LegalMonetaryTotal/cbc:PayableAmount") == D("121.00")
    assert ubl.subtotals() == {("S", "21"): (D("100.00"), D("21.00"))}
    (credited,) = ubl.lines()
    assert (ubl.text("cbc:CreditedQuantity", credited), ubl.amount("cbc:LineExtensionAmount", credited)) == (
        "1",
        D("100.00"),
    )
    assert ubl.text("cac:Price/cbc:PriceAmount", credited) == "100"
    reference = "cac:BillingReference/cac:InvoiceDocumentReference/"
    assert (ubl.text(reference + "cbc:ID"), ubl.text(reference + "cbc:IssueDate")) == (original, "2026-11-26")
    assert ubl.nodes("cbc:DueDate") == ubl.nodes("cac:PaymentMeans") == []  # nobody pays the business
    assert ubl.text("cac:PaymentTerms/cbc:Note") == f"Importe aplicado a la factura rectificada {original}"
    assert any(original in note and "Precio mal aplicado" in note for note in ubl.texts("cbc:Note"))


def test_a_credit_note_with_a_negative_price_and_a_line_that_adds_keeps_every_price_positive(
    world: UblWorld, cen_rules: CenRules
) -> None:
    original = world.issue(world.es_client)
    lines = [line("Abono por devolución", "2", "-150", discount_percent="10"), line("Portes", "1", "20")]
    doc = world.doc(world.rectify(original, lines, method="differences"))
    ubl = checked_doc(doc, cen_rules)
    refund, carriage = ubl.lines()
    assert ubl.kind == "CreditNote"
    assert (ubl.text("cbc:CreditedQuantity", refund), ubl.text("cac:Price/cbc:PriceAmount", refund)) == (
        "2",
        "135",
    )
    assert ubl.amount("cbc:LineExtensionAmount", refund) == D("270.00")
    assert (ubl.text("cbc:CreditedQuantity", carriage), ubl.amount("cbc:LineExtensionAmount", carriage)) == (
        "-1",
        D("-20.00"),
    )


def test_a_correction_by_differences_that_adds_is_a_corrected_invoice(
    world: UblWorld, cen_rules: CenRules
) -> None:
    original = world.issue(world.es_client)
    doc = world.doc(
        world.rectify(original, [line("Horas no facturadas", "2", "85.50")], method="differences")
    )
    ubl = checked_doc(doc, cen_rules)
    assert (ubl.kind, ubl.text("cbc:InvoiceTypeCode")) == ("Invoice", "384")
    assert ubl.text("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == original


def test_a_correction_by_substitution_is_a_corrected_invoice_with_the_full_amounts(
    world: UblWorld, cen_rules: CenRules
) -> None:
    original = world.issue(world.es_client)
    corrected = [line("Consultoría estratégica", "10", "85.50"), line("Informe final", "1", "594")]
    doc = world.doc(world.rectify(original, corrected))
    ubl = checked_doc(doc, cen_rules)
    assert (ubl.kind, ubl.text("cbc:InvoiceTypeCode")) == ("Invoice", "384")
    assert ubl.amount("cac:LegalMonetaryTotal/cbc:LineExtensionAmount") == D("1449.00")
    reference = "cac:BillingReference/cac:InvoiceDocumentReference/"
    assert (ubl.text(reference + "cbc:ID"), ubl.text(reference + "cbc:IssueDate")) == (original, "2026-11-26")


def test_the_pdf_is_embedded_and_reads_back(world: UblWorld, cen_rules: CenRules) -> None:
    number = world.issue(world.es_client)
    pdf = world.documents.pdf_bytes(number)
    ubl = checked_doc(world.doc(number), cen_rules, pdf=pdf, pdf_name=f"Factura {number}.pdf")
    reference = ubl.nodes("cac:AdditionalDocumentReference")[0]
    assert ubl.text("cbc:ID", reference) == f"Factura {number}.pdf"
    binary = ubl.nodes("cac:Attachment/cbc:EmbeddedDocumentBinaryObject", reference)[0]
    assert (binary.get("mimeCode"), binary.get("filename")) == ("application/pdf", f"Factura {number}.pdf")
    embedded = base64.b64decode(binary.text or "")
    assert embedded == pdf
    assert number in PdfReader(io.BytesIO(embedded)).pages[0].extract_text()


def test_without_a_pdf_nothing_is_attached(world: UblWorld) -> None:
    assert (
        Ubl(ubl_bytes(world.doc(world.issue(world.es_client)))).nodes("cac:AdditionalDocumentReference") == []
    )


def test_transfer_with_iban_and_bic_and_the_payment_terms(tmp_path: Path, cen_rules: CenRules) -> None:
    world = make_ubl_world(tmp_path, bic="CAIXESBBXXX")
    ubl = checked_doc(world.doc(world.issue(world.es_client)), cen_rules)
    means = "cac:PaymentMeans/"
    assert ubl.text(means + "cbc:PaymentMeansCode") == "58"
    assert ubl.text(means + "cac:PayeeFinancialAccount/cbc:ID") == "ES9121000418450200051332"
    assert (
        ubl.text(means + "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID") == "CAIXESBBXXX"
    )
    assert ubl.text(means + "cbc:PaymentID") == ubl.text("cbc:ID")
    assert ubl.text("cac:PaymentTerms/cbc:Note") == "Pago a 30 días; vencimiento el 26/12/2026"


def test_cash_has_no_account(world: UblWorld, cen_rules: CenRules) -> None:
    ubl = checked_doc(world.doc(world.issue(world.es_client, payment_methods=["cash"])), cen_rules)
    assert ubl.text("cac:PaymentMeans/cbc:PaymentMeansCode") == "10"
    assert ubl.nodes("cac:PaymentMeans/cac:PayeeFinancialAccount") == []


def test_direct_debit_names_the_mandate_and_the_debited_account(world: UblWorld, cen_rules: CenRules) -> None:
    doc = world.doc(world.issue(world.es_client, payment_methods=["direct_debit"]))
    debit = {"mandate_id": "MANDATO-0001", "creditor_id": "ES12ZZZ12345678Z"}
    ubl = checked_doc(replace(doc, debit_iban="ES76 **** **** **** **** 1234", extra=debit), cen_rules)
    means = "cac:PaymentMeans/"
    assert ubl.text(means + "cbc:PaymentMeansCode") == "59"
    assert ubl.text(means + "cac:PaymentMandate/cbc:ID") == "MANDATO-0001"
    assert (
        ubl.text(means + "cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID") == "ES76****************1234"
    )
    creditor = "cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID"
    assert (ubl.text(creditor), ubl.text(creditor + "/@schemeID")) == ("ES12ZZZ12345678Z", "SEPA")


def test_a_note_with_hashes_gets_a_subject_code_so_br_cl_08_does_not_misread_it(
    world: UblWorld, cen_rules: CenRules
) -> None:
    doc = world.doc(world.issue(world.es_client, notes="Pedido #A12# urgente"))
    ubl = checked_doc(doc, cen_rules)
    assert ubl.texts("cbc:Note")[0] == "#AAI#Pedido #A12# urgente"
    bare = ubl_bytes(doc).replace(b"#AAI#", b"")
    assert "BR-CL-08" in {f.rule for f in cen_rules.fatal(bare)}  # why the code is there


def test_sixty_lines(world: UblWorld, cen_rules: CenRules) -> None:
    rates = ("21", "10", "4")
    lines = [line(f"Artículo {i:02d}", str(i % 7 + 1), f"{i * 3.17:.2f}", rates[i % 3]) for i in range(1, 61)]
    ubl = checked_doc(world.doc(world.issue(world.es_client, lines)), cen_rules)
    assert [ubl.text("cbc:ID", node) for node in ubl.lines()] == [str(i) for i in range(1, 61)]
    assert len(ubl.subtotals()) == 3


def test_non_ascii_names_and_markup_characters_survive(world: UblWorld, cen_rules: CenRules) -> None:
    name = "Ñandú & Hijos, S.L. «Àççénts» — 漢字 ☕"
    client = world.client(name, address="Plaça de l'Àngel 3, 2º-1ª", city="Logroño")
    description = "Café ☕ <especial> & croissant — 5 € «oferta»"
    doc = world.doc(world.issue(client, [line(description, "2", "3.40", "10")]))
    xml = ubl_bytes(doc)
    assert_en16931(xml, cen_rules)
    assert name.encode("utf-8") in xml.replace(b"&amp;", b"&")
    ubl = Ubl(xml)
    buyer = "cac:AccountingCustomerParty/cac:Party/"
    assert ubl.text(buyer + "cac:PartyLegalEntity/cbc:RegistrationName") == name
    assert ubl.text(buyer + "cac:PostalAddress/cbc:StreetName") == "Plaça de l'Àngel 3, 2º-1ª"
    assert ubl.text("cac:InvoiceLine/cac:Item/cbc:Name") == description


def test_an_english_client_reads_english_terms(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Consultancy", "10", "90", "0", exemption="E2")]
    ubl = checked_doc(world.doc(world.issue(world.uk_client, lines, irpf_rate="0")), cen_rules)
    assert ubl.text("cac:PaymentTerms/cbc:Note") == "Payment within 30 days; due on 2026-12-26"
    reason = ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason")
    assert reason == "VAT-exempt export (art. 21 Spanish VAT Act 37/1992)"


def test_a_draft_a_cancelled_invoice_and_a_quote_have_no_e_invoice(world: UblWorld) -> None:
    draft = world.documents.invoice_document(world.w.draft(world.es_client))
    number = world.issue(world.es_client)
    world.services.invoices.cancel(number, "Emitida por error")
    quote = world.documents.invoice_document(world.w.draft(world.es_client, doc_type=DocType.QUOTE))
    for doc, code in ((draft, "einvoice_not_issued"), (world.doc(number), "einvoice_not_issued")):
        with pytest.raises(InvalidTransition) as caught:
            ubl_bytes(doc)
        assert caught.value.code == code
    with pytest.raises(InvalidTransition) as caught:
        ubl_bytes(replace(quote, number="P-2026-0001", status=Status.ISSUED))
    assert caught.value.code == "einvoice_not_an_invoice"
