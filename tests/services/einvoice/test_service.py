"""EInvoiceService (#20): which invoices have an e-invoice, the batch export, and the XML a client
asked for going out beside the PDF through the real loopback SMTP server."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.einvoice.service import EInvoiceError
from tests.services.mail_fixtures import (
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_helpers import parse
from tests.services.reminder_helpers import ISSUE_DAY, client, clock, invoice, services

DUE = ISSUE_DAY + dt.timedelta(days=30)
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


def _id_of(xml: bytes) -> str:
    return etree.fromstring(xml).findtext(f"{{{CBC}}}ID")


def test_an_issued_invoice_exports_as_ubl_named_like_its_pdf(services) -> None:
    sol = client(services, "Sol Ñandú", email="sol@clientes.example.test")
    issued = invoice(services, sol.id, DUE)
    item = services.einvoices.export(issued.number, "ubl")
    pdf_name = services.documents.file_name(services.documents.invoice_document(issued.id), issued.id)
    assert item.name == Path(pdf_name).with_suffix(".xml").name
    assert etree.QName(etree.fromstring(item.data)).localname == "Invoice"
    assert _id_of(item.data) == issued.number


def test_a_draft_and_an_unknown_format_are_refused(services) -> None:
    sol = client(services, "Sol")
    draft = services.invoices.create_draft_from_payload(
        {
            "client_id": sol.id,
            "lines": [{"description": "x", "quantity": "1", "unit_price": "5", "vat_rate": "21"}],
        }
    ).invoice
    with pytest.raises(ValidationFailed) as refused:
        services.einvoices.export(draft.id, "ubl")
    assert refused.value.problems[0].code == "einvoice_not_issued"
    issued = invoice(services, sol.id, DUE)
    with pytest.raises(ValidationFailed) as bad_format:
        services.einvoices.export(issued.number, "cii")
    assert bad_format.value.problems[0].code == "invalid_choice"


def test_write_all_exports_the_issued_ones_only_with_progress_and_cancel(services, tmp_path) -> None:
    sol = client(services, "Sol")
    numbers = [invoice(services, sol.id, DUE).number for _ in range(3)]
    services.invoices.cancel(numbers[1], "Emitida por error")
    services.invoices.create_draft_from_payload(
        {
            "client_id": sol.id,
            "lines": [{"description": "x", "quantity": "1", "unit_price": "5", "vat_rate": "21"}],
        }
    )
    seen: list[tuple[int, int]] = []
    written = services.einvoices.write_all("ubl", tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    assert sorted(_id_of(p.read_bytes()) for p in written) == sorted([numbers[0], numbers[2]])
    assert seen[-1] == (2, 2)
    stopped = services.einvoices.write_all("ubl", tmp_path / "again", cancel=lambda: True)
    assert stopped == [] and not any((tmp_path / "again").iterdir())


def test_facturae_without_a_certificate_says_how_to_set_one(services) -> None:
    sol = client(services, "Sol")
    issued = invoice(services, sol.id, DUE)
    with pytest.raises(EInvoiceError) as refused:
        services.einvoices.export(issued.number, "facturae")
    assert refused.value.code == "einvoice_no_certificate"


def _attachments(services, smtp_server) -> list[tuple[str, bytes]]:
    services.outbox.deliver_due()
    (envelope,) = smtp_server.envelopes[-1:]
    message = parse(envelope.original_content)
    return [(part.get_filename(), part.get_content()) for part in message.iter_attachments()]


def test_the_invoice_email_carries_the_xml_the_client_asked_for(services, smtp_server) -> None:
    sol = client(services, "Sol", einvoice_format="ubl")
    issued = invoice(services, sol.id, DUE)
    services.outbox.queue_invoice(issued.id)
    (pdf_name, pdf), (xml_name, xml) = _attachments(services, smtp_server)
    assert pdf.startswith(b"%PDF") and xml_name == Path(pdf_name).with_suffix(".xml").name
    assert _id_of(xml) == issued.number


def test_a_client_without_a_format_gets_the_pdf_only(services, smtp_server) -> None:
    luna = client(services, "Luna")
    issued = invoice(services, luna.id, DUE)
    services.outbox.queue_invoice(issued.id)
    (only,) = _attachments(services, smtp_server)
    assert only[0].endswith(".pdf")
