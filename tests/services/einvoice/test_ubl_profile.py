"""profile.py's code lists are the ones the CEN rules accept, and the CIUS hook can refuse."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.taxes import LINE_TAX_CODES
from facturas_app.services.einvoice import profile, ubl
from facturas_app.services.einvoice.ubl import ubl_bytes
from tests.services.einvoice.ubl_checks import CenRules, Ubl, assert_en16931, cen_code_list, require_shared
from tests.services.einvoice.ubl_world import line, make_ubl_world


@pytest.fixture(autouse=True)
def _shared() -> None:
    require_shared()


def test_every_unit_code_is_a_rec_20_code_the_cen_rules_accept() -> None:
    assert cen_code_list("BR-CL-23") >= profile.UNIT_CODES


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        *[("h", "HUR"), ("hora", "HUR"), (" Horas ", "HUR"), ("ud", "C62"), ("", "C62"), ("kg", "KGM")],
        *[("m²", "MTK"), ("Día", "DAY"), ("mes", "MON"), ("l", "LTR"), ("servicio", "E48"), ("kWh", "KWH")],
    ],
)
def test_units_as_typed(typed: str, code: str) -> None:
    assert profile.unit_code(typed) == code


def test_an_unknown_unit_is_one_and_said_in_words(tmp_path: Path, cen_rules: CenRules) -> None:
    world = make_ubl_world(tmp_path)
    assert profile.unit_code("bolsa") is None
    xml = ubl_bytes(world.doc(world.issue(world.es_client, [line("Pienso", "3", "12", unit="bolsa")])))
    assert_en16931(xml, cen_rules)
    doc = Ubl(xml)
    assert doc.text("cac:InvoiceLine/cbc:InvoicedQuantity/@unitCode") == "C62"
    assert doc.text("cac:InvoiceLine/cbc:Note") == "Unidad: bolsa"


def test_every_line_tax_code_has_a_category_and_they_are_uncl5305() -> None:
    assert set(LINE_TAX_CODES) == profile.MAPPED_CODES
    codes = {profile.vat_category(code, D(0)).code for code in LINE_TAX_CODES}
    codes |= {
        profile.vat_category(None, D(21)).code,
        profile.vat_category(None, D(0)).code,
    }
    assert codes == {"S", "Z", "E", "AE", "K", "G", "O"}
    assert codes <= cen_code_list("BR-CL-17")


def test_exemption_reason_codes_are_vatex_codes() -> None:
    reasons = {profile.vat_category(code, D(0)).reason_code for code in LINE_TAX_CODES}
    assert reasons - {""} == {"VATEX-EU-G", "VATEX-EU-IC", "VATEX-EU-AE", "VATEX-EU-O"}
    assert reasons - {""} <= cen_code_list("BR-CL-22")


def test_payment_means_and_type_codes_are_in_their_cen_lists() -> None:
    means = {*profile.PAYMENT_MEANS.values(), profile.SEPA_CREDIT_TRANSFER, profile.CREDIT_TRANSFER}
    assert means | {profile.SEPA_DIRECT_DEBIT} <= cen_code_list("BR-CL-16")
    assert {ubl.COMMERCIAL_INVOICE, ubl.CORRECTED_INVOICE} <= cen_code_list("BR-CL-01")


def test_a_cius_rule_in_the_profile_refuses_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_ubl_world(tmp_path)
    doc = world.doc(world.issue(world.es_client))
    strict = replace(profile.PROFILE, checks=(lambda d: ["cius_es_buyer_reference"],))
    monkeypatch.setattr(profile, "PROFILE", strict)
    with pytest.raises(ValidationFailed) as caught:
        ubl_bytes(doc)
    assert [p.code for p in caught.value.problems] == ["cius_es_buyer_reference"]


def test_a_profile_id_goes_in_bt_23(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    world = make_ubl_world(tmp_path)
    doc = world.doc(world.issue(world.es_client))
    assert Ubl(ubl_bytes(doc)).nodes("cbc:ProfileID") == []
    monkeypatch.setattr(profile, "PROFILE", replace(profile.PROFILE, profile_id="urn:es:b2b:1.0"))
    assert Ubl(ubl_bytes(doc)).text("cbc:ProfileID") == "urn:es:b2b:1.0"
