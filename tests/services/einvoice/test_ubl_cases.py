"""Every tax case of a Spanish invoice as UBL: schema-valid, no fatal EN 16931 finding, the engine's
amounts, and the category, rate and reason EN 16931 expects. Issued through the real services."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.einvoice.ubl import ubl_bytes
from facturas_app.services.pdf.model import InvoiceDocument
from tests.services.einvoice.ubl_checks import CenRules, Ubl, assert_en16931
from tests.services.einvoice.ubl_world import UblWorld, assert_engine_amounts, line, make_ubl_world

E1_LEGEND = "Operación exenta de IVA (art. 20 Ley 37/1992)"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> UblWorld:
    return make_ubl_world(Path(tmp_path_factory.mktemp("ubl")))


def checked(world: UblWorld, number: str, rules: CenRules) -> tuple[InvoiceDocument, Ubl]:
    doc = world.doc(number)
    xml = ubl_bytes(doc)
    assert_en16931(xml, rules)
    ubl = Ubl(xml)
    assert_engine_amounts(ubl, doc)
    return doc, ubl


def _german(world: UblWorld):  # type: ignore[no-untyped-def]
    return world.client("Müller GmbH", tax_id="DE136695976", country="DE", city="Berlin", postal_code="10115")


def _american(world: UblWorld):  # type: ignore[no-untyped-def]
    return world.client("Acme Inc.", tax_id="12-3456789", country="US", city="Boston", postal_code="02110")


def test_normal_21_percent_invoice(world: UblWorld, cen_rules: CenRules) -> None:
    doc, ubl = checked(world, world.issue(world.es_client), cen_rules)
    assert ubl.kind == "Invoice"
    assert ubl.text("cbc:CustomizationID") == "urn:cen.eu:en16931:2017"
    assert (ubl.text("cbc:ID"), ubl.text("cbc:InvoiceTypeCode")) == (doc.number, "380")
    assert (ubl.text("cbc:IssueDate"), ubl.text("cbc:DueDate")) == ("2026-11-26", "2026-12-26")
    assert ubl.text("cbc:DocumentCurrencyCode") == "EUR"
    seller = "cac:AccountingSupplierParty/cac:Party/"
    assert ubl.text(seller + "cac:PartyTaxScheme/cbc:CompanyID") == "ES12345678Z"
    assert ubl.text(seller + "cac:PartyLegalEntity/cbc:RegistrationName") == "Laura Gómez Ruiz"
    assert ubl.text(seller + "cac:PartyName/cbc:Name") == "Gómez Consultoría"
    assert ubl.text(seller + "cac:PostalAddress/cbc:PostalZone") == "28001"
    buyer = "cac:AccountingCustomerParty/cac:Party/"
    assert ubl.text(buyer + "cac:PartyTaxScheme/cbc:CompanyID") == "ESA58818501"
    assert ubl.text(buyer + "cac:PostalAddress/cbc:CityName") == "Valencia"
    assert ubl.subtotals() == {("S", "21"): (D("1620.00"), D("340.20"))}  # SPAIN.md's example
    assert ubl.amount("cac:LegalMonetaryTotal/cbc:PayableAmount") == D("1960.20")


def test_several_rates_one_breakdown_each_and_the_discount_as_a_price_discount(
    world: UblWorld, cen_rules: CenRules
) -> None:
    lines = [
        line("Consultoría\nFase 2: análisis", "3", "85.50", unit="horas"),
        line("Licencia anual", "1.5", "199.999", "10", discount_percent="7.5"),
        line("Libros técnicos", "2.250", "12.35", "4", unit="kg"),
        line("Soporte", "1", "60", unit="mes"),
    ]
    doc, ubl = checked(world, world.issue(world.es_client, lines), cen_rules)
    by_rate = {(g.vat_rate): (g.base, g.vat) for g in doc.totals.groups}
    assert ubl.subtotals() == {("S", str(rate)): amounts for rate, amounts in by_rate.items()}
    first, licence, books, support = ubl.lines()
    assert ubl.text("cac:Item/cbc:Name", first) == "Consultoría"
    assert ubl.text("cac:Item/cbc:Description", first) == "Consultoría\nFase 2: análisis"
    units = [ubl.text("cbc:InvoicedQuantity/@unitCode", n) for n in (first, licence, books, support)]
    assert units == ["HUR", "C62", "KGM", "MON"]
    assert ubl.text("cac:Price/cbc:PriceAmount", licence) == "184.999075"  # 199.999 less 7.5 %
    assert ubl.text("cac:Price/cac:AllowanceCharge/cbc:BaseAmount", licence) == "199.999"
    assert ubl.text("cac:Price/cac:AllowanceCharge/cbc:Amount", licence) == "14.999925"
    assert ubl.amount("cbc:LineExtensionAmount", licence) == D("277.50")
    assert ubl.nodes("cac:Price/cac:AllowanceCharge", first) == []


def test_recargo_de_equivalencia_is_a_charge_outside_the_vat_bases(
    world: UblWorld, cen_rules: CenRules
) -> None:
    lines = [
        line("Camisetas", "10", "19.99", surcharge_rate="5.2"),
        line("Conservas", "3", "7.77", "10", surcharge_rate="1.4"),
        line("Expositor", "1", "45"),
    ]
    doc, ubl = checked(world, world.issue(world.es_client, lines), cen_rules)
    charges = ubl.nodes("cac:AllowanceCharge")
    surcharged = [g for g in doc.totals.groups if g.surcharge]
    assert [ubl.text("cbc:MultiplierFactorNumeric", c) for c in charges] == ["5.2", "1.4"]
    assert [ubl.amount("cbc:Amount", c) for c in charges] == [g.surcharge for g in surcharged]
    assert [ubl.amount("cbc:BaseAmount", c) for c in charges] == [g.base for g in surcharged]
    assert [ubl.text("cac:TaxCategory/cbc:ID", c) for c in charges] == ["E", "E"]
    subtotals = ubl.subtotals()
    vat_groups = {("S", "21"): D("0"), ("S", "10"): D("0")}
    for group in doc.totals.groups:
        vat_groups[("S", str(group.vat_rate))] += group.base
    assert {k: v[0] for k, v in subtotals.items() if k[0] == "S"} == vat_groups  # bases untouched
    assert subtotals[("E", "0")] == (doc.totals.surcharge, D("0"))
    reason = ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID='E']/cbc:TaxExemptionReason")
    assert reason.startswith("Recargo de equivalencia")
    exclusive = ubl.amount("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")
    assert exclusive == doc.totals.base + doc.totals.surcharge


def test_irpf_is_the_paid_amount_so_the_amount_due_is_what_the_buyer_transfers(
    world: UblWorld, cen_rules: CenRules
) -> None:
    doc, ubl = checked(world, world.issue(world.es_client, irpf_rate="15"), cen_rules)
    total = "cac:LegalMonetaryTotal/cbc:"
    assert ubl.amount(total + "TaxInclusiveAmount") == D("1960.20")
    assert ubl.amount(total + "PrepaidAmount") == D("243.00") == doc.totals.irpf
    assert ubl.amount(total + "PayableAmount") == D("1717.20")
    assert ubl.nodes("cac:AllowanceCharge") == []  # a withholding is not an allowance: the base stays
    assert any("IRPF 15 %" in note and "243.00" in note for note in ubl.texts("cbc:Note"))


def test_exempt_lines_have_one_exempt_breakdown_with_the_legend(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Curso de formación", "2", "40", "0", exemption="E1"), line("Consultoría", "1", "100")]
    _, ubl = checked(world, world.issue(world.es_client, lines), cen_rules)
    assert ubl.subtotals() == {("E", "0"): (D("80.00"), D("0.00")), ("S", "21"): (D("100.00"), D("21.00"))}
    category = "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID='E']/"
    assert ubl.text(category + "cbc:TaxExemptionReason") == E1_LEGEND
    first = ubl.lines()[0]
    assert ubl.texts("cac:Item/cac:ClassifiedTaxCategory/*[self::cbc:ID or self::cbc:Percent]", first) == [
        "E",
        "0",
    ]


def test_reverse_charge(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Ejecución de obra", "1", "5000", "0", exemption="S2")]
    _, ubl = checked(world, world.issue(world.es_client, lines), cen_rules)
    assert ubl.subtotals() == {("AE", "0"): (D("5000.00"), D("0.00"))}
    assert (
        ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-AE"
    )


def test_intra_eu_supply(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Maquinaria", "2", "500", "0", exemption="E5")]
    doc, ubl = checked(world, world.issue(_german(world), lines, operation_date="2026-11-20"), cen_rules)
    assert doc.intra_eu
    assert ubl.subtotals() == {("K", "0"): (D("1000.00"), D("0.00"))}
    assert (
        ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-IC"
    )
    assert ubl.text("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID") == "DE136695976"
    assert ubl.text("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID") == "ES12345678Z"
    assert ubl.text("cac:Delivery/cbc:ActualDeliveryDate") == "2026-11-20"
    assert (
        ubl.text("cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode") == "DE"
    )


def test_export_outside_the_eu(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Licencia de software", "3", "400", "0", exemption="E2")]
    _, ubl = checked(world, world.issue(_american(world), lines), cen_rules)
    assert ubl.subtotals() == {("G", "0"): (D("1200.00"), D("0.00"))}
    assert ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode") == "VATEX-EU-G"
    buyer = "cac:AccountingCustomerParty/cac:Party/"
    assert ubl.nodes(buyer + "cac:PartyTaxScheme") == []  # a US EIN is no VAT number (BR-CO-09)
    assert ubl.text(buyer + "cac:PartyLegalEntity/cbc:CompanyID") == "123456789"


def test_a_uk_vat_number_keeps_its_own_prefix(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Consultancy", "10", "90", "0", exemption="E2")]
    _, ubl = checked(world, world.issue(world.uk_client, lines), cen_rules)
    buyer = "cac:AccountingCustomerParty/cac:Party/"
    assert ubl.text(buyer + "cac:PartyTaxScheme/cbc:CompanyID") == "GB980780684"


def test_not_subject_names_no_vat_identifier(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [line("Servicio prestado en EE. UU.", "2", "500", "0", exemption="N2")]
    _, ubl = checked(world, world.issue(_american(world), lines), cen_rules)
    assert ubl.subtotals() == {("O", ""): (D("1000.00"), D("0.00"))}
    assert ubl.nodes("//cac:PartyTaxScheme") == []  # BR-O-02
    seller = "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"
    assert ubl.text(seller) == "12345678Z"
    assert ubl.nodes("//cac:ClassifiedTaxCategory/cbc:Percent") == []  # BR-O-05


def test_not_subject_beside_taxed_lines_is_refused_with_a_code(world: UblWorld) -> None:
    lines = [line("Servicio no sujeto", "1", "500", "0", exemption="N1"), line("Otro", "1", "10")]
    doc = world.doc(world.issue(world.es_client, lines))
    with pytest.raises(ValidationFailed) as caught:
        ubl_bytes(doc)
    assert [p.code for p in caught.value.problems] == ["ubl_not_subject_mixed"]  # BR-O-11


def test_simplified_invoice_to_a_buyer_without_tax_id(world: UblWorld, cen_rules: CenRules) -> None:
    buyer = world.client("María Pérez", tax_id="", address="", postal_code="", city="")
    lines = [line("Corte de pelo", "1", "18.15")]
    doc, ubl = checked(world, world.issue(buyer, lines, kind="simplified"), cen_rules)
    assert doc.kind.value == "simplified"
    party = "cac:AccountingCustomerParty/cac:Party/"
    assert ubl.text(party + "cac:PartyLegalEntity/cbc:RegistrationName") == "María Pérez"
    assert (
        ubl.nodes(party + "cac:PartyTaxScheme")
        == ubl.nodes(party + "cac:PartyLegalEntity/cbc:CompanyID")
        == []
    )
    assert ubl.text(party + "cac:PostalAddress/cac:Country/cbc:IdentificationCode") == "ES"


def test_mixed_categories_stay_one_breakdown_per_category(world: UblWorld, cen_rules: CenRules) -> None:
    lines = [
        line("General", "1", "100"),
        line("Reducido", "1", "100", "10", surcharge_rate="1.4"),
        line("Superreducido", "1", "100", "4"),
        line("Cero", "1", "100", "0"),
        line("Exento", "1", "100", "0", exemption="E1"),
        line("Exento otro", "1", "50", "0", exemption="E6"),
        line("Inversión", "1", "100", "0", exemption="S2"),
    ]
    _, ubl = checked(world, world.issue(world.es_client, lines, irpf_rate="7"), cen_rules)
    assert sorted(key[0] for key in ubl.subtotals()) == ["AE", "E", "S", "S", "S", "Z"]
    reason = ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID='E']/cbc:TaxExemptionReason")
    assert E1_LEGEND in reason and "Recargo de equivalencia" in reason
    assert ubl.subtotals()[("E", "0")][0] == D("150.00") + D("1.40")  # E1 + E6 bases + the surcharge
