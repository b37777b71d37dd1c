"""CEN's example invoices (tests/data/einvoice/en16931/examples) made ours: the buyer's tax ids
replaced by the business's and, for many distinct invoices, the invoice number changed. Only those
two elements are edited (lxml); every amount is the example's own."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "einvoice" / "en16931" / "examples"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
BUYER = "cac:AccountingCustomerParty/cac:Party"
# EUR examples (Spanish VAT is stated in EUR; the others are refused as expenses).
EUR_INVOICES = ("guide-example1.xml", "ubl-tc434-example8.xml", "sample-discount-price.xml")
CREDIT_NOTE = "ubl-tc434-creditnote1.xml"


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


def _add_tax_scheme(party: etree._Element, tax_id: str) -> None:
    """A PartyTaxScheme where UBL's schema wants it: before PartyLegalEntity / Contact / Person."""
    scheme = etree.Element(f"{{{NS['cac']}}}PartyTaxScheme")
    etree.SubElement(scheme, f"{{{NS['cbc']}}}CompanyID").text = tax_id
    etree.SubElement(etree.SubElement(scheme, f"{{{NS['cac']}}}TaxScheme"), f"{{{NS['cbc']}}}ID").text = "VAT"
    later = [party.find(f"cac:{name}", NS) for name in ("PartyLegalEntity", "Contact", "Person")]
    following = next((node for node in later if node is not None), None)
    if following is None:
        party.append(scheme)
    else:
        following.addprevious(scheme)


def addressed_to(data: bytes, tax_id: str, number: str | None = None) -> bytes:
    """The example with its buyer's VAT number `tax_id` (and its ID `number`, when given)."""
    root = etree.fromstring(data)
    party = root.find(BUYER, NS)
    assert party is not None
    for path in ("cac:PartyTaxScheme/cbc:CompanyID", "cac:PartyLegalEntity/cbc:CompanyID"):
        for node in party.findall(path, NS):
            node.text = tax_id
    if party.find("cac:PartyTaxScheme", NS) is None:
        _add_tax_scheme(party, tax_id)
    for node in party.findall("cac:PartyIdentification/cbc:ID", NS):
        node.getparent().getparent().remove(node.getparent())  # other ids (GLN) would be read as tax ids
    if number is not None:
        found = root.find("cbc:ID", NS)
        assert found is not None
        found.text = number
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
