"""A received Facturae's enveloped signature (XMLDSig, XAdES-EPES as the Facturae policy asks)
verified with signxml against the certificate the signature carries.

"Valid" says the document is byte for byte what that certificate's holder signed; whether the
holder is who the invoice says (the certificate's subject) is shown, not decided: we keep no store
of Spanish trust service providers. A signature that does not verify is refused; none is a warning."""

from __future__ import annotations

import datetime as dt
from base64 import b64decode
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from lxml import etree

from facturas_app.services.purchases.read_common import IncomingRefused, Signature

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES_NAMESPACES = ("http://uri.etsi.org/01903/v1.3.2#", "http://uri.etsi.org/01903/v1.4.1#")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class Verified:
    """What the signature covers (the Facturae without its signature) and who signed it."""

    signed: etree._Element
    signature: Signature
    warnings: list[str]


def signature_node(root: etree._Element) -> etree._Element | None:
    """The enveloped ds:Signature: a child of <Facturae>, where the schema puts it."""
    return root.find(f"{{{DS}}}Signature")


def _certificate(signature: etree._Element) -> x509.Certificate:
    text = signature.findtext(f"{{{DS}}}KeyInfo/{{{DS}}}X509Data/{{{DS}}}X509Certificate")
    if not text or not text.strip():
        raise IncomingRefused("incoming_signature_broken", detail="no X509Certificate in KeyInfo")
    try:
        return x509.load_der_x509_certificate(b64decode("".join(text.split())))
    except ValueError as error:
        raise IncomingRefused("incoming_signature_broken", detail=f"certificate: {error}"[:200]) from None


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _signing_time(signature: etree._Element) -> str:
    for namespace in XADES_NAMESPACES:
        found = signature.find(f".//{{{namespace}}}SigningTime")
        if found is not None and found.text:
            return found.text.strip()
    return ""


def _is_xades(signature: etree._Element) -> bool:
    return any(signature.find(f".//{{{ns}}}SignedProperties") is not None for ns in XADES_NAMESPACES)


def _config(signature: etree._Element) -> Any:
    """What this signature must be: enveloped in <Facturae>, every reference it declares checked;
    SHA-1 accepted (older Facturae signers used it; the reading then warns), as the policy allows."""
    from signxml import DigestAlgorithm, SignatureConfiguration, SignatureMethod
    from signxml.xades import XAdESSignatureConfiguration

    kind = XAdESSignatureConfiguration if _is_xades(signature) else SignatureConfiguration
    defaults = kind()
    return kind(
        location="./",
        expect_references=len(signature.findall(f"{{{DS}}}SignedInfo/{{{DS}}}Reference")),
        signature_methods=defaults.signature_methods | {SignatureMethod.RSA_SHA1},
        digest_algorithms=defaults.digest_algorithms | {DigestAlgorithm.SHA1},
    )


def _verify(data: bytes, signature: etree._Element, cert: x509.Certificate) -> list[object]:
    from signxml import XMLVerifier
    from signxml.exceptions import InvalidInput, SignXMLException
    from signxml.xades import XAdESVerifier

    verifier = XAdESVerifier() if _is_xades(signature) else XMLVerifier()
    try:
        found = verifier.verify(data, x509_cert=cert, expect_config=_config(signature), parser=_PARSER)
    except (SignXMLException, InvalidInput, ValueError) as error:
        raise IncomingRefused("incoming_signature_broken", detail=str(error)[:200]) from None
    return found if isinstance(found, list) else [found]


def uses_sha1(signature: etree._Element) -> bool:
    """Whether the signature or a digest it signs is SHA-1 (collisions can be made: a warning).
    SignedInfo only: the Facturae policy's own hash (SigPolicyHash) is SHA-1 by publication."""
    info = signature.find(f"{{{DS}}}SignedInfo")
    nodes = [] if info is None else info.iter(f"{{{DS}}}SignatureMethod", f"{{{DS}}}DigestMethod")
    return any(node.get("Algorithm", "").endswith(("#sha1", "#rsa-sha1")) for node in nodes)


def _signed_facturae(results: list[object]) -> etree._Element:
    """The signed element that is the Facturae itself ("see what is signed"): a signature over its
    own properties only, or over another element, does not vouch for the invoice."""
    for result in results:
        node = getattr(result, "signed_xml", None)
        if isinstance(node, etree._Element) and etree.QName(node).localname == "Facturae":
            return node
    raise IncomingRefused("incoming_signature_broken", detail="the signature does not cover the Facturae")


def _outside_validity(cert: x509.Certificate, signing_time: str) -> bool:
    """Whether the signature claims a time the certificate was not valid at (XAdES SigningTime)."""
    try:
        moment = dt.datetime.fromisoformat(signing_time.replace("Z", "+00:00"))
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc


def _warnings(node: etree._Element, cert: x509.Certificate, signing_time: str) -> list[str]:
    found = ["incoming_signature_sha1"] if uses_sha1(node) else []
    if signing_time and _outside_validity(cert, signing_time):
        found.append("incoming_signature_certificate_not_valid")
    return found


def verify_facturae(root: etree._Element, data: bytes) -> Verified | None:
    """None when unsigned; the verified document and its signer; IncomingRefused when broken."""
    node = signature_node(root)
    if node is None:
        return None
    cert = _certificate(node)
    signed = _signed_facturae(_verify(data, node, cert))
    found = Signature(
        status="valid",
        signer=_common_name(cert),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "X"),
        signing_time=_signing_time(node),
        not_after=cert.not_valid_after_utc.date().isoformat(),
    )
    return Verified(signed, found, _warnings(node, cert, found.signing_time))
