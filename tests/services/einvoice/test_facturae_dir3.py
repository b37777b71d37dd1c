"""A public administration's DIR3 offices in Facturae (#20), the DIR3 code check and the province
from a Spanish postal code (pure domain), and data that cannot make a valid Facturae refused with
words — plus proof that the schema and arithmetic checks the other tests rely on do fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.domain.einvoice import PROVINCES, Dir3Codes, dir3_problems, is_dir3_code, province_of
from facturas_app.domain.errors import ValidationFailed
from facturas_app.messages import text_for
from facturas_app.services.einvoice.facturae import facturae_bytes
from tests.services.einvoice.facturae_checks import arithmetic_errors, schema_errors
from tests.services.einvoice.facturae_data import line
from tests.services.pdf_helpers import World, make_world

CODES = Dir3Codes("LA0007186", "L01281270", "L01281270")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path)
    yield built
    built.services.close()


@pytest.mark.parametrize(
    "code", ["L01281230", "E04990101", "A01002820", "GE0000000", "EA0003357", "l01 281230"]
)
def test_real_dir3_shapes_are_accepted(code: str) -> None:
    assert is_dir3_code(code)


@pytest.mark.parametrize(
    "code", ["", "HOLA", "123456789", "L0128123X", "L01", "ABCD1234567", "L01-28-1230-99"]
)
def test_garbage_is_not_a_dir3_code(code: str) -> None:
    assert not is_dir3_code(code)


def test_dir3_problems_name_the_office() -> None:
    assert dir3_problems(CODES) == []
    assert [p.code for p in dir3_problems(Dir3Codes("LA0007186", "", "L01281270"))] == ["dir3_incomplete"]
    bad = dir3_problems(Dir3Codes("LA0007186", "oficina", "L01281270"))
    assert [(p.field, p.code, p.params) for p in bad] == [
        ("dir3.organo_gestor", "dir3_invalid_code", {"value": "oficina"})
    ]
    assert "DIR3" in text_for("dir3_invalid_code", "es", value="x")
    assert "DIR3" in text_for("dir3_invalid_code", "en", value="x")


def test_province_from_the_postal_code() -> None:
    assert [province_of(c) for c in ("28001", "07001", "38001", "52001")] == [
        "Madrid",
        "Illes Balears",
        "Santa Cruz Tenerife",
        "Melilla",
    ]
    assert [province_of(c) for c in ("53000", "00100", "2800", "ABCDE", "")] == [None] * 5
    assert sorted(PROVINCES) == [f"{n:02d}" for n in range(1, 53)]
    assert max(len(name) for name in PROVINCES.values()) <= 20  # Facturae's Province is TextMax20


def administration(world: World) -> str:
    town = world.client(
        "Ayuntamiento de Las Rozas de Madrid",
        tax_id="P2812300H",
        address="Plaza Mayor 1",
        postal_code="28231",
        city="Las Rozas de Madrid",
    )
    return world.issue(town, [line("Mantenimiento de la web municipal", "12", "150")])


def test_a_public_administration_gets_its_three_offices(world: World) -> None:
    typed = Dir3Codes("la0007186", " L01281270 ", "L01-281270")  # as pasted: normalized
    data = facturae_bytes(world.documents.invoice_document(administration(world)), dir3=typed)
    assert schema_errors(data) == []
    buyer = etree.fromstring(data).find("Parties/BuyerParty")
    centres = buyer.findall("AdministrativeCentres/AdministrativeCentre")
    found = [
        (c.findtext("CentreCode"), c.findtext("RoleTypeCode"), c.findtext("CentreDescription"))
        for c in centres
    ]
    assert found == [
        ("LA0007186", "01", "Oficina contable"),
        ("L01281270", "02", "Órgano gestor"),
        ("L01281270", "03", "Unidad tramitadora"),
    ]
    assert {c.findtext("AddressInSpain/Province") for c in centres} == {"Madrid"}
    assert buyer.findtext("TaxIdentification/PersonTypeCode") == "J"
    assert buyer.findtext("LegalEntity/CorporateName") == "Ayuntamiento de Las Rozas de Madrid"


def test_without_dir3_there_are_no_offices(world: World) -> None:
    data = facturae_bytes(world.documents.invoice_document(administration(world)))
    assert etree.fromstring(data).find("Parties/BuyerParty/AdministrativeCentres") is None


def test_a_wrong_dir3_code_is_refused(world: World) -> None:
    doc = world.documents.invoice_document(administration(world))
    with pytest.raises(ValidationFailed) as caught:
        facturae_bytes(doc, dir3=Dir3Codes("LA0007186", "L01281270", "Unidad 3"))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("dir3.unidad_tramitadora", "dir3_invalid_code")
    ]


def test_a_spanish_client_without_postal_code_is_refused_with_words(world: World) -> None:
    # A company's postal code is required at issue (RD 1619/2012); a private person's may be missing.
    client = world.client("Ana Ruiz Toledo", tax_id="87654321X", postal_code="", address="", city="Toledo")
    doc = world.documents.invoice_document(world.issue(client))
    with pytest.raises(ValidationFailed) as caught:
        facturae_bytes(doc)
    problems = [(p.field, p.code) for p in caught.value.problems]
    assert problems == [("client.postal_code", "facturae_postal_code")]
    assert "código postal" in text_for("facturae_postal_code", "es", value="")
    assert "postal code" in text_for("facturae_postal_code", "en", value="")


def test_a_simplified_invoice_is_an_abbreviated_facturae(world: World) -> None:
    number = world.issue(world.es_client, [line("Café", "2", "1.50", "10")], kind="simplified")
    data = facturae_bytes(world.documents.invoice_document(number))
    assert schema_errors(data) == []
    assert etree.fromstring(data).findtext(".//InvoiceHeader/InvoiceDocumentType") == "FA"


def test_the_checks_fail_on_a_broken_document(world: World) -> None:
    data = facturae_bytes(world.documents.invoice_document(world.issue(world.es_client)))
    root = etree.fromstring(data)
    root.find(".//InvoiceTotals/TotalGrossAmount").text = "1620.01"
    assert "TotalGrossAmount: 1620.01 != 1620.00" in arithmetic_errors(root)
    root.find(".//Items/InvoiceLine/GrossAmount").text = "1.00"
    assert any(e.startswith("line 0 GrossAmount") for e in arithmetic_errors(root))
    province = root.find(".//SellerParty//AddressInSpain/Province")
    province.getparent().remove(province)
    assert schema_errors(etree.tostring(root)) != []
