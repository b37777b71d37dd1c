"""Facturae's enveloped XAdES-EPES signature under the Facturae signature policy v3.1 (signxml).

signxml's XAdESSigner writes SigningCertificateV2 (XAdES 1.4.1) and the time of the call; FACe and
the policy (XAdES 1.3.2) expect SigningCertificate with the certificate's digest and its issuer and
serial, and the signing time is ours to give — `FacturaeSigner` writes those two differently.
"""

from __future__ import annotations

import datetime as dt
from base64 import b64encode
from collections.abc import Callable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree
from signxml import CanonicalizationMethod, DigestAlgorithm, SignatureMethod
from signxml.util import SigningSettings, ds_tag, xades_tag
from signxml.xades import XAdESDataObjectFormat, XAdESSignaturePolicy, XAdESSigner

from facturas_app.domain.errors import FacturasError
from facturas_app.services.einvoice.facturae_values import document_bytes
from facturas_app.services.verifactu.cert import CertBundle, VerifactuCertificates

# The policy document's SHA-1, as published with it and used by every Facturae signer (FACe checks it).
POLICY = XAdESSignaturePolicy(
    Identifier="http://www.facturae.es/politica_de_firma_formato_facturae/politica_de_firma_formato_facturae_v3_1.pdf",
    Description="Política de Firma FacturaE v3.1",
    DigestMethod=DigestAlgorithm.SHA1,
    DigestValue="Ohixl6upD6av8N7pEvDABhEL6hM=",
)
DATA_FORMAT = XAdESDataObjectFormat(Description="Factura electrónica", MimeType="text/xml")
ROLE = "emisor"  # the policy's roles: emisor, receptor, tercero
# What FACe's and AutoFirma's Facturae signatures name the signed document as (ISO 10162 OID).
OBJECT_OID = "urn:oid:1.2.840.10003.5.109.10"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)

Signer = Callable[[bytes], bytes]


class FacturaeSignError(FacturasError):
    code = "facturae_not_signable"


class FacturaeSigner(XAdESSigner):
    """XAdES-EPES as the Facturae policy asks: SigningCertificate (v1) and a given SigningTime."""

    def __init__(self, signing_time: dt.datetime, signature_algorithm: SignatureMethod) -> None:
        super().__init__(
            signature_policy=POLICY,
            claimed_roles=[ROLE],
            data_object_format=DATA_FORMAT,
            signature_algorithm=signature_algorithm,
            digest_algorithm=DigestAlgorithm.SHA256,
            # Inclusive C14N 1.0: what every Facturae verifier (FACe, AutoFirma, xmlsec) implements.
            c14n_algorithm=CanonicalizationMethod.CANONICAL_XML_1_0,
        )
        aware = signing_time if signing_time.tzinfo else signing_time.replace(tzinfo=dt.UTC)
        self.signing_time = aware

    def add_signing_time(
        self, signed_signature_properties: Any, sig_root: Any, signing_settings: SigningSettings
    ) -> None:
        node = etree.SubElement(signed_signature_properties, xades_tag("SigningTime"), nsmap=self.namespaces)
        node.text = self.signing_time.isoformat(timespec="seconds")

    def add_signing_certificate(
        self, signed_signature_properties: Any, sig_root: Any, signing_settings: SigningSettings
    ) -> None:
        """The signing certificate alone (the chain travels in KeyInfo): its SHA-256 digest, issuer
        and serial number."""
        assert signing_settings.cert_chain
        cert = signing_settings.cert_chain[0]
        node = etree.SubElement(
            signed_signature_properties, xades_tag("SigningCertificate"), nsmap=self.namespaces
        )
        entry = etree.SubElement(node, xades_tag("Cert"), nsmap=self.namespaces)
        digest = etree.SubElement(entry, xades_tag("CertDigest"), nsmap=self.namespaces)
        etree.SubElement(
            digest, ds_tag("DigestMethod"), nsmap=self.namespaces, Algorithm=self.digest_alg.value
        )
        value = self._get_digest(cert.public_bytes(Encoding.DER), algorithm=self.digest_alg)
        etree.SubElement(digest, ds_tag("DigestValue"), nsmap=self.namespaces).text = b64encode(
            value
        ).decode()
        serial = etree.SubElement(entry, xades_tag("IssuerSerial"), nsmap=self.namespaces)
        etree.SubElement(
            serial, ds_tag("X509IssuerName"), nsmap=self.namespaces
        ).text = cert.issuer.rfc4514_string()
        etree.SubElement(serial, ds_tag("X509SerialNumber"), nsmap=self.namespaces).text = str(
            cert.serial_number
        )

    def add_data_object_format(
        self, signed_data_object_properties: Any, sig_root: Any, signing_settings: SigningSettings
    ) -> None:
        """signxml's DataObjectFormat plus the ObjectIdentifier Facturae signers write, between
        Description and MimeType as XAdES orders them."""
        super().add_data_object_format(signed_data_object_properties, sig_root, signing_settings)
        data_format = signed_data_object_properties[-1]
        identifier = etree.Element(xades_tag("ObjectIdentifier"), nsmap=self.namespaces)
        oid = etree.SubElement(
            identifier, xades_tag("Identifier"), nsmap=self.namespaces, Qualifier="OIDAsURN"
        )
        oid.text = OBJECT_OID
        data_format.insert(1, identifier)


def signature_method(key: Any) -> SignatureMethod:
    """RSA-SHA256 for RSA keys (the usual FNMT and company certificates); ECDSA-SHA256 for EC keys."""
    if isinstance(key, rsa.RSAPrivateKey):
        return SignatureMethod.RSA_SHA256
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return SignatureMethod.ECDSA_SHA256
    raise FacturaeSignError("facturae_not_signable", detail=type(key).__name__)


def sign_facturae(
    xml: bytes, key: Any, cert: x509.Certificate, chain: list[x509.Certificate], *, signing_time: dt.datetime
) -> bytes:
    """An enveloped XAdES-EPES signature as the last child of <fe:Facturae> (where the schema puts
    ds:Signature), with the certificate and its chain in KeyInfo."""
    document = etree.fromstring(xml, _PARSER)
    signer = FacturaeSigner(signing_time, signature_method(key))
    signed = signer.sign(document, key=key, cert=[cert, *chain], always_add_key_value=True)
    return document_bytes(signed)


def bundle_signer(bundle: CertBundle, now: Callable[[], dt.datetime]) -> Signer:
    """unsigned Facturae → signed, with the bundle's key and the time `now()` gives at each call."""

    def sign(xml: bytes) -> bytes:
        return sign_facturae(xml, bundle.key, bundle.cert, bundle.chain, signing_time=now())

    return sign


def configured_signer(certificates: VerifactuCertificates, now: Callable[[], dt.datetime]) -> Signer:
    """The signer of the certificate configured for VERI*FACTU (PKCS#12, password in the keyring);
    raises VerifactuCertError / SecretUnavailable when it cannot be opened."""
    return bundle_signer(certificates.signing_bundle(), now)
