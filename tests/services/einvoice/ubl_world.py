"""Invoices for the UBL tests, issued through the real services over a temp SQLite data dir
(tests/services/pdf_helpers.py's world: a Spanish autónoma, a Spanish company and a UK client)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app.domain.parties import Client
from facturas_app.services.pdf.model import InvoiceDocument
from tests.services.einvoice.ubl_checks import Ubl
from tests.services.pdf_helpers import World, make_world, standard_lines

__all__ = ["UblWorld", "assert_engine_amounts", "line", "make_ubl_world", "standard_lines"]


def line(description: str, quantity: str, price: str, vat: str = "21", **extra: str) -> dict[str, str]:
    return {"description": description, "quantity": quantity, "unit_price": price, "vat_rate": vat, **extra}


class UblWorld:
    def __init__(self, world: World) -> None:
        self.w = world
        self.services = world.services
        self.documents = world.documents

    def doc(self, number: str) -> InvoiceDocument:
        return self.documents.invoice_document(number)

    def issue(self, client: Client, lines: list[dict[str, str]] | None = None, **extra: Any) -> str:
        return self.w.issue(client, lines, **extra)

    def client(self, name: str, **changes: Any) -> Client:
        return self.w.client(name, **changes)

    @property
    def es_client(self) -> Client:
        return self.w.es_client

    @property
    def uk_client(self) -> Client:
        return self.w.en_client

    def rectify(self, number: str, lines: list[dict[str, str]], method: str | None = None) -> str:
        draft = self.services.invoices.rectify(number, {"lines": lines}, "Precio mal aplicado", method=method)
        return str(self.services.invoices.issue(draft.invoice.id).number)


def make_ubl_world(tmp_path: Path, **business_changes: Any) -> UblWorld:
    return UblWorld(make_world(tmp_path, **business_changes))


def assert_engine_amounts(ubl: Ubl, doc: InvoiceDocument) -> None:
    """Every amount the document states is the totals engine's, with the credit note's sign."""
    sign = Decimal(-1) if ubl.kind == "CreditNote" else Decimal(1)
    totals = doc.totals
    money = "cac:LegalMonetaryTotal/cbc:"
    assert ubl.amount(money + "LineExtensionAmount") == sign * totals.base
    assert ubl.amount(money + "TaxInclusiveAmount") == sign * totals.total
    assert ubl.amount(money + "PayableAmount") == sign * totals.amount_due
    assert ubl.amount("cac:TaxTotal/cbc:TaxAmount") == sign * totals.vat
    assert [Decimal(t) for t in ubl.texts(money + "PrepaidAmount")] == (
        [sign * totals.irpf] if totals.irpf else []
    )
    charges = [Decimal(t) for t in ubl.texts(money + "ChargeTotalAmount")]
    surcharged = any(group.surcharge for group in totals.groups)  # +0.02 and -0.02 still state 0.00
    assert charges == ([sign * totals.surcharge] if surcharged else [])
    stated = [ubl.amount("cbc:LineExtensionAmount", node) for node in ubl.lines()]
    assert stated == [sign * line.net for line in doc.lines]
