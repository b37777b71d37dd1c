"""A direct-debit invoice's UBL names its mandate and the business's SEPA creditor identifier
(EN 16931 BT-89, BT-90), read from the stored mandate and business through the real services."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.services.sepa.sepa_helpers import BUSINESS, add_mandates, open_services, seed

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


def test_the_mandate_and_the_creditor_id_are_in_the_ubl(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    try:
        seeded = seed(services, clients=1, per_client=1)
        add_mandates(services, seeded.client_ids)
        root = etree.fromstring(services.einvoices.export(seeded.numbers[0], "ubl").data)
    finally:
        services.close()
    means = root.find("cac:PaymentMeans", NS)
    assert means.findtext("cbc:PaymentMeansCode", namespaces=NS) == "59"
    assert means.findtext("cac:PaymentMandate/cbc:ID", namespaces=NS) == "MND-00000"
    creditor = root.xpath("//cac:PartyIdentification/cbc:ID[@schemeID='SEPA']/text()", namespaces=NS)
    assert creditor == [BUSINESS.sepa_creditor_id]
