"""A received file → an expense ready to record: its kind found from its content (never its name),
read by the matching reader, and refused with words when it cannot be an expense of this business.

`Incoming.payload` is what ExpenseService (service.py) records, `kind` the expense's source and
`attachment` the file as received. `problems` (schema errors, CEN's fatal findings) mark the record
not valid without refusing it; `warnings` are message codes or CEN warnings (text_for words both)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facturas_app.services.purchases.read_cii import is_cii, read_cii
from facturas_app.services.purchases.read_common import (
    MAX_BYTES,
    IncomingRefused,
    Reading,
    Signature,
    check_size,
    local_name,
    normal_tax_id,
    parse_xml,
    tax_id_matches,
)
from facturas_app.services.purchases.read_facturae import is_facturae, read_facturae
from facturas_app.services.purchases.read_facturx import is_pdf, read_facturx
from facturas_app.services.purchases.read_ubl import read_ubl, ubl_kind


@dataclass(frozen=True)
class Incoming:
    name: str
    kind: str  # the expense's source: "ubl" | "facturae" | "facturx" (CII, in a PDF or alone)
    payload: dict[str, Any]
    problems: list[str]
    warnings: list[str]
    signature: Signature | None
    attachment: tuple[str, bytes]

    @property
    def valid(self) -> bool:
        return not self.problems


def _looks_like_xml(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") or head[:2] in (b"\xff\xfe", b"\xfe\xff")


def _read_xml(name: str, data: bytes) -> Reading:
    root = parse_xml(data)
    if ubl_kind(root):
        return read_ubl(root)
    if is_facturae(root):
        return read_facturae(root, data)
    if is_cii(root):
        return read_cii(root)
    raise IncomingRefused("incoming_unknown_kind", root=local_name(root)[:60])


def read_document(name: str, data: bytes) -> Reading:
    """The reading of any supported file, refused when it is none of them."""
    check_size(name, data)
    if is_pdf(data):
        return read_facturx(name, data)
    if _looks_like_xml(data):
        return _read_xml(name, data)
    if name.lower().endswith(".pdf"):
        raise IncomingRefused("incoming_pdf_not_pdf", name=name)
    raise IncomingRefused("incoming_not_invoice", name=name)


def check_buyer(payload: dict[str, Any], business_tax_id: str) -> None:
    """The invoice must be addressed to this business: its buyer's tax id is ours."""
    found = payload["buyer"].get("tax_ids") or []
    if not found:
        raise IncomingRefused("incoming_no_buyer_tax_id")
    if not any(tax_id_matches(tax_id, business_tax_id) for tax_id in found):
        raise IncomingRefused(
            "incoming_other_buyer", found=", ".join(found), ours=normal_tax_id(business_tax_id)
        )


def check_currency_policy(payload: dict[str, Any]) -> None:
    """Spanish VAT is declared in euros: an invoice in another currency must state its VAT in EUR
    too (UBL BT-111 TaxCurrencyCode, Facturae EquivalentInEuros); else it cannot be booked."""
    if payload["currency"] == "EUR":
        return
    in_tax_currency = payload.get("tax_currency_vat") or {}
    if in_tax_currency.get("currency") != "EUR":
        raise IncomingRefused("incoming_currency_not_eur", currency=payload["currency"])


def read_incoming(name: str, data: bytes, business_tax_id: str) -> Incoming:
    """The received file read and checked; IncomingRefused (with its words' code) when it is not
    an invoice, cannot be trusted, is not addressed to `business_tax_id` or not booked in euros."""
    reading = read_document(name, data)
    check_buyer(reading.payload, business_tax_id)
    check_currency_policy(reading.payload)
    return Incoming(
        name,
        reading.kind,
        reading.payload,
        reading.problems,
        reading.warnings,
        reading.signature,
        (name, data),
    )


__all__ = ["MAX_BYTES", "Incoming", "IncomingRefused", "Signature", "read_document", "read_incoming"]
