"""Received Facturae 3.2.x (#21): parties, series and number, IVA with recargo, IRPF withheld and
totals read from documents written by hand and valid by the official schema; signatures made by
xmlsec1 (and by the app's XAdES signer) verified and shown; a tampered or broken one refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.messages import error_text, text_for
from facturas_app.services.einvoice.facturae_sign import sign_facturae
from facturas_app.services.purchases.incoming import IncomingRefused, read_document, read_incoming
from tests.services.einvoice.facturae_checks import Pki, make_pki, schema_errors
from tests.services.purchases.facturae_docs import (
    SHA1_TEMPLATE,
    Doc,
    Line,
    facturae_xml,
    xmlsec1_check,
    xmlsec1_sign,
)

D = Decimal
SHOP = Doc([Line("Folios A4", "10", "4.50", "21", "5.2"), Line("Libro", "2", "15.00", "4", "0.5")])
ADVICE = Doc([Line("Asesoría fiscal noviembre", "1", "300.00", "21")], irpf_rate="15", number="18")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _refused(data: bytes) -> IncomingRefused:
    with pytest.raises(IncomingRefused) as caught:
        read_document("factura.xsig", data)
    return caught.value


def test_the_documents_are_valid_facturae_322() -> None:
    assert schema_errors(facturae_xml(SHOP)) == [] and schema_errors(facturae_xml(ADVICE)) == []


def test_an_unsigned_facturae_is_read_with_its_recargo_and_a_warning() -> None:
    reading = read_document("f.xml", facturae_xml(SHOP))
    payload = reading.payload
    assert reading.kind == "facturae" and reading.valid
    assert reading.signature is not None and reading.signature.status == "absent"
    assert reading.warnings == ["incoming_facturae_unsigned"] and "no está firmada" in text_for(
        reading.warnings[0]
    )
    assert payload["supplier"] == {
        "name": "Papelería Sol S.L.",
        "tax_id": "B12345674",
        "country": "ES",
        "tax_ids": ["B12345674"],
    }
    assert payload["buyer"]["name"] == "Laura Gómez Ruiz" and payload["buyer"]["tax_id"] == "12345678Z"
    assert (payload["number"], payload["series"]) == ("FV-2026-17", "FV-2026-")
    assert (payload["issue_date"], payload["due_date"]) == ("2026-11-20", "2026-12-20")
    groups = [
        (D(g["base"]), D(g["vat_rate"]), D(g["vat"]), D(g["surcharge_rate"]), D(g["surcharge"]))
        for g in payload["taxes"]
    ]
    # 10 × 4.50 at 21 % + 5.2 % recargo; 2 × 15.00 at 4 % + 0.5 % recargo
    assert groups == [
        (D("45.00"), 21, D("9.45"), D("5.2"), D("2.34")),
        (D("30.00"), 4, D("1.20"), D("0.5"), D("0.15")),
    ]
    assert D(payload["total"]) == D("45.00") + D("9.45") + D("2.34") + D("30.00") + D("1.20") + D("0.15")
    assert (
        payload["irpf"] == "0" and payload["credit_note"] is False and payload["facturae_version"] == "3.2.2"
    )


def test_the_irpf_withheld_is_read_and_taken_off_the_total() -> None:
    payload = read_document("f.xml", facturae_xml(ADVICE)).payload
    assert (D(payload["irpf_rate"]), D(payload["irpf"])) == (15, D("45.00"))
    assert D(payload["total"]) == D("300.00") + D("63.00") - D("45.00")
    assert payload["totals"]["withheld"] == "45.00"


@pytest.mark.parametrize("version", ["3.2", "3.2.1"])
def test_the_older_versions_are_read(version: str) -> None:
    doc = Doc(SHOP.lines, version=version)
    reading = read_document("f.xml", facturae_xml(doc))
    assert reading.payload["facturae_version"] == version and reading.payload["total"] == "88.14"


def test_a_facturae_signed_by_xmlsec1_is_verified_and_its_signer_shown(pki: Pki, tmp_path: Path) -> None:
    signed = xmlsec1_sign(ADVICE, pki, tmp_path)
    assert xmlsec1_check(signed, pki, tmp_path).returncode == 0  # a real signature by its maker's word
    reading = read_document("f.xsig", signed)
    signature = reading.signature
    assert signature is not None and signature.valid and reading.warnings == []
    assert signature.signer == "GOMEZ RUIZ LAURA - 12345678Z"
    assert signature.serial == format(pki.cert.serial_number, "X")
    assert "CN=GOMEZ RUIZ LAURA - 12345678Z" in signature.subject
    assert reading.payload["irpf"] == "45.00" and reading.payload["number"] == "FV-2026-18"


def test_a_sha1_signature_is_verified_with_a_warning(pki: Pki, tmp_path: Path) -> None:
    signed = xmlsec1_sign(SHOP, pki, tmp_path, SHA1_TEMPLATE)
    assert b"xmldsig#rsa-sha1" in signed and xmlsec1_check(signed, pki, tmp_path).returncode == 0
    reading = read_document("f.xsig", signed)
    assert reading.signature is not None and reading.signature.valid
    assert reading.warnings == ["incoming_signature_sha1"] and "SHA-1" in text_for(reading.warnings[0])
    tampered = signed.replace(b"<InstallmentAmount>88.14<", b"<InstallmentAmount>88.15<")
    assert tampered != signed and _refused(tampered).code == "incoming_signature_broken"


def test_a_byte_changed_in_an_amount_after_signing_is_refused(pki: Pki, tmp_path: Path) -> None:
    signed = xmlsec1_sign(ADVICE, pki, tmp_path)
    tampered = signed.replace(b"<InstallmentAmount>318.00<", b"<InstallmentAmount>318.01<")
    assert tampered != signed and len(tampered) == len(signed)
    assert xmlsec1_check(tampered, pki, tmp_path).returncode != 0  # xmlsec1 agrees
    error = _refused(tampered)
    assert error.code == "incoming_signature_broken"
    assert "la firma de la Facturae no es válida" in error_text(error)


def test_a_damaged_signature_value_or_a_missing_certificate_is_refused(pki: Pki, tmp_path: Path) -> None:
    signed = xmlsec1_sign(SHOP, pki, tmp_path)
    start = signed.index(b"<ds:SignatureValue>") + len(b"<ds:SignatureValue>")
    damaged = signed[:start] + (b"A" if signed[start : start + 1] != b"A" else b"B") + signed[start + 1 :]
    assert _refused(damaged).code == "incoming_signature_broken"
    cert_start = signed.index(b"<ds:X509Certificate>")
    cert_end = signed.index(b"</ds:X509Certificate>") + len(b"</ds:X509Certificate>")
    without = signed[:cert_start] + signed[cert_end:]
    error = _refused(without)
    assert error.code == "incoming_signature_broken" and "X509Certificate" in error.params["detail"]


def test_the_apps_own_xades_signature_is_verified_with_its_signing_time(pki: Pki) -> None:
    moment = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    signed = sign_facturae(facturae_xml(SHOP), pki.key, pki.cert, pki.chain, signing_time=moment)
    reading = read_document("f.xsig", signed)
    signature = reading.signature
    assert signature is not None and signature.valid and signature.signing_time == "2026-11-20T09:00:00+00:00"
    assert reading.warnings == []  # SHA-256; the policy's own SHA-1 hash is not the signature's
    assert (
        _refused(signed.replace(b"<TotalAmount>9.45<", b"<TotalAmount>9.46<")).code
        == "incoming_signature_broken"
    )


def test_totals_that_do_not_add_up_are_refused_with_the_figures() -> None:
    error = _refused(facturae_xml(Doc(SHOP.lines, extra={"InvoiceTotal": "88.41"})))
    assert error.code == "incoming_amounts_do_not_add_up" and error.params["total"] == "InvoiceTotal"
    assert "InvoiceTotal es 88,41\xa0€ y sus partes suman 88,14\xa0€" in error_text(error)


def test_a_facturae_addressed_to_another_tax_id_is_refused() -> None:
    data = facturae_xml(Doc(SHOP.lines, buyer_tax_id="87654321X"))
    assert read_incoming("f.xml", data, "ES87654321X").kind == "facturae"
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.xml", data, "12345678Z")
    assert caught.value.code == "incoming_other_buyer"
    assert "va dirigida a 87654321X, no a su NIF 12345678Z" in error_text(caught.value)


def test_a_rectificativa_with_negative_amounts_is_a_credit_note_of_the_corrected_invoice() -> None:
    doc = Doc([Line("Devolución folios", "-2", "4.50", "21", "5.2")], number="19", corrects="17")
    data = facturae_xml(doc)
    assert schema_errors(data) == []
    payload = read_document("f.xml", data).payload
    assert payload["credit_note"] is True and payload["corrects"] == "FV-2026-17"
    assert payload["taxes"][0]["base"] == "-9.00" and payload["total"] == str(
        D("-9.00") - D("1.89") - D("0.47")
    )


def test_a_batch_of_several_invoices_is_refused() -> None:
    data = facturae_xml(SHOP)
    start, end = data.index(b"<Invoice>"), data.index(b"</Invoice>") + len(b"</Invoice>")
    twice = data[:end] + data[start:end] + data[end:]
    error = _refused(twice)
    assert (error.code, error.params["count"]) == ("incoming_facturae_batch", 2)
    assert "contiene 2 facturas" in error_text(error)


def test_a_signing_time_outside_the_certificate_is_warned(pki: Pki) -> None:
    before = pki.cert.not_valid_before_utc - dt.timedelta(days=30)
    signed = sign_facturae(facturae_xml(SHOP), pki.key, pki.cert, pki.chain, signing_time=before)
    reading = read_document("f.xsig", signed)
    assert reading.signature is not None and reading.signature.valid
    assert reading.warnings == ["incoming_signature_certificate_not_valid"]


def test_a_facturae_in_dollars_is_booked_only_with_its_vat_in_euros() -> None:
    dollars = Doc(ADVICE.lines, currency="USD", eur_rate="0.9", buyer_tax_id="12345678Z")
    data = facturae_xml(dollars)
    assert schema_errors(data) == []
    incoming = read_incoming("f.xml", data, "12345678Z")
    assert incoming.payload["currency"] == "USD"
    assert incoming.payload["tax_currency_vat"] == {"currency": "EUR", "vat": "56.70"}  # 63.00 USD × 0.9
    without = facturae_xml(Doc(ADVICE.lines, currency="USD"))
    with pytest.raises(IncomingRefused) as caught:
        read_incoming("f.xml", without, "12345678Z")
    assert caught.value.code == "incoming_currency_not_eur"
