"""Checking Facturae with what we did not write: the official 3.2.2 schema (lxml, from
../shared/einvoice beside the repo), Facturae's own arithmetic recomputed from the XML alone,
and the signature verified by xmlsec1 (Debian's binary) and by signxml's XAdES verifier."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from lxml import etree
from signxml.xades import XAdESVerifier

from facturas_app.services.einvoice.facturae_sign import POLICY

# The official schema, copied byte for byte from ../shared/einvoice (test_artefacts.py checks it).
SCHEMA_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "einvoice" / "facturae"
XSD = SCHEMA_DIR / "Facturaev3_2_2.xsd"
XMLSEC1 = Path("/usr/bin/xmlsec1")
XADES_NS = "http://uri.etsi.org/01903/v1.3.2#"
D = Decimal


def require_schema() -> None:
    assert XSD.is_file(), f"the Facturae schema is missing from the repository: {XSD}"


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def schema_errors(data: bytes) -> list[str]:
    require_schema()
    schema = _schema()
    ok = schema.validate(etree.fromstring(data))
    return [] if ok else [f"{e.line}: {e.message}" for e in schema.error_log]


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def num(node: etree._Element, path: str) -> Decimal:
    return D(node.findtext(path))


def total(node: etree._Element, path: str) -> Decimal:
    return sum((D(e.text) for e in node.iterfind(path)), D(0))


def arithmetic_errors(root: etree._Element) -> list[str]:
    """Facturae's rules, recomputed from the XML alone with exact decimals."""
    errors: list[str] = []
    invoice = root.find("Invoices/Invoice")
    totals = invoice.find("InvoiceTotals")

    def same(what: str, found: Decimal, expected: Decimal) -> None:
        if found != expected:
            errors.append(f"{what}: {found} != {expected}")

    for index, line in enumerate(invoice.iterfind("Items/InvoiceLine")):
        cost = num(line, "TotalCost")
        exact = num(line, "Quantity") * num(line, "UnitPriceWithoutTax")
        if abs(cost - exact) > D("0.000000005"):  # TotalCost carries at most 8 decimals
            errors.append(f"line {index}: TotalCost {cost} != {exact}")
        discounts = total(line, "DiscountsAndRebates/Discount/DiscountAmount")
        charges = total(line, "Charges/Charge/ChargeAmount")
        same(f"line {index} GrossAmount", num(line, "GrossAmount"), cost - discounts + charges)
    gross = total(invoice, "Items/InvoiceLine/GrossAmount")
    same("TotalGrossAmount", num(totals, "TotalGrossAmount"), gross)
    same("TotalGrossAmountBeforeTaxes", num(totals, "TotalGrossAmountBeforeTaxes"), gross)
    same("Σ TaxableBase", total(invoice, "TaxesOutputs/Tax/TaxableBase/TotalAmount"), gross)
    outputs = total(invoice, "TaxesOutputs/Tax/TaxAmount/TotalAmount") + total(
        invoice, "TaxesOutputs/Tax/EquivalenceSurchargeAmount/TotalAmount"
    )
    same("TotalTaxOutputs", num(totals, "TotalTaxOutputs"), outputs)
    withheld = total(invoice, "TaxesWithheld/Tax/TaxAmount/TotalAmount")
    same("TotalTaxesWithheld", num(totals, "TotalTaxesWithheld"), withheld)
    invoice_total = num(totals, "InvoiceTotal")
    same("InvoiceTotal", invoice_total, gross + outputs - withheld)
    same("TotalOutstandingAmount", num(totals, "TotalOutstandingAmount"), invoice_total)
    same("TotalExecutableAmount", num(totals, "TotalExecutableAmount"), invoice_total)
    errors.extend(_tax_errors(invoice))
    errors.extend(_batch_errors(root, totals))
    return errors


def _tax_errors(invoice: etree._Element) -> list[str]:
    """Each tax amount is its base × rate to the cent (half a cent either side)."""
    errors = []
    for tax in invoice.iterfind("TaxesOutputs/Tax"):
        base = num(tax, "TaxableBase/TotalAmount")
        pairs = [("TaxRate", "TaxAmount/TotalAmount")]
        if tax.find("EquivalenceSurcharge") is not None:
            pairs.append(("EquivalenceSurcharge", "EquivalenceSurchargeAmount/TotalAmount"))
        for rate, value in pairs:
            if abs(num(tax, value) - base * num(tax, rate) / 100) > D("0.005"):
                errors.append(f"{rate} {num(tax, rate)} on {base}: {num(tax, value)}")
    return errors


def _batch_errors(root: etree._Element, totals: etree._Element) -> list[str]:
    batch = root.find("FileHeader/Batch")
    pairs = {
        "TotalInvoicesAmount": "InvoiceTotal",
        "TotalOutstandingAmount": "TotalOutstandingAmount",
        "TotalExecutableAmount": "TotalExecutableAmount",
    }
    return [
        f"Batch {tag}"
        for tag, invoice_tag in pairs.items()
        if num(batch, f"{tag}/TotalAmount") != num(totals, invoice_tag)
    ]


@dataclass
class Pki:
    """A test CA, an intermediate and an RSA signing certificate issued by it (like FNMT's)."""

    ca: trustme.CA
    key: object
    cert: x509.Certificate
    chain: list[x509.Certificate]
    ca_file: Path


def make_pki(folder: Path, common_name: str = "GOMEZ RUIZ LAURA - 12345678Z") -> Pki:
    ca = trustme.CA(key_type=trustme.KeyType.RSA)
    intermediate = ca.create_child_ca(key_type=trustme.KeyType.RSA)
    leaf = intermediate.issue_cert(
        "laura@example.test", common_name=common_name, key_type=trustme.KeyType.RSA
    )
    pems = [x509.load_pem_x509_certificate(p.bytes()) for p in leaf.cert_chain_pems]
    folder.mkdir(parents=True, exist_ok=True)
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), None)
    return Pki(ca, key, pems[0], pems[1:], ca_file)


def xmlsec1_verify(signed: bytes, ca_file: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Only a key from an X.509 certificate that chains to `ca_file` counts (KeyValue alone does not)."""
    path = folder / "signed.xsig"
    path.write_bytes(signed)
    command = [
        str(XMLSEC1),
        "--verify",
        "--enabled-key-data",
        "x509",
        "--trusted-pem",
        str(ca_file),
        "--id-attr:Id",
        f"{XADES_NS}:SignedProperties",
        str(path),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def signxml_verify(signed: bytes, ca_file: Path) -> list[object]:
    """signxml's XAdES verifier, the Facturae v3.1 policy expected; raises when anything is off."""
    return XAdESVerifier().verify(signed, ca_pem_file=str(ca_file), expect_signature_policy=POLICY)
