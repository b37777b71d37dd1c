"""The invoice PDF of a direct debit (#19), read back with pdfplumber: «Se cargará en su cuenta»
with the masked IBAN, «al vencimiento» until remitted and the collection date after, and no
transfer QR; an invoice paid by transfer keeps its QR."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pdfplumber

from tests.cli.cli_helpers import draft_json, seed_in_process
from tests.services.sepa.sepa_helpers import BUSINESS, IBANS, open_services

MASKED = "ES79 **** **** **** **** 6789"


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _issue(services, client_id: str, methods: list[str]) -> str:  # type: ignore[no-untyped-def]
    draft = services.invoices.create_draft_from_payload(
        json.loads(draft_json(client_id, payment_methods=methods))
    )
    return str(services.invoices.issue(draft.invoice.id).number)


def test_a_direct_debit_invoice_says_when_and_where_it_is_charged(tmp_path: Path) -> None:
    client_id, _ = seed_in_process(tmp_path)
    services = open_services(tmp_path)
    try:
        services.business.save(BUSINESS)
        transfer = _issue(services, client_id, ["transfer"])
        debit = _issue(services, client_id, ["direct_debit"])
        assert "Escanee para pagar" in _text(
            services.documents.pdf_bytes(debit)
        )  # no mandate yet: a transfer
        services.sepa.save_mandate(client_id, IBANS[0], "MND-1", dt.date(2026, 1, 15))
        before = _text(services.documents.pdf_bytes(debit))
        assert f"Se cargará en su cuenta {MASKED} al vencimiento" in before
        assert "Escanee para pagar" not in before and "ES91 2100" not in before  # no QR, no transfer IBAN
        services.sepa.create(dt.date(2026, 11, 30), tmp_path / "r.xml")
        after = _text(services.documents.pdf_bytes(debit))
        assert f"Se cargará en su cuenta {MASKED} el 30/11/2026" in after
        kept = _text(services.documents.pdf_bytes(transfer))
        assert "Escanee para pagar" in kept and "Se cargará" not in kept
    finally:
        services.close()
