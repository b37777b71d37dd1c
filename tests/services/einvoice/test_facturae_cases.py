"""Facturae 3.2.2 (#20) from invoices issued through the real services on a temp SQLite file: every
document valid against the official schema, Facturae's arithmetic recomputed from the XML alone,
and the figures the same as the totals engine's (what the PDF prints)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.services.einvoice.facturae import facturae_bytes
from facturas_app.services.pdf.model import InvoiceDocument
from tests.services.einvoice.facturae_checks import arithmetic_errors, num, schema_errors, total
from tests.services.einvoice.facturae_data import line, rectify, sixty_lines
from tests.services.pdf_helpers import World, make_world

D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path)
    yield built
    built.services.close()


def build(world: World, number: str) -> tuple[InvoiceDocument, etree._Element]:
    """The document the PDF prints and its Facturae, checked against schema and arithmetic."""
    doc = world.documents.invoice_document(number)
    data = facturae_bytes(doc)
    assert schema_errors(data) == []
    root = etree.fromstring(data)
    assert arithmetic_errors(root) == []
    return doc, root


def totals_of(root: etree._Element) -> etree._Element:
    return root.find("Invoices/Invoice/InvoiceTotals")


def test_normal_invoice_states_the_engine_figures_and_the_iban(world: World) -> None:
    number = world.issue(world.es_client, irpf_rate="15")
    doc, root = build(world, number)
    totals = totals_of(root)
    assert num(totals, "TotalGrossAmount") == doc.totals.base == D("1620.00")
    assert num(totals, "TotalTaxOutputs") == D("340.20")
    assert num(totals, "TotalTaxesWithheld") == doc.totals.irpf == D("243.00")
    assert num(totals, "InvoiceTotal") == doc.totals.amount_due == D("1717.20")
    header = root.find("Invoices/Invoice/InvoiceHeader")
    assert (header.findtext("InvoiceNumber"), header.findtext("InvoiceClass")) == (number, "OO")
    assert header.findtext("InvoiceDocumentType") == "FC" and header.find("Corrective") is None
    installment = root.find("Invoices/Invoice/PaymentDetails/Installment")
    assert installment.findtext("InstallmentDueDate") == doc.due_date.isoformat()
    assert installment.findtext("PaymentMeans") == "04"
    assert installment.findtext("AccountToBeCredited/IBAN") == "ES9121000418450200051332"
    assert num(installment, "InstallmentAmount") == D("1717.20")
    withheld = root.find("Invoices/Invoice/TaxesWithheld/Tax")
    assert (withheld.findtext("TaxTypeCode"), withheld.findtext("TaxRate")) == ("04", "15.00")


def test_parties_person_and_company_with_their_spanish_addresses(world: World) -> None:
    _, root = build(world, world.issue(world.es_client))
    seller = root.find("Parties/SellerParty")
    assert seller.findtext("TaxIdentification/PersonTypeCode") == "F"  # a DNI: a natural person
    assert seller.findtext("TaxIdentification/ResidenceTypeCode") == "R"
    person = seller.find("Individual")
    names = [person.findtext(t) for t in ("Name", "FirstSurname", "SecondSurname")]
    assert names == ["Laura", "Gómez", "Ruiz"]
    assert person.findtext("AddressInSpain/Province") == "Madrid"
    buyer = root.find("Parties/BuyerParty")
    assert buyer.findtext("TaxIdentification/PersonTypeCode") == "J"
    assert buyer.findtext("TaxIdentification/TaxIdentificationNumber") == "A58818501"
    address = buyer.find("LegalEntity/AddressInSpain")
    values = [address.findtext(t) for t in ("Address", "PostCode", "Town", "Province", "CountryCode")]
    assert values == ["Av. del Puerto 22", "46021", "Valencia", "Valencia/València", "ESP"]


def test_recargo_de_equivalencia_per_rate(world: World) -> None:
    shop = world.client("Ultramarinos Pérez", tax_id="87654321X", postal_code="41001", city="Sevilla")
    lines = [
        line("Aceite", "12", "7.35", "10", surcharge_rate="1.4"),
        line("Detergente", "5", "3.99", "21", surcharge_rate="5.2"),
        line("Pan", "30", "0.95", "4", surcharge_rate="0.5"),
    ]
    doc, root = build(world, world.issue(shop, lines))
    taxes = root.findall("Invoices/Invoice/TaxesOutputs/Tax")
    found = {(t.findtext("TaxRate"), t.findtext("EquivalenceSurcharge")) for t in taxes}
    assert found == {("21.00", "5.20"), ("10.00", "1.40"), ("4.00", "0.50")}
    surcharges = total(root, "Invoices/Invoice/TaxesOutputs/Tax/EquivalenceSurchargeAmount/TotalAmount")
    assert surcharges == doc.totals.surcharge > 0
    assert num(totals_of(root), "TotalTaxOutputs") == doc.totals.vat + doc.totals.surcharge


def test_exempt_lines_say_why(world: World) -> None:
    lines = [line("Curso de formación", "2", "40", "0", exemption="E1"), line("Material", "1", "100")]
    _, root = build(world, world.issue(world.es_client, lines))
    exempt, taxed = root.findall("Invoices/Invoice/Items/InvoiceLine")
    assert exempt.findtext("SpecialTaxableEvent/SpecialTaxableEventCode") == "01"
    assert "art. 20" in exempt.findtext("SpecialTaxableEvent/SpecialTaxableEventReason")
    assert taxed.find("SpecialTaxableEvent") is None
    zero = [t for t in root.iterfind("Invoices/Invoice/TaxesOutputs/Tax") if t.findtext("TaxRate") == "0.00"]
    assert [num(t, "TaxAmount/TotalAmount") for t in zero] == [D("0.00")]
    assert "art. 20" in root.findtext("Invoices/Invoice/LegalLiterals/LegalReference")


def test_reverse_charge_carries_no_vat_and_its_legend(world: World) -> None:
    builder = world.client(
        "Construcciones Norte S.L.", tax_id="B12345674", postal_code="48001", city="Bilbao"
    )
    _, root = build(
        world, world.issue(builder, [line("Ejecución de obra", "1", "5000", "0", exemption="S2")])
    )
    tax = root.find("Invoices/Invoice/TaxesOutputs/Tax")
    assert (tax.findtext("TaxRate"), num(tax, "TaxAmount/TotalAmount")) == ("0.00", D("0.00"))
    assert "Inversión del sujeto pasivo" in root.findtext("Invoices/Invoice/LegalLiterals/LegalReference")
    assert root.findtext("Parties/BuyerParty/LegalEntity/AddressInSpain/Province") == "Bizkaia"


def test_intra_eu_buyer_is_a_eu_resident_with_its_vat_number(world: World) -> None:
    client = world.client(
        "Société Générale d'Études SARL",
        tax_id="40303265045",
        country="FR",
        address="12 rue de Rivoli",
        postal_code="75001",
        city="Paris",
    )
    _, root = build(world, world.issue(client, [line("Piezas", "10", "25", "0", exemption="E5")]))
    buyer = root.find("Parties/BuyerParty")
    assert buyer.findtext("TaxIdentification/ResidenceTypeCode") == "U"
    assert buyer.findtext("TaxIdentification/TaxIdentificationNumber") == "FR40303265045"
    overseas = buyer.find("LegalEntity/OverseasAddress")
    assert [overseas.findtext(t) for t in ("PostCodeAndTown", "CountryCode")] == ["75001 Paris", "FRA"]
    # The PDF prints the issuer's NIF-IVA (ES…); Facturae names a resident by the NIF alone.
    assert root.findtext("Parties/SellerParty/TaxIdentification/TaxIdentificationNumber") == "12345678Z"
    assert root.findtext(".//SpecialTaxableEvent/SpecialTaxableEventCode") == "01"


def test_export_outside_the_eu(world: World) -> None:
    _, root = build(
        world, world.issue(world.en_client, [line("Software licence", "3", "400", "0", exemption="E2")])
    )
    buyer = root.find("Parties/BuyerParty")
    assert buyer.findtext("TaxIdentification/ResidenceTypeCode") == "E"
    assert buyer.findtext("LegalEntity/OverseasAddress/CountryCode") == "GBR"
    assert root.findtext("Invoices/Invoice/InvoiceIssueData/LanguageName") == "en"
    assert "art. 21" in root.findtext(".//SpecialTaxableEvent/SpecialTaxableEventReason")


def test_rectification_by_substitution(world: World) -> None:
    original = world.issue(world.es_client)
    doc, root = build(world, rectify(world, original, [line("Consultoría", "10", "90")], "substitution"))
    header = root.find("Invoices/Invoice/InvoiceHeader")
    assert header.findtext("InvoiceClass") == "OR"
    corrective = header.find("Corrective")
    assert corrective.findtext("InvoiceNumber") == original
    assert corrective.findtext("CorrectionMethod") == "01"
    assert corrective.findtext("CorrectionMethodDescription") == "Rectificación íntegra"
    assert corrective.findtext("ReasonCode") == "16"  # R1, the default kind
    assert corrective.findtext("AdditionalReasonDescription") == "Precio corregido"
    assert [corrective.findtext(f"TaxPeriod/{t}") for t in ("StartDate", "EndDate")] == [
        "2026-10-01",
        "2026-12-31",
    ]
    assert corrective.findtext("InvoiceIssueDate") == doc.rectified.issue_date.isoformat()
    assert num(totals_of(root), "InvoiceTotal") == D("1089.00")


def test_rectification_by_differences_is_negative_and_asks_for_no_payment(world: World) -> None:
    original = world.issue(world.es_client)
    doc, root = build(
        world, rectify(world, original, [line("Descuento acordado", "-1", "100")], "differences")
    )
    corrective = root.find("Invoices/Invoice/InvoiceHeader/Corrective")
    assert corrective.findtext("CorrectionMethod") == "02"
    assert corrective.findtext("CorrectionMethodDescription") == "Rectificación por diferencias"
    assert num(totals_of(root), "InvoiceTotal") == doc.totals.amount_due == D("-121.00")
    assert root.find("Invoices/Invoice/PaymentDetails") is None


def test_sixty_lines_many_rates_keep_facturae_arithmetic_exact(world: World) -> None:
    doc, root = build(world, world.issue(world.es_client, sixty_lines(), irpf_rate="15"))
    invoice = root.find("Invoices/Invoice")
    assert len(invoice.findall("Items/InvoiceLine")) == 60
    assert len(invoice.findall("TaxesOutputs/Tax")) == len(doc.totals.groups) == 5
    gross = [D(e.text) for e in invoice.iterfind("Items/InvoiceLine/GrossAmount")]
    assert gross == [ln.net for ln in doc.lines]
    totals = totals_of(root)
    assert num(totals, "TotalGrossAmount") == doc.totals.base
    assert num(totals, "TotalTaxOutputs") == doc.totals.tax_total
    assert num(totals, "InvoiceTotal") == doc.totals.amount_due
    reasons = {e.text for e in invoice.iterfind(".//DiscountReason")} | {
        e.text for e in invoice.iterfind(".//ChargeReason")
    }
    assert reasons == {"Descuento", "Redondeo a céntimos"}
    assert invoice.find(".//Charges") is not None  # 0.333 × 3 = 0.999 is billed as 1.00
    assert {e.text for e in invoice.iterfind(".//UnitOfMeasure")} == {"02"}
    assert {e.text for e in invoice.iterfind(".//SpecialTaxableEventCode")} == {"01", "02"}


def test_non_ascii_names_and_texts_survive(world: World) -> None:
    client = world.client(
        "José Ángel Muñoz de la Peña",
        tax_id="87654321X",
        address="Calle Añoreta 5, 3.º 2.ª",
        postal_code="29730",
        city="Rincón de la Victoria",
    )
    lines = [line("Reparación — «urgente» (ñ, ü, ç, €)", "1", "150")]
    _, root = build(world, world.issue(client, lines, notes="Gracias — «pago» en 30 días"))
    person = root.find("Parties/BuyerParty/Individual")
    assert [person.findtext(t) for t in ("Name", "FirstSurname", "SecondSurname")] == [
        "José Ángel",
        "Muñoz",
        "de la Peña",
    ]
    assert person.findtext("AddressInSpain/Province") == "Málaga"
    assert root.findtext(".//ItemDescription") == "Reparación — «urgente» (ñ, ü, ç, €)"
    assert root.findtext(".//InvoiceAdditionalInformation") == "Gracias — «pago» en 30 días"
