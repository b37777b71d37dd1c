"""Facturae details (#20) through the real services: payment means and the account, the operation
date, texts longer than the schema allows, and a buyer Facturae cannot name (no tax id)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.einvoice.facturae import facturae_bytes
from tests.services.einvoice.facturae_checks import arithmetic_errors, schema_errors
from tests.services.einvoice.facturae_data import line
from tests.services.pdf_helpers import World, make_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path, bic="CAIXESBB")
    yield built
    built.services.close()


def facturae(world: World, number: str) -> etree._Element:
    data = facturae_bytes(world.documents.invoice_document(number))
    assert schema_errors(data) == []
    root = etree.fromstring(data)
    assert arithmetic_errors(root) == []
    return root


def installment(root: etree._Element) -> etree._Element:
    return root.find("Invoices/Invoice/PaymentDetails/Installment")


def test_a_transfer_names_the_iban_and_the_head_office_bic(world: World) -> None:
    root = facturae(world, world.issue(world.es_client, payment_methods=["transfer", "card"]))
    account = installment(root).find("AccountToBeCredited")
    assert (account.findtext("IBAN"), account.findtext("BIC")) == ("ES9121000418450200051332", "CAIXESBBXXX")


@pytest.mark.parametrize(("method", "code"), [("card", "19"), ("cash", "01"), ("bizum", "13")])
def test_other_payment_means_carry_no_account(world: World, method: str, code: str) -> None:
    root = facturae(world, world.issue(world.es_client, payment_methods=[method]))
    assert installment(root).findtext("PaymentMeans") == code
    assert installment(root).find("AccountToBeCredited") is None


def test_the_operation_date_when_it_differs_from_the_issue_date(world: World) -> None:
    root = facturae(world, world.issue(world.es_client, operation_date="2026-11-20"))
    data = root.find("Invoices/Invoice/InvoiceIssueData")
    assert (data.findtext("IssueDate"), data.findtext("OperationDate")) == ("2026-11-26", "2026-11-20")


def test_texts_longer_than_the_schema_allows_are_cut_not_made_invalid(world: World) -> None:
    name = "Distribuciones Generales del Mediterráneo y Levante " * 3  # 156 characters
    street = "Polígono Industrial Fuente del Jarro, calle Ciudad de Sevilla, parcela 34, nave 7"  # 84
    client = world.client(name.strip() + " S.A.", address=street)
    root = facturae(world, world.issue(client))
    entity = root.find("Parties/BuyerParty/LegalEntity")
    corporate = entity.findtext("CorporateName")
    assert (
        len(corporate) == 80 and corporate.startswith("Distribuciones Generales") and corporate.endswith("…")
    )
    assert entity.findtext("AddressInSpain/Address") == street[:79].rstrip() + "…"


def test_a_buyer_without_tax_id_cannot_be_named_in_facturae(world: World) -> None:
    counter = world.client("Cliente de mostrador", tax_id="", address="", postal_code="", city="")
    number = world.issue(counter, [line("Café", "1", "1.50", "10")], kind="simplified")
    with pytest.raises(ValidationFailed) as caught:
        facturae_bytes(world.documents.invoice_document(number))
    found = {(p.field, p.code) for p in caught.value.problems}
    assert found == {
        ("client.tax_id", "facturae_tax_id_missing"),
        ("client.postal_code", "facturae_postal_code"),
    }
