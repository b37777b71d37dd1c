"""Facturae signed XAdES-EPES (#20): every case verified by two verifiers we did not write (xmlsec1
and signxml's XAdES verifier with the Facturae v3.1 policy expected), a tampered document or an
untrusted certificate refused by both, and the VERI*FACTU PKCS#12 used without the key on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from lxml import etree
from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidInput, InvalidSignature
from signxml.xades import XAdESSignaturePolicy, XAdESVerifier

from facturas_app.domain.einvoice import Dir3Codes
from facturas_app.services.einvoice.facturae import facturae_bytes
from facturas_app.services.einvoice.facturae_sign import POLICY, configured_signer, sign_facturae
from facturas_app.services.verifactu.cert import VerifactuCertificates
from tests.services.einvoice.facturae_checks import (
    XADES_NS,
    Pki,
    make_pki,
    schema_errors,
    signxml_verify,
    xmlsec1_verify,
)
from tests.services.einvoice.facturae_data import line, rectify, sixty_lines
from tests.services.pdf_helpers import World, make_world

SIGNED_AT = dt.datetime(2026, 11, 26, 10, 30, tzinfo=dt.UTC)
PASSWORD = "p12-Contraseña-ñ"
REFUSED = (InvalidSignature, InvalidDigest, InvalidCertificate, InvalidInput)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path)
    yield built
    built.services.close()


def _cases(world: World) -> dict[str, tuple[str, Dir3Codes | None]]:
    shop = world.client("Ultramarinos Pérez", tax_id="87654321X", postal_code="41001", city="Sevilla")
    french = world.client(
        "Société d'Études", tax_id="FR40303265045", country="FR", postal_code="75001", city="Paris"
    )
    town = world.client(
        "Ayuntamiento de Las Rozas", tax_id="P2812300H", postal_code="28231", city="Las Rozas"
    )
    original = world.issue(world.es_client)
    dir3 = Dir3Codes("LA0007186", "L01281270", "L01281270")
    return {
        "normal": (original, None),
        "recargo": (world.issue(shop, [line("Aceite", "12", "7.35", "10", surcharge_rate="1.4")]), None),
        "irpf": (world.issue(world.es_client, irpf_rate="15"), None),
        "exempt": (world.issue(world.es_client, [line("Curso", "2", "40", "0", exemption="E1")]), None),
        "reverse_charge": (
            world.issue(world.es_client, [line("Obra", "1", "900", "0", exemption="S2")]),
            None,
        ),
        "intra_eu": (world.issue(french, [line("Piezas", "10", "25", "0", exemption="E5")]), None),
        "export": (world.issue(world.en_client, [line("Licence", "3", "400", "0", exemption="E2")]), None),
        "substitution": (rectify(world, original, [line("Consultoría", "10", "90")], "substitution"), None),
        "differences": (
            rectify(world, world.issue(world.es_client), [line("Ajuste", "-1", "100")], "differences"),
            None,
        ),
        "sixty_lines": (world.issue(world.es_client, sixty_lines(), irpf_rate="7"), None),
        "non_ascii": (
            world.issue(world.client("Cooperativa Señorío de Álava", tax_id="F01234566"), None),
            None,
        ),
        "administration": (world.issue(town), dir3),
    }


def signed(world: World, pki: Pki, number: str, dir3: Dir3Codes | None = None) -> bytes:
    xml = facturae_bytes(world.documents.invoice_document(number), dir3=dir3)
    return sign_facturae(xml, pki.key, pki.cert, pki.chain, signing_time=SIGNED_AT)


def test_every_case_signed_is_valid_and_verified_by_xmlsec1_and_signxml(
    world: World, pki: Pki, tmp_path: Path
) -> None:
    for name, (number, dir3) in _cases(world).items():
        data = signed(world, pki, number, dir3)
        assert schema_errors(data) == [], name
        run = xmlsec1_verify(data, pki.ca_file, tmp_path)
        assert run.returncode == 0 and "OK" in run.stderr, (name, run.stderr)
        results = signxml_verify(data, pki.ca_file)
        assert len(results) == 3, name  # the document, the signed properties, the certificate


def test_the_signature_is_the_policy_s_xades_epes(world: World, pki: Pki) -> None:
    root = etree.fromstring(signed(world, pki, world.issue(world.es_client)))
    signature = root[-1]
    assert signature.tag == "{http://www.w3.org/2000/09/xmldsig#}Signature"  # last child of Facturae
    ns = {"x": XADES_NS, "ds": "http://www.w3.org/2000/09/xmldsig#"}
    props = signature.find(".//x:SignedSignatureProperties", ns)
    assert props.findtext("x:SigningTime", namespaces=ns) == "2026-11-26T10:30:00+00:00"
    policy = props.find("x:SignaturePolicyIdentifier/x:SignaturePolicyId", ns)
    assert policy.findtext("x:SigPolicyId/x:Identifier", namespaces=ns) == POLICY.Identifier
    assert policy.findtext("x:SigPolicyHash/ds:DigestValue", namespaces=ns) == "Ohixl6upD6av8N7pEvDABhEL6hM="
    cert = props.find("x:SigningCertificate/x:Cert", ns)  # v1, as XAdES 1.3.2 and FACe read it
    assert props.find("x:SigningCertificateV2", ns) is None
    assert cert.findtext("x:IssuerSerial/ds:X509SerialNumber", namespaces=ns) == str(pki.cert.serial_number)
    assert props.findtext("x:SignerRole/x:ClaimedRoles/x:ClaimedRole", namespaces=ns) == "emisor"
    method = signature.find("ds:SignedInfo/ds:SignatureMethod", ns).get("Algorithm")
    assert method == "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    assert len(signature.findall("ds:KeyInfo/ds:X509Data/ds:X509Certificate", ns)) == 2  # leaf + chain
    data_format = signature.find(".//x:SignedDataObjectProperties/x:DataObjectFormat", ns)
    document_ref = signature.find("ds:SignedInfo/ds:Reference[@URI='']", ns)
    assert data_format.get("ObjectReference") == "#" + document_ref.get("Id")  # the whole Facturae
    oid = data_format.findtext("x:ObjectIdentifier/x:Identifier", namespaces=ns)
    assert (oid, data_format.findtext("x:MimeType", namespaces=ns)) == (
        "urn:oid:1.2.840.10003.5.109.10",
        "text/xml",
    )


def test_a_tampered_amount_fails_both_verifiers(world: World, pki: Pki, tmp_path: Path) -> None:
    data = signed(world, pki, world.issue(world.es_client, irpf_rate="15"))
    assert b"<InvoiceTotal>1717.20</InvoiceTotal>" in data
    tampered = data.replace(b"<InvoiceTotal>1717.20</InvoiceTotal>", b"<InvoiceTotal>1817.20</InvoiceTotal>")
    assert xmlsec1_verify(tampered, pki.ca_file, tmp_path).returncode != 0
    with pytest.raises(REFUSED):
        signxml_verify(tampered, pki.ca_file)
    assert xmlsec1_verify(data, pki.ca_file, tmp_path).returncode == 0  # the untouched one still verifies


def test_a_tampered_signing_time_or_another_policy_is_refused(world: World, pki: Pki, tmp_path: Path) -> None:
    data = signed(world, pki, world.issue(world.es_client))
    moved = data.replace(b"2026-11-26T10:30:00+00:00", b"2026-11-27T10:30:00+00:00")
    assert xmlsec1_verify(moved, pki.ca_file, tmp_path).returncode != 0
    with pytest.raises(REFUSED):
        signxml_verify(moved, pki.ca_file)
    other = XAdESSignaturePolicy(
        POLICY.Identifier, POLICY.Description, POLICY.DigestMethod, "AAAAAAAAAAAAAAAAAAAAAAAAAAA="
    )
    with pytest.raises(InvalidInput):
        XAdESVerifier().verify(data, ca_pem_file=str(pki.ca_file), expect_signature_policy=other)


def test_a_certificate_from_an_untrusted_ca_fails_both(world: World, pki: Pki, tmp_path: Path) -> None:
    data = signed(world, pki, world.issue(world.es_client))
    stranger = tmp_path / "other-ca.pem"
    trustme.CA(key_type=trustme.KeyType.RSA).cert_pem.write_to_path(str(stranger))
    assert xmlsec1_verify(data, stranger, tmp_path).returncode != 0
    with pytest.raises(REFUSED):
        signxml_verify(data, stranger)


class DictSecrets:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def is_available(self) -> bool:
        return True

    def set_password(self, service: str, account: str, password: str) -> None:
        self.values[(service, account)] = password

    def get_password(self, service: str, account: str) -> str | None:
        return self.values.get((service, account))

    def delete_password(self, service: str, account: str) -> None:
        self.values.pop((service, account), None)


def test_the_verifactu_pkcs12_signs_and_its_key_never_reaches_the_disk(
    world: World, pki: Pki, tmp_path: Path
) -> None:
    p12 = pkcs12.serialize_key_and_certificates(
        b"emisor", pki.key, pki.cert, pki.chain, serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "emisor.p12").write_bytes(p12)
    certificates = VerifactuCertificates(world.services.store, DictSecrets())
    certificates.configure(tmp_path / "keys" / "emisor.p12", PASSWORD)
    sign = configured_signer(certificates, world.services.clock.now)
    data = sign(facturae_bytes(world.documents.invoice_document(world.issue(world.es_client))))
    assert xmlsec1_verify(data, pki.ca_file, tmp_path).returncode == 0
    assert signxml_verify(data, pki.ca_file)
    key_der = pki.key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pem_body = b"".join(
        pki.key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).splitlines()[1:3]
    )
    leaked = [
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and (key_der in p.read_bytes() or pem_body in p.read_bytes())
    ]
    assert leaked == []
